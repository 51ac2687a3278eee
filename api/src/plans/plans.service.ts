import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { planPermissionsOf, type PlanMembership } from '../access/my-permissions.js';
import { badRequest, conflict, notFound } from '../common/errors/api-exception.js';
import { AuditService } from '../audit/audit.service.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import type { CreatePlanRequest, PlanResponse, UpdatePlanRequest } from './dto/plan.dto.js';
import { Plan, PlanMember, type Role } from './plan.entity.js';
import { summarisePlans, type PlanStepSummary } from './plan-summary.query.js';

@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditService,
  ) {}

  async listForUser(userId: string, includeArchived: boolean): Promise<PlanResponse[]> {
    const query = this.dataSource
      .getRepository(Plan)
      .createQueryBuilder('plan')
      .innerJoin(PlanMember, 'member', 'member.planId = plan.id AND member.userId = :userId', { userId })
      .addSelect('member.role', 'member_role')
      .addSelect('member.reviewer', 'member_reviewer')
      .orderBy('plan.status', 'ASC')
      .addOrderBy('plan.updatedAt', 'DESC');
    if (!includeArchived) query.andWhere("plan.status = 'active'");
    const { entities, raw } = await query.getRawAndEntities<{ member_role: Role; member_reviewer: boolean }>();
    const summaries = await summarisePlans(this.dataSource.manager, entities.map((plan) => plan.id));
    return entities.map((plan, index) => toPlanResponse(plan, { role: raw[index].member_role, reviewer: raw[index].member_reviewer }, summaries.get(plan.id)!));
  }

  async get(planId: string, member: Member, manager: EntityManager = this.dataSource.manager): Promise<PlanResponse> {
    const plan = await manager.getRepository(Plan).findOneBy({ id: planId });
    if (!plan) throw notFound('The plan');
    const summaries = await summarisePlans(manager, [plan.id]);
    return toPlanResponse(plan, member, summaries.get(plan.id)!);
  }

  /** Creates the plan, makes its creator the owner and, if asked, copies the latest catalogue into steps. */
  async create(request: CreatePlanRequest, userId: string): Promise<PlanResponse> {
    assertDateOrder(request.startDate, request.endDate);
    return this.dataSource.transaction(async (manager) => {
      const catalogueVersion = request.fromCatalogue ? await this.catalogue.latestVersion(manager) : null;
      const plan = await manager.getRepository(Plan).save(
        manager.getRepository(Plan).create({
          title: request.title,
          country: request.country,
          description: request.description?.trim() ?? '',
          startDate: request.startDate,
          endDate: request.endDate,
          status: 'active',
          catalogueVersion: catalogueVersion?.version ?? null,
          createdBy: userId,
          updatedAt: new Date(),
          archivedAt: null,
          reportingCadence: request.reportingCadence ?? 'quarterly',
          version: 1,
        }),
      );
      await manager.insert(PlanMember, { planId: plan.id, userId, role: 'owner' });
      if (catalogueVersion) {
        await manager.query(
          `INSERT INTO steps (plan_id, area_key, catalogue_key, catalogue_version, position, title, description, principles)
           SELECT $1, area_key, key, catalogue_version, position, title, description, principles
             FROM catalogue_steps WHERE catalogue_version = $2`,
          [plan.id, catalogueVersion.version],
        );
      }
      const created = await this.get(plan.id, { role: 'owner', reviewer: false }, manager);
      await this.audit.record(manager, { ...auditTarget(created), actorId: userId, action: 'create', before: null, after: planSnapshot(created) });
      return created;
    });
  }

  /** Applies the change only if the plan is still at the version the client saw. */
  async update(planId: string, request: UpdatePlanRequest, member: Member, actorId: string): Promise<PlanResponse> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Plan);
      const plan = await repository.findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
      if (!plan) throw notFound('The plan');
      if (plan.version !== request.version) {
        throw conflict(
          `Someone else changed this plan (now at version ${plan.version}, your change was based on ${request.version}).`,
          'version',
          await this.get(planId, member, manager),
        );
      }
      const { version: _basedOn, ...changes } = request;
      const next = { ...plan, ...definedOnly(changes) };
      assertDateOrder(next.startDate, next.endDate);
      await repository.update(
        { id: planId },
        { ...definedOnly(changes), description: changes.description?.trim() ?? plan.description, updatedAt: new Date(), version: plan.version + 1 },
      );
      const updated = await this.get(planId, member, manager);
      await this.audit.record(manager, { ...auditTarget(updated), actorId, action: 'update', before: planSnapshot(plan), after: planSnapshot(updated) });
      return updated;
    });
  }

  /** Deleting a plan archives it: its history stays readable, nothing can change it any more. */
  async archive(planId: string, member: Member, actorId: string): Promise<PlanResponse> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(Plan)
        .update({ id: planId, status: 'active' }, { status: 'archived', archivedAt: new Date(), updatedAt: new Date(), version: () => 'version + 1' });
      if (!result.affected) throw conflict('This plan is already archived.', 'planId');
      const archived = await this.get(planId, member, manager);
      await this.audit.record(manager, {
        ...auditTarget(archived),
        actorId,
        action: 'archive',
        before: { status: 'active' },
        after: { status: archived.status },
      });
      return archived;
    });
  }
}

/** The plan fields its activity shows. */
function planSnapshot(plan: Pick<Plan, 'title' | 'country' | 'description' | 'startDate' | 'endDate' | 'status' | 'reportingCadence'>) {
  const { title, country, description, startDate, endDate, status, reportingCadence } = plan;
  return { title, country, description, startDate, endDate, status, reportingCadence };
}

const auditTarget = (plan: PlanResponse) => ({ planId: plan.id, entityType: 'plan' as const, entityId: plan.id, entityLabel: plan.title });

function assertDateOrder(startDate: string, endDate: string): void {
  if (endDate < startDate) throw badRequest('endDate', 'endDate must not be before startDate');
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/** The caller on the plan; whether it is archived is read from the plan itself, so an archiving answer already lists no writes. */
type Member = Pick<PlanMembership, 'role' | 'reviewer'>;

function toPlanResponse(plan: Plan, member: Member, summary: PlanStepSummary): PlanResponse {
  return {
    id: plan.id,
    title: plan.title,
    country: plan.country,
    description: plan.description,
    startDate: plan.startDate,
    endDate: plan.endDate,
    status: plan.status,
    catalogueVersion: plan.catalogueVersion,
    reportingCadence: plan.reportingCadence,
    myRole: member.role,
    myPermissions: planPermissionsOf({ ...member, archived: plan.status === 'archived' }),
    ...summary,
    version: plan.version,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}
