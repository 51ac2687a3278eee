import type { EntityManager } from 'typeorm';
import { AMOUNT_COLUMNS, toAmounts, type AmountRow } from '../budget/budget.query.js';
import type { CurrencyTotals } from '../budget/dto/budget-line.dto.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import type { PlanStatus, Role } from '../plans/plan.entity.js';
import type { ReportingCadence } from '../reports/periods.js';
import type { PortfolioMoney, PortfolioQuery } from './dto/portfolio.dto.js';

export interface PortfolioPlanRow {
  id: string;
  title: string;
  country: string;
  start_date: string;
  end_date: string;
  status: PlanStatus;
  role: Role;
  reporting_cadence: ReportingCadence;
  steps: number;
  progress: number | null;
  overdue: number;
}

const SORT_COLUMNS: Record<NonNullable<PortfolioQuery['sort']>, string> = {
  title: 'lower(p.title)',
  country: 'p.country',
  progress: 'f.progress',
  overdue: 'f.overdue',
  startDate: 'p.start_date',
  endDate: 'p.end_date',
};

/**
 * The caller's plans matching the filters, with their step figures (overall progress weighs each
 * area the same, as on the dashboard), sorted in SQL.
 */
export async function selectPortfolioPlans(manager: EntityManager, userId: string, query: PortfolioQuery): Promise<PortfolioPlanRow[]> {
  const params: unknown[] = [userId];
  const clauses = ['m.user_id = $1'];
  const status = query.status ?? 'active';
  if (status !== 'all') clauses.push(`p.status = $${params.push(status)}`);
  if (query.country) clauses.push(`p.country = $${params.push(query.country)}`);
  if (query.role) clauses.push(`m.role = $${params.push(query.role)}`);
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  return (await manager.query(
    `WITH mine AS (
       SELECT p.id FROM plans p JOIN plan_members m ON m.plan_id = p.id WHERE ${clauses.join(' AND ')}
     ),
     areas AS (
       SELECT s.plan_id, count(*) FILTER (WHERE s.status <> 'cancelled') AS steps,
              avg(s.progress) FILTER (WHERE s.status <> 'cancelled') AS progress,
              count(*) FILTER (WHERE s.due_date < current_date AND s.status NOT IN ('done', 'cancelled')) AS overdue
         FROM steps s WHERE s.plan_id IN (SELECT id FROM mine)
        GROUP BY s.plan_id, s.area_key
     ),
     figures AS (
       SELECT plan_id, sum(steps)::int AS steps, round(avg(progress))::int AS progress, sum(overdue)::int AS overdue
         FROM areas GROUP BY plan_id
     )
     SELECT p.id, p.title, p.country, p.start_date, p.end_date, p.status, m.role, p.reporting_cadence,
            coalesce(f.steps, 0) AS steps, f.progress, coalesce(f.overdue, 0) AS overdue
       FROM plans p
       JOIN plan_members m ON m.plan_id = p.id AND m.user_id = $1
       LEFT JOIN figures f ON f.plan_id = p.id
      WHERE p.id IN (SELECT id FROM mine)
      ORDER BY ${SORT_COLUMNS[query.sort ?? 'title']} ${direction} NULLS LAST, lower(p.title), p.id`,
    params,
  )) as PortfolioPlanRow[];
}

/** Every country the caller has a plan in, before any filter. */
export async function selectPortfolioCountries(manager: EntityManager, userId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT DISTINCT p.country FROM plans p JOIN plan_members m ON m.plan_id = p.id WHERE m.user_id = $1 ORDER BY p.country`,
    [userId],
  )) as { country: string }[];
  return rows.map((row) => row.country);
}

/** Each plan's whole budget per currency. */
export async function selectPlanBudgetTotals(manager: EntityManager, planIds: string[]): Promise<Map<string, CurrencyTotals[]>> {
  const rows = (await manager.query(
    `SELECT l.plan_id, l.currency, ${AMOUNT_COLUMNS}
       FROM budget_lines l WHERE l.plan_id = ANY($1::uuid[])
      GROUP BY l.plan_id, l.currency ORDER BY l.plan_id, l.currency`,
    [planIds],
  )) as (AmountRow & { plan_id: string; currency: string })[];
  const totals = new Map<string, CurrencyTotals[]>();
  for (const row of rows) totals.set(row.plan_id, [...(totals.get(row.plan_id) ?? []), { currency: row.currency, ...toAmounts(row) }]);
  return totals;
}

/** What one funder put into each of the plans, per currency. */
export async function selectFunding(manager: EntityManager, funderId: string, planIds: string[]): Promise<Map<string, PortfolioMoney[]>> {
  const rows = (await manager.query(
    `SELECT l.plan_id, l.currency,
            round(sum(l.planned), 2)::text AS planned, round(sum(l.committed), 2)::text AS committed,
            round(sum(l.disbursed), 2)::text AS disbursed, count(*)::int AS lines
       FROM budget_lines l WHERE l.funder_id = $1 AND l.plan_id = ANY($2::uuid[])
      GROUP BY l.plan_id, l.currency ORDER BY l.plan_id, l.currency`,
    [funderId, planIds],
  )) as (PortfolioMoney & { plan_id: string })[];
  const funding = new Map<string, PortfolioMoney[]>();
  for (const { plan_id, ...money } of rows) funding.set(plan_id, [...(funding.get(plan_id) ?? []), money]);
  return funding;
}

export async function selectUserOrganisation(
  manager: EntityManager,
  userId: string,
): Promise<{ id: string; name: string; kind: OrganisationKind } | null> {
  const [row] = (await manager.query(
    `SELECT o.id, o.name, o.kind FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
    [userId],
  )) as { id: string; name: string; kind: OrganisationKind }[];
  return row ?? null;
}
