import type { TestApp } from './test-app.js';
import { bearer } from './test-app.js';

export const planRequest = (overrides: Record<string, unknown> = {}) => ({
  title: 'National community mental health reform',
  country: 'KEN',
  startDate: '2027-01-01',
  endDate: '2031-12-31',
  fromCatalogue: true,
  ...overrides,
});

/** The demo plan, as its owner sees it. */
export async function demoPlan(app: TestApp, token: string): Promise<{ id: string; version: number }> {
  const response = await app.http().get('/api/v1/plans').set(bearer(token)).expect(200);
  const plan = response.body.items.find((item: { country: string }) => item.country === 'XDM');
  if (!plan) throw new Error('The demo plan is missing');
  return plan;
}

export async function stepByKey(app: TestApp, token: string, planId: string, key: string) {
  const response = await app.http().get(`/api/v1/plans/${planId}/steps`).query({ q: key, pageSize: 200 }).set(bearer(token)).expect(200);
  const step = response.body.items.find((item: { catalogueKey: string }) => item.catalogueKey === key);
  if (!step) throw new Error(`No step ${key} in plan ${planId}`);
  return step;
}
