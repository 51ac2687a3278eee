import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { selectLatestActivity } from '../audit/audit.service.js';
import { selectPlanBudget } from '../budget/budget.query.js';
import { notFound } from '../common/errors/api-exception.js';
import type { DashboardPlan, DashboardResponse } from './dto/dashboard.dto.js';
import {
  NO_INDICATORS,
  selectAreaProgress,
  selectCurrentReporting,
  selectIndicatorFigures,
  selectIndicatorStandings,
  selectPrincipleProgress,
  selectSchedule,
  selectStatusCounts,
} from './plan-figures.query.js';
import { readSnapshot } from './plan-snapshot.js';

export type DashboardFigures = Omit<DashboardResponse, 'activity'>;

/** The plan's figures at a glance: a fixed number of grouped queries, whatever the plan's size. */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  dashboard(planId: string): Promise<DashboardResponse> {
    return readSnapshot(this.dataSource, async (manager, readAt) => ({
      ...(await selectDashboardFigures(manager, planId, readAt)),
      activity: await selectLatestActivity(manager, planId, 10),
    }));
  }
}

/** Everything on the dashboard but the activity (which names people), for the share page too. */
export async function selectDashboardFigures(manager: EntityManager, planId: string, readAt: string): Promise<DashboardFigures> {
  const plan = await selectDashboardPlan(manager, planId);
  const areas = await selectAreaProgress(manager, planId);
  const byStatus = await selectStatusCounts(manager, planId);
  const schedule = await selectSchedule(manager, planId);
  const reporting = (await selectCurrentReporting(manager, [planId])).get(planId)!;
  const indicators = await selectIndicatorFigures(manager, planId);
  const standings = (await selectIndicatorStandings(manager, [planId])).get(planId) ?? NO_INDICATORS;
  const budget = await selectPlanBudget(manager, planId);
  const principles = await selectPrincipleProgress(manager, planId);
  return {
    plan,
    readAt,
    progress: { overall: areas.overall, steps: areas.steps, areas: areas.areas, byStatus },
    schedule,
    reporting,
    indicators: { ...standings, items: indicators },
    budget: budget.currencies,
    principles,
  };
}

async function selectDashboardPlan(manager: EntityManager, planId: string): Promise<DashboardPlan> {
  const [row] = (await manager.query(
    `SELECT id, title, country, description, to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date,
            status, reporting_cadence
       FROM plans WHERE id = $1`,
    [planId],
  )) as { id: string; title: string; country: string; description: string; start_date: string; end_date: string; status: DashboardPlan['status']; reporting_cadence: DashboardPlan['reportingCadence'] }[];
  if (!row) throw notFound('The plan');
  return {
    id: row.id,
    title: row.title,
    country: row.country,
    description: row.description,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
    reportingCadence: row.reporting_cadence,
  };
}
