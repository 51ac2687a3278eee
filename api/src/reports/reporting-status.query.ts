import type { EntityManager } from 'typeorm';
import { AREA_ORDER_SQL } from '../catalogue/area-keys.js';
import { REPORTING_STATES, type ReportingState, type ReportingStatusResponse } from './dto/report-response.dto.js';
import type { ReportingCadence } from './periods.js';

interface StatusRow {
  id: string;
  catalogue_key: string | null;
  title: string;
  assignees: { id: string; name: string; email: string }[];
  state: ReportingState | null;
  report_id: string | null;
}

/**
 * Where each step's report for the period stands (its original report; corrections do not
 * change whether the period was reported). Cancelled steps owe no report.
 */
export async function reportingStatus(
  manager: EntityManager,
  planId: string,
  period: string,
  cadence: ReportingCadence,
): Promise<ReportingStatusResponse> {
  const rows = (await manager.query(
    `SELECT s.id, s.catalogue_key, s.title, r.state, r.id AS report_id,
            coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY u.name)
                        FROM step_assignees a JOIN users u ON u.id = a.user_id WHERE a.step_id = s.id), '[]') AS assignees
       FROM steps s
       LEFT JOIN step_reports r ON r.step_id = s.id AND r.period = $2 AND r.corrects_id IS NULL
      WHERE s.plan_id = $1 AND s.status <> 'cancelled'
      ORDER BY ${AREA_ORDER_SQL('s.area_key')}, s.position, s.created_at`,
    [planId, period],
  )) as StatusRow[];
  const counts = Object.fromEntries(REPORTING_STATES.map((state) => [state, 0])) as Record<ReportingState, number>;
  const items = rows.map((row) => {
    const state = row.state ?? 'missing';
    counts[state] += 1;
    return {
      step: { id: row.id, catalogueKey: row.catalogue_key, title: row.title },
      assignees: row.assignees,
      state,
      reportId: row.report_id,
    };
  });
  return { period, cadence, items, counts };
}
