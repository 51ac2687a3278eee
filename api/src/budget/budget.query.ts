import type { EntityManager } from 'typeorm';
import { AREA_ORDER_SQL, type AreaKey } from '../catalogue/area-keys.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import type { BudgetAmounts, BudgetFlag, BudgetLineResponse, CurrencyTotals } from './dto/budget-line.dto.js';
import type { CurrencyBudget, PlanBudgetResponse } from './dto/plan-budget.dto.js';

/*
 * Money never leaves PostgreSQL's numeric type until it is text: amounts, gaps and sums are
 * computed in SQL and read as strings with two decimals, so 0.10 + 0.20 is exactly 0.30 and
 * 9999999999999999.99 survives the round trip. Every sum is grouped by currency.
 */

const LINE_COLUMNS = `
  l.id, l.plan_id, l.step_id, l.currency, l.year, l.note, l.version, l.created_at, l.updated_at,
  l.planned::text AS planned, l.committed::text AS committed, l.disbursed::text AS disbursed,
  (l.planned - l.committed)::text AS gap,
  l.committed > l.planned AS committed_above_planned, l.disbursed > l.committed AS disbursed_above_committed,
  o.id AS funder_id, o.name AS funder_name, o.kind AS funder_kind`;

const LINES = 'budget_lines l JOIN organisations o ON o.id = l.funder_id';

/** Sums of the group's lines, as text with two decimals. */
export const AMOUNT_COLUMNS = `
  round(sum(l.planned), 2)::text AS planned,
  round(sum(l.committed), 2)::text AS committed,
  round(sum(l.disbursed), 2)::text AS disbursed,
  round(sum(l.planned) - sum(l.committed), 2)::text AS gap,
  count(*)::int AS lines,
  (count(*) FILTER (WHERE l.committed > l.planned OR l.disbursed > l.committed))::int AS flagged_lines`;

interface LineRow {
  id: string;
  plan_id: string;
  step_id: string;
  currency: string;
  year: number;
  note: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
  committed_above_planned: boolean;
  disbursed_above_committed: boolean;
  funder_id: string;
  funder_name: string;
  funder_kind: OrganisationKind;
}

export interface AmountRow {
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
  lines: number;
  flagged_lines: number;
}

export async function selectLines(manager: EntityManager, planId: string, stepId: string): Promise<BudgetLineResponse[]> {
  const rows = (await manager.query(
    `SELECT ${LINE_COLUMNS} FROM ${LINES} WHERE l.plan_id = $1 AND l.step_id = $2 ORDER BY l.year, l.currency, o.name, l.created_at, l.id`,
    [planId, stepId],
  )) as LineRow[];
  return rows.map(toLineResponse);
}

export async function selectLine(manager: EntityManager, planId: string, stepId: string, lineId: string): Promise<BudgetLineResponse | null> {
  const [row] = (await manager.query(`SELECT ${LINE_COLUMNS} FROM ${LINES} WHERE l.id = $1 AND l.step_id = $2 AND l.plan_id = $3`, [
    lineId,
    stepId,
    planId,
  ])) as LineRow[];
  return row ? toLineResponse(row) : null;
}

/** A step's lines summed per currency. */
export async function selectStepTotals(manager: EntityManager, planId: string, stepId: string): Promise<CurrencyTotals[]> {
  const rows = (await manager.query(
    `SELECT l.currency, ${AMOUNT_COLUMNS} FROM budget_lines l WHERE l.plan_id = $1 AND l.step_id = $2 GROUP BY l.currency ORDER BY l.currency`,
    [planId, stepId],
  )) as (AmountRow & { currency: string })[];
  return rows.map((row) => ({ currency: row.currency, ...toAmounts(row) }));
}

/**
 * The plan's budget per currency, and within each currency by area, by funder and by year:
 * one statement with grouping sets, every set led by the currency.
 */
export async function selectPlanBudget(manager: EntityManager, planId: string): Promise<PlanBudgetResponse> {
  const rows = (await manager.query(
    `SELECT l.currency, s.area_key, l.year, o.id AS funder_id, o.name AS funder_name, o.kind AS funder_kind,
            GROUPING(s.area_key) = 0 AS by_area, GROUPING(o.id) = 0 AS by_funder, GROUPING(l.year) = 0 AS by_year,
            ${AMOUNT_COLUMNS}
       FROM budget_lines l JOIN steps s ON s.id = l.step_id JOIN organisations o ON o.id = l.funder_id
      WHERE l.plan_id = $1
      GROUP BY GROUPING SETS ((l.currency), (l.currency, s.area_key), (l.currency, o.id, o.name, o.kind), (l.currency, l.year))
      ORDER BY l.currency, ${AREA_ORDER_SQL('s.area_key')}, o.name, o.id, l.year`,
    [planId],
  )) as (AmountRow & {
    currency: string;
    area_key: AreaKey | null;
    year: number | null;
    funder_id: string | null;
    funder_name: string | null;
    funder_kind: OrganisationKind | null;
    by_area: boolean;
    by_funder: boolean;
    by_year: boolean;
  })[];
  const currencies = new Map<string, CurrencyBudget>();
  for (const row of rows) {
    if (row.by_area || row.by_funder || row.by_year) continue;
    currencies.set(row.currency, { currency: row.currency, ...toAmounts(row), byArea: [], byFunder: [], byYear: [] });
  }
  for (const row of rows) {
    const budget = currencies.get(row.currency)!;
    if (row.by_area) budget.byArea.push({ area: row.area_key!, ...toAmounts(row) });
    if (row.by_funder) budget.byFunder.push({ funder: { id: row.funder_id!, name: row.funder_name!, kind: row.funder_kind! }, ...toAmounts(row) });
    if (row.by_year) budget.byYear.push({ year: row.year!, ...toAmounts(row) });
  }
  return { currencies: [...currencies.values()] };
}

export function toAmounts(row: AmountRow): BudgetAmounts {
  return {
    planned: row.planned,
    committed: row.committed,
    disbursed: row.disbursed,
    gap: row.gap,
    lines: row.lines,
    flaggedLines: row.flagged_lines,
  };
}

function toLineResponse(row: LineRow): BudgetLineResponse {
  const flags: BudgetFlag[] = [];
  if (row.committed_above_planned) flags.push('committed_above_planned');
  if (row.disbursed_above_committed) flags.push('disbursed_above_committed');
  return {
    id: row.id,
    planId: row.plan_id,
    stepId: row.step_id,
    funder: { id: row.funder_id, name: row.funder_name, kind: row.funder_kind },
    currency: row.currency,
    year: row.year,
    planned: row.planned,
    committed: row.committed,
    disbursed: row.disbursed,
    gap: row.gap,
    flags,
    note: row.note,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
