import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertCurrentVersion, badRequest, notFound } from '../common/errors/api-exception.js';
import { compareDecimals, normaliseDecimal } from './decimal.js';
import type { CreateIndicatorRequest, IndicatorResponse, ListIndicatorsQuery, UpdateIndicatorRequest } from './dto/indicator.dto.js';
import { selectIndicator, selectIndicators } from './indicator-read.query.js';

type IndicatorFields = Required<Omit<CreateIndicatorRequest, 'stepId'>> & { stepId: string | null };

@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(planId: string, query: ListIndicatorsQuery): Promise<IndicatorResponse[]> {
    return selectIndicators(this.dataSource.manager, planId, { stepId: query.stepId });
  }

  async get(planId: string, indicatorId: string, manager: EntityManager = this.dataSource.manager): Promise<IndicatorResponse> {
    const indicator = await selectIndicator(manager, planId, indicatorId);
    if (!indicator) throw notFound('The indicator');
    return indicator;
  }

  async create(planId: string, request: CreateIndicatorRequest, actorId: string): Promise<IndicatorResponse> {
    return this.dataSource.transaction(async (manager) => {
      const fields = normalise({ ...request, stepId: request.stepId ?? null, disaggregation: request.disaggregation ?? [] });
      await this.assertValid(manager, planId, fields);
      const [{ id }] = await manager.query(
        `INSERT INTO indicators (plan_id, step_id, name, unit, direction, baseline, baseline_date, target, target_date, disaggregation, created_by)
         VALUES ($1, $2, $3, $4, $5, $6::numeric, $7, $8::numeric, $9, $10::text[], $11) RETURNING id`,
        [planId, fields.stepId, fields.name, fields.unit, fields.direction, fields.baseline, fields.baselineDate, fields.target, fields.targetDate, fields.disaggregation, actorId],
      );
      const created = await this.get(planId, id, manager);
      await this.audit.record(manager, { ...auditTarget(created), actorId, action: 'create', before: null, after: snapshot(created) });
      return created;
    });
  }

  /**
   * Applies the change only if the indicator is still at the version the client based it on;
   * otherwise 409 carrying the current indicator.
   */
  async update(planId: string, indicatorId: string, request: UpdateIndicatorRequest, actorId: string): Promise<IndicatorResponse> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, planId, indicatorId);
      const before = await this.get(planId, indicatorId, manager);
      assertCurrentVersion('indicator', before.version, request.version, before);
      const { version: _basedOn, ...changes } = request;
      const fields = normalise({ ...snapshot(before), ...definedOnly(changes) } as IndicatorFields);
      await this.assertValid(manager, planId, fields);
      await manager.query(
        `UPDATE indicators
            SET step_id = $2, name = $3, unit = $4, direction = $5, baseline = $6::numeric, baseline_date = $7,
                target = $8::numeric, target_date = $9, disaggregation = $10::text[], updated_at = now(), version = version + 1
          WHERE id = $1`,
        [indicatorId, fields.stepId, fields.name, fields.unit, fields.direction, fields.baseline, fields.baselineDate, fields.target, fields.targetDate, fields.disaggregation],
      );
      const updated = await this.get(planId, indicatorId, manager);
      await this.audit.record(manager, { ...auditTarget(updated), actorId, action: 'update', before: snapshot(before), after: snapshot(updated) });
      return updated;
    });
  }

  /** Deletes the indicator with all its measurements. */
  async remove(planId: string, indicatorId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lock(manager, planId, indicatorId);
      const before = await this.get(planId, indicatorId, manager);
      await manager.query(`DELETE FROM indicators WHERE id = $1`, [indicatorId]);
      await this.audit.record(manager, { ...auditTarget(before), actorId, action: 'delete', before: snapshot(before), after: null });
    });
  }

  private async lock(manager: EntityManager, planId: string, indicatorId: string): Promise<void> {
    const [locked] = await manager.query(`SELECT 1 FROM indicators WHERE id = $1 AND plan_id = $2 FOR UPDATE`, [indicatorId, planId]);
    if (!locked) throw notFound('The indicator');
  }

  /** The rules between fields, and the step: checked on the indicator as it would be saved. */
  private async assertValid(manager: EntityManager, planId: string, fields: IndicatorFields): Promise<void> {
    const order = compareDecimals(fields.target, fields.baseline);
    if (fields.direction === 'increase' && order <= 0) {
      throw badRequest('target', `target must be above the baseline (${fields.baseline}) for an indicator that should increase`);
    }
    if (fields.direction === 'decrease' && order >= 0) {
      throw badRequest('target', `target must be below the baseline (${fields.baseline}) for an indicator that should decrease`);
    }
    if (fields.targetDate <= fields.baselineDate) throw badRequest('targetDate', 'targetDate must be after baselineDate');
    if (fields.stepId) {
      const [step] = await manager.query(`SELECT 1 FROM steps WHERE id = $1 AND plan_id = $2`, [fields.stepId, planId]);
      if (!step) throw badRequest('stepId', 'stepId names no step of this plan');
    }
  }
}

function normalise(fields: IndicatorFields): IndicatorFields {
  return { ...fields, baseline: normaliseDecimal(fields.baseline), target: normaliseDecimal(fields.target) };
}

/** The fields a PATCH names (undefined means "leave as it is"; null clears the step). */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The indicator fields its activity shows (and a PATCH starts from). */
function snapshot(indicator: IndicatorResponse): IndicatorFields {
  const { name, unit, direction, baseline, baselineDate, target, targetDate, stepId, disaggregation } = indicator;
  return { name, unit, direction, baseline, baselineDate, target, targetDate, stepId, disaggregation };
}

const auditTarget = (indicator: IndicatorResponse) => ({
  planId: indicator.planId,
  entityType: 'indicator' as const,
  entityId: indicator.id,
  entityLabel: indicator.name,
});
