import type { Role } from '../plans/plan.entity.js';
import {
  CONTRIBUTOR_LIMITED,
  PLAN_PERMISSIONS,
  REVIEWER_PERMISSIONS,
  ROLE_PERMISSIONS,
  WRITE_PERMISSIONS,
  type PlanPermission,
} from './plan-permissions.js';

/** What the AccessGuard knows of a caller on a plan: enough to say what they may do there. */
export interface PlanMembership {
  role: Role;
  reviewer: boolean;
  archived: boolean;
}

/**
 * The permissions the guard grants this member on routes of the plan that name no step. Computed
 * from the same table as the guard, so the web shows exactly what the API will allow. A
 * contributor's step-limited permissions are left out here: they hold only on assigned steps.
 */
export function planPermissionsOf(membership: PlanMembership): PlanPermission[] {
  return granted(membership, false);
}

/** The permissions the guard grants this member on routes addressing one step (or its reports). */
export function stepPermissionsOf(membership: PlanMembership, assigned: boolean): PlanPermission[] {
  return granted(membership, assigned);
}

function granted({ role, reviewer, archived }: PlanMembership, assignedStep: boolean): PlanPermission[] {
  return PLAN_PERMISSIONS.filter((permission) => {
    const byRole = ROLE_PERMISSIONS[role].has(permission) || (reviewer && REVIEWER_PERMISSIONS.has(permission));
    if (!byRole) return false;
    if (role === 'contributor' && CONTRIBUTOR_LIMITED.has(permission) && !assignedStep) return false;
    return !(archived && WRITE_PERMISSIONS.has(permission));
  });
}
