import { PlanResponse, StepResponse } from '../../api/models';

/** Owners and editors change any step; contributors only steps assigned to them; never in an archived plan. */
export function canEditStep(plan: PlanResponse | undefined, step: StepResponse | null, userId: string | undefined): boolean {
  if (!plan || !step || plan.status !== 'active') return false;
  if (plan.myRole === 'owner' || plan.myRole === 'editor') return true;
  return plan.myRole === 'contributor' && !!userId && step.assigneeIds.includes(userId);
}

/** Only custom steps can be deleted, by owners and editors. */
export function canDeleteStep(plan: PlanResponse | undefined, step: StepResponse | null): boolean {
  return (
    !!plan && !!step && plan.status === 'active' && step.catalogueKey === null &&
    (plan.myRole === 'owner' || plan.myRole === 'editor')
  );
}
