import { FormBuilder } from '@angular/forms';
import { toApiError } from '../../api/api-error';
import { IndicatorResponse } from '../../api/models';
import {
  changedIndicatorFields, createIndicatorForm, emptyIndicatorFormValue, indicatorFieldMessage, indicatorToFormValue,
  parseLabels, staleIndicator, toCreateRequest,
} from './indicator-form';

function indicatorFixture(partial: Partial<IndicatorResponse> = {}): IndicatorResponse {
  return {
    id: 'i-1',
    planId: 'p-1',
    stepId: null,
    name: 'Share of mental health budget spent on community services',
    unit: '%',
    direction: 'increase',
    baseline: '12',
    baselineDate: '2026-01-01',
    target: '30',
    targetDate: '2030-12-31',
    disaggregation: [],
    latest: null,
    progressToTarget: null,
    trend: [],
    version: 1,
    createdBy: { id: 'u-1', name: 'Jonas Weber' },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...partial,
  } as IndicatorResponse;
}

describe('the indicator form', () => {
  const form = () => createIndicatorForm(new FormBuilder().nonNullable, emptyIndicatorFormValue());

  it('wants the target above the baseline for an increase, below it for a decrease, compared as decimals', () => {
    const sut = form();
    sut.patchValue({ name: 'x', unit: '%', baseline: '12', target: '12.0', baselineDate: '2026-01-01', targetDate: '2030-01-01' });
    expect(sut.hasError('targetSide')).toBe(true);
    sut.patchValue({ target: '12.000001' });
    expect(sut.hasError('targetSide')).toBe(false);
    sut.patchValue({ direction: 'decrease' });
    expect(sut.hasError('targetSide')).toBe(true);
    sut.patchValue({ target: '-4' });
    expect(sut.valid).toBe(true);
  });

  it('holds canonical decimals only: a text the input could not read leaves the field invalid and nothing compared', () => {
    const sut = form();
    sut.patchValue({ name: 'x', unit: '%', baseline: '12', target: '1,25', baselineDate: '2026-01-01', targetDate: '2030-01-01' });
    expect(sut.controls.target.hasError('decimal')).toBe(true);
    expect(sut.hasError('targetSide')).toBe(false);
  });

  it('wants the target date after the baseline date', () => {
    const sut = form();
    sut.patchValue({ baselineDate: '2026-01-01', targetDate: '2026-01-01' });
    expect(sut.hasError('targetDateOrder')).toBe(true);
    sut.patchValue({ targetDate: '2026-01-02' });
    expect(sut.hasError('targetDateOrder')).toBe(false);
  });

  it('checks the disaggregation labels as the API does', () => {
    const sut = form();
    sut.controls.disaggregation.setValue('sex, Sex');
    expect(sut.controls.disaggregation.hasError('labelsRepeat')).toBe(true);
    sut.controls.disaggregation.setValue(Array.from({ length: 11 }, (_, index) => `l${index}`).join(','));
    expect(sut.controls.disaggregation.hasError('labelsTooMany')).toBe(true);
    expect(parseLabels('sex، age group; region\n ,')).toEqual(['sex', 'age group', 'region']);
  });

  it('sends decimal strings as the API writes them, the step or null, and the labels as a list', () => {
    expect(toCreateRequest({
      ...emptyIndicatorFormValue(), name: ' Peer workers ', unit: ' people ', baseline: '1200', target: '2500.5',
      baselineDate: '2026-01-01', targetDate: '2028-01-01', disaggregation: 'sex, region',
    })).toEqual({
      name: 'Peer workers', unit: 'people', direction: 'increase', baseline: '1200', target: '2500.5',
      baselineDate: '2026-01-01', targetDate: '2028-01-01', stepId: null, disaggregation: ['sex', 'region'],
    });
  });

  it('a change sends only the fields that differ (12 and 12.0 are the same number)', () => {
    const base = indicatorFixture();
    expect(changedIndicatorFields(base, { ...indicatorToFormValue(base), baseline: '12.0' })).toEqual({});
    expect(changedIndicatorFields(base, { ...indicatorToFormValue(base), target: '35', stepId: 's-9' })).toEqual({
      target: '35', stepId: 's-9',
    });
  });

  it('explains the server’s refusals in the form’s own words', () => {
    expect(indicatorFieldMessage({ field: 'target', message: 'target must be above the baseline (12) for an indicator that should increase' }))
      .toEqual({ key: 'indicators.validation.targetAbove' });
    expect(indicatorFieldMessage({ field: 'target', message: 'target must be below the baseline (12) for an indicator that should decrease' }))
      .toEqual({ key: 'indicators.validation.targetBelow' });
    expect(indicatorFieldMessage({ field: 'targetDate', message: 'targetDate must be after baselineDate' }))
      .toEqual({ key: 'indicators.validation.targetDateOrder' });
    expect(indicatorFieldMessage({ field: 'baseline', message: 'baseline must be a decimal number written as a string' }))
      .toEqual({ key: 'indicators.validation.decimal' });
    expect(indicatorFieldMessage({ field: 'name', message: 'name must not be empty' })).toBeNull();
  });

  it('finds the current indicator in a stale save’s 409, and nothing in other errors', () => {
    const current = indicatorFixture({ version: 2 });
    expect(staleIndicator({ status: 409, code: 'Conflict', message: '', fieldErrors: [], current })).toEqual(current);
    expect(staleIndicator({ status: 409, code: 'Conflict', message: '', fieldErrors: [] })).toBeNull();
    expect(staleIndicator(toApiError(new Error('offline')))).toBeNull();
  });
});
