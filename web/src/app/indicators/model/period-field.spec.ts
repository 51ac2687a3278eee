import { FormControl } from '@angular/forms';
import { fitsCadence, normalisePeriod, periodHint, periodValidator } from './period-field';

describe('the period field', () => {
  it('gives each cadence’s format as the hint under the field', () => {
    expect(periodHint('monthly')).toEqual({ key: 'indicators.period.hint.monthly', params: { pattern: 'YYYY-MM', example: '2027-03' } });
    expect(periodHint('quarterly')).toEqual({ key: 'indicators.period.hint.quarterly', params: { pattern: 'YYYY-Qn', example: '2027-Q1' } });
    expect(periodHint('half_yearly')).toEqual({ key: 'indicators.period.hint.half_yearly', params: { pattern: 'YYYY-Hn', example: '2027-H1' } });
  });

  it('accepts a period only in the plan’s own cadence', () => {
    expect(fitsCadence('2027-03', 'monthly')).toBe(true);
    expect(fitsCadence('2027-13', 'monthly')).toBe(false);
    expect(fitsCadence('2027-Q1', 'monthly')).toBe(false);
    expect(fitsCadence('2027-Q4', 'quarterly')).toBe(true);
    expect(fitsCadence('2027-Q5', 'quarterly')).toBe(false);
    expect(fitsCadence('2027-H2', 'half_yearly')).toBe(true);
    expect(fitsCadence('2027-H3', 'half_yearly')).toBe(false);
    // Typed loosely: tidied first.
    expect(normalisePeriod(' 2027 - q1 ')).toBe('2027-Q1');
    expect(fitsCadence('2027-q1', 'quarterly')).toBe(true);
  });

  it('as a validator, follows the cadence it is given and leaves empty to required', () => {
    const validator = periodValidator(() => 'quarterly');
    expect(validator(new FormControl(''))).toBeNull();
    expect(validator(new FormControl('2027-Q2'))).toBeNull();
    expect(validator(new FormControl('2027-04'))).toEqual({ period: true });
  });
});
