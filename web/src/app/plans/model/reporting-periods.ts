import { ReportingCadence } from '../../api/models';

/** How often a plan reports; labels are `reports.cadence.<cadence>`. */
export const REPORTING_CADENCES: readonly ReportingCadence[] = ['monthly', 'quarterly', 'half_yearly'];

/** A period taken apart: the year and its number within the year (month 1–12, quarter 1–4 or half 1–2). */
export interface PeriodParts {
  cadence: ReportingCadence;
  year: number;
  index: number;
}

const PATTERNS: Record<ReportingCadence, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  half_yearly: /^(\d{4})-H([12])$/,
};

const PER_YEAR: Record<ReportingCadence, number> = { monthly: 12, quarterly: 4, half_yearly: 2 };

/** Reads a period written in the cadence's form (`2027-03`, `2027-Q1`, `2027-H1`); null when it is not. */
export function parsePeriod(period: string | null | undefined, cadence: ReportingCadence): PeriodParts | null {
  const match = PATTERNS[cadence].exec(period ?? '');
  return match ? { cadence, year: Number(match[1]), index: Number(match[2]) } : null;
}

/** Writes a period as the API does. */
export function formatPeriod({ cadence, year, index }: PeriodParts): string {
  if (cadence === 'monthly') return `${year}-${String(index).padStart(2, '0')}`;
  return `${year}-${cadence === 'quarterly' ? 'Q' : 'H'}${index}`;
}

/** The period a moment falls in (in UTC, as the API counts), written in the cadence's form. */
export function periodOf(date: Date, cadence: ReportingCadence): string {
  const month = date.getUTCMonth() + 1;
  const index = cadence === 'monthly' ? month : cadence === 'quarterly' ? Math.ceil(month / 3) : month <= 6 ? 1 : 2;
  return formatPeriod({ cadence, year: date.getUTCFullYear(), index });
}

/** The period `steps` periods after this one (before it when negative), across years. */
export function shiftPeriod(period: string, cadence: ReportingCadence, steps: number): string {
  const parts = parsePeriod(period, cadence);
  if (!parts) throw new Error(`${period} is not a ${cadence} period`);
  const perYear = PER_YEAR[cadence];
  const ordinal = parts.year * perYear + (parts.index - 1) + steps;
  return formatPeriod({ cadence, year: Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 });
}

export function nextPeriod(period: string, cadence: ReportingCadence): string {
  return shiftPeriod(period, cadence, 1);
}

export function previousPeriod(period: string, cadence: ReportingCadence): string {
  return shiftPeriod(period, cadence, -1);
}

/** Which cadence a period is written in, whatever the plan's. */
export function cadenceOfPeriod(period: string): ReportingCadence | null {
  return REPORTING_CADENCES.find((cadence) => PATTERNS[cadence].test(period)) ?? null;
}

/** Orders periods written in the same cadence; later periods sort after earlier ones. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function number(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false }).format(value);
}

/**
 * How a period is said: `long` as in reports ("Q1 2027", "First half of 2027"), `short` as in indicators' lists
 * and charts ("Q1 2027", "H1 2027"). Months are the same in both ("March 2027").
 */
export type PeriodWording = 'long' | 'short';

/**
 * A period as its readers say it: "March 2027", "Q1 2027", "First half of 2027" — in the language given, with
 * its own digits. Anything unreadable is shown as written.
 */
export function periodLabel(
  period: string,
  language: string,
  t: (key: string, params?: Record<string, unknown>) => string,
  wording: PeriodWording = 'long',
): string {
  const cadence = cadenceOfPeriod(period);
  const parts = cadence ? parsePeriod(period, cadence) : null;
  if (!parts) return period;
  if (parts.cadence === 'monthly') {
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(parts.year, parts.index - 1, 1)),
    );
  }
  const year = number(parts.year, language);
  const index = number(parts.index, language);
  if (parts.cadence === 'quarterly') {
    return t(wording === 'long' ? 'reports.period.quarter' : 'indicators.period.quarter', { year, quarter: index });
  }
  if (wording === 'short') return t('indicators.period.half', { year, half: index });
  return t(parts.index === 1 ? 'reports.period.firstHalf' : 'reports.period.secondHalf', { year });
}
