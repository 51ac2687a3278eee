import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ReportingCadence } from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';
import { parsePeriod } from '../../plans/model/reporting-periods';

/** How a period is written in each cadence: a pattern to read and an example (the API's own). */
export const PERIOD_FORMATS: Record<ReportingCadence, { pattern: string; example: string }> = {
  monthly: { pattern: 'YYYY-MM', example: '2027-03' },
  quarterly: { pattern: 'YYYY-Qn', example: '2027-Q1' },
  half_yearly: { pattern: 'YYYY-Hn', example: '2027-H1' },
};

/** The hint under the period field: "Quarterly: write the year and the quarter, like 2027-Q1 (YYYY-Qn)." */
export function periodHint(cadence: ReportingCadence): MessageRef {
  const { pattern, example } = PERIOD_FORMATS[cadence];
  return { key: `indicators.period.hint.${cadence}`, params: { pattern, example } };
}

/** What was typed, tidied: spaces gone, `q1` → `Q1`. */
export function normalisePeriod(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, '').toUpperCase();
}

export function fitsCadence(period: string, cadence: ReportingCadence): boolean {
  return parsePeriod(normalisePeriod(period), cadence) !== null;
}

/** `{ period: true }` when the text is not a period of the cadence (empty is left to `required`). */
export function periodValidator(cadence: () => ReportingCadence | undefined): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const value = control.value as string | null;
    const current = cadence();
    if (!value || !value.trim() || !current) return null;
    return fitsCadence(value, current) ? null : { period: true };
  };
}
