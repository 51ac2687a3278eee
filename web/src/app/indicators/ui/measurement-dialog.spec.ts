import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DialogView, english, openTestDialog, setUpDialogTestBed, tearDownDialogTestBed } from '../../../testing/dialog-test-kit';
import { IndicatorResponse, MeasurementResponse } from '../../api/models';
import { MeasurementDialog, MeasurementDialogData } from './measurement-dialog';

const URL = '/api/v1/indicators/i-1/measurements';

const indicator = {
  id: 'i-1', planId: 'p-1', stepId: null, name: 'Share of mental health budget spent on community services', unit: '%',
  direction: 'increase', baseline: '12', baselineDate: '2026-01-01', target: '30', targetDate: '2030-12-31',
  disaggregation: [], latest: null, progressToTarget: null, trend: [], version: 1,
} as unknown as IndicatorResponse;

function measurement(partial: Partial<MeasurementResponse> = {}): MeasurementResponse {
  return {
    id: 'm-1', indicatorId: 'i-1', period: '2027-Q1', value: '15', source: 'HMIS quarterly extract', note: null,
    recordedBy: { id: 'u-1', name: 'Priya Raman' }, recordedAt: '2027-04-02T10:00:00.000Z', supersededAt: null,
    replacedBy: null, ...partial,
  } as MeasurementResponse;
}

describe(MeasurementDialog.name, () => {
  let http: HttpTestingController;
  let closedWith: MeasurementResponse | undefined;
  let container: HTMLElement;
  let view: DialogView;
  const field = (label: string) => view.field(label);
  const type = (label: string, value: string) => view.type(label, value);
  const button = (text: string) => view.button(text);

  beforeEach(async () => {
    http = setUpDialogTestBed();
    closedWith = undefined;
    view = await openTestDialog(http, MeasurementDialog, { indicator, cadence: 'quarterly' } satisfies MeasurementDialogData, {
      closed: (result: MeasurementResponse | undefined) => (closedWith = result),
      title: 'Record a measurement',
    });
    container = view.container;
  });

  afterEach(tearDownDialogTestBed);

  function fillIn(value: string): void {
    type('Period', '2027-q1');
    type('Value (%)', value);
    type('Source', 'HMIS corrected extract');
    TestBed.tick();
  }

  it('shows how this plan writes its periods', () => {
    expect(field('Period').textContent).toContain('This plan reports quarterly: write the year and the quarter, like 2027-Q1 (YYYY-Qn).');
  });

  it('on a period that already has a value, shows it and replaces it only when asked (replaces: true)', async () => {
    fillIn('18');
    button('Record measurement').click();
    TestBed.tick();
    const first = http.expectOne(URL);
    expect(first.request.body).toEqual({ period: '2027-Q1', value: '18', source: 'HMIS corrected extract' });
    first.flush(
      { statusCode: 409, error: 'Conflict', message: '2027-Q1 already has a measurement (15)', errors: [{ field: 'period', message: '…' }], current: measurement() },
      { status: 409, statusText: 'Conflict' },
    );
    await vi.waitFor(() => {
      TestBed.tick();
      expect(container.querySelector('#existing-measurement-heading')?.textContent?.trim()).toBe('Q1 2027 already has a measurement');
    });
    const existing = container.querySelector<HTMLElement>('section.existing')!;
    expect(existing.textContent).toContain('15 %');
    expect(existing.textContent).toContain('HMIS quarterly extract');
    expect(existing.textContent).toContain('Priya Raman');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('existing-measurement-heading'));
    // Nothing was replaced yet, and the dialog is still open.
    expect(closedWith).toBeUndefined();

    button('Replace it').click();
    TestBed.tick();
    const second = http.expectOne(URL);
    expect(second.request.body).toEqual({ period: '2027-Q1', value: '18', source: 'HMIS corrected extract', replaces: true });
    second.flush(measurement({ id: 'm-2', value: '18' }), { status: 201, statusText: 'Created' });
    await vi.waitFor(() => expect(closedWith?.id).toBe('m-2'));
  });

  it('puts the server’s refusal of a period next to the field, in the plan’s terms', async () => {
    fillIn('18');
    button('Record measurement').click();
    TestBed.tick();
    http.expectOne(URL).flush(
      {
        statusCode: 400, error: 'Bad Request', message: 'period must be written like 2027-Q1: this plan reports quarterly',
        errors: [{ field: 'period', message: 'period must be written like 2027-Q1: this plan reports quarterly' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(() => {
      TestBed.tick();
      expect(field('Period').querySelector('mat-error')?.textContent?.trim()).toBe('Write the period as a year and a quarter, like 2027-Q1.');
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(english.errors.validation);
  });

  it('checks the form before sending: a period of another cadence and a value that is no number', () => {
    type('Period', '2027-03');
    type('Value (%)', 'twelve');
    TestBed.tick();
    button('Record measurement').click();
    TestBed.tick();
    http.expectNone(URL);
    expect(field('Period').querySelector('mat-error')?.textContent?.trim()).toBe('Write the period as a year and a quarter, like 2027-Q1.');
    expect(field('Value (%)').querySelector('mat-error')?.textContent?.trim()).toBe('Enter a number, written like 12,345.50.');
    expect(field('Source').querySelector('mat-error')?.textContent?.trim()).toBe(english.indicators.validation.source);
  });
});
