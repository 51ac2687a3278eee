export const STEP_STATUSES = ['not_started', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Steps in these states are never overdue. */
export const CLOSED_STATUSES: readonly StepStatus[] = ['done', 'cancelled'];
