import type { EntityManager } from 'typeorm';
import { AREA_ORDER_SQL, type AreaKey } from '../catalogue/area-keys.js';
import { PRINCIPLES, type Principle } from '../catalogue/catalogue-v1.data.js';
import type { Direction } from '../indicators/dto/indicator.dto.js';
import type { ReportingCadence } from '../reports/periods.js';
import { DUE_SOON_SQL, OVERDUE_SQL } from '../steps/step-read.query.js';
import { STEP_STATUSES, type StepStatus } from '../steps/step.constants.js';
import {
  DUE_SOON_DAYS,
  type AreaProgress,
  type DashboardIndicator,
  type DashboardReporting,
  type DueStep,
  type IndicatorStanding,
  type IndicatorStandingCounts,
  type PrincipleProgress,
  type StatusCount,
} from './dto/dashboard.dto.js';

/*
 * The figures of the dashboard, the portfolio and the share page. Each is one grouped statement
 * over the plan's own rows (by plan_id indexes), so a request runs the same few queries whatever
 * the plan's size. Several take a list of plans, so the portfolio pays once for all its plans.
 */

/** A step counts towards progress unless it is cancelled. */
const COUNTED = `s.status <> 'cancelled'`;

/** The reporting period today falls in, in a plan's cadence, written as the API writes periods. */
const CURRENT_PERIOD_SQL = (cadence: string) => `CASE ${cadence}
  WHEN 'monthly' THEN to_char(current_date, 'YYYY-MM')
  WHEN 'quarterly' THEN to_char(current_date, 'YYYY-"Q"Q')
  ELSE to_char(current_date, 'YYYY') || CASE WHEN extract(month FROM current_date) <= 6 THEN '-H1' ELSE '-H2' END
END`;

export interface AreaFigures {
  overall: number | null;
  steps: number;
  areas: AreaProgress[];
}

/** Progress per area and overall (each area weighing the same): the average of the areas’ unrounded averages. */
export async function selectAreaProgress(manager: EntityManager, planId: string): Promise<AreaFigures> {
  const rows = (await manager.query(
    `SELECT s.area_key,
            count(*) FILTER (WHERE ${COUNTED})::int AS steps,
            count(*) FILTER (WHERE s.status = 'done')::int AS done,
            count(*) FILTER (WHERE s.status = 'cancelled')::int AS cancelled,
            round(avg(s.progress) FILTER (WHERE ${COUNTED}))::int AS progress,
            round(avg(avg(s.progress) FILTER (WHERE ${COUNTED})) OVER ())::int AS overall
       FROM steps s
      WHERE s.plan_id = $1
      GROUP BY s.area_key
      ORDER BY ${AREA_ORDER_SQL('s.area_key')}`,
    [planId],
  )) as { area_key: AreaKey; steps: number; done: number; cancelled: number; progress: number | null; overall: number | null }[];
  return {
    overall: rows[0]?.overall ?? null,
    steps: rows.reduce((total, row) => total + row.steps, 0),
    areas: rows.map((row) => ({ area: row.area_key, steps: row.steps, done: row.done, cancelled: row.cancelled, progress: row.progress })),
  };
}

/** How many steps are in each status, every status listed. */
export async function selectStatusCounts(manager: EntityManager, planId: string): Promise<StatusCount[]> {
  const rows = (await manager.query(
    `SELECT status.name AS status, count(s.id)::int AS count
       FROM unnest($2::text[]) WITH ORDINALITY AS status (name, position)
       LEFT JOIN steps s ON s.plan_id = $1 AND s.status = status.name
      GROUP BY status.name, status.position
      ORDER BY status.position`,
    [planId, STEP_STATUSES],
  )) as { status: StepStatus; count: number }[];
  return rows;
}

export interface ScheduleFigures {
  today: string;
  dueSoonDays: number;
  overdue: number;
  dueSoon: number;
  overdueSteps: DueStep[];
  dueSoonSteps: DueStep[];
}

