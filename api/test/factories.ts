import { UsersService } from '../src/users/users.service.js';
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

export interface PersonaTokens {
  owner: string;
  editor: string;
  contributor: string;
  viewer: string;
  /** Someone with an account who is on no plan. */
  stranger: string;
}

/** Access tokens for the four demo personas, and for a new account that belongs to no plan. */
export async function signInPersonas(app: TestApp): Promise<PersonaTokens> {
  const [owner, editor, contributor, viewer] = await Promise.all(
    ['owner@demo.org', 'editor@demo.org', 'contributor@demo.org', 'viewer@demo.org'].map((email) => app.tokenFor(email)),
  );
  await app.running.app.get(UsersService).create({ email: 'stranger@example.org', name: 'Stranger', password: 'stranger password 1' });
  return { owner, editor, contributor, viewer, stranger: await app.tokenFor('stranger@example.org', 'stranger password 1') };
}
