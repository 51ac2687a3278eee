import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../common/errors/api-exception.js';
import { cadenceMismatch, fitsCadence, type ReportingCadence } from '../reports/periods.js';
import { normaliseDecimal } from './decimal.js';
import type { CreateMeasurementRequest, MeasurementResponse } from './dto/measurement.dto.js';
import { SELECT_MEASUREMENTS, toMeasurementResponse, type MeasurementRow } from './indicator-read.query.js';

@Injectable()
export class MeasurementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every measurement of the indicator, superseded ones included, most recently recorded first. */
  async list(planId: string, indicatorId: string): Promise<MeasurementResponse[]> {
    await this.indicator(this.dataSource.manager, planId, indicatorId);
    const rows = (await this.dataSource.query(`${SELECT_MEASUREMENTS} WHERE m.indicator_id = $1 ORDER BY m.recorded_at DESC, m.superseded_at NULLS FIRST, m.id`, [
      indicatorId,
    ])) as MeasurementRow[];
    return rows.map(toMeasurementResponse);
  }

  /**
   * Records the value of a period. A period that already has a current value is a 409 carrying it,
   * unless `replaces` is true: the current one is then superseded (kept, naming its replacement).
   */
  async create(planId: string, indicatorId: string, request: CreateMeasurementRequest, actorId: string): Promise<MeasurementResponse> {
    return this.dataSource.transaction(async (manager) => {
      // Locking the indicator makes measurements of one indicator wait for each other.
      const indicator = await this.indicator(manager, planId, indicatorId, true);
      if (!fitsCadence(request.period, indicator.cadence)) throw badRequest('period', cadenceMismatch(request.period, indicator.cadence));
      const [current] = (await manager.query(`${SELECT_MEASUREMENTS} WHERE m.indicator_id = $1 AND m.period = $2 AND m.superseded_at IS NULL`, [
        indicatorId,
        request.period,
      ])) as MeasurementRow[];
      if (current && request.replaces !== true) {
        throw conflict(
          `${request.period} already has a measurement (${current.value}); send replaces: true to replace it (the old one stays in the history).`,
          'period',
          toMeasurementResponse(current),
        );
      }
      const id = randomUUID();
      const label = `${indicator.name} — ${request.period}`;
      if (current) {
        await manager.query(`UPDATE indicator_measurements SET superseded_at = now(), replaced_by = $2 WHERE id = $1`, [current.id, id]);
      }
      const value = normaliseDecimal(request.value);
      const note = request.note?.trim() || null;
      await manager.query(
        `INSERT INTO indicator_measurements (id, indicator_id, period, value, source, note, recorded_by) VALUES ($1, $2, $3, $4::numeric, $5, $6, $7)`,
        [id, indicatorId, request.period, value, request.source, note, actorId],
      );
      const [row] = (await manager.query(`${SELECT_MEASUREMENTS} WHERE m.id = $1`, [id])) as MeasurementRow[];
      const created = toMeasurementResponse(row);
      const audited = { planId, actorId, entityType: 'measurement' as const, entityLabel: label };
      if (current) {
        const [old] = (await manager.query(`${SELECT_MEASUREMENTS} WHERE m.id = $1`, [current.id])) as MeasurementRow[];
        await this.audit.record(manager, {
          ...audited,
          entityId: current.id,
          action: 'update',
          before: { supersededAt: null, replacedBy: null },
          after: { supersededAt: old.superseded_at?.toISOString() ?? null, replacedBy: id },
        });
      }
      await this.audit.record(manager, {
        ...audited,
        entityId: id,
        action: 'create',
        before: null,
        after: { indicatorId, period: created.period, value: created.value, source: created.source, note: created.note, replaces: current?.id ?? null },
      });
      return created;
    });
  }

  private async indicator(
    manager: EntityManager,
    planId: string,
    indicatorId: string,
    forUpdate = false,
  ): Promise<{ name: string; cadence: ReportingCadence }> {
    const [indicator] = await manager.query(
      `SELECT i.name, p.reporting_cadence AS cadence FROM indicators i JOIN plans p ON p.id = i.plan_id
        WHERE i.id = $1 AND i.plan_id = $2 ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
      [indicatorId, planId],
    );
    if (!indicator) throw notFound('The indicator');
    return indicator;
  }
}
