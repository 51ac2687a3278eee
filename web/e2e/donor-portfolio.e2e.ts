import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPassword } from './support/environment.js';
import { literally, translations } from './support/translations.js';
import { eventually, tabTo, visible } from './support/waiting.js';

const en = translations('en');
const ar = translations('ar');

/** What GET /api/v1/portfolio answers, as far as the page shows it. */
interface Money { currency: string; planned: string; committed: string; disbursed: string }
interface PortfolioPlan {
  id: string;
  title: string;
  country: string;
  progress: number | null;
  overdue: number;
  steps: number;
  reporting: { due: number; counts: Record<'missing' | 'draft' | 'submitted' | 'returned' | 'approved', number> };
  indicators: { total: number; achieved: number; onTrack: number; offTrack: number; noData: number };
  budget: Money[];
  organisationFunding: Money[];
}
interface Portfolio {
  organisation: { id: string; name: string; kind: string } | null;
  countries: string[];
  items: PortfolioPlan[];
}

/** The page is in English (the browser prefers en-GB; the app speaks "en"): figures formatted as it does. */
const number = (value: number) => new Intl.NumberFormat('en').format(value);
const percent = (value: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
// Intl formats a decimal string exactly, as the app's money pipe does.
const money = (amount: string, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount as unknown as number);

/** A text as the page shows it: every kind of space (Intl's narrow ones too) as one space. */
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

function portfolioTable(page: Page, caption = en('portfolio.table.caption')): Locator {
  return page.getByRole('table', { name: new RegExp(`^${literally(caption)}`) });
}

/** The plans' titles, top to bottom. */
async function rowTitles(page: Page, caption = en('portfolio.table.caption')): Promise<string[]> {
  return (await portfolioTable(page, caption).locator('tbody tr th a').allTextContents()).map(squeeze);
}

/** Chooses an option of a labelled select with the mouse, as most people would. */
async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('Donor portfolio (viewer of a donor organisation)', () => {
  const browser = useChromium();
  let page: Page;
  let api: ApiClient;

  beforeAll(async () => {
    ({ page } = await openTab(browser()));
    api = await ApiClient.signIn(demoAccounts.donorViewer);
  });

  afterAll(async () => {
    // The language is stored on the account: leave it in English for the other specs, even after a failure.
    await api?.patch('/auth/me', { language: 'en' });
  });

  test('signs in and lands on the portfolio, the Portfolio link marked in the toolbar', async () => {
    await page.goto('/sign-in');
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
    await page.getByLabel('Email').fill(demoAccounts.donorViewer);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL(/\/portfolio$/);
    await visible(page.getByRole('heading', { level: 1, name: en('portfolio.heading') }));
    const navigation = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await navigation.getByRole('link', { name: en('portfolio.navLink') }).getAttribute('aria-current')).toBe('page');
    await visible(portfolioTable(page));
    await expectNoAxeViolations(page, 'the donor’s portfolio');

    // The product's name leads home, which for a donor is the portfolio.
    await page.getByRole('link', { name: 'Reform Roadmap', exact: true }).click();
    await page.waitForURL(/\/portfolio$/);
  });

  test('shows every plan the API lists side by side, with its figures and the organisation’s money', async () => {
    const portfolio = await api.get<Portfolio>('/portfolio');
    expect(portfolio.organisation?.kind).toBe('donor');
    expect(portfolio.items.length).toBeGreaterThanOrEqual(1);
    await visible(page.getByText(en('portfolio.organisation', { name: portfolio.organisation?.name ?? '' })));

    const table = portfolioTable(page);
    const headers = (await table.locator('thead th').allTextContents()).map(squeeze);
    const funding = en('portfolio.columns.funding', { organisation: portfolio.organisation?.name ?? '' });
    expect(headers).toEqual([
      en('portfolio.columns.plan'), en('portfolio.columns.country'), en('portfolio.columns.period'),
      en('portfolio.columns.progress'), en('portfolio.columns.overdue'), en('portfolio.columns.reporting'),
      en('portfolio.columns.indicators'), en('portfolio.columns.budget'), funding,
    ]);
    const column = (name: string) => headers.indexOf(name);

    // One row per plan, in the API's order (by title): at least two when the donor follows two countries.
    await eventually(async () => expect(await rowTitles(page)).toEqual(portfolio.items.map((plan) => plan.title)));
    const rows = table.locator('tbody tr');
    for (const [index, plan] of portfolio.items.entries()) {
      const cell = async (name: string) => squeeze(await rows.nth(index).locator('th, td').nth(column(name)).textContent());
      expect(await rows.nth(index).getByRole('link', { name: plan.title }).getAttribute('href')).toBe(`/plans/${plan.id}/dashboard`);
      expect(await cell(en('portfolio.columns.progress'))).toContain(
        plan.progress === null ? en('portfolio.noSteps') : percent(plan.progress),
      );
      expect(await cell(en('portfolio.columns.overdue'))).toBe(number(plan.overdue));
      const reporting = await cell(en('portfolio.columns.reporting'));
      expect(reporting).toContain(squeeze(en('portfolio.reporting.approvedOfDue', {
        approved: number(plan.reporting.counts.approved), due: number(plan.reporting.due),
      })));
      for (const state of ['submitted', 'returned', 'draft', 'missing'] as const) {
        expect(reporting).toContain(en('portfolio.stateCount', { state: en(`reports.state.${state}`), count: number(plan.reporting.counts[state]) }));
      }
      const indicators = await cell(en('portfolio.columns.indicators'));
      if (plan.indicators.total === 0) expect(indicators).toBe(en('portfolio.indicators.none'));
      else {
        expect(indicators).toContain(en('portfolio.indicators.onTrack', { count: number(plan.indicators.onTrack) }));
        expect(indicators).toContain(en('portfolio.indicators.offTrack', { count: number(plan.indicators.offTrack) }));
      }
      // Money per currency, never added across currencies.
      const budget = await cell(en('portfolio.columns.budget'));
      for (const line of plan.budget) {
        for (const amount of [line.planned, line.committed, line.disbursed]) expect(budget).toContain(squeeze(money(amount, line.currency)));
      }
      const funded = await cell(funding);
      if (plan.organisationFunding.length === 0) expect(funded).toBe(en('portfolio.funding.none'));
      for (const line of plan.organisationFunding) {
        expect(funded).toContain(line.currency);
        for (const amount of [line.planned, line.committed, line.disbursed]) expect(funded).toContain(squeeze(money(amount, line.currency)));
      }
    }
    // The demo donor funds something: its money is on the page, not only "nothing funded".
    expect(portfolio.items.some((plan) => plan.organisationFunding.length > 0)).toBe(true);
  });

  test('sorting and filtering change the URL and the rows, as the API sorts and filters them', async () => {
    await choose(page, en('portfolio.filters.sort'), en('portfolio.sort.progress'));
    await page.waitForURL(/[?&]sort=progress\b/);
    await choose(page, en('portfolio.filters.order'), en('portfolio.order.desc'));
    await page.waitForURL(/[?&]order=desc\b/);
    const byProgress = await api.get<Portfolio>('/portfolio?sort=progress&order=desc');
    await eventually(async () => expect(await rowTitles(page)).toEqual(byProgress.items.map((plan) => plan.title)));
    expect(await portfolioTable(page).getByRole('columnheader', { name: en('portfolio.columns.progress') }).getAttribute('aria-sort')).toBe('descending');

    // Each country of the donor's plans can be chosen; the rows are that country's plans.
    const countryFilter = page.getByRole('combobox', { name: en('portfolio.filters.country') });
    await countryFilter.click();
    const countryOptions = page.getByRole('option');
    expect(await countryOptions.count()).toBe(byProgress.countries.length + 1);
    await countryOptions.nth(1).click();
    await page.waitForURL(/[?&]country=[A-Z]{3}\b/);
    const country = new URL(page.url()).searchParams.get('country') ?? '';
    expect(byProgress.countries).toContain(country);
    const oneCountry = await api.get<Portfolio>(`/portfolio?sort=progress&order=desc&country=${country}`);
    await eventually(async () => expect(await rowTitles(page)).toEqual(oneCountry.items.map((plan) => plan.title)));
    if (byProgress.countries.length >= 2) expect(oneCountry.items.length).toBeLessThan(byProgress.items.length);

    // A role the donor has on no plan: nothing matches, and the filters can be cleared from there.
    await choose(page, en('portfolio.filters.role'), en('role.owner'));
    await page.waitForURL(/[?&]role=owner\b/);
    const asOwner = await api.get<Portfolio>(`/portfolio?sort=progress&order=desc&country=${country}&role=owner`);
    if (asOwner.items.length === 0) {
      const empty = await visible(page.getByText(en('portfolio.noMatches.title')));
      await expectNoAxeViolations(page, 'the portfolio with no matching plan');
      await page.locator('.empty').getByRole('button', { name: en('portfolio.filters.clear') }).click();
      await empty.waitFor({ state: 'detached' });
    } else {
      await page.getByRole('search').getByRole('button', { name: en('portfolio.filters.clear') }).click();
    }
    // Cleared: every country and role again, the chosen order kept.
    await page.waitForURL((url) => !url.searchParams.has('country') && !url.searchParams.has('role') && url.searchParams.get('sort') === 'progress');
    await eventually(async () => expect(await rowTitles(page)).toEqual(byProgress.items.map((plan) => plan.title)));
    await expectNoAxeViolations(page, 'the sorted portfolio');
  });

  test('in Arabic and by keyboard: right to left, Arabic texts, sorted with the keys, a plan opened with Enter', async () => {
    await page.goto('/portfolio');
    await visible(portfolioTable(page));
    // The language select: Enter opens it, the arrows reach Arabic, Enter chooses it (stored on the account).
    const language = page.getByRole('combobox', { name: 'Language' });
    await tabTo(page, language);
    await page.keyboard.press('Enter');
    const arabicId = await page.getByRole('option', { name: 'العربية' }).getAttribute('id');
    for (let press = 0; press < 6 && (await language.getAttribute('aria-activedescendant')) !== arabicId; press++) {
      await page.keyboard.press('ArrowUp');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await visible(page.getByRole('heading', { level: 1, name: ar('portfolio.heading') }));
    const table = await visible(portfolioTable(page, ar('portfolio.table.caption')));
    const headers = (await table.locator('thead th').allTextContents()).map(squeeze);
    expect(headers.slice(0, 8)).toEqual([
      ar('portfolio.columns.plan'), ar('portfolio.columns.country'), ar('portfolio.columns.period'),
      ar('portfolio.columns.progress'), ar('portfolio.columns.overdue'), ar('portfolio.columns.reporting'),
      ar('portfolio.columns.indicators'), ar('portfolio.columns.budget'),
    ]);
    await expectNoAxeViolations(page, 'the portfolio in Arabic');

    // Sort by end date with the keyboard only.
    const sort = page.getByRole('combobox', { name: ar('portfolio.filters.sort') });
    await tabTo(page, sort);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('listbox', { name: ar('portfolio.filters.sort') }));
    const endDateId = await page.getByRole('option', { name: ar('portfolio.sort.endDate') }).getAttribute('id');
    for (let press = 0; press < 8 && (await sort.getAttribute('aria-activedescendant')) !== endDateId; press++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/[?&]sort=endDate\b/);
    const byEnd = await api.get<Portfolio>(`/portfolio?${new URL(page.url()).searchParams.toString()}`);
    await eventually(async () => expect(await rowTitles(page, ar('portfolio.table.caption'))).toEqual(byEnd.items.map((plan) => plan.title)));

    // The scrolling table takes the focus (a narrow screen scrolls it with the arrows); then the first plan's link.
    await tabTo(page, page.getByRole('region', { name: new RegExp(`^${literally(ar('portfolio.table.caption'))}`) }));
    const firstPlan = table.locator('tbody tr').first().getByRole('link');
    await tabTo(page, firstPlan, { maxPresses: 3 });
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/plans/${byEnd.items[0].id}/dashboard$`));
  });
});
