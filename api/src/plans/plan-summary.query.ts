import type { EntityManager } from 'typeorm';

export interface PlanStepSummary {
  stepCount: number;
  doneCount: number;
  overdueCount: number;
  progress: number;
}

const EMPTY: PlanStepSummary = { stepCount: 0, doneCount: 0, overdueCount: 0, progress: 0 };

/** Step counts and average progress for several plans in one aggregate query. */
export async function summarisePlans(manager: EntityManager, planIds: string[]): Promise<Map<string, PlanStepSummary>> {
  const summaries = new Map<string, PlanStepSummary>(planIds.map((id) => [id, { ...EMPTY }]));
  if (planIds.length === 0) return summaries;
  const rows = (await manager.query(
    `SELECT plan_id,
            count(*)::int AS step_count,
            count(*) FILTER (WHERE status = 'done')::int AS done_count,
            count(*) FILTER (WHERE due_date < current_date AND status NOT IN ('done', 'cancelled'))::int AS overdue_count,
            coalesce(round(avg(progress) FILTER (WHERE status <> 'cancelled')), 0)::int AS progress
       FROM steps
      WHERE plan_id = ANY($1::uuid[])
      GROUP BY plan_id`,
    [planIds],
  )) as { plan_id: string; step_count: number; done_count: number; overdue_count: number; progress: number }[];
  for (const row of rows) {
    summaries.set(row.plan_id, {
      stepCount: row.step_count,
      doneCount: row.done_count,
      overdueCount: row.overdue_count,
      progress: row.progress,
    });
  }
  return summaries;
}
