import type { AuditAction, AuditedEntity } from '../audit/audit.service.js';

/** What open pages are told when plan content changes; they then fetch what they show. */
export interface PlanEvent {
  planId: string;
  entityType: AuditedEntity;
  entityId: string;
  action: AuditAction;
  actorId: string;
  at: string;
}

export const PLAN_EVENTS_CHANNEL = 'plan_events';