/** Overdue and due-soon counts, and the first five of each (most overdue first, soonest due first). */
export async function selectSchedule(manager: EntityManager, planId: string): Promise<ScheduleFigures> {
  const [counts] = (await manager.query(
    `SELECT to_char(current_date, 'YYYY-MM-DD') AS today,
            count(*) FILTER (WHERE ${OVERDUE_SQL})::int AS overdue,
            count(*) FILTER (WHERE ${DUE_SOON_SQL})::int AS due_soon
       FROM steps s
      WHERE s.plan_id = $1 AND s.status NOT IN ('done', 'cancelled') AND s.due_date IS NOT NULL`,
    [planId],
  )) as { today: string; overdue: number; due_soon: number }[];
  const rows = (await manager.query(
    `(SELECT 'overdue' AS list, s.id, s.catalogue_key, s.title, s.area_key, s.status, s.progress, s.due_date
        FROM steps s WHERE s.plan_id = $1 AND ${OVERDUE_SQL} ORDER BY s.due_date, s.position, s.id LIMIT 5)
     UNION ALL
     (SELECT 'due_soon', s.id, s.catalogue_key, s.title, s.area_key, s.status, s.progress, s.due_date
        FROM steps s WHERE s.plan_id = $1 AND ${DUE_SOON_SQL} ORDER BY s.due_date, s.position, s.id LIMIT 5)`,
    [planId],
  )) as { list: 'overdue' | 'due_soon'; id: string; catalogue_key: string | null; title: string; area_key: AreaKey; status: StepStatus; progress: number; due_date: string }[];
  const toDueStep = (row: (typeof rows)[number]): DueStep => ({
    id: row.id,
    catalogueKey: row.catalogue_key,
    title: row.title,
    area: row.area_key,
    status: row.status,
    progress: row.progress,
    dueDate: row.due_date,
  });
  return {
    today: counts.today,
    dueSoonDays: DUE_SOON_DAYS,
    overdue: counts.overdue,
    dueSoon: counts.due_soon,
    overdueSteps: rows.filter((row) => row.list === 'overdue').map(toDueStep),
    dueSoonSteps: rows.filter((row) => row.list === 'due_soon').map(toDueStep),
  };
}

/** Where the steps' reports for the period today falls in stand, per plan (each in its own cadence). */
export async function selectCurrentReporting(manager: EntityManager, planIds: string[]): Promise<Map<string, DashboardReporting>> {
  const rows = (await manager.query(
    `WITH plan_period AS MATERIALIZED (
       SELECT p.id, p.reporting_cadence, ${CURRENT_PERIOD_SQL('p.reporting_cadence')} AS period FROM plans p WHERE p.id = ANY($1::uuid[])
     ),
     -- Looked up per plan and period, so the (plan, period) index is used instead of every report of every step.
     period_reports AS MATERIALIZED (
       SELECT r.step_id, r.state
         FROM plan_period pp
        CROSS JOIN LATERAL (
          SELECT r.step_id, r.state FROM step_reports r WHERE r.plan_id = pp.id AND r.period = pp.period AND r.corrects_id IS NULL
        ) r
     )
     SELECT pp.id AS plan_id, pp.reporting_cadence, pp.period,
            count(s.id)::int AS due,
            count(s.id) FILTER (WHERE r.state IS NULL)::int AS missing,
            count(s.id) FILTER (WHERE r.state = 'draft')::int AS draft,
            count(s.id) FILTER (WHERE r.state = 'submitted')::int AS submitted,
            count(s.id) FILTER (WHERE r.state = 'returned')::int AS returned,
            count(s.id) FILTER (WHERE r.state = 'approved')::int AS approved
       FROM plan_period pp
       LEFT JOIN steps s ON s.plan_id = pp.id AND ${COUNTED}
       LEFT JOIN period_reports r ON r.step_id = s.id
      GROUP BY pp.id, pp.reporting_cadence, pp.period`,
    [planIds],
  )) as { plan_id: string; reporting_cadence: ReportingCadence; period: string; due: number; missing: number; draft: number; submitted: number; returned: number; approved: number }[];
  return new Map(
    rows.map((row) => [
      row.plan_id,
      {
        period: row.period,
        cadence: row.reporting_cadence,
        due: row.due,
        counts: { missing: row.missing, draft: row.draft, submitted: row.submitted, returned: row.returned, approved: row.approved },
      },
    ]),
  );
}

/**
 * Every indicator of the plans with its latest current value, progress to target, where a straight
 * line from baseline to target says it should be by today, and its standing. Progress is rounded
 * half away from zero to one decimal, as `progressToTarget()` does for the indicators page.
 */
const INDICATOR_FIGURES_SQL = `
  WITH ranked AS (
    SELECT m.indicator_id, m.period, m.value,
           row_number() OVER (PARTITION BY m.indicator_id ORDER BY period_end_month(m.period) DESC, m.period DESC) AS recency
      FROM indicator_measurements m JOIN indicators i ON i.id = m.indicator_id
     WHERE i.plan_id = ANY($1::uuid[]) AND m.superseded_at IS NULL
  ),
  figures AS (
    SELECT i.id, i.plan_id, i.name, i.unit, i.direction, i.baseline, i.baseline_date, i.target, i.target_date, i.created_at,
           latest.period AS latest_period, latest.value AS latest_value,
           round((latest.value - i.baseline) * 100 / (i.target - i.baseline), 1) AS progress,
           round(least(100, greatest(0, (current_date - i.baseline_date) * 100.0 / (i.target_date - i.baseline_date))), 1) AS expected
      FROM indicators i LEFT JOIN ranked latest ON latest.indicator_id = i.id AND latest.recency = 1
     WHERE i.plan_id = ANY($1::uuid[])
  ),
  standings AS (
    SELECT f.*, CASE WHEN f.progress IS NULL THEN 'no_data' WHEN f.progress >= 100 THEN 'achieved'
                     WHEN f.progress >= f.expected THEN 'on_track' ELSE 'off_track' END AS standing
      FROM figures f
  )`;

