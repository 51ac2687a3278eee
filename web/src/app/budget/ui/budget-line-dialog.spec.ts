import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { DialogView, english, openTestDialog, setUpDialogTestBed, tearDownDialogTestBed } from '../../../testing/dialog-test-kit';
import { BudgetLineResponse } from '../../api/models';
import { BudgetLineDialog, BudgetLineDialogData } from './budget-line-dialog';

const LINES_URL = '/api/v1/plans/p-1/steps/s-1/budget-lines';

const line: BudgetLineResponse = {
  id: 'l-1', planId: 'p-1', stepId: 's-1', funder: { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor' },
  currency: 'EUR', year: 2027, planned: '750000.00', committed: '750000.00', disbursed: '300000.00', gap: '0.00', flags: [],
  note: null, version: 3, createdAt: '2027-01-01T00:00:00.000Z', updatedAt: '2027-01-01T00:00:00.000Z',
};
const organisations = [
  { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor', country: null },
  { id: 'o-2', name: 'Ministry of Finance of Veloria', kind: 'ministry', country: 'XDM' },
];

describe(BudgetLineDialog.name, () => {
  let http: HttpTestingController;
  let closedWith: BudgetLineResponse | undefined;
  let container: HTMLElement;
  let view: DialogView;
  const field = (label: string) => view.field(label);
  const type = (label: string, value: string) => view.type(label, value);
  const button = (text: string) => view.button(text);

  async function open(data: BudgetLineDialogData): Promise<void> {
    view = await openTestDialog(http, BudgetLineDialog, data, {
      closed: (result: BudgetLineResponse | undefined) => (closedWith = result),
      answer: () => http.expectOne('/api/v1/organisations').flush({ items: organisations }),
    });
    container = view.container;
  }

  beforeEach(() => {
    http = setUpDialogTestBed();
    closedWith = undefined;
  });

  afterEach(tearDownDialogTestBed);

  it('shows the saved amounts in the language’s marks and what a typed amount will be saved as, in the line’s currency', async () => {
    await open({ planId: 'p-1', stepId: 's-1', line, usedCurrencies: ['EUR'] });
    expect(field('Planned').querySelector('input')?.value).toBe('750,000.00');
    type('Disbursed', '450,000.5');
    expect(field('Disbursed').textContent).toContain('Will be saved as €450,000.50');
    // Described by its hint, as a screen reader hears it when it reaches the field.
    const input = field('Disbursed').querySelector('input')!;
    const hint = field('Disbursed').querySelector('mat-hint')!;
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
  });

  it('refuses an amount a reader would have to guess, saying how English writes them', async () => {
    await open({ planId: 'p-1', stepId: 's-1', line, usedCurrencies: ['EUR'] });
    type('Disbursed', '450,5');
    button('Save line').click();
    TestBed.tick();
    http.expectNone(`${LINES_URL}/l-1`);
    expect(field('Disbursed').querySelector('mat-error')?.textContent?.trim())
      .toBe('This number could be read two ways. Here “.” comes before the decimals and thousands are grouped in threes, like 12,345.50.');
    type('Disbursed', '٤٥٠٬٠٠٠');
    button('Save line').click();
    TestBed.tick();
    expect(http.expectOne(`${LINES_URL}/l-1`).request.body).toEqual({ disbursed: '450000', version: 3 });
  });

  it('after someone else changed the line, shows what it holds now and saves again on the current version', async () => {
    await open({ planId: 'p-1', stepId: 's-1', line, usedCurrencies: ['EUR'] });
    type('Disbursed', '450000');
    button('Save line').click();
    TestBed.tick();
    const stale = http.expectOne(`${LINES_URL}/l-1`);
    expect(stale.request.method).toBe('PATCH');
    expect(stale.request.body).toEqual({ disbursed: '450000', version: 3 });
    const current = { ...line, disbursed: '400000.00', version: 4 };
    stale.flush(
      { statusCode: 409, error: 'Conflict', message: 'The budget line was changed by someone else.', errors: [{ field: 'version', message: '…' }], current },
      { status: 409, statusText: 'Conflict' },
    );
    await vi.waitFor(() => {
      TestBed.tick();
      expect(container.querySelector('#budget-conflict-heading')?.textContent?.trim()).toBe(english.budget.conflict.title);
    });
    // The field this dialog changed, as it is now.
    const panel = container.querySelector<HTMLElement>('section.conflict')!;
    expect(panel.querySelector('dt')?.textContent?.trim()).toBe('Disbursed');
    expect(panel.querySelector('dd')?.textContent?.trim()).toBe('€400,000.00');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('budget-conflict-heading'));

    button(english.budget.conflict.saveMine).click();
    TestBed.tick();
    const retry = http.expectOne(`${LINES_URL}/l-1`);
    expect(retry.request.body).toEqual({ disbursed: '450000', version: 4 });
    retry.flush({ ...current, disbursed: '450000.00', version: 5 });
    await vi.waitFor(() => expect(closedWith?.version).toBe(5));
  });

  it('puts a field the server refused next to that field', async () => {
    await open({ planId: 'p-1', stepId: 's-1', usedCurrencies: [] });
    const component = TestBed.inject(MatDialog).openDialogs[0].componentInstance as unknown as {
      form: { patchValue(value: object): void };
    };
    // The currency list is the browser's; the server may know another set.
    component.form.patchValue({ funderId: 'o-2', currency: 'XTS', year: 2027, planned: '100', committed: '0', disbursed: '0' });
    TestBed.tick();
    button('Add line').click();
    TestBed.tick();
    const request = http.expectOne(LINES_URL);
    expect(request.request.body).toEqual({ funderId: 'o-2', currency: 'XTS', year: 2027, planned: '100', committed: '0', disbursed: '0' });
    request.flush(
      {
        statusCode: 400, error: 'Bad Request', message: 'currency must be an ISO 4217 currency code',
        errors: [{ field: 'currency', message: 'currency must be an ISO 4217 currency code' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(() => {
      TestBed.tick();
      expect(field('Currency').querySelector('mat-error')?.textContent?.trim()).toBe(english.budget.validation.currency);
    });
    expect(closedWith).toBeUndefined();
  });
});
