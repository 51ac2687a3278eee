import { PlanResponse } from '../../api/models';

/** Owners and editors change plan details and steps, while the plan is active. */
export function canEditPlan(plan: PlanResponse | undefined | null): boolean {
  return !!plan && plan.status === 'active' && (plan.myRole === 'owner' || plan.myRole === 'editor');
}

export function canArchivePlan(plan: PlanResponse | undefined | null): boolean {
  return !!plan && plan.status === 'active' && plan.myRole === 'owner';
}
