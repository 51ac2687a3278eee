import { PortfolioPlan, PortfolioResponse } from '../../api/models';

/** A portfolio plan for tests: a quarterly demo plan with figures in each column; override what a test is about. */
export function createPortfolioPlan(overrides: Partial<PortfolioPlan> = {}): PortfolioPlan {
  return {
    id: '7c0f6f1e-0000-4000-8000-000000000001',
    title: 'Veloria: community mental health reform 2026–2030',
    country: 'XDM',
    startDate: '2026-01-01',
    endDate: '2030-12-31',
    status: 'active',
    role: 'viewer',
    reportingCadence: 'quarterly',
    steps: 57,
    progress: 23,
    overdue: 2,
    reporting: {
      period: '2026-Q4', cadence: 'quarterly', due: 57,
      counts: { missing: 50, draft: 2, submitted: 1, returned: 1, approved: 3 },
    },
    indicators: { total: 4, achieved: 1, onTrack: 1, offTrack: 1, noData: 1 },
    budget: [
      { currency: 'EUR', planned: '1770000.00', committed: '1285000.00', disbursed: '390000.00', gap: '485000.00', lines: 3, flaggedLines: 0 },
    ],
    organisationFunding: [{ currency: 'EUR', planned: '1250000.00', committed: '1000000.00', disbursed: '250000.00', lines: 2 }],
    ...overrides,
  };
}

export function createPortfolio(overrides: Partial<PortfolioResponse> = {}): PortfolioResponse {
  const items = overrides.items ?? [createPortfolioPlan()];
  return {
    organisation: { id: 'o-1', name: 'Northern Lights Foundation', kind: 'donor' },
    readAt: '2026-12-01T09:00:00.000Z',
    countries: [...new Set(items.map((plan) => plan.country))],
    items,
    ...overrides,
  };
}
