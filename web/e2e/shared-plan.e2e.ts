import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { baseUrl, demoAccounts, demoPassword, demoPlanTitle } from './support/environment.js';
import { translations } from './support/translations.js';
import { visible } from './support/waiting.js';

const en = translations('en');
const ar = translations('ar');

interface CreatedLink {
  id: string;
  token: string;
}

interface SharedPlan {
  progress: { overall: number | null };
  budgetLines: { items: unknown[]; total: number };
  reports: { period: string | null; items: { stepTitle: string; narrative: string }[] } | null;
}

interface Member {
  name: string;
}

/** The API's DELETE, which the shared ApiClient does not offer: as the owner, with a bearer token of its own. */
async function deleteAsOwner(path: string): Promise<void> {
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoAccounts.ministryOwner, password: demoPassword }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await fetch(new URL(`/api/v1${path}`, baseUrl), { method: 'DELETE', headers: { authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new Error(`DELETE ${path} gave ${response.status}`);
}

/** The shared plan as its link's readers get it: no session, no token. */
async function readShared(token: string): Promise<SharedPlan> {
  const response = await fetch(new URL(`/api/v1/share/${token}`, baseUrl));
  if (!response.ok) throw new Error(`GET /share/… gave ${response.status}`);
  return (await response.json()) as SharedPlan;
}

const percent = (value: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/**
 * A plan's share links, read by people without an account in a fresh browser: the public tier shows progress without
 * names or reports, the donor tier adds the budget lines and the approved reports; in Arabic; a revoked or mistyped
 * link says that it does not work, and nothing else. Axe on every state.
 */
describe('A shared plan, read without an account', () => {
  const browser = useChromium();
  let ownerApi: ApiClient;
  let planId = '';
  let memberNames: string[] = [];
  const links: Record<'public' | 'donor', CreatedLink | undefined> = { public: undefined, donor: undefined };
  const contexts: BrowserContext[] = [];

  /** A browser profile that has never signed in. */
  async function freshPage(chromium: Browser): Promise<Page> {
    const { context, page } = await openTab(chromium);
    contexts.push(context);
    return page;
  }

  beforeAll(async () => {
    ownerApi = await ApiClient.signIn(demoAccounts.ministryOwner);
    const { items: plans } = await ownerApi.get<{ items: StoredPlan[] }>('/plans');
    planId = plans.find((plan) => demoPlanTitle.test(plan.title))?.id ?? '';
    const { items: members } = await ownerApi.get<{ items: Member[] }>(`/plans/${planId}/members`);
    memberNames = members.map((member) => member.name);
    links.public = await ownerApi.post<CreatedLink>(`/plans/${planId}/share-links`, { name: 'Everyone (browser test)', tier: 'public' });
    links.donor = await ownerApi.post<CreatedLink>(`/plans/${planId}/share-links`, { name: 'Donors (browser test)', tier: 'donor', showNames: true });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    for (const link of Object.values(links)) {
      if (link) await deleteAsOwner(`/plans/${planId}/share-links/${link.id}`).catch(() => undefined);
    }
  });

  test('a public link shows the plan’s progress, its tier and when it was read — and no names, reports or budget lines', async () => {
    expect(memberNames.length).toBeGreaterThan(0);
    const token = links.public?.token ?? '';
    const page = await freshPage(browser());
    await page.goto(`/share/${token}`);
    await visible(page.getByRole('heading', { level: 1, name: demoPlanTitle }));
    expect(page.url()).toContain(`/share/${token}`);
    await visible(page.getByText(en('sharedPlan.tier.public'), { exact: true }));
    await visible(page.getByText(en('sharedPlan.facts.readAt'), { exact: true }));
    const api = await readShared(token);
    const overall = page.getByRole('region', { name: en('dashboard.progress.heading'), exact: true }).locator('[data-figure="overall"]');
    expect((await overall.textContent())?.trim()).toBe(percent(api.progress.overall ?? 0));
    await visible(page.getByRole('region', { name: en('sharedPlan.steps.heading'), exact: true }));

    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of memberNames) expect(text).not.toContain(name);
    expect(await page.getByRole('region', { name: en('sharedPlan.reports.heading') }).count()).toBe(0);
    expect(await page.getByRole('region', { name: en('sharedPlan.budgetLines.heading') }).count()).toBe(0);
    expect(api.reports).toBeNull();
    // Nothing sends the reader to sign in, and nothing links into the plan.
    expect(await page.locator('a[href^="/plans"]').count()).toBe(0);
    await expectNoAxeViolations(page, 'a public shared plan');
  });

  test('a donor link adds the approved reports (with a period picker) and the budget lines', async () => {
    const token = links.donor?.token ?? '';
    const api = await readShared(token);
    expect(api.reports?.items.length).toBeGreaterThan(0);
    const page = await freshPage(browser());
    await page.goto(`/share/${token}`);
    await visible(page.getByRole('heading', { level: 1, name: demoPlanTitle }));
    await visible(page.getByText(en('sharedPlan.tier.donor'), { exact: true }));

    const reports = await visible(page.getByRole('region', { name: en('sharedPlan.reports.heading'), exact: true }));
    await visible(reports.getByRole('combobox', { name: en('sharedPlan.reports.period') }));
    const first = api.reports?.items[0];
    if (first) await visible(reports.getByText(first.narrative, { exact: true }));
    const lines = page.getByRole('region', { name: en('sharedPlan.budgetLines.heading'), exact: true });
    expect(await lines.locator('tbody tr').count()).toBe(api.budgetLines.items.length);
    await expectNoAxeViolations(page, 'a donor shared plan');

    // In Arabic: the page reads right to left, in the app's own Arabic.
    await page.getByRole('combobox', { name: en('language.label') }).click();
    await page.getByRole('option', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await visible(page.getByText(ar('sharedPlan.tier.donor'), { exact: true }));
    await visible(page.getByRole('region', { name: ar('sharedPlan.reports.heading'), exact: true }));
    await visible(page.getByRole('region', { name: ar('dashboard.budget.heading'), exact: true }));
    await expectNoAxeViolations(page, 'a donor shared plan in Arabic');
  });

  test('a revoked link and a mistyped one say that the link does not work, and nothing else', async () => {
    const link = links.public;
    expect(link).toBeDefined();
    const page = await freshPage(browser());
    await page.goto(`/share/${link?.token ?? ''}`);
    await visible(page.getByRole('heading', { level: 1, name: demoPlanTitle }));

    await deleteAsOwner(`/plans/${planId}/share-links/${link?.id ?? ''}`);
    links.public = undefined;
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: en('sharedPlan.notWorking.title') }));
    await visible(page.getByRole('alert').filter({ hasText: en('sharedPlan.notWorking.text') }));
    expect(await page.getByRole('region').count()).toBe(0);
    expect(page.url()).not.toContain('/sign-in');
    await expectNoAxeViolations(page, 'a revoked shared link');

    await page.goto('/share/not-a-real-token');
    await visible(page.getByRole('heading', { level: 1, name: en('sharedPlan.notWorking.title') }));
    expect(page.url()).toContain('/share/not-a-real-token');
    await expectNoAxeViolations(page, 'a mistyped shared link');
  });
});
