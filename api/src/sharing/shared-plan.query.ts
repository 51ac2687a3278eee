import type { EntityManager } from 'typeorm';
import { AREA_ORDER_SQL, type AreaKey } from '../catalogue/area-keys.js';
import type { CurrencyBudget } from '../budget/dto/plan-budget.dto.js';
import type { EvidenceLink } from '../reports/dto/report-request.dto.js';
import type { StepStatus } from '../steps/step.constants.js';
import { SHARED_PAGE_SIZE, type SharedBudgetLinePage, type SharedCurrencyBudget, type SharedReports, type SharedStepPage } from './dto/shared-plan.dto.js';

/*
 * What a share link shows beyond the dashboard's figures. Every query names people only as the
 * tier allows: by name only when `names` is true (a donor link with names shown), otherwise by
 * their organisation. No query here selects an email address or a user id.
 */

/** The plan's budget per currency; a public link sees the totals only. */
export function sharedBudget(currencies: CurrencyBudget[], detailed: boolean): SharedCurrencyBudget[] {
  return currencies.map(({ byArea, byFunder, byYear: _byYear, ...totals }) => ({
    ...totals,
    byArea: detailed ? byArea : [],
    byFunder: detailed
      ? byFunder.map(({ funder, planned, committed, disbursed, gap, lines }) => ({ funder: funder.name, planned, committed, disbursed, gap, lines }))
      : [],
  }));
}

export async function selectSharedSteps(manager: EntityManager, planId: string, names: boolean, page: number): Promise<SharedStepPage> {
  const person = names ? 'u.name' : 'ao.name';
  const [{ total }] = (await manager.query(`SELECT count(*)::int AS total FROM steps WHERE plan_id = $1`, [planId])) as { total: number }[];
  const rows = (await manager.query(
    `WITH shown AS (
       SELECT s.id, s.area_key, s.catalogue_key, s.title, s.status, s.progress, s.start_date, s.due_date, s.position, s.created_at,
              o.name AS lead_organisation
         FROM steps s LEFT JOIN organisations o ON o.id = s.lead_organisation_id
        WHERE s.plan_id = $1
        ORDER BY ${AREA_ORDER_SQL('s.area_key')}, s.position, s.created_at, s.id
        LIMIT $2 OFFSET $3
     ),
     -- The page's people in one grouped pass, not a subquery per step.
     people AS (
       SELECT a.step_id, array_agg(DISTINCT ${person} ORDER BY ${person}) AS people
         FROM step_assignees a JOIN users u ON u.id = a.user_id LEFT JOIN organisations ao ON ao.id = u.organisation_id
        WHERE a.step_id IN (SELECT id FROM shown) AND ${person} IS NOT NULL
        GROUP BY a.step_id
     )
     SELECT shown.*, coalesce(people.people, '{}') AS people
       FROM shown LEFT JOIN people ON people.step_id = shown.id
      ORDER BY ${AREA_ORDER_SQL('shown.area_key')}, shown.position, shown.created_at, shown.id`,
    [planId, SHARED_PAGE_SIZE, (page - 1) * SHARED_PAGE_SIZE],
  )) as {
    area_key: AreaKey;
    catalogue_key: string | null;
    title: string;
    status: StepStatus;
    progress: number;
    start_date: string | null;
    due_date: string | null;
    lead_organisation: string | null;
    people: string[];
  }[];
  return {
    total,
    page,
    pageSize: SHARED_PAGE_SIZE,
    items: rows.map((row) => ({
      area: row.area_key,
      catalogueKey: row.catalogue_key,
      title: row.title,
      status: row.status,
      progress: row.progress,
      startDate: row.start_date,
      dueDate: row.due_date,
      leadOrganisation: row.lead_organisation,
      people: row.people,
    })),
  };
}

export async function selectSharedBudgetLines(manager: EntityManager, planId: string, page: number): Promise<SharedBudgetLinePage> {
  const [{ total }] = (await manager.query(`SELECT count(*)::int AS total FROM budget_lines WHERE plan_id = $1`, [planId])) as { total: number }[];
  const rows = (await manager.query(
    `SELECT s.catalogue_key, s.title, s.area_key, o.name AS funder, l.currency, l.year,
            l.planned::text AS planned, l.committed::text AS committed, l.disbursed::text AS disbursed, (l.planned - l.committed)::text AS gap
       FROM budget_lines l JOIN steps s ON s.id = l.step_id JOIN organisations o ON o.id = l.funder_id
      WHERE l.plan_id = $1
      ORDER BY ${AREA_ORDER_SQL('s.area_key')}, s.position, s.id, l.year, l.currency, o.name, l.id
      LIMIT $2 OFFSET $3`,
    [planId, SHARED_PAGE_SIZE, (page - 1) * SHARED_PAGE_SIZE],
  )) as { catalogue_key: string | null; title: string; area_key: AreaKey; funder: string; currency: string; year: number; planned: string; committed: string; disbursed: string; gap: string }[];
  const items = rows.map((row) => ({
    stepKey: row.catalogue_key,
    stepTitle: row.title,
    area: row.area_key,
    funder: row.funder,
    currency: row.currency,
    year: row.year,
    planned: row.planned,
    committed: row.committed,
    disbursed: row.disbursed,
    gap: row.gap,
  }));
  return { items, total, page, pageSize: SHARED_PAGE_SIZE };
}

/** Approved reports of one period (by default the latest with any), with their evidence files' names. */
export async function selectSharedReports(manager: EntityManager, planId: string, names: boolean, period: string | undefined): Promise<SharedReports> {
  const periods = (
    (await manager.query(
      `SELECT DISTINCT r.period, period_end_month(r.period) AS ends FROM step_reports r
        WHERE r.plan_id = $1 AND r.state = 'approved' ORDER BY ends DESC, r.period DESC`,
      [planId],
    )) as { period: string }[]
  ).map((row) => row.period);
  const shown = period ?? periods[0] ?? null;
  if (shown === null) return { period: null, periods, items: [] };
  const author = names ? 'u.name' : 'ao.name';
  const rows = (await manager.query(
    `SELECT s.catalogue_key, s.title, r.period, r.status, r.progress, r.narrative, r.blockers, r.next_steps, r.links,
            ${author} AS author, r.reviewed_at,
            coalesce((SELECT array_agg(e.file_name ORDER BY e.created_at, e.id) FROM report_evidence e WHERE e.report_id = r.id), '{}') AS evidence_files
       FROM step_reports r JOIN steps s ON s.id = r.step_id
       JOIN users u ON u.id = r.author_id LEFT JOIN organisations ao ON ao.id = u.organisation_id
      WHERE r.plan_id = $1 AND r.period = $2 AND r.state = 'approved'
      ORDER BY ${AREA_ORDER_SQL('s.area_key')}, s.position, s.id, r.reviewed_at, r.id`,
    [planId, shown],
  )) as {
    catalogue_key: string | null;
    title: string;
    period: string;
    status: StepStatus;
    progress: number;
    narrative: string;
    blockers: string;
    next_steps: string;
    links: EvidenceLink[];
    author: string | null;
    reviewed_at: Date | null;
    evidence_files: string[];
  }[];
  return {
    period: shown,
    periods,
    items: rows.map((row) => ({
      stepKey: row.catalogue_key,
      stepTitle: row.title,
      period: row.period,
      status: row.status,
      progress: row.progress,
      narrative: row.narrative,
      blockers: row.blockers,
      nextSteps: row.next_steps,
      links: row.links,
      evidenceFiles: row.evidence_files,
      author: row.author,
      approvedAt: row.reviewed_at?.toISOString() ?? null,
    })),
  };
}
