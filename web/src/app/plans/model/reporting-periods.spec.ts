import {
  cadenceOfPeriod, nextPeriod, parsePeriod, periodLabel, periodOf, previousPeriod, shiftPeriod,
} from './reporting-periods';

const labels: Record<string, string> = {
  'reports.period.quarter': 'Q{quarter} {year}',
  'reports.period.firstHalf': 'First half of {year}',
  'reports.period.secondHalf': 'Second half of {year}',
};
const t = (key: string, params: Record<string, unknown> = {}) =>
  (labels[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

/** Shows the key and its parameters, to check which wording was asked for. */
const echo = (key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`;

describe('reporting periods', () => {
  it('names the period a day falls in', () => {
    const day = new Date(Date.UTC(2027, 7, 15));
    expect(periodOf(day, 'monthly')).toBe('2027-08');
    expect(periodOf(day, 'quarterly')).toBe('2027-Q3');
    expect(periodOf(day, 'half_yearly')).toBe('2027-H2');
  });

  it('says a period briefly for indicators, the way the language does', () => {
    expect(periodLabel('2027-03', 'en', echo, 'short')).toBe('March 2027');
    expect(periodLabel('2027-03', 'fr', echo, 'short')).toBe('mars 2027');
    expect(periodLabel('2027-Q1', 'en', echo, 'short')).toBe('indicators.period.quarter{"year":"2027","quarter":"1"}');
    expect(periodLabel('2027-H2', 'en', echo, 'short')).toBe('indicators.period.half{"year":"2027","half":"2"}');
    expect(periodLabel('someday', 'en', echo, 'short')).toBe('someday');
  });

  it('reads only periods written in the cadence asked for', () => {
    expect(parsePeriod('2027-03', 'monthly')).toEqual({ cadence: 'monthly', year: 2027, index: 3 });
    expect(parsePeriod('2027-Q4', 'quarterly')).toEqual({ cadence: 'quarterly', year: 2027, index: 4 });
    expect(parsePeriod('2027-H2', 'half_yearly')).toEqual({ cadence: 'half_yearly', year: 2027, index: 2 });
    expect(parsePeriod('2027-Q1', 'monthly')).toBeNull();
    expect(parsePeriod('2027-13', 'monthly')).toBeNull();
    expect(parsePeriod('2027-Q5', 'quarterly')).toBeNull();
    expect(parsePeriod(undefined, 'quarterly')).toBeNull();
    expect(cadenceOfPeriod('2027-H1')).toBe('half_yearly');
    expect(cadenceOfPeriod('Q1')).toBeNull();
  });

  it('finds the period a moment falls in, in UTC as the API does', () => {
    const date = new Date('2027-03-31T23:30:00Z');
    expect(periodOf(date, 'monthly')).toBe('2027-03');
    expect(periodOf(date, 'quarterly')).toBe('2027-Q1');
    expect(periodOf(date, 'half_yearly')).toBe('2027-H1');
    const july = new Date('2027-07-01T00:00:00Z');
    expect(periodOf(july, 'monthly')).toBe('2027-07');
    expect(periodOf(july, 'quarterly')).toBe('2027-Q3');
    expect(periodOf(july, 'half_yearly')).toBe('2027-H2');
  });

  it('steps to the next and previous month, across years', () => {
    expect(nextPeriod('2027-03', 'monthly')).toBe('2027-04');
    expect(nextPeriod('2027-12', 'monthly')).toBe('2028-01');
    expect(previousPeriod('2027-01', 'monthly')).toBe('2026-12');
    expect(previousPeriod('2027-10', 'monthly')).toBe('2027-09');
  });

  it('steps to the next and previous quarter, across years', () => {
    expect(nextPeriod('2027-Q1', 'quarterly')).toBe('2027-Q2');
    expect(nextPeriod('2027-Q4', 'quarterly')).toBe('2028-Q1');
    expect(previousPeriod('2027-Q1', 'quarterly')).toBe('2026-Q4');
    expect(previousPeriod('2027-Q3', 'quarterly')).toBe('2027-Q2');
  });

  it('steps to the next and previous half-year, across years', () => {
    expect(nextPeriod('2027-H1', 'half_yearly')).toBe('2027-H2');
    expect(nextPeriod('2027-H2', 'half_yearly')).toBe('2028-H1');
    expect(previousPeriod('2027-H1', 'half_yearly')).toBe('2026-H2');
    expect(previousPeriod('2027-H2', 'half_yearly')).toBe('2027-H1');
  });

  it('goes several periods at once and back to where it started', () => {
    expect(shiftPeriod('2027-11', 'monthly', 14)).toBe('2029-01');
    expect(shiftPeriod('2027-Q2', 'quarterly', -6)).toBe('2025-Q4');
    expect(shiftPeriod(shiftPeriod('2027-H1', 'half_yearly', 5), 'half_yearly', -5)).toBe('2027-H1');
    expect(() => shiftPeriod('2027-Q1', 'monthly', 1)).toThrow();
  });

  it('names periods for readers, in their language and digits', () => {
    expect(periodLabel('2027-Q1', 'en', t)).toBe('Q1 2027');
    expect(periodLabel('2027-H2', 'en', t)).toBe('Second half of 2027');
    expect(periodLabel('2027-03', 'en', t)).toBe('March 2027');
    expect(periodLabel('2027-03', 'fr', t)).toBe('mars 2027');
    // Arabic uses its own digits, and no thousands separator in a year.
    expect(periodLabel('2027-H1', 'ar', t)).toBe(`First half of ${new Intl.NumberFormat('ar', { useGrouping: false }).format(2027)}`);
    expect(periodLabel('not a period', 'en', t)).toBe('not a period');
  });
});
