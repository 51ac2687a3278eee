import type { EntityManager } from 'typeorm';
import type { Direction, IndicatorResponse } from './dto/indicator.dto.js';
import type { MeasurementResponse } from './dto/measurement.dto.js';
import { comparePeriods, progressToTarget } from './progress-to-target.js';

interface IndicatorRow {
  id: string;
  plan_id: string;
  step_id: string | null;
  name: string;
  unit: string;
  direction: Direction;
  baseline: string;
  baseline_date: string;
  target: string;
  target_date: string;
  disaggregation: string[];
  created_by: string;
  creator_name: string;
  creator_email: string;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface MeasurementRow {
  id: string;
  indicator_id: string;
  period: string;
  value: string;
  source: string;
  note: string | null;
  recorded_by: string;
  recorder_name: string;
  recorder_email: string;
  recorded_at: Date;
  superseded_at: Date | null;
  replaced_by: string | null;
}

export const SELECT_MEASUREMENTS = `
  SELECT m.id, m.indicator_id, m.period, m.value::text AS value, m.source, m.note, m.recorded_by,
         u.name AS recorder_name, u.email AS recorder_email, m.recorded_at, m.superseded_at, m.replaced_by
    FROM indicator_measurements m JOIN users u ON u.id = m.recorded_by`;

const SELECT_INDICATORS = `
  SELECT i.id, i.plan_id, i.step_id, i.name, i.unit, i.direction, i.baseline::text AS baseline, i.baseline_date,
         i.target::text AS target, i.target_date, i.disaggregation, i.created_by, u.name AS creator_name,
         u.email AS creator_email, i.created_at, i.updated_at, i.version
    FROM indicators i JOIN users u ON u.id = i.created_by`;

/**
 * The plan's indicators (all, of one step, or one) with their latest value, trend and progress:
 * one query for the indicators and one for the current measurements of them all.
 */
export async function selectIndicators(
  manager: EntityManager,
  planId: string,
  filter: { stepId?: string; indicatorId?: string } = {},
): Promise<IndicatorResponse[]> {
  const params: unknown[] = [planId];
  const clauses = ['i.plan_id = $1'];
  if (filter.stepId) clauses.push(`i.step_id = $${params.push(filter.stepId)}`);
  if (filter.indicatorId) clauses.push(`i.id = $${params.push(filter.indicatorId)}`);
  const rows = (await manager.query(`${SELECT_INDICATORS} WHERE ${clauses.join(' AND ')} ORDER BY i.created_at, i.id`, params)) as IndicatorRow[];
  if (rows.length === 0) return [];
  const current = (await manager.query(`${SELECT_MEASUREMENTS} WHERE m.indicator_id = ANY($1::uuid[]) AND m.superseded_at IS NULL`, [
    rows.map((row) => row.id),
  ])) as MeasurementRow[];
  const byIndicator = new Map<string, MeasurementRow[]>();
  for (const measurement of current) {
    byIndicator.set(measurement.indicator_id, [...(byIndicator.get(measurement.indicator_id) ?? []), measurement]);
  }
  return rows.map((row) => toIndicatorResponse(row, byIndicator.get(row.id) ?? []));
}

export async function selectIndicator(manager: EntityManager, planId: string, indicatorId: string): Promise<IndicatorResponse | undefined> {
  const [indicator] = await selectIndicators(manager, planId, { indicatorId });
  return indicator;
}

function toIndicatorResponse(row: IndicatorRow, current: MeasurementRow[]): IndicatorResponse {
  const ordered = [...current].sort((a, b) => comparePeriods(a.period, b.period));
  const latest = ordered.at(-1) ?? null;
  return {
    id: row.id,
    planId: row.plan_id,
    stepId: row.step_id,
    name: row.name,
    unit: row.unit,
    direction: row.direction,
    baseline: row.baseline,
    baselineDate: row.baseline_date,
    target: row.target,
    targetDate: row.target_date,
    disaggregation: row.disaggregation,
    latest: latest ? toMeasurementResponse(latest) : null,
    progressToTarget: progressToTarget(row.baseline, row.target, latest?.value ?? null),
    trend: ordered.map(({ period, value }) => ({ period, value })),
    createdBy: { id: row.created_by, name: row.creator_name, email: row.creator_email },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export function toMeasurementResponse(row: MeasurementRow): MeasurementResponse {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    value: row.value,
    source: row.source,
    note: row.note,
    recordedBy: { id: row.recorded_by, name: row.recorder_name, email: row.recorder_email },
    recordedAt: row.recorded_at.toISOString(),
    supersededAt: row.superseded_at ? row.superseded_at.toISOString() : null,
    replacedBy: row.replaced_by,
  };
}
