import { DashboardIndicator, DashboardResponse } from '../../api/models';

/** Test data: a dashboard as the API answers it, with every list empty unless given. */
export function createDashboard(partial: Partial<DashboardResponse> = {}): DashboardResponse {
  return {
    plan: {
      id: '7c0f6f1e-0000-4000-8000-000000000001', title: 'Veloria reform', country: 'XDM', description: '',
      startDate: '2026-01-01', endDate: '2030-12-31', status: 'active', reportingCadence: 'quarterly',
    },
    readAt: '2026-12-01T09:28:04.665Z',
    progress: {
      overall: null,
      steps: 0,
      areas: [],
      byStatus: ['not_started', 'in_progress', 'blocked', 'done', 'cancelled'].map((status) => ({
        status: status as DashboardResponse['progress']['byStatus'][number]['status'],
        count: 0,
      })),
    },
    schedule: { today: '2026-12-01', dueSoonDays: 30, overdue: 0, dueSoon: 0, overdueSteps: [], dueSoonSteps: [] },
    reporting: { period: '2026-Q4', cadence: 'quarterly', due: 0, counts: { missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0 } },
    indicators: { total: 0, achieved: 0, onTrack: 0, offTrack: 0, noData: 0, items: [] },
    budget: [],
    principles: ['legal_capacity', 'non_coercion', 'community_inclusion', 'participation', 'recovery'].map((principle) => ({
      principle: principle as DashboardResponse['principles'][number]['principle'],
      steps: 0,
      done: 0,
      cancelled: 0,
      progress: null,
    })),
    activity: [],
    ...partial,
  };
}

export function createIndicator(partial: Partial<DashboardIndicator> = {}): DashboardIndicator {
  return {
    id: 'b5066816-7a79-4345-acc3-8641ebf48360', name: 'Peer support workers in post', unit: 'people', direction: 'increase',
    baseline: '0', baselineDate: '2025-01-01', target: '120', targetDate: '2030-12-31',
    latest: { period: '2026-Q3', value: '18' }, progressToTarget: 15, expectedProgress: 31.9, standing: 'off_track',
    trend: [{ period: '2026-Q2', value: '6' }, { period: '2026-Q3', value: '18' }],
    ...partial,
  };
}

/** The demo plan's figures (as the API answered for it), for the page tests. */
export function createBusyDashboard(): DashboardResponse {
  const empty = createDashboard();
  return createDashboard({
    progress: {
      overall: 5,
      steps: 57,
      areas: [
        { area: 'POL', steps: 7, done: 0, cancelled: 0, progress: 12 },
        { area: 'CIV', steps: 4, done: 1, cancelled: 0, progress: 25 },
      ],
      byStatus: [
        { status: 'not_started', count: 50 }, { status: 'in_progress', count: 5 }, { status: 'blocked', count: 1 },
        { status: 'done', count: 1 }, { status: 'cancelled', count: 0 },
      ],
    },
    schedule: {
      ...empty.schedule,
      overdue: 7,
      overdueSteps: [{ id: '91d01327-d2c2-4339-b806-b2babb9265ac', catalogueKey: 'SVC-04', title: 'Apply core rights-based practices in every service',
        area: 'SVC', status: 'in_progress', progress: 40, dueDate: '2026-11-17' }],
    },
    reporting: { period: '2026-Q4', cadence: 'quarterly', due: 57, counts: { missing: 56, draft: 0, submitted: 1, returned: 0, approved: 0 } },
    indicators: { total: 1, achieved: 0, onTrack: 0, offTrack: 1, noData: 0, items: [createIndicator()] },
    budget: [{
      currency: 'EUR', planned: '1770000.00', committed: '1285000.00', disbursed: '390000.00', gap: '485000.00', lines: 3, flaggedLines: 1,
      byArea: [{ area: 'WFD', planned: '120000.00', committed: '135000.00', disbursed: '90000.00', gap: '-15000.00', lines: 1, flaggedLines: 1 }],
      byFunder: [{ funder: { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor' }, planned: '1770000.00', committed: '1285000.00',
        disbursed: '390000.00', gap: '485000.00', lines: 3, flaggedLines: 1 }],
      byYear: [],
    }],
    principles: empty.principles.map((row) => (row.principle === 'participation' ? { ...row, steps: 12, done: 1, progress: 13 } : row)),
  });
}
