import { describe, expect, it } from '@jest/globals';
import { cadenceMismatch, fitsCadence, periodOf, shiftPeriod } from './periods.js';

describe('reporting periods', () => {
  it('writes the period a date falls in for each cadence', () => {
    const date = new Date('2027-08-15T12:00:00Z');
    expect(periodOf(date, 'monthly')).toBe('2027-08');
    expect(periodOf(date, 'quarterly')).toBe('2027-Q3');
    expect(periodOf(date, 'half_yearly')).toBe('2027-H2');
    expect(periodOf(new Date('2027-01-01T00:00:00Z'), 'quarterly')).toBe('2027-Q1');
    expect(periodOf(new Date('2027-06-30T23:59:59Z'), 'half_yearly')).toBe('2027-H1');
  });

  it('accepts only the form of the plan’s cadence', () => {
    expect(fitsCadence('2027-03', 'monthly')).toBe(true);
    expect(fitsCadence('2027-13', 'monthly')).toBe(false);
    expect(fitsCadence('2027-Q1', 'monthly')).toBe(false);
    expect(fitsCadence('2027-Q4', 'quarterly')).toBe(true);
    expect(fitsCadence('2027-Q5', 'quarterly')).toBe(false);
    expect(fitsCadence('2027-H2', 'half_yearly')).toBe(true);
    expect(fitsCadence('2027-H3', 'half_yearly')).toBe(false);
    expect(cadenceMismatch('2027-03', 'quarterly')).toBe('period must be written like 2027-Q1: this plan reports quarterly');
  });

  it('moves a period forwards and backwards across years', () => {
    expect(shiftPeriod('2027-01', 'monthly', -1)).toBe('2026-12');
    expect(shiftPeriod('2027-12', 'monthly', 1)).toBe('2028-01');
    expect(shiftPeriod('2027-Q1', 'quarterly', -1)).toBe('2026-Q4');
    expect(shiftPeriod('2027-Q3', 'quarterly', 6)).toBe('2029-Q1');
    expect(shiftPeriod('2027-H1', 'half_yearly', -3)).toBe('2025-H2');
    expect(shiftPeriod('2027-H2', 'half_yearly', 0)).toBe('2027-H2');
  });
});
