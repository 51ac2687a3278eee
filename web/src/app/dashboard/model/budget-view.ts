import { AreaBudget, CurrencyBudget, FunderBudget, SharedCurrencyBudget, SharedFunderBudget } from '../../api/models';
import { amountShare } from './chart-geometry';

/** One row of a budget breakdown, as the dashboard and the shared page draw it. */
export interface BudgetRowView {
  key: string;
  /** Translated (an area) or user content (a funder's name, shown with dir="auto"). */
  label: string;
  userContent: boolean;
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
  /** Committed and disbursed in % of planned, for the bar only; null when nothing is planned. */
  committedShare: number | null;
  disbursedShare: number | null;
}

export interface CurrencyBudgetView {
  currency: string;
  total: BudgetRowView;
  byArea: BudgetRowView[];
  byFunder: BudgetRowView[];
}

interface Sums {
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
}

function row(key: string, label: string, userContent: boolean, sums: Sums): BudgetRowView {
  return {
    key,
    label,
    userContent,
    planned: sums.planned,
    committed: sums.committed,
    disbursed: sums.disbursed,
    gap: sums.gap,
    committedShare: amountShare(sums.committed, sums.planned),
    disbursedShare: amountShare(sums.disbursed, sums.planned),
  };
}

function funderRow(funder: FunderBudget | SharedFunderBudget): BudgetRowView {
  // The dashboard names the funder with its id; a share link only by name.
  const name = typeof funder.funder === 'string' ? funder.funder : funder.funder.name;
  const key = typeof funder.funder === 'string' ? funder.funder : funder.funder.id;
  return row(key, name, true, funder);
}

/** A currency's budget (the dashboard's or a share link's) as rows; `areaLabel` names an area in the language. */
export function currencyBudgetView(
  budget: CurrencyBudget | SharedCurrencyBudget,
  areaLabel: (area: AreaBudget['area']) => string,
  totalLabel: string,
): CurrencyBudgetView {
  return {
    currency: budget.currency,
    total: row(budget.currency, totalLabel, false, budget),
    byArea: budget.byArea.map((area) => row(area.area, areaLabel(area.area), false, area)),
    byFunder: budget.byFunder.map(funderRow),
  };
}
