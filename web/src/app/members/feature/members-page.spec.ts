import { LiveAnnouncer } from '@angular/cdk/a11y';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MemberResponse, PlanResponse } from '../../api/models';
import { MembersPage } from './members-page';

const english = JSON.parse(readFileSync(resolve(process.cwd(), 'public/i18n/en.json'), 'utf8'));
const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';
const MEMBERS_URL = `/api/v1/plans/${PLAN}/members`;

const plan: PlanResponse = {
  id: PLAN,
  title: 'Veloria reform',
  description: '',
  country: 'KEN',
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  status: 'active',
  myRole: 'owner',
  myPermissions: ['plan.read', 'members.manage'],
  reportingCadence: 'quarterly',
  catalogueVersion: 1,
  stepCount: 0,
  doneCount: 0,
  overdueCount: 0,
  progress: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
};

function member(partial: Partial<MemberResponse> = {}): MemberResponse {
  return {
    userId: 'u-leila',
    name: 'Leila Haddad',
    email: 'leila@peer-voices.example',
    organisation: null,
    role: 'contributor',
    reviewer: false,
    version: 1,
    joinedAt: '2026-11-01T09:00:00.000Z',
    ...partial,
  };
}
const owner = member({ userId: 'u-amina', name: 'Amina Diallo', email: 'amina@ministry.example', role: 'owner' });

