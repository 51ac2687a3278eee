import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { PlanResponse, Role, ShareLinkResponse } from '../../api/models';
import { english, tearDownDialogTestBed } from '../../../testing/dialog-test-kit';
import { createShareLink } from '../model/share-link-factory';
import { ShareLinksPage } from './share-links-page';

const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';
const LINKS = `/api/v1/plans/${PLAN}/share-links`;

const plan = (myRole: Role) => ({
  id: PLAN, title: 'Veloria reform', description: '', country: 'XDM', startDate: '2026-01-01', endDate: '2030-12-31',
  status: 'active', myRole, reportingCadence: 'quarterly', catalogueVersion: 1, stepCount: 57, doneCount: 1,
  overdueCount: 1, progress: 20, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', version: 1,
}) as PlanResponse;

const opened = createShareLink({
  id: '5a1e0000-0000-4000-8000-000000000002', name: 'Donor board', tier: 'donor', showNames: true, openCount: 3,
  lastOpenedAt: '2026-11-30T12:00:00.000Z', expiresAt: '2027-01-31T23:59:59.999Z',
});
const revokedEarlier = createShareLink({ id: '5a1e0000-0000-4000-8000-000000000003', name: 'Old', state: 'revoked', revokedAt: '2026-11-01T08:00:00.000Z' });

describe(ShareLinksPage.name, () => {
  let http: HttpTestingController;
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]), provideHttpClient(), provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => tearDownDialogTestBed());

  async function render(role: Role, links: ShareLinkResponse[] = []) {
    const fixture = TestBed.createComponent(ShareLinksPage);
    fixture.componentRef.setInput('planId', PLAN);
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne(`/api/v1/plans/${PLAN}`).flush(plan(role));
    // The links are asked for once the plan says the reader owns it.
    if (role === 'owner') {
      await vi.waitFor(() => {
        TestBed.tick();
        http.expectOne(LINKS).flush({ items: links });
      });
    }
    await fixture.whenStable();
    return fixture;
  }

  const rows = (element: HTMLElement) =>
    [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));

  it('tells a non-owner the page is the owners’, without asking for the links', async () => {
    const fixture = await render('editor');
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain(english.sharing.ownersOnly);
    http.expectNone(LINKS);
    expect(element.querySelector('table')).toBeNull();
    expect([...element.querySelectorAll('button')].some((button) => button.textContent?.includes(english.sharing.create.action))).toBe(false);
  });

  it('lists the owner’s links with their use and state; only active ones can be revoked', async () => {
    const fixture = await render('owner', [opened, revokedEarlier]);
    const element = fixture.nativeElement as HTMLElement;
    const [first, second] = rows(element);
    expect(first[0]).toBe('Donor board');
    expect(first[1]).toBe('Donor · with names');
    expect(first[2]).toContain('Amina Diallo');
    expect(first[5]).toBe('3');
    expect(first[6]).toBe('Active');
    expect(first[7]).toBe('Revoke');
    expect(second[3]).toBe('Until revoked');
    expect(second[4]).toBe('Never');
    expect(second[6]).toContain('Revoked');
    expect(second[7]).toBe('');
  });

  it('revokes a link after the confirmation, which starts on Cancel, and shows it revoked', async () => {
    const fixture = await render('owner', [opened]);
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('tbody button')!.click();
    await vi.waitFor(() => {
      TestBed.tick();
      expect(document.querySelector('mat-dialog-container h2')?.textContent).toContain(english.sharing.revoke.title);
    });
    const dialog = document.querySelector<HTMLElement>('mat-dialog-container')!;
    expect(dialog.textContent).toContain('“Donor board” will stop working at once');
    const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons[0].textContent?.trim()).toBe(english.common.cancel);
    expect(buttons[0].hasAttribute('cdkfocusinitial')).toBe(true);
    buttons.find((button) => button.textContent?.trim() === english.sharing.revoke.confirm)!.click();
    await vi.waitFor(() => {
      TestBed.tick();
      http.expectOne({ method: 'DELETE', url: `${LINKS}/${opened.id}` }).flush({ ...opened, state: 'revoked', revokedAt: '2026-12-01T09:30:00.000Z' });
    });
    await fixture.whenStable();
    expect(rows(element)[0][6]).toContain('Revoked');
    expect(rows(element)[0][7]).toBe('');
  });
});
