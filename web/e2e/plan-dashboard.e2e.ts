import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { liveStreamConnected, openPlan } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { translations } from './support/translations.js';
import { eventually, isFocused, tabTo, visible } from './support/waiting.js';

const en = translations('en');
const ar = translations('ar');

/** The step another person changes while the owner watches the dashboard; no other journey touches it. */
const LIVE_STEP = 'RES-04';
const REPORTING_STATES = ['missing', 'draft', 'submitted', 'returned', 'approved'] as const;

/** The parts of `GET /plans/:id/dashboard` this journey compares with the screen. */
interface Dashboard {
  progress: { overall: number | null; byStatus: { status: string; count: number }[] };
  schedule: { overdue: number; dueSoon: number };
  reporting: { period: string; counts: Record<(typeof REPORTING_STATES)[number], number> };
  indicators: { items: { name: string; progressToTarget: number | null; standing: string }[] };
  budget: { currency: string; planned: string; gap: string }[];
}

/** Numbers as the app shows them in English: Intl, the standard the browser uses too. */
const percent = (value: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
const progressText = (value: number) => new Intl.NumberFormat('en', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(value);
function money(amount: string, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency }).format as unknown as (value: string) => string;
  return format(amount);
}

/** A dashboard section: a region named by its heading. */
function region(page: Page, name: string | RegExp): Locator {
  return page.getByRole('region', { name, exact: typeof name === 'string' });
}

/** The count cell of a row of a chart's table ("Blocked" → its count). */
function countIn(table: Locator, rowLabel: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: rowLabel, exact: true }) }).getByRole('cell').first();
}

async function openDashboard(page: Page, planId: string): Promise<void> {
  await page.goto(`/plans/${planId}/dashboard`);
  await page.locator('[data-figure="overall"], .empty-note').first().waitFor();
}

/**
 * The ministry's plan dashboard: the owner reads figures that are the API's own, follows them to the filtered lists,
 * sees another person's change arrive without reloading, reads it in Arabic and by keyboard, prints it for a briefing,
 * and a brand-new plan says what is missing. Axe on every state.
 */
