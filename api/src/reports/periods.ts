/** How often a plan reports progress, and how its periods are written. */
export const REPORTING_CADENCES = ['monthly', 'quarterly', 'half_yearly'] as const;
export type ReportingCadence = (typeof REPORTING_CADENCES)[number];

const PATTERNS: Record<ReportingCadence, RegExp> = {
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  half_yearly: /^\d{4}-H[12]$/,
};

export const PERIOD_EXAMPLES: Record<ReportingCadence, string> = { monthly: '2027-03', quarterly: '2027-Q1', half_yearly: '2027-H1' };

/** Any period in one of the three forms; whether it fits a plan is checked against its cadence. */
export const ANY_PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4]|H[12])$/;

export function fitsCadence(period: string, cadence: ReportingCadence): boolean {
  return PATTERNS[cadence].test(period);
}

/** The period a date falls in, written in the cadence's form. */
export function periodOf(date: Date, cadence: ReportingCadence): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (cadence === 'monthly') return `${year}-${String(month).padStart(2, '0')}`;
  if (cadence === 'quarterly') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

export function cadenceMismatch(period: string, cadence: ReportingCadence): string {
  return `period must be written like ${PERIOD_EXAMPLES[cadence]}: this plan reports ${cadence.replace('_', '-')}`;
}

/** The period `steps` periods after (or, negative, before) the given one, in the same cadence. */
export function shiftPeriod(period: string, cadence: ReportingCadence, steps: number): string {
  const year = Number(period.slice(0, 4));
  const perYear = { monthly: 12, quarterly: 4, half_yearly: 2 }[cadence];
  const index = year * perYear + Number(period.slice(cadence === 'monthly' ? 5 : 6)) - 1 + steps;
  const [shiftedYear, number] = [Math.floor(index / perYear), (index % perYear) + 1];
  if (cadence === 'monthly') return `${shiftedYear}-${String(number).padStart(2, '0')}`;
  return `${shiftedYear}-${cadence === 'quarterly' ? 'Q' : 'H'}${number}`;
}
