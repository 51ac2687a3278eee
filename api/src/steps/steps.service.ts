import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { stepPermissionsOf, type PlanMembership } from '../access/my-permissions.js';
import { AuditService } from '../audit/audit.service.js';
import { assertCurrentVersion, badRequest, conflict, notFound } from '../common/errors/api-exception.js';
import { findCycle } from './dependency-cycle.js';
import type { ListStepsQuery } from './dto/step-query.dto.js';
import type { CreateStepRequest, UpdateStepRequest } from './dto/step-request.dto.js';
import type { StepListResponse, StepResponse } from './dto/step-response.dto.js';
import { countSteps, selectStep, selectSteps, type StepRecord } from './step-read.query.js';
import { Step, StepAssignee, StepDependency } from './step.entity.js';

const DEFAULT_PAGE_SIZE = 50;

type StepChanges = Omit<UpdateStepRequest, 'version'>;

/** Who asks, as the AccessGuard found them: each step answer says what they may do on it. */
export interface StepCaller {
  userId: string;
  membership: PlanMembership;
}

@Injectable()
export class StepsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(planId: string, query: ListStepsQuery, caller: StepCaller): Promise<StepListResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const manager = this.dataSource.manager;
    const [total, items] = await Promise.all([
      countSteps(manager, planId, query),
      selectSteps(manager, planId, query, page, pageSize),
    ]);
    return { items: items.map((step) => withPermissions(step, caller)), total, page, pageSize };
  }

  async get(planId: string, stepId: string, caller: StepCaller, manager: EntityManager = this.dataSource.manager): Promise<StepResponse> {
    return withPermissions(await this.read(planId, stepId, manager), caller);
  }

  private async read(planId: string, stepId: string, manager: EntityManager): Promise<StepRecord> {
    const step = await selectStep(manager, planId, stepId);
    if (!step) throw notFound('The step');
    return step;
  }

  /** Adds a step of the plan's own (not from the catalogue) at the end of its area. */
  async create(planId: string, request: CreateStepRequest, caller: StepCaller): Promise<StepResponse> {
    return this.dataSource.transaction(async (manager) => {
      const progress = request.progress ?? (request.status === 'done' ? 100 : 0);
      assertDates(request.startDate ?? null, request.dueDate ?? null);
      await this.assertLeadOrganisation(manager, request.leadOrganisationId);
      const [{ next }] = await manager.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM steps WHERE plan_id = $1`, [planId]);
      const step = await manager.getRepository(Step).save(
        manager.getRepository(Step).create({
          planId,
          area: request.area,
          catalogueKey: null,
          catalogueVersion: null,
          position: next,
          title: request.title,
          description: request.description?.trim() ?? '',
          status: request.status ?? 'not_started',
          progress,
          startDate: request.startDate ?? null,
          dueDate: request.dueDate ?? null,
          leadOrganisationId: request.leadOrganisationId ?? null,
          priority: request.priority ?? 'medium',
          principles: request.principles ?? [],
          updatedAt: new Date(),
          version: 1,
        }),
      );
      await this.replaceLinks(manager, planId, step.id, request);
      const created = await this.get(planId, step.id, caller, manager);
      await this.audit.record(manager, { ...auditTarget(created), actorId: caller.userId, action: 'create', before: null, after: stepSnapshot(created) });
      return created;
    });
  }

  /**
   * Applies the change only if the step is still at the version the client based it on; otherwise
   * 409 carrying the current step, so the client can show both and let the person choose.
   */
  async update(planId: string, stepId: string, request: UpdateStepRequest, caller: StepCaller): Promise<StepResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Step);
      const step = await repository.findOne({ where: { id: stepId, planId }, lock: { mode: 'pessimistic_write' } });
      if (!step) throw notFound('The step');
      const before = await this.get(planId, stepId, caller, manager);
      assertCurrentVersion('step', step.version, request.version, before);
      const { version: _basedOn, ...changes } = request;
      const startDate = changes.startDate !== undefined ? changes.startDate : step.startDate;
      const dueDate = changes.dueDate !== undefined ? changes.dueDate : step.dueDate;
      assertDates(startDate, dueDate);
      await this.assertLeadOrganisation(manager, changes.leadOrganisationId);
      const becameDone = changes.status === 'done' && step.status !== 'done' && changes.progress === undefined;
      await repository.update(
        { id: stepId },
        {
          ...scalarChanges(changes),
          ...(becameDone ? { progress: 100 } : {}),
          updatedAt: new Date(),
          version: step.version + 1,
        },
      );
      await this.replaceLinks(manager, planId, stepId, changes);
      const updated = await this.get(planId, stepId, caller, manager);
      await this.audit.record(manager, { ...auditTarget(updated), actorId: caller.userId, action: 'update', before: stepSnapshot(before), after: stepSnapshot(updated) });
      return updated;
    });
  }

  async remove(planId: string, stepId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.read(planId, stepId, manager);
      const [{ reports }] = await manager.query(`SELECT count(*)::int AS reports FROM step_reports WHERE step_id = $1`, [stepId]);
      if (reports > 0) {
        throw conflict('This step has progress reports, which are kept as the record: set its status to cancelled instead of deleting it.', 'stepId');
      }
      await manager.getRepository(Step).delete({ id: stepId, planId });
      await this.audit.record(manager, { ...auditTarget(before), actorId, action: 'delete', before: stepSnapshot(before), after: null });
    });
  }

  private async assertLeadOrganisation(manager: EntityManager, organisationId: string | null | undefined): Promise<void> {
    if (!organisationId) return;
    const [organisation] = await manager.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
    if (!organisation) throw badRequest('leadOrganisationId', 'leadOrganisationId names no known organisation');
  }

  /** Replaces assignees and dependencies that the request names; leaves the others as they are. */
  private async replaceLinks(manager: EntityManager, planId: string, stepId: string, changes: StepChanges): Promise<void> {
    if (changes.assigneeIds !== undefined) {
      // FOR SHARE holds the memberships checked here until this transaction ends, so the check cannot
      // go stale before the assignment commits. A removal (MembersService.remove) locks the member row
      // FOR UPDATE: if it got there first, this waits for it and then finds no row (the person is
      // refused below); if this got there first, the removal waits for this commit and then deletes the
      // assignment made here. Either way no assignee outlives their membership. Share locks do not
      // block each other, so parallel assignments of the same people do not queue.
      const members = await manager.query(`SELECT user_id FROM plan_members WHERE plan_id = $1 AND user_id = ANY($2::uuid[]) FOR SHARE`, [
        planId,
        changes.assigneeIds,
      ]);
      const memberIds = new Set(members.map((member: { user_id: string }) => member.user_id));
      const outsiders = changes.assigneeIds.filter((id) => !memberIds.has(id));
      if (outsiders.length > 0) {
        throw badRequest('assigneeIds', `assigneeIds names people who are not members of this plan: ${outsiders.join(', ')}`);
      }
      await manager.delete(StepAssignee, { stepId });
      if (changes.assigneeIds.length > 0) {
        await manager.insert(StepAssignee, changes.assigneeIds.map((userId) => ({ stepId, userId })));
      }
    }
    if (changes.dependsOn !== undefined) {
      await this.assertDependencies(manager, planId, stepId, changes.dependsOn);
      await manager.delete(StepDependency, { stepId });
      if (changes.dependsOn.length > 0) {
        await manager.insert(StepDependency, changes.dependsOn.map((dependsOnStepId) => ({ stepId, dependsOnStepId })));
      }
    }
  }

  private async assertDependencies(manager: EntityManager, planId: string, stepId: string, dependsOn: string[]): Promise<void> {
    if (dependsOn.length === 0) return;
    if (dependsOn.includes(stepId)) throw badRequest('dependsOn', 'A step cannot depend on itself.');
    const ofThisPlan = await manager.getRepository(Step).find({ select: { id: true }, where: { id: In(dependsOn), planId } });
    const known = new Set(ofThisPlan.map((step) => step.id));
    const foreign = dependsOn.filter((id) => !known.has(id));
    if (foreign.length > 0) throw badRequest('dependsOn', `dependsOn names steps that are not in this plan: ${foreign.join(', ')}`);
    const rows = (await manager.query(
      `SELECT d.step_id, d.depends_on_step_id FROM step_dependencies d JOIN steps s ON s.id = d.step_id WHERE s.plan_id = $1`,
      [planId],
    )) as { step_id: string; depends_on_step_id: string }[];
    const edges = new Map<string, string[]>();
    for (const row of rows) {
      if (row.step_id === stepId) continue;
      edges.set(row.step_id, [...(edges.get(row.step_id) ?? []), row.depends_on_step_id]);
    }
    const culprit = findCycle(stepId, dependsOn, edges);
    if (culprit) throw badRequest('dependsOn', `Depending on step ${culprit} would create a cycle: it already depends on this step.`);
  }
}

/** The step fields its activity shows. */
function stepSnapshot(step: StepRecord) {
  const { area, title, description, status, progress, startDate, dueDate, leadOrganisationId, assigneeIds, priority, principles, dependsOn } = step;
  return { area, title, description, status, progress, startDate, dueDate, leadOrganisationId, assigneeIds, priority, principles, dependsOn };
}

const auditTarget = (step: StepRecord) => ({
  planId: step.planId,
  entityType: 'step' as const,
  entityId: step.id,
  entityLabel: step.catalogueKey ? `${step.catalogueKey} ${step.title}` : step.title,
});

function withPermissions(step: StepRecord, { userId, membership }: StepCaller): StepResponse {
  return { ...step, myPermissions: stepPermissionsOf(membership, step.assigneeIds.includes(userId)) };
}

function assertDates(startDate: string | null, dueDate: string | null): void {
  if (startDate && dueDate && dueDate < startDate) throw badRequest('dueDate', 'dueDate must not be before startDate');
}

/** The columns of `steps` that a PATCH sets directly (links live in their own tables). */
function scalarChanges(changes: StepChanges): Partial<Step> {
  const updates: Partial<Step> = {};
  if (changes.area !== undefined) updates.area = changes.area;
  if (changes.title !== undefined) updates.title = changes.title;
  if (changes.description !== undefined) updates.description = changes.description.trim();
  if (changes.status !== undefined) updates.status = changes.status;
  if (changes.progress !== undefined) updates.progress = changes.progress;
  if (changes.startDate !== undefined) updates.startDate = changes.startDate;
  if (changes.dueDate !== undefined) updates.dueDate = changes.dueDate;
  if (changes.leadOrganisationId !== undefined) updates.leadOrganisationId = changes.leadOrganisationId;
  if (changes.priority !== undefined) updates.priority = changes.priority;
  if (changes.principles !== undefined) updates.principles = changes.principles;
  return updates;
}
