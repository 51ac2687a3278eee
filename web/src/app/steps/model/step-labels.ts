import { Priority, StepStatus } from '../../api/models';

export const STEP_STATUSES: readonly StepStatus[] = ['not_started', 'in_progress', 'blocked', 'done', 'cancelled'];
export const PRIORITIES: readonly Priority[] = ['low', 'medium', 'high'];
