import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CreatedShareLinkResponse } from '../../api/models';
import { english, openTestDialog, setUpDialogTestBed, tearDownDialogTestBed } from '../../../testing/dialog-test-kit';
import { createCreatedShareLink } from '../model/share-link-factory';
import { ShareLinkDialog, ShareLinkDialogData } from './share-link-dialog';

const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';
const LINKS = `/api/v1/plans/${PLAN}/share-links`;

describe(ShareLinkDialog.name, () => {
  let http: HttpTestingController;
  beforeEach(() => (http = setUpDialogTestBed()));
  afterEach(() => tearDownDialogTestBed());

  async function open() {
    const created: CreatedShareLinkResponse[] = [];
    const closed = vi.fn();
    const view = await openTestDialog<ShareLinkDialog, ShareLinkDialogData, unknown>(
      http, ShareLinkDialog, { planId: PLAN, created: (link) => created.push(link) }, { closed, title: english.sharing.create.title },
    );
    return { view, created, closed };
  }

  const radio = (container: HTMLElement, label: string) =>
    [...container.querySelectorAll<HTMLElement>('mat-radio-button')].find((item) => item.querySelector('strong')?.textContent?.trim() === label)!;

  it('explains what each tier shows, and offers names only for a donor link', async () => {
    const { view } = await open();
    expect(radio(view.container, 'Public').textContent).toContain(english.sharing.tierHelp.public);
    expect(radio(view.container, 'Donor').textContent).toContain(english.sharing.tierHelp.donor);
    expect(view.container.querySelector('mat-checkbox')).toBeNull();
    radio(view.container, 'Donor').querySelector('input')!.click();
    TestBed.tick();
    expect(view.container.querySelector('mat-checkbox')?.textContent).toContain(english.sharing.create.showNames);
  });

  it('creates the link, then shows its address once with a way to copy it', async () => {
    const { view, created } = await open();
    view.type(english.sharing.create.name, '  Parliament health committee ');
    radio(view.container, 'Donor').querySelector('input')!.click();
    TestBed.tick();
    view.container.querySelector<HTMLInputElement>('mat-checkbox input')!.click();
    view.type(english.sharing.create.expiresOn, '2099-01-01');
    view.button(english.sharing.create.submit).click();
    TestBed.tick();
    // 2099 is beyond the API's three years: the form says so before sending anything.
    http.expectNone(LINKS);
    expect(view.field(english.sharing.create.expiresOn).textContent).toContain('Choose a day at most 1098 days from today.');

    view.type(english.sharing.create.expiresOn, '');
    view.button(english.sharing.create.submit).click();
    const request = http.expectOne(LINKS);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ name: 'Parliament health committee', tier: 'donor', showNames: true, expiresOn: null });
    const link = createCreatedShareLink({ name: 'Parliament health committee', tier: 'donor', showNames: true });
    request.flush(link);
    TestBed.tick();

    expect(created).toEqual([link]);
    const address = view.field(english.sharing.created.url).querySelector('input')!;
    expect(address.value).toBe(link.url);
    expect(view.container.textContent).toContain(english.sharing.created.once);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    view.button(english.sharing.created.copy).click();
    await vi.waitFor(() => {
      TestBed.tick();
      expect(view.container.textContent).toContain(english.sharing.created.copied);
    });
    expect(writeText).toHaveBeenCalledWith(link.url);
  });

  it('shows the server’s refusal at the field it names', async () => {
    const { view, created } = await open();
    view.type(english.sharing.create.name, 'Board');
    view.button(english.sharing.create.submit).click();
    http.expectOne(LINKS).flush(
      { statusCode: 400, error: 'Bad Request', message: 'The request is not valid.', errors: [{ field: 'expiresOn', message: 'expiresOn must be today or later' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    TestBed.tick();
    expect(view.field(english.sharing.create.expiresOn).textContent).toContain(english.sharing.validation.expiresPast);
    expect(view.container.querySelector('[role=alert]')?.textContent).toContain(english.errors.validation);
    expect(created).toEqual([]);
  });
});
