import type { EntityManager } from 'typeorm';
import { periodOf, shiftPeriod } from '../reports/periods.js';
import type { DemoPlanSpec } from './demo-plan.js';

/** Seeds a demo plan's reports and indicators, so the reporting and indicator pages have a story to tell. */
export async function seedDemoProgress(
  manager: EntityManager,
  spec: DemoPlanSpec,
  planId: string,
  stepIds: Map<string, string>,
  userIds: Map<string, string>,
  startDate: string,
): Promise<void> {
  const current = periodOf(new Date(), 'quarterly');
  const reviewer = userIds.get(spec.reviewer);
  for (const report of spec.reports) {
    const approved = report.state === 'approved';
    await manager.query(
      `INSERT INTO step_reports (plan_id, step_id, period, state, status, progress, narrative, blockers, next_steps, links, author_id,
                                 submitted_by, submitted_at, reviewed_by, reviewed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $11, now() - interval '20 days', $12, $13)`,
      [
        planId, stepIds.get(report.key), shiftPeriod(current, 'quarterly', report.periodsAgo), report.state, report.status, report.progress,
        report.narrative, report.blockers ?? '', report.nextSteps ?? '', JSON.stringify(report.links ?? []), userIds.get(report.author),
        approved ? reviewer : null, approved ? new Date(Date.now() - 10 * 86400_000) : null,
      ],
    );
  }
  for (const [position, indicator] of spec.indicators.entries()) {
    // Created a millisecond apart, so the pages list them in the order written here.
    const [{ id }] = await manager.query(
      `INSERT INTO indicators (plan_id, step_id, name, unit, direction, baseline, baseline_date, target, target_date, disaggregation, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::date + $11::int, $8::numeric, $7::date + $12::int, $9::text[], $10,
               now() + $13::int * interval '1 millisecond') RETURNING id`,
      [planId, indicator.stepKey ? stepIds.get(indicator.stepKey) : null, indicator.name, indicator.unit, indicator.direction, indicator.baseline,
        startDate, indicator.target, indicator.disaggregation ?? [], reviewer, spec.indicatorDates.baselineDays, spec.indicatorDates.targetDays, position],
    );
    for (const [index, value] of indicator.measured.entries()) {
      await manager.query(
        `INSERT INTO indicator_measurements (indicator_id, period, value, source, note, recorded_by) VALUES ($1, $2, $3::numeric, $4, '', $5)`,
        [id, shiftPeriod(current, 'quarterly', index - indicator.measured.length), value, indicator.source, userIds.get(spec.recorder)],
      );
    }
  }
}
