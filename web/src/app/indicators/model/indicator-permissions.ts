import { PlanResponse } from '../../api/models';

/** Owners and editors define, change and delete indicators, while the plan is active. */
export function canManageIndicators(plan: PlanResponse | null | undefined): boolean {
  return !!plan && plan.status === 'active' && (plan.myRole === 'owner' || plan.myRole === 'editor');
}

/** Owners, editors and contributors record measurements; viewers (donors) read. */
export function canRecordMeasurements(plan: PlanResponse | null | undefined): boolean {
  return !!plan && plan.status === 'active' && plan.myRole !== 'viewer';
}
