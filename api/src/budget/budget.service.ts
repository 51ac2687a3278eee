import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertCurrentVersion, badRequest, notFound } from '../common/errors/api-exception.js';
import { selectLine, selectLines, selectPlanBudget, selectStepTotals } from './budget.query.js';
import type { BudgetLineListResponse, BudgetLineResponse, CreateBudgetLineRequest, UpdateBudgetLineRequest } from './dto/budget-line.dto.js';
import type { PlanBudgetResponse } from './dto/plan-budget.dto.js';

/** Columns a PATCH may set, as the request names them. */
const EDITABLE = {
  funderId: 'funder_id',
  currency: 'currency',
  year: 'year',
  planned: 'planned',
  committed: 'committed',
  disbursed: 'disbursed',
  note: 'note',
} as const;

@Injectable()
export class BudgetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(planId: string, stepId: string): Promise<BudgetLineListResponse> {
    const manager = this.dataSource.manager;
    await this.stepLabel(manager, planId, stepId);
    const [items, totals] = await Promise.all([selectLines(manager, planId, stepId), selectStepTotals(manager, planId, stepId)]);
    return { items, totals };
  }

  planBudget(planId: string): Promise<PlanBudgetResponse> {
    return selectPlanBudget(this.dataSource.manager, planId);
  }

  async create(planId: string, stepId: string, request: CreateBudgetLineRequest, actorId: string): Promise<BudgetLineResponse> {
    return this.dataSource.transaction(async (manager) => {
      const label = await this.stepLabel(manager, planId, stepId);
      await this.assertFunder(manager, request.funderId);
      const [{ id }] = await manager.query(
        `INSERT INTO budget_lines (plan_id, step_id, funder_id, currency, year, planned, committed, disbursed, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8::numeric, $9, $10) RETURNING id`,
        [planId, stepId, request.funderId, request.currency, request.year, request.planned, request.committed, request.disbursed, cleanNote(request.note), actorId],
      );
      const created = (await selectLine(manager, planId, stepId, id))!;
      await this.audit.record(manager, { ...auditTarget(created, label), actorId, action: 'create', before: null, after: lineSnapshot(created) });
      return created;
    });
  }

  /**
   * Applies the change only if the line is still at the version the client based it on;
   * otherwise 409 carrying the current line.
   */
  async update(planId: string, stepId: string, lineId: string, request: UpdateBudgetLineRequest, actorId: string): Promise<BudgetLineResponse> {
    return this.dataSource.transaction(async (manager) => {
      const label = await this.stepLabel(manager, planId, stepId);
      const before = await this.lock(manager, planId, stepId, lineId);
      assertCurrentVersion('budget line', before.version, request.version, before);
      if (request.funderId !== undefined) await this.assertFunder(manager, request.funderId);
      const params: unknown[] = [lineId];
      const sets: string[] = [];
      for (const [field, column] of Object.entries(EDITABLE) as [keyof typeof EDITABLE, string][]) {
        const value = request[field];
        if (value === undefined) continue;
        sets.push(`${column} = $${params.push(field === 'note' ? cleanNote(value as string | null) : value)}`);
      }
      await manager.query(`UPDATE budget_lines SET ${[...sets, 'updated_at = now()', 'version = version + 1'].join(', ')} WHERE id = $1`, params);
      const updated = (await selectLine(manager, planId, stepId, lineId))!;
      await this.audit.record(manager, { ...auditTarget(updated, label), actorId, action: 'update', before: lineSnapshot(before), after: lineSnapshot(updated) });
      return updated;
    });
  }

  async remove(planId: string, stepId: string, lineId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const label = await this.stepLabel(manager, planId, stepId);
      const before = await this.lock(manager, planId, stepId, lineId);
      await manager.query(`DELETE FROM budget_lines WHERE id = $1`, [lineId]);
      await this.audit.record(manager, { ...auditTarget(before, label), actorId, action: 'delete', before: lineSnapshot(before), after: null });
    });
  }

  /** The step's label for the activity; 404 when the step is not one of this plan's. */
  private async stepLabel(manager: EntityManager, planId: string, stepId: string): Promise<string> {
    const [step] = (await manager.query(`SELECT title, catalogue_key FROM steps WHERE id = $1 AND plan_id = $2`, [stepId, planId])) as {
      title: string;
      catalogue_key: string | null;
    }[];
    if (!step) throw notFound('The step');
    return step.catalogue_key ? `${step.catalogue_key} ${step.title}` : step.title;
  }

  private async lock(manager: EntityManager, planId: string, stepId: string, lineId: string): Promise<BudgetLineResponse> {
    const [locked] = await manager.query(`SELECT 1 FROM budget_lines WHERE id = $1 AND step_id = $2 AND plan_id = $3 FOR UPDATE`, [lineId, stepId, planId]);
    if (!locked) throw notFound('The budget line');
    return (await selectLine(manager, planId, stepId, lineId))!;
  }

  private async assertFunder(manager: EntityManager, funderId: string): Promise<void> {
    const [organisation] = await manager.query(`SELECT 1 FROM organisations WHERE id = $1`, [funderId]);
    if (!organisation) throw badRequest('funderId', 'funderId names no known organisation');
  }
}

const cleanNote = (note: string | null | undefined): string | null => (note ? note : null);

/** The line's fields its activity shows. */
function lineSnapshot(line: BudgetLineResponse) {
  const { currency, year, planned, committed, disbursed, note } = line;
  return { funderId: line.funder.id, funder: line.funder.name, currency, year, planned, committed, disbursed, note };
}

const auditTarget = (line: BudgetLineResponse, stepLabel: string) => ({
  planId: line.planId,
  entityType: 'budget_line' as const,
  entityId: line.id,
  entityLabel: `${stepLabel}: ${line.funder.name}, ${line.currency} ${line.year}`,
});