describe('The plan dashboard', () => {
  const browser = useChromium();
  let ownerApi: ApiClient;
  let editorApi: ApiClient;
  let planId = '';
  let liveStep: StoredStep | undefined;
  let page: Page;

  beforeAll(async () => {
    ownerApi = await ApiClient.signIn(demoAccounts.ministryOwner);
    editorApi = await ApiClient.signIn(demoAccounts.ngoEditor);
    const { items: plans } = await ownerApi.get<{ items: StoredPlan[] }>('/plans');
    planId = plans.find((plan) => demoPlanTitle.test(plan.title))?.id ?? '';
    const { items: steps } = await ownerApi.get<{ items: StoredStep[] }>(`/plans/${planId}/steps?area=RES`);
    liveStep = steps.find((step) => step.catalogueKey === LIVE_STEP);
    ({ page } = await openTab(browser()));
  });

  afterAll(async () => {
    // Leave the owner in English and the step as it was, even if a test stopped half-way.
    await ownerApi.patch('/auth/me', { language: 'en' });
    if (liveStep) {
      const current = await ownerApi.get<StoredStep>(`/plans/${planId}/steps/${liveStep.id}`);
      if (current.status !== liveStep.status) {
        await ownerApi.patch(`/plans/${planId}/steps/${liveStep.id}`, { status: liveStep.status, version: current.version });
      }
    }
  });

  test('the owner’s dashboard shows the figures the API answers, each leading to the list behind it', async () => {
    expect(planId).not.toBe('');
    await signIn(page, demoAccounts.ministryOwner);
    await openPlan(page, demoPlanTitle);
    // The dashboard is the first of the plan's sections.
    const sections = page.getByRole('navigation', { name: en('plans.sections.label') });
    expect(await sections.getByRole('link').first().textContent()).toContain(en('plans.sections.dashboard'));
    await sections.getByRole('link', { name: en('plans.sections.dashboard') }).click();
    await page.waitForURL(/\/dashboard$/);
    const progress = await visible(region(page, en('dashboard.progress.heading')));

    const api = await ownerApi.get<Dashboard>(`/plans/${planId}/dashboard`);
    expect(api.progress.overall).not.toBeNull();
    await eventually(async () => expect((await progress.locator('[data-figure="overall"]').textContent())?.trim()).toBe(percent(api.progress.overall ?? 0)));
    const schedule = region(page, en('dashboard.schedule.heading'));
    expect((await schedule.locator('[data-figure="overdue"]').textContent())?.trim()).toBe(String(api.schedule.overdue));
    expect((await schedule.locator('[data-figure="dueSoon"]').textContent())?.trim()).toBe(String(api.schedule.dueSoon));

    const reporting = region(page, /^Reporting for /);
    for (const state of REPORTING_STATES) {
      expect((await countIn(reporting.getByRole('table'), en(`reports.state.${state}`)).textContent())?.trim()).toBe(String(api.reporting.counts[state]));
    }
    const status = region(page, en('dashboard.status.heading'));
    for (const { status: name, count } of api.progress.byStatus) {
      expect((await countIn(status.getByRole('table'), en(`status.${name}`)).textContent())?.trim()).toBe(String(count));
    }
    // The bar is an image described in words, with the same counts.
    const bar = status.getByRole('img');
    expect(await bar.getAttribute('aria-label')).toContain(`${en('status.blocked')}: ${api.progress.byStatus.find((item) => item.status === 'blocked')?.count}`);

    const indicator = api.indicators.items.find((item) => item.progressToTarget !== null);
    expect(indicator).toBeDefined();
    if (indicator) {
      const card = page.getByRole('article', { name: indicator.name, exact: true });
      await expect(card.textContent()).resolves.toContain(progressText(indicator.progressToTarget ?? 0));
      await expect(card.textContent()).resolves.toContain(en(`dashboard.standing.${indicator.standing}`));
    }
    const currency = api.budget[0];
    expect(currency).toBeDefined();
    const budget = region(page, en('dashboard.budget.heading')).locator(`[data-currency="${currency.currency}"]`);
    const planned = budget.locator('dl > div').filter({ has: page.getByText(en('budget.fields.planned'), { exact: true }) }).locator('dd');
    expect((await planned.textContent())?.trim()).toBe(money(currency.planned, currency.currency));
    await expectNoAxeViolations(page, 'the owner’s dashboard');

    // Figures lead to the filtered lists.
    await schedule.locator('[data-figure="overdue"]').click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+\?overdue=true$/);
    await visible(page.getByRole('heading', { level: 2, name: 'Action steps' }));
    await page.goBack();
    await region(page, en('dashboard.progress.heading')).getByRole('link', { name: en('area.LAW') }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+\?area=LAW$/);
    await page.goBack();
    await status.getByRole('link', { name: new RegExp(`^${en('status.blocked')}:`) }).click();
    await page.waitForURL(/\?status=blocked$/);
    await page.goBack();
    await region(page, en('dashboard.principles.heading')).getByRole('link', { name: en('principle.participation') }).click();
    await page.waitForURL(/\?principle=participation$/);
    await page.goBack();
    await reporting.getByRole('link', { name: new RegExp(`^${en('dashboard.reporting.open', { period: '.+' })}$`) }).click();
    await page.waitForURL(new RegExp(`/reports\\?period=${api.reporting.period}$`));
  });

  test('another person’s change reaches the open dashboard without a reload, announced politely', async () => {
    expect(liveStep).toBeDefined();
    if (!liveStep) return;
    await openDashboard(page, planId);
    await liveStreamConnected(page);
    const before = await ownerApi.get<Dashboard>(`/plans/${planId}/dashboard`);
    const blockedBefore = before.progress.byStatus.find((item) => item.status === 'blocked')?.count ?? 0;
    const table = region(page, en('dashboard.status.heading')).getByRole('table');
    await eventually(async () => expect((await countIn(table, en('status.blocked')).textContent())?.trim()).toBe(String(blockedBefore)));

    const current = await editorApi.get<StoredStep>(`/plans/${planId}/steps/${liveStep.id}`);
    expect(current.status).not.toBe('blocked');
    await editorApi.patch(`/plans/${planId}/steps/${liveStep.id}`, { status: 'blocked', version: current.version });

    await eventually(async () => expect((await countIn(table, en('status.blocked')).textContent())?.trim()).toBe(String(blockedBefore + 1)), 20_000);
    await visible(page.getByRole('status').filter({ hasText: en('dashboard.updated', { time: '' }).replace(/\s*\(\)$/, '') }));
    const after = await ownerApi.get<Dashboard>(`/plans/${planId}/dashboard`);
    expect(after.progress.byStatus.find((item) => item.status === 'blocked')?.count).toBe(blockedBefore + 1);
    await expectNoAxeViolations(page, 'the dashboard after a live update');
  });

  test('in Arabic (right to left, texts from ar.json) and by keyboard', async () => {
    await openDashboard(page, planId);
    await page.getByRole('combobox', { name: en('language.label') }).click();
    await page.getByRole('option', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await visible(region(page, ar('dashboard.progress.heading')));
    await visible(region(page, ar('dashboard.budget.heading')));
    await visible(page.getByRole('button', { name: ar('dashboard.print') }));
    await expectNoAxeViolations(page, 'the dashboard in Arabic');

    // Tab to the overdue figure and follow it with Enter.
    const overdue = region(page, ar('dashboard.schedule.heading')).locator('[data-figure="overdue"]');
    await tabTo(page, overdue, { maxPresses: 120 });
    expect(await isFocused(overdue)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?overdue=true$/);
    await page.getByRole('combobox', { name: ar('language.label') }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  test('prints for a briefing: no navigation or buttons, the plan’s name and the date on the page', async () => {
    await openDashboard(page, planId);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await visible(region(page, en('dashboard.progress.heading')));
    const printHeader = page.locator('.print-header');
    expect(await printHeader.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      await visible(printHeader);
      await expect(printHeader.textContent()).resolves.toMatch(demoPlanTitle);
      await expect(printHeader.textContent()).resolves.toContain(en('dashboard.printHeader', { time: '' }).trim());
      expect(await page.getByRole('navigation', { name: en('plans.sections.label') }).isVisible()).toBe(false);
      expect(await page.locator('app-toolbar').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: en('dashboard.print') }).isVisible()).toBe(false);
      // Charts and tables stay.
      expect(await region(page, en('dashboard.status.heading')).getByRole('img').isVisible()).toBe(true);
      expect(await region(page, en('dashboard.progress.heading')).getByRole('table').isVisible()).toBe(true);
      // Every printed page repeats the name and the date in its top margin.
      const runningHead = await page.locator('style[data-print-running-head]').textContent();
      expect(runningHead).toMatch(/@page \{ @top-left \{ content: "Veloria:/);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await expectNoAxeViolations(page, 'the dashboard as printed');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a brand-new plan shows what is missing and where to add it', async () => {
    const created = await ownerApi.post<{ id: string }>('/plans', {
      title: 'Dashboard check: an empty plan', country: 'XDM', startDate: '2027-01-01', endDate: '2029-12-31', fromCatalogue: false,
    });
    await openDashboard(page, created.id);
    const progress = await visible(region(page, en('dashboard.progress.heading')));
    await visible(progress.getByText(en('dashboard.progress.empty')));
    await visible(progress.getByRole('link', { name: en('dashboard.progress.emptyAction') }));
    await visible(page.getByText(en('dashboard.reporting.nothingDue')));
    const indicators = region(page, en('dashboard.indicators.heading'));
    await visible(indicators.getByText(en('dashboard.indicators.empty')));
    expect(await indicators.getByRole('link', { name: en('dashboard.indicators.emptyAction') }).getAttribute('href')).toBe(`/plans/${created.id}/indicators`);
    const budget = region(page, en('dashboard.budget.heading'));
    await visible(budget.getByText(en('dashboard.budget.empty')));
    expect(await budget.getByRole('link', { name: en('dashboard.budget.emptyAction') }).getAttribute('href')).toBe(`/plans/${created.id}/budget`);
    await visible(page.getByText(en('dashboard.principles.empty')));
    await expectNoAxeViolations(page, 'the dashboard of a new plan');

    // A new plan from the catalogue has its steps, but nothing reported, measured or budgeted yet.
    const fromCatalogue = await ownerApi.post<{ id: string }>('/plans', {
      title: 'Dashboard check: a plan from the catalogue', country: 'XDM', startDate: '2026-01-01', endDate: '2029-12-31', fromCatalogue: true,
    });
    const figures = await ownerApi.get<Dashboard>(`/plans/${fromCatalogue.id}/dashboard`);
    await openDashboard(page, fromCatalogue.id);
    const reporting = await visible(region(page, /^Reporting for /));
    await visible(reporting.getByText(en('dashboard.reporting.noneYet')));
    expect(await reporting.getByRole('link', { name: en('dashboard.reporting.emptyAction') }).getAttribute('href'))
      .toBe(`/plans/${fromCatalogue.id}/reports?period=${figures.reporting.period}`);
    expect((await countIn(reporting.getByRole('table'), en('reports.state.missing')).textContent())?.trim()).toBe(String(figures.reporting.counts.missing));
    await visible(region(page, en('dashboard.indicators.heading')).getByText(en('dashboard.indicators.empty')));
    await visible(region(page, en('dashboard.budget.heading')).getByText(en('dashboard.budget.empty')));
    expect((await region(page, en('dashboard.progress.heading')).locator('[data-figure="overall"]').textContent())?.trim()).toBe(percent(figures.progress.overall ?? 0));
    await expectNoAxeViolations(page, 'the dashboard of a new plan from the catalogue');
  });
});
