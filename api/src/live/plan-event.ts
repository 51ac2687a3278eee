import type { AuditAction, AuditedEntity } from '../audit/audit.service.js';

/** What open pages are told when plan content changes; they then fetch what they show. */
export interface PlanEvent {
  /** The audit_events row's id (a bigint, as a string): increasing, so a reconnecting page can ask for what came after. */
  id: string;
  planId: string;
  entityType: AuditedEntity;
  entityId: string;
  action: AuditAction;
  actorId: string;
  at: string;
}

export const PLAN_EVENTS_CHANNEL = 'plan_events';
