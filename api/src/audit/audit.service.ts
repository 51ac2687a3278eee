import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { diffSnapshots, type Snapshot } from './audit-changes.js';
import { PLAN_EVENTS_CHANNEL, type PlanEvent } from '../live/plan-event.js';
import type { ActivityEvent, ActivityListResponse, ListActivityQuery } from './dto/activity.dto.js';

export const AUDITED_ENTITIES = [
  'plan', 'step', 'member', 'invitation', 'comment', 'report', 'evidence', 'indicator', 'measurement', 'budget_line', 'share_link',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'archive'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  planId: string;
  actorId: string;
  entityType: AuditedEntity;
  entityId: string;
  entityLabel: string;
  action: AuditAction;
  before: Snapshot | null;
  after: Snapshot | null;
}

const DEFAULT_PAGE_SIZE = 50;

const ACTIVITY_SELECT = `
  SELECT e.id::text AS id, e.entity_type, e.entity_id, e.entity_label, e.action, e.changes, e.created_at,
         u.id AS actor_id, u.name AS actor_name, u.email AS actor_email
    FROM audit_events e JOIN users u ON u.id = e.actor_id`;

interface ActivityRow {
  id: string;
  entity_type: AuditedEntity;
  entity_id: string;
  entity_label: string;
  action: AuditAction;
  changes: { field: string; before: unknown; after: unknown }[];
  created_at: Date;
  actor_id: string;
  actor_name: string;
  actor_email: string;
}

const toActivityEvent = (row: ActivityRow): ActivityEvent => ({
  id: row.id,
  entityType: row.entity_type,
  entityId: row.entity_id,
  entityLabel: row.entity_label,
  action: row.action,
  actor: { id: row.actor_id, name: row.actor_name, email: row.actor_email },
  changes: row.changes,
  createdAt: row.created_at.toISOString(),
});

/** The plan's latest changes, newest first, read on the caller's transaction. */
export async function selectLatestActivity(manager: EntityManager, planId: string, limit: number): Promise<ActivityEvent[]> {
  const rows = (await manager.query(`${ACTIVITY_SELECT} WHERE e.plan_id = $1 ORDER BY e.created_at DESC, e.id DESC LIMIT $2`, [planId, limit])) as ActivityRow[];
  return rows.map(toActivityEvent);
}

/** Writes and reads the plan's activity. Writing always happens on the caller's transaction. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const changes = diffSnapshots(entry.before, entry.after);
    if (entry.action === 'update' && changes.length === 0) return;
    const [{ id }] = (await manager.query(
      `INSERT INTO audit_events (plan_id, actor_id, entity_type, entity_id, entity_label, action, changes)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING id::text AS id`,
      [entry.planId, entry.actorId, entry.entityType, entry.entityId, entry.entityLabel.slice(0, 300), entry.action, JSON.stringify(changes)],
    )) as { id: string }[];
    // Delivered to listening API processes when (and only if) this transaction commits.
    const event: PlanEvent = {
      id,
      planId: entry.planId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      actorId: entry.actorId,
      at: new Date().toISOString(),
    };
    await manager.query(`SELECT pg_notify($1, $2)`, [PLAN_EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  async list(planId: string, query: ListActivityQuery): Promise<ActivityListResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [planId];
    const clauses = ['e.plan_id = $1'];
    if (query.entityId) clauses.push(`e.entity_id = $${params.push(query.entityId)}`);
    if (query.actorId) clauses.push(`e.actor_id = $${params.push(query.actorId)}`);
    if (query.from) clauses.push(`e.created_at >= $${params.push(query.from)}::date`);
    if (query.to) clauses.push(`e.created_at < $${params.push(query.to)}::date + 1`);
    const where = clauses.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_events e WHERE ${where}`, params);
    const limit = params.push(pageSize);
    const offset = params.push((page - 1) * pageSize);
    const rows = (await this.dataSource.query(
      `${ACTIVITY_SELECT} WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT $${limit} OFFSET $${offset}`,
      params,
    )) as ActivityRow[];
    return {
      items: rows.map(toActivityEvent),
      total,
      page,
      pageSize,
    };
  }
}
