import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DialogView, english, openTestDialog, setUpDialogTestBed, tearDownDialogTestBed } from '../../../testing/dialog-test-kit';
import { IndicatorResponse } from '../../api/models';
import { IndicatorDialog, IndicatorDialogData } from './indicator-dialog';

const URL = '/api/v1/plans/p-1/indicators';

const indicator = {
  id: 'i-1', planId: 'p-1', stepId: null, name: 'Involuntary admissions', unit: 'per 100 000 inhabitants',
  direction: 'decrease', baseline: '40', baselineDate: '2026-01-01', target: '20', targetDate: '2030-12-31',
  disaggregation: ['sex'], latest: null, progressToTarget: null, trend: [], version: 2,
} as unknown as IndicatorResponse;

describe(IndicatorDialog.name, () => {
  let http: HttpTestingController;
  let closedWith: IndicatorResponse | undefined;
  let container: HTMLElement;
  let view: DialogView;
  const field = (label: string) => view.field(label);
  const type = (label: string, value: string) => view.type(label, value);
  const button = (text: string) => view.button(text);

  async function open(data: IndicatorDialogData): Promise<void> {
    view = await openTestDialog(http, IndicatorDialog, data, {
      closed: (result: IndicatorResponse | undefined) => (closedWith = result),
    });
    container = view.container;
  }

  beforeEach(() => {
    http = setUpDialogTestBed();
    closedWith = undefined;
  });

  afterEach(tearDownDialogTestBed);

  it('defines an indicator with decimal strings, and shows the server’s refusal next to the target', async () => {
    await open({ planId: 'p-1', steps: [] });
    type('Name', 'Share of mental health budget spent on community services');
    type('Unit', '%');
    type('Baseline', '1,250.5');
    type('Baseline date', '2026-01-01');
    type('Target', '3000');
    type('Target date', '2030-12-31');
    expect(field('Baseline').textContent).toContain('Will be saved as 1,250.5');
    button('Add indicator').click();
    TestBed.tick();
    const request = http.expectOne(URL);
    expect(request.request.body).toEqual({
      name: 'Share of mental health budget spent on community services', unit: '%', direction: 'increase', baseline: '1250.5',
      baselineDate: '2026-01-01', target: '3000', targetDate: '2030-12-31', stepId: null, disaggregation: [],
    });
    request.flush(
      {
        statusCode: 400, error: 'Bad Request', message: 'target must be above the baseline (1250.5) for an indicator that should increase',
        errors: [{ field: 'target', message: 'target must be above the baseline (1250.5) for an indicator that should increase' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(() => {
      TestBed.tick();
      expect(field('Target').querySelector('mat-error')?.textContent?.trim()).toBe(english.indicators.validation.targetAbove);
    });
    await vi.waitFor(() => expect(document.activeElement).toBe(field('Target').querySelector('input')));
    expect(closedWith).toBeUndefined();
  });

  it('after someone else changed the indicator, shows its current values and can start from them', async () => {
    await open({ planId: 'p-1', indicator, steps: [] });
    type('Target', '15');
    button('Save indicator').click();
    TestBed.tick();
    const stale = http.expectOne(`${URL}/i-1`);
    expect(stale.request.body).toEqual({ target: '15', version: 2 });
    const current = { ...indicator, target: '25', version: 3 };
    stale.flush(
      { statusCode: 409, error: 'Conflict', message: 'The indicator was changed by someone else.', errors: [{ field: 'version', message: '…' }], current },
      { status: 409, statusText: 'Conflict' },
    );
    await vi.waitFor(() => {
      TestBed.tick();
      expect(container.querySelector('#indicator-conflict-heading')?.textContent?.trim()).toBe(english.indicators.conflict.title);
    });
    const panel = container.querySelector<HTMLElement>('section.conflict')!;
    expect([...panel.querySelectorAll('dt, dd')].map((item) => item.textContent?.trim())).toEqual(['Target', '25']);

    button(english.indicators.conflict.useTheirs).click();
    TestBed.tick();
    expect(container.querySelector('section.conflict')).toBeNull();
    expect(field('Target').querySelector('input')?.value).toBe('25');
    // Saving now sends the current version.
    type('Target', '15');
    button('Save indicator').click();
    TestBed.tick();
    expect(http.expectOne(`${URL}/i-1`).request.body).toEqual({ target: '15', version: 3 });
  });
});
