import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { PlanResponse } from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';

export type Cadence = PlanResponse['reportingCadence'];

const PATTERNS: Record<Cadence, RegExp> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  half_yearly: /^(\d{4})-H([12])$/,
};

/** How a period is written in each cadence: a pattern to read and an example (the API's own). */
export const PERIOD_FORMATS: Record<Cadence, { pattern: string; example: string }> = {
  monthly: { pattern: 'YYYY-MM', example: '2027-03' },
  quarterly: { pattern: 'YYYY-Qn', example: '2027-Q1' },
  half_yearly: { pattern: 'YYYY-Hn', example: '2027-H1' },
};

/** The hint under the period field: "Quarterly: write the year and the quarter, like 2027-Q1 (YYYY-Qn)." */
export function periodHint(cadence: Cadence): MessageRef {
  const { pattern, example } = PERIOD_FORMATS[cadence];
  return { key: `indicators.period.hint.${cadence}`, params: { pattern, example } };
}

/** What was typed, tidied: spaces gone, `q1` → `Q1`. */
export function normalisePeriod(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, '').toUpperCase();
}

export function fitsCadence(period: string, cadence: Cadence): boolean {
  return PATTERNS[cadence].test(normalisePeriod(period));
}

/** `{ period: true }` when the text is not a period of the cadence (empty is left to `required`). */
export function periodValidator(cadence: () => Cadence | undefined): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string | null;
    const current = cadence();
    if (!value || !value.trim() || !current) return null;
    return fitsCadence(value, current) ? null : { period: true };
  };
}

/** The period a day falls in, written in the cadence's form (the current period, as a starting value). */
export function periodOf(date: Date, cadence: Cadence): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (cadence === 'monthly') return `${year}-${String(month).padStart(2, '0')}`;
  if (cadence === 'quarterly') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

/**
 * A period as readers of the language say it: "March 2027" (from Intl), "Q1 2027", "H1 2027" (from the
 * translations); anything else as written.
 */
export function formatPeriod(period: string, language: string, t: (key: string, params?: Record<string, unknown>) => string): string {
  const year = (value: string) => new Intl.NumberFormat(language, { useGrouping: false }).format(Number(value));
  const number = (value: string) => new Intl.NumberFormat(language).format(Number(value));
  let match = PATTERNS.monthly.exec(period);
  if (match) {
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  }
  match = PATTERNS.quarterly.exec(period);
  if (match) return t('indicators.period.quarter', { year: year(match[1]), quarter: number(match[2]) });
  match = PATTERNS.half_yearly.exec(period);
  if (match) return t('indicators.period.half', { year: year(match[1]), half: number(match[2]) });
  return period;
}
