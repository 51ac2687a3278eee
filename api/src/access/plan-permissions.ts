import type { Role } from '../plans/plan.entity.js';

export const PLAN_PERMISSIONS = [
  'plan.read',
  'plan.update',
  'plan.archive',
  'step.create',
  'step.update',
  'step.delete',
  'members.manage',
  'comment.write',
  'report.write',
  'report.review',
  'indicator.manage',
  'measurement.write',
  'budget.manage',
  'share.manage',
] as const;
export type PlanPermission = (typeof PLAN_PERMISSIONS)[number];

/**
 * Permissions that change the plan: refused on an archived plan, whoever asks. Share links do not change the plan,
 * and an owner must stay able to revoke one (or publish the plan's final state) after archiving it.
 */
export const WRITE_PERMISSIONS: ReadonlySet<PlanPermission> = new Set(PLAN_PERMISSIONS.filter((p) => p !== 'plan.read' && p !== 'share.manage'));

/**
 * What each role may do. A contributor's `step.update` and `report.write` are further limited to
 * the steps they are assigned to (checked by the AccessGuard).
 */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<PlanPermission>> = {
  owner: new Set(PLAN_PERMISSIONS),
  editor: new Set([
    'plan.read', 'plan.update', 'step.create', 'step.update', 'step.delete', 'comment.write',
    'report.write', 'indicator.manage', 'measurement.write', 'budget.manage',
  ]),
  contributor: new Set(['plan.read', 'step.update', 'comment.write', 'report.write', 'measurement.write']),
  viewer: new Set(['plan.read']),
};

export const CONTRIBUTOR_LIMITED: ReadonlySet<PlanPermission> = new Set(['step.update', 'report.write']);

/** What a member the owner named as reviewer may do, whatever their role. */
export const REVIEWER_PERMISSIONS: ReadonlySet<PlanPermission> = new Set(['report.review']);
