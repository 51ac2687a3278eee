import { StepResponse } from '../../api/models';

/** Test data: a step with sensible defaults. */
export function createStep(partial: Partial<StepResponse> = {}): StepResponse {
  return {
    id: 'step-1',
    planId: 'plan-1',
    area: 'POL',
    catalogueKey: 'POL-01',
    catalogueVersion: 1,
    title: 'Align national policy with the CRPD',
    description: 'Review the policy.',
    status: 'not_started',
    progress: 0,
    startDate: '2026-01-01',
    dueDate: '2026-06-30',
    leadOrganisationId: null,
    leadOrganisation: null,
    assigneeIds: [],
    assignees: [],
    priority: 'medium',
    principles: ['legal_capacity'],
    dependsOn: [],
    overdue: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    myPermissions: ['plan.read'],
    ...partial,
  };
}
