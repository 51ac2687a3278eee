import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { conflict, notFound } from '../common/errors/api-exception.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import type { Role } from '../plans/plan.entity.js';
import type { ChangeRoleRequest, MemberResponse } from './dto/member.dto.js';

interface MemberRow {
  user_id: string;
  name: string;
  email: string;
  role: Role;
  reviewer: boolean;
  version: number;
  created_at: Date;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_kind: OrganisationKind | null;
  organisation_country: string | null;
}

const ROLE_ORDER = `array_position(ARRAY['owner','editor','contributor','viewer']::varchar[], m.role)`;

@Injectable()
export class MembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(planId: string, manager: EntityManager = this.dataSource.manager): Promise<MemberResponse[]> {
    return (await this.select(manager, planId)).map(toMemberResponse);
  }

  /**
   * Changes a member's role if it is still at the version the owner saw (409 with the current
   * membership otherwise); the plan always keeps at least one owner.
   */
  async changeRole(planId: string, userId: string, request: ChangeRoleRequest, actorId: string): Promise<MemberResponse> {
    const { role, version } = request;
    const reviewer = request.reviewer ?? null;
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, planId, userId);
      if (member.version !== version) {
        throw conflict(
          `Someone else changed ${member.name}’s role while you were looking (it is now ${member.role}, version ${member.version}).`,
          'version',
          toMemberResponse(member),
        );
      }
      const nextReviewer = reviewer ?? member.reviewer;
      if (member.role === role && member.reviewer === nextReviewer) return toMemberResponse(member);
      if (member.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(manager, planId, userId);
      await manager.query(
        `UPDATE plan_members SET role = $3, reviewer = $4, version = version + 1 WHERE plan_id = $1 AND user_id = $2`,
        [planId, userId, role, nextReviewer],
      );
      await this.audit.record(manager, {
        planId,
        actorId,
        entityType: 'member',
        entityId: userId,
        entityLabel: member.name,
        action: 'update',
        before: { role: member.role, reviewer: member.reviewer },
        after: { role, reviewer: nextReviewer },
      });
      return toMemberResponse({ ...member, role, reviewer: nextReviewer, version: member.version + 1 });
    });
  }

  /**
   * Removes a member and, in the same transaction, everything that followed from the membership:
   * their assignments to the plan's steps (so comments and due-soon/overdue reminders stop reaching
   * them), their reviewer flag (on the membership row) and their unread notifications about the plan.
   * Reminders are computed from assignments and owner memberships at each round, so none is pending
   * once these are gone; `reminders_sent` stays as the record of what went out.
   *
   * The member row is locked FOR UPDATE first. Assigning someone locks their membership FOR SHARE
   * (StepsService.replaceLinks), so an assignment in progress makes this wait until it commits, and
   * the DELETE of assignments below then sees and removes it; one that starts later waits for this
   * removal and finds no membership.
   */
  async remove(planId: string, userId: string, actorId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, planId, userId);
      if (member.role === 'owner') await this.assertAnotherOwner(manager, planId, userId);
      // TypeORM answers a DELETE … RETURNING with [rows, count].
      const [unassigned] = (await manager.query(
        `DELETE FROM step_assignees a USING steps s
          WHERE s.id = a.step_id AND s.plan_id = $1 AND a.user_id = $2
          RETURNING s.id, coalesce(s.catalogue_key || ' ', '') || s.title AS label, s.position`,
        [planId, userId],
      )) as [{ id: string; label: string; position: number }[], number];
      await manager.query(`DELETE FROM notifications WHERE plan_id = $1 AND user_id = $2 AND read_at IS NULL`, [planId, userId]);
      await manager.query(`DELETE FROM plan_members WHERE plan_id = $1 AND user_id = $2`, [planId, userId]);
      await this.audit.record(manager, {
        planId,
        actorId,
        entityType: 'member',
        entityId: userId,
        entityLabel: member.name,
        action: 'delete',
        before: {
          role: member.role,
          email: member.email,
          ...(member.reviewer ? { reviewer: true } : {}),
          ...(unassigned.length > 0
            ? { assignedSteps: unassigned.sort((a, b) => a.position - b.position).map((step) => step.label) }
            : {}),
        },
        after: null,
      });
    });
  }

  /** Adds the user to the plan with the role, or leaves an existing membership as it is. */
  async add(manager: EntityManager, planId: string, userId: string, role: Role): Promise<boolean> {
    const inserted = await manager.query(
      `INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (plan_id, user_id) DO NOTHING RETURNING user_id`,
      [planId, userId, role],
    );
    return inserted.length > 0;
  }

  async isMember(manager: EntityManager, planId: string, email: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM plan_members m JOIN users u ON u.id = m.user_id WHERE m.plan_id = $1 AND lower(u.email) = lower($2)`,
      [planId, email],
    );
    return rows.length > 0;
  }

  private async lockMember(manager: EntityManager, planId: string, userId: string): Promise<MemberRow> {
    const [locked] = await manager.query(`SELECT 1 FROM plan_members WHERE plan_id = $1 AND user_id = $2 FOR UPDATE`, [planId, userId]);
    if (!locked) throw notFound('The member');
    const [member] = await this.select(manager, planId, userId);
    return member;
  }

  private async assertAnotherOwner(manager: EntityManager, planId: string, userId: string): Promise<void> {
    // Locks every owner row, so two owners demoting each other at once cannot leave the plan without one.
    const owners = await manager.query(`SELECT user_id FROM plan_members WHERE plan_id = $1 AND role = 'owner' FOR UPDATE`, [planId]);
    if (!owners.some((owner: { user_id: string }) => owner.user_id !== userId)) {
      throw conflict('A plan must keep at least one owner: make someone else owner first.', 'role');
    }
  }

  private select(manager: EntityManager, planId: string, userId?: string): Promise<MemberRow[]> {
    return manager.query(
      `SELECT m.user_id, u.name, u.email, m.role, m.reviewer, m.version, m.created_at,
              o.id AS organisation_id, o.name AS organisation_name, o.kind AS organisation_kind, o.country AS organisation_country
         FROM plan_members m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN organisations o ON o.id = u.organisation_id
        WHERE m.plan_id = $1 ${userId ? 'AND m.user_id = $2' : ''}
        ORDER BY ${ROLE_ORDER}, u.name`,
      userId ? [planId, userId] : [planId],
    );
  }
}

function toMemberResponse(row: MemberRow): MemberResponse {
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    reviewer: row.reviewer,
    version: row.version,
    joinedAt: row.created_at.toISOString(),
    organisation: row.organisation_id
      ? { id: row.organisation_id, name: row.organisation_name!, kind: row.organisation_kind!, country: row.organisation_country }
      : null,
  };
}
