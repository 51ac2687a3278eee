import { FormBuilder } from '@angular/forms';
import { MeasurementResponse } from '../../api/models';
import { createMeasurementForm, existingMeasurement, measurementFieldMessage, toMeasurementRequest } from './measurement-form';

const measurement: MeasurementResponse = {
  id: 'm-1', indicatorId: 'i-1', period: '2027-Q1', value: '15', source: 'HMIS', note: null,
  recordedBy: { id: 'u-1', name: 'Priya Raman' }, recordedAt: '2027-04-02T10:00:00.000Z', supersededAt: null, replacedBy: null,
} as MeasurementResponse;

describe('the measurement form', () => {
  it('checks the period against the plan’s cadence, the value as a decimal, and wants a source', () => {
    const form = createMeasurementForm(new FormBuilder().nonNullable, () => 'monthly');
    form.setValue({ period: '2027-Q1', value: '1.5', source: ' ', note: '' });
    expect(form.controls.period.hasError('period')).toBe(true);
    expect(form.controls.value.valid).toBe(true);
    expect(form.controls.source.valid).toBe(false);
    // The control holds what the API takes; reading "1,5" is the value input's work, in the UI language.
    form.patchValue({ value: '1,5' });
    expect(form.controls.value.hasError('decimal')).toBe(true);
    form.patchValue({ value: '1.5' });
    form.patchValue({ period: '2027-03', source: 'HMIS' });
    expect(form.valid).toBe(true);
  });

  it('sends the period tidied, the value as a decimal string, the note only when there is one, and replaces only when told', () => {
    expect(toMeasurementRequest({ period: ' 2027-q1', value: '18.5', source: ' HMIS ', note: ' ' })).toEqual({
      period: '2027-Q1', value: '18.5', source: 'HMIS',
    });
    expect(toMeasurementRequest({ period: '2027-Q1', value: '18', source: 'HMIS', note: 'Corrected' }, true)).toEqual({
      period: '2027-Q1', value: '18', source: 'HMIS', note: 'Corrected', replaces: true,
    });
  });

  it('finds the period’s current measurement in the 409', () => {
    expect(existingMeasurement({ status: 409, code: 'Conflict', message: '', fieldErrors: [], current: measurement })).toEqual(measurement);
    expect(existingMeasurement({ status: 400, code: '', message: '', fieldErrors: [] })).toBeNull();
  });

  it('says how this plan writes its periods when the server refuses one', () => {
    expect(measurementFieldMessage({ field: 'period', message: 'period must be written like 2027-03: this plan reports monthly' }, 'monthly'))
      .toEqual({ key: 'indicators.period.invalid.monthly', params: { example: '2027-03' } });
  });
});