describe(MembersPage.name, () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('reform-roadmap.language', 'en');
    TestBed.configureTestingModule({
      imports: [MembersPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((element) => element.remove());
    localStorage.clear();
  });

  async function render() {
    const fixture = TestBed.createComponent(MembersPage);
    fixture.componentRef.setInput('planId', PLAN);
    document.body.appendChild(fixture.nativeElement);
    const http = TestBed.inject(HttpTestingController);
    // The page's resources keep the application unstable while they load: tick, answer, then wait.
    TestBed.tick();
    http.expectOne('i18n/en.json').flush(english);
    http.expectOne(`/api/v1/plans/${PLAN}`).flush(plan);
    http.expectOne(MEMBERS_URL).flush({ items: [owner, member()] });
    // Invitations are asked for once the plan says the reader is an owner.
    const invitations = await vi.waitFor(() => {
      TestBed.tick();
      return http.expectOne(`/api/v1/plans/${PLAN}/invitations`);
    });
    invitations.flush({ items: [] });
    await fixture.whenStable();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function button(root: ParentNode, text: string): HTMLButtonElement {
    const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (item) => item.getAttribute('aria-label') === text || item.textContent?.trim() === text,
    );
    if (!found) throw new Error(`No button “${text}”`);
    return found;
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mat-dialog-container');
    if (!element) throw new Error('No dialog');
    return element;
  }

  async function chooseRole(fixture: { whenStable(): Promise<unknown> }, label: string): Promise<void> {
    const radio = [...dialog().querySelectorAll('mat-radio-button')].find((item) => item.textContent?.includes(label));
    radio!.querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
    button(dialog(), english.members.changeRole.submit).click();
    await fixture.whenStable();
  }

  function roleCell(element: HTMLElement, name: string): string | undefined {
    const row = [...element.querySelectorAll('tbody tr')].find((item) => item.querySelector('th')?.textContent?.includes(name));
    return row?.querySelectorAll('td')[2]?.textContent?.trim();
  }

  it('after a stale role change shows the current role, says so (announced, focused), and saves on a second choice', async () => {
    const { fixture, http, element } = await render();
    const announce = vi.spyOn(TestBed.inject(LiveAnnouncer), 'announce');

    button(element, 'Change role of Leila Haddad').click();
    await fixture.whenStable();
    await chooseRole(fixture, 'Editor');
    const first = http.expectOne(`${MEMBERS_URL}/u-leila`);
    expect(first.request.body).toEqual({ role: 'editor', version: 1 });
    // Meanwhile someone else made Leila a viewer.
    first.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Someone else changed Leila Haddad’s role while you were looking (it is now viewer, version 2).',
        errors: [{ field: 'version', message: 'Someone else changed Leila Haddad’s role while you were looking.' }],
        current: member({ role: 'viewer', version: 2 }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    expect(roleCell(element, 'Leila Haddad')).toBe('Viewer');
    const heading = element.querySelector<HTMLElement>('#role-conflict-heading');
    expect(heading?.textContent?.trim()).toBe('Someone else changed the role of Leila Haddad meanwhile');
    const message = heading!.closest('section')!.textContent!;
    expect(message).toContain('The role of Leila Haddad is now: Viewer.');
    expect(message).toContain('Your choice (Editor) was not saved. You can choose again, starting from the current role.');
    // Not the last-owner message: this is not that refusal.
    expect(element.textContent).not.toContain(english.members.lastOwner);
    expect(announce).toHaveBeenCalledWith(
      'Someone else changed the role of Leila Haddad meanwhile The role of Leila Haddad is now: Viewer. '
        + 'Your choice (Editor) was not saved. You can choose again, starting from the current role.',
      'assertive',
    );
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));

    // Choose again, from the message: the dialog starts from the current role, and the current version is sent.
    button(element, 'Choose again: role of Leila Haddad').click();
    await fixture.whenStable();
    const checked = dialog().querySelector('mat-radio-button.mat-mdc-radio-checked');
    expect(checked?.textContent).toContain('Viewer');
    await chooseRole(fixture, 'Editor');
    const retry = http.expectOne(`${MEMBERS_URL}/u-leila`);
    expect(retry.request.body).toEqual({ role: 'editor', version: 2 });
    retry.flush(member({ role: 'editor', version: 3 }));
    await fixture.whenStable();

    expect(roleCell(element, 'Leila Haddad')).toBe('Editor');
    expect(element.querySelector('#role-conflict-heading')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('change-role-u-leila'));
  });

  function reviewerSwitch(element: HTMLElement, name: string): HTMLButtonElement {
    const found = element.querySelector<HTMLButtonElement>(`button[role="switch"][aria-label="Reviewer of progress reports: ${name}"]`);
    if (!found) throw new Error(`No reviewer switch for ${name}`);
    return found;
  }

  it('names a reviewer with the switch (keeping the role, versioned); owners review anyway', async () => {
    const { fixture, http, element } = await render();
    // No switch for the owner: owners always review.
    expect(element.querySelector('button[role="switch"][aria-label$="Amina Diallo"]')).toBeNull();
    expect(element.textContent).toContain(english.reports.reviewer.asOwner);

    const toggle = reviewerSwitch(element, 'Leila Haddad');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    const request = http.expectOne(`${MEMBERS_URL}/u-leila`);
    expect(request.request.body).toEqual({ role: 'contributor', reviewer: true, version: 1 });
    request.flush(member({ reviewer: true, version: 2 }));
    await fixture.whenStable();
    expect(reviewerSwitch(element, 'Leila Haddad').getAttribute('aria-checked')).toBe('true');
  });

  it('after a stale reviewer change shows the membership as it is now, focused, and offers to do it again', async () => {
    const { fixture, http, element } = await render();
    reviewerSwitch(element, 'Leila Haddad').click();
    await fixture.whenStable();
    http.expectOne(`${MEMBERS_URL}/u-leila`).flush(
      {
        statusCode: 409, error: 'Conflict', message: 'Someone else changed this membership.',
        errors: [{ field: 'version', message: 'Someone else changed this membership.' }],
        current: member({ role: 'viewer', version: 2 }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const heading = element.querySelector<HTMLElement>('#reviewer-conflict-heading');
    expect(heading?.textContent?.trim()).toBe('Someone else changed the membership of Leila Haddad meanwhile');
    expect(heading!.closest('section')!.textContent).toContain('Leila Haddad is now: Viewer, not a reviewer.');
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    // The switch shows what is stored, not the refused change.
    expect(reviewerSwitch(element, 'Leila Haddad').getAttribute('aria-checked')).toBe('false');
    expect(roleCell(element, 'Leila Haddad')).toBe('Viewer');

    button(element, 'Name Leila Haddad reviewer').click();
    const retry = http.expectOne(`${MEMBERS_URL}/u-leila`);
    expect(retry.request.body).toEqual({ role: 'viewer', reviewer: true, version: 2 });
    retry.flush(member({ role: 'viewer', reviewer: true, version: 3 }));
    await fixture.whenStable();
    expect(element.querySelector('#reviewer-conflict-heading')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('reviewer-u-leila-button'));
  });

  it('says the plan must keep an owner when that is the refusal', async () => {
    const { fixture, http, element } = await render();
    button(element, 'Change role of Amina Diallo').click();
    await fixture.whenStable();
    await chooseRole(fixture, 'Editor');
    http.expectOne(`${MEMBERS_URL}/u-amina`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'The plan must keep at least one owner.',
        errors: [{ field: 'role', message: 'The plan must keep at least one owner.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    const alerts = [...element.querySelectorAll('[role=alert]')].map((alert) => alert.textContent).join(' ');
    expect(alerts).toContain(english.members.lastOwner);
    expect(element.querySelector('#role-conflict-heading')).toBeNull();
    expect(roleCell(element, 'Amina Diallo')).toBe('Owner');
  });
});
