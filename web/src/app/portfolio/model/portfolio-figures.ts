import { PortfolioPlan, PortfolioSort, ReportingCounts } from '../../api/models';

/** A plan of the portfolio as its row shows it: the API's figures, and the country named in the reader's language. */
export interface PortfolioRow {
  plan: PortfolioPlan;
  countryName: string;
}

/** The reporting states besides "approved", in the order a report moves through them, with their counts. */
export const OTHER_REPORTING_STATES = ['submitted', 'returned', 'draft', 'missing'] as const satisfies readonly (keyof ReportingCounts)[];

/** The columns the portfolio can be sorted by, by the sort the API knows (the period column holds both dates). */
export type PortfolioColumn = 'plan' | 'country' | 'period' | 'progress' | 'overdue';

export const SORTED_COLUMN: Readonly<Record<PortfolioSort, PortfolioColumn>> = {
  title: 'plan',
  country: 'country',
  progress: 'progress',
  overdue: 'overdue',
  startDate: 'period',
  endDate: 'period',
};