export async function selectIndicatorFigures(manager: EntityManager, planId: string): Promise<DashboardIndicator[]> {
  const rows = (await manager.query(
    `${INDICATOR_FIGURES_SQL}
     SELECT s.id, s.name, s.unit, s.direction, s.baseline::text AS baseline, s.baseline_date, s.target::text AS target, s.target_date,
            s.latest_period, s.latest_value::text AS latest_value, s.progress::float8 AS progress, s.expected::float8 AS expected, s.standing,
            coalesce(t.trend, '[]') AS trend
       FROM standings s
       LEFT JOIN (
         -- Grouped once: a subquery per indicator would scan every measurement of the plan again.
         SELECT r.indicator_id, json_agg(json_build_object('period', r.period, 'value', r.value::text) ORDER BY r.recency DESC) AS trend
           FROM ranked r WHERE r.recency <= 12 GROUP BY r.indicator_id
       ) t ON t.indicator_id = s.id
      ORDER BY s.created_at, s.id`,
    [[planId]],
  )) as {
    id: string;
    name: string;
    unit: string;
    direction: Direction;
    baseline: string;
    baseline_date: string;
    target: string;
    target_date: string;
    latest_period: string | null;
    latest_value: string | null;
    progress: number | null;
    expected: number;
    standing: IndicatorStanding;
    trend: { period: string; value: string }[];
  }[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    baseline: row.baseline,
    baselineDate: row.baseline_date,
    target: row.target,
    targetDate: row.target_date,
    latest: row.latest_period === null ? null : { period: row.latest_period, value: row.latest_value! },
    progressToTarget: row.progress,
    expectedProgress: row.expected,
    standing: row.standing,
    trend: row.trend,
  }));
}

/** How many of each plan's indicators stand where. */
export async function selectIndicatorStandings(manager: EntityManager, planIds: string[]): Promise<Map<string, IndicatorStandingCounts>> {
  const rows = (await manager.query(
    `${INDICATOR_FIGURES_SQL}
     SELECT s.plan_id, count(*)::int AS total,
            count(*) FILTER (WHERE s.standing = 'achieved')::int AS achieved,
            count(*) FILTER (WHERE s.standing = 'on_track')::int AS on_track,
            count(*) FILTER (WHERE s.standing = 'off_track')::int AS off_track,
            count(*) FILTER (WHERE s.standing = 'no_data')::int AS no_data
       FROM standings s GROUP BY s.plan_id`,
    [planIds],
  )) as { plan_id: string; total: number; achieved: number; on_track: number; off_track: number; no_data: number }[];
  return new Map(
    rows.map((row) => [row.plan_id, { total: row.total, achieved: row.achieved, onTrack: row.on_track, offTrack: row.off_track, noData: row.no_data }]),
  );
}

export const NO_INDICATORS: IndicatorStandingCounts = { total: 0, achieved: 0, onTrack: 0, offTrack: 0, noData: 0 };

/** For every CRPD principle of the catalogue: the steps serving it and how far they have got. */
export async function selectPrincipleProgress(manager: EntityManager, planId: string): Promise<PrincipleProgress[]> {
  const rows = (await manager.query(
    `SELECT principle.name AS principle,
            count(s.id) FILTER (WHERE ${COUNTED})::int AS steps,
            count(s.id) FILTER (WHERE s.status = 'done')::int AS done,
            count(s.id) FILTER (WHERE s.status = 'cancelled')::int AS cancelled,
            round(avg(s.progress) FILTER (WHERE ${COUNTED}))::int AS progress
       FROM unnest($2::text[]) WITH ORDINALITY AS principle (name, position)
       LEFT JOIN steps s ON s.plan_id = $1 AND principle.name = ANY (s.principles)
      GROUP BY principle.name, principle.position
      ORDER BY principle.position`,
    [planId, PRINCIPLES],
  )) as { principle: Principle; steps: number; done: number; cancelled: number; progress: number | null }[];
  return rows;
}
