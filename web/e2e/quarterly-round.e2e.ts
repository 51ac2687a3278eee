import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { dialogSettled, expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { baseUrl, demoAccounts, demoPassword } from './support/environment.js';
import { openPlan } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { translations } from './support/translations.js';
import { eventually, visible } from './support/waiting.js';

/** Each test is a journey through several pages. */
const JOURNEY_TIMEOUT_MS = 120_000;
const en = translations('en');

/** The current quarter, as the API counts it (UTC), and how the app writes it in English ("Q4 2026"). */
function currentQuarter(): { period: string; label: string } {
  const now = new Date();
  const quarter = Math.ceil((now.getUTCMonth() + 1) / 3);
  return {
    period: `${now.getUTCFullYear()}-Q${quarter}`,
    label: en('reports.period.quarter', { quarter, year: now.getUTCFullYear() }),
  };
}

const REPORTING_STATES = ['missing', 'draft', 'submitted', 'returned', 'approved'] as const;
type ReportingState = (typeof REPORTING_STATES)[number];

interface ReportingStatus {
  period: string;
  counts: Record<ReportingState, number>;
  items: { step: { id: string }; state: ReportingState }[];
}

interface StoredReport {
  id: string;
  period: string;
  state: string;
  progress: number;
  version: number;
  reviewComment: string | null;
}

interface AreaStep {
  area: string;
  step: StoredStep;
  assignee: 'contributor' | 'editor';
  progress: number;
  report?: StoredReport;
}

interface StoredIndicator {
  id: string;
  name: string;
  progressToTarget: number | null;
  latest: { period: string; value: string } | null;
}

interface CurrencyBudget {
  currency: string;
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
}

/** Money as the app shows it: Intl in English, from the API's decimal string. */
function money(amount: string, currency: string): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency }).format as unknown as (value: string) => string;
  return format(amount);
}

/** Progress to target as the app shows it: one decimal at most, with the percent sign. */
function percent(value: number): string {
  return new Intl.NumberFormat('en', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A figure of a currency's summary on the budget page: the description of the term named `label`. */
function figure(region: Locator, label: string): Locator {
  return region.locator('dl > div').filter({ has: region.page().getByText(label, { exact: true }) }).locator('dd');
}

/** The reporting page's count buttons say "<state> <count>": each must equal the API's count for the period. */
async function countsMatchApi(page: Page, api: ApiClient, planId: string, period: string): Promise<ReportingStatus> {
  let status: ReportingStatus | undefined;
  await eventually(async () => {
    status = await api.get<ReportingStatus>(`/plans/${planId}/reporting?period=${period}`);
    const counts = page.getByRole('list', { name: en('reports.page.summary', { period: currentQuarter().label }) });
    for (const state of REPORTING_STATES) {
      // Its accessible name, as a screen reader hears it: "Submitted 10".
      const name = `${en(`reports.state.${state}`)} ${status.counts[state]}`;
      expect(await counts.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
  });
  return status as ReportingStatus;
}

/**
 * Issue 4, "Done means": a quarter's reporting round on a new plan from the catalogue, with a step in each of the ten
 * areas. The assignees (contributor and editor) report over the API; the owner approves one and returns one in the
 * browser; the approved report is locked (409 over the API, no edit controls on screen); an indicator's measurement
 * and budget lines in two currencies reach their pages; every number on screen equals what the API returns.
 */
describe('A quarterly reporting round across all ten areas', () => {
  const browser = useChromium();
  const { period, label: periodLabel } = currentQuarter();
  const planTitle = `Quarterly round ${Date.now()}`;
  let ownerApi: ApiClient;
  let contributorApi: ApiClient;
  let editorApi: ApiClient;
  let planId = '';
  const areaSteps: AreaStep[] = [];

  beforeAll(async () => {
    ownerApi = await ApiClient.signIn(demoAccounts.ministryOwner);
    contributorApi = await ApiClient.signIn(demoAccounts.opdContributor);
    editorApi = await ApiClient.signIn(demoAccounts.ngoEditor);

    const plan = await ownerApi.post<StoredPlan>('/plans', {
      title: planTitle, country: 'KEN', startDate: '2026-01-01', endDate: '2029-12-31',
      fromCatalogue: true, reportingCadence: 'quarterly',
    });
    planId = plan.id;

    // The contributor and the editor join through invitations, accepted with their existing passwords.
    for (const [email, role] of [[demoAccounts.opdContributor, 'contributor'], [demoAccounts.ngoEditor, 'editor']] as const) {
      const invitation = await ownerApi.post<{ acceptUrl: string }>(`/plans/${planId}/invitations`, { email, role });
      const accepted = await fetch(new URL(`/api/v1${new URL(invitation.acceptUrl).pathname}/accept`, baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: email, password: demoPassword }),
      });
      if (!accepted.ok) throw new Error(`Accepting the invitation of ${email} gave ${accepted.status}: ${await accepted.text()}`);
    }
    const { items: members } = await ownerApi.get<{ items: { userId: string; email: string }[] }>(`/plans/${planId}/members`);
    const userId = (email: string) => members.find((member) => member.email === email)?.userId as string;

    // One step in each of the guidance's ten recommendation areas (not the cross-cutting theme), assigned in turn to
    // the contributor and the editor.
    const catalogue = await ownerApi.get<{ areas: { key: string; crossCutting: boolean }[] }>('/catalogue');
    const areas = catalogue.areas.filter((area) => !area.crossCutting).map((area) => area.key);
    expect(areas).toEqual(['POL', 'LAW', 'SVC', 'FIN', 'WFD', 'PSY', 'DRG', 'INF', 'CIV', 'RES']);
    for (const [index, area] of areas.entries()) {
      const { items } = await ownerApi.get<{ items: StoredStep[] }>(`/plans/${planId}/steps?area=${area}`);
      const first = items[0];
      const assignee = index % 2 === 0 ? 'contributor' : 'editor';
      const email = assignee === 'contributor' ? demoAccounts.opdContributor : demoAccounts.ngoEditor;
      const step = await ownerApi.patch<StoredStep>(`/plans/${planId}/steps/${first.id}`, { assigneeIds: [userId(email)], version: first.version });
      areaSteps.push({ area, step, assignee, progress: 15 + index * 7 });
    }
  }, JOURNEY_TIMEOUT_MS);

  test('the assignees write and submit this quarter’s report on a step in every area', async () => {
    for (const entry of areaSteps) {
      const api = entry.assignee === 'contributor' ? contributorApi : editorApi;
      const draft = await api.post<StoredReport>(`/plans/${planId}/steps/${entry.step.id}/reports`, {
        period, progress: entry.progress, narrative: `Progress on ${entry.step.catalogueKey} this quarter.`,
      });
      entry.report = await api.post<StoredReport>(`/plans/${planId}/reports/${draft.id}/submit`);
      expect(entry.report).toMatchObject({ state: 'submitted', period, progress: entry.progress });
    }
    const status = await ownerApi.get<ReportingStatus>(`/plans/${planId}/reporting?period=${period}`);
    expect(status.period).toBe(period);
    expect(status.counts.submitted).toBe(10);
    for (const entry of areaSteps) {
      expect(status.items.find((item) => item.step.id === entry.step.id)?.state).toBe('submitted');
    }
  }, JOURNEY_TIMEOUT_MS);

  test('the owner’s reporting page counts as the API does; approving one and returning one updates both', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ministryOwner);
    await openPlan(page, planTitle);
    await page.getByRole('navigation', { name: en('plans.sections.label') }).getByRole('link', { name: en('reports.section') }).click();
    await visible(page.getByRole('heading', { level: 2, name: en('reports.page.heading') }));
    const before = await countsMatchApi(page, ownerApi, planId, period);
    expect(before.counts.submitted).toBe(10);
    const table = page.getByRole('table', { name: en('reports.page.caption', { period: periodLabel }) });
    for (const entry of areaSteps) {
      await visible(table.getByRole('row', { name: new RegExp(`^${entry.step.catalogueKey}\\b`) }).getByText(en('reports.state.submitted')));
    }
    await expectNoAxeViolations(page, 'the reporting page with ten reports to review');

    const queue = page.getByRole('region', { name: en('reports.queue.heading') });
    const reviewButton = (entry: AreaStep) =>
      queue.getByRole('button', { name: en('reports.queue.reviewFor', { step: `${entry.step.catalogueKey} ${entry.step.title}`, period: periodLabel }) });

    // Approve the first area's report, after the confirmation.
    const approvedEntry = areaSteps[0];
    await (await visible(reviewButton(approvedEntry))).click();
    let dialog = await visible(page.getByRole('dialog', { name: new RegExp(approvedEntry.step.catalogueKey as string) }));
    await visible(dialog.getByText(`Progress on ${approvedEntry.step.catalogueKey} this quarter.`));
    await dialogSettled(page, 'the review dialog');
    await dialog.getByRole('button', { name: en('reports.review.approve') }).click();
    const confirm = await visible(page.getByRole('alertdialog', { name: en('reports.review.confirmTitle') }));
    await eventually(() => expectNoAxeViolations(page, 'the approval confirmation', { include: '[role="alertdialog"]' }), 3_000);
    const approved = page.waitForResponse((response) => /\/approve$/.test(response.url()));
    await confirm.getByRole('button', { name: en('reports.review.confirm') }).click();
    expect((await approved).status()).toBe(200);
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
    await eventually(async () => expect(await reviewButton(approvedEntry).count()).toBe(0));

    // Return the second area's report with a comment.
    const returnedEntry = areaSteps[1];
    await (await visible(reviewButton(returnedEntry))).click();
    dialog = await visible(page.getByRole('dialog', { name: new RegExp(returnedEntry.step.catalogueKey as string) }));
    await dialog.getByRole('textbox', { name: en('reports.review.comment') }).fill('Please add the figures behind this progress.');
    const returned = page.waitForResponse((response) => /\/return$/.test(response.url()));
    await dialog.getByRole('button', { name: en('reports.review.return') }).click();
    expect((await returned).status()).toBe(200);
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
    await eventually(async () => expect(await reviewButton(returnedEntry).count()).toBe(0));

    // The counts and the table follow, and equal the API's.
    const after = await countsMatchApi(page, ownerApi, planId, period);
    expect(after.counts).toMatchObject({ submitted: 8, approved: 1, returned: 1, missing: before.counts.missing });
    await visible(table.getByRole('row', { name: new RegExp(`^${approvedEntry.step.catalogueKey}\\b`) }).getByText(en('reports.state.approved')));
    await visible(table.getByRole('row', { name: new RegExp(`^${returnedEntry.step.catalogueKey}\\b`) }).getByText(en('reports.state.returned')));
    await expectNoAxeViolations(page, 'the reporting page after an approval and a return');

    const stored = await ownerApi.get<StoredReport>(`/plans/${planId}/reports/${returnedEntry.report?.id}`);
    expect(stored).toMatchObject({ state: 'returned', reviewComment: 'Please add the figures behind this progress.' });
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the approved step shows the reported progress; its report is locked on screen and refused over the API', async () => {
    const entry = areaSteps[0];
    const report = entry.report as StoredReport;
    const storedStep = await ownerApi.get<StoredStep>(`/plans/${planId}/steps/${entry.step.id}`);
    expect(storedStep.progress).toBe(entry.progress);
    const storedReport = await ownerApi.get<StoredReport>(`/plans/${planId}/reports/${report.id}`);
    expect(storedReport.state).toBe('approved');

    // Nothing approved can be changed: neither by its writer nor by the owner.
    for (const api of [contributorApi, ownerApi]) {
      await expect(api.patch(`/plans/${planId}/reports/${report.id}`, { progress: 99, version: storedReport.version })).rejects.toThrow(/gave 409/);
    }
    expect((await ownerApi.get<StoredReport>(`/plans/${planId}/reports/${report.id}`)).progress).toBe(entry.progress);

    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.opdContributor);
    await page.goto(`/plans/${planId}/steps/${entry.step.id}`);
    const progress = page.getByRole('spinbutton', { name: en('steps.fields.progressPercent') });
    await eventually(async () => expect(await progress.inputValue()).toBe(String(storedStep.progress)));
    const section = await visible(page.getByRole('region', { name: en('reports.step.heading') }));
    await section.getByRole('button', { name: en('reports.step.open', { name: periodLabel }) }).click();
    await visible(section.getByText(en('reports.locked')));
    await visible(section.getByText(`Progress on ${entry.step.catalogueKey} this quarter.`));
    expect(await section.getByRole('form', { name: en('reports.editor.formLabel') }).count()).toBe(0);
    expect(await section.getByRole('button', { name: en('reports.editor.submit') }).count()).toBe(0);
    expect(await section.getByRole('button', { name: en('reports.editor.saveDraft') }).count()).toBe(0);
    await expectNoAxeViolations(page, 'an approved, locked report read by its writer');
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('an indicator’s measurement and budget lines in two currencies: the pages show the API’s figures', async () => {
    const [first, second] = areaSteps;
    const indicator = await ownerApi.post<StoredIndicator>(`/plans/${planId}/indicators`, {
      name: 'Share of districts with a working referral pathway', unit: '%', direction: 'increase',
      baseline: '10', baselineDate: '2026-01-01', target: '40', targetDate: '2028-12-31', stepId: first.step.id,
    });
    await contributorApi.post(`/indicators/${indicator.id}/measurements`, { period, value: '20', source: 'District survey' });
    const { items: indicators } = await ownerApi.get<{ items: StoredIndicator[] }>(`/plans/${planId}/indicators`);
    const storedIndicator = indicators.find((item) => item.id === indicator.id) as StoredIndicator;
    expect(storedIndicator).toMatchObject({ progressToTarget: 33.3, latest: { period, value: '20' } });

    const { items: organisations } = await ownerApi.get<{ items: { id: string }[] }>('/organisations');
    const funderId = organisations[0].id;
    await ownerApi.post(`/plans/${planId}/steps/${first.step.id}/budget-lines`, {
      funderId, currency: 'USD', year: 2026, planned: '125000.00', committed: '80000.50', disbursed: '20000',
    });
    await ownerApi.post(`/plans/${planId}/steps/${second.step.id}/budget-lines`, {
      funderId, currency: 'EUR', year: 2027, planned: '64000', committed: '64000', disbursed: '12345.67',
    });
    const budget = await ownerApi.get<{ currencies: CurrencyBudget[] }>(`/plans/${planId}/budget`);
    // A new plan: its totals are exactly these two lines, per currency, never added together.
    expect(budget.currencies).toEqual([
      expect.objectContaining({ currency: 'EUR', planned: '64000.00', committed: '64000.00', disbursed: '12345.67', gap: '0.00' }),
      expect.objectContaining({ currency: 'USD', planned: '125000.00', committed: '80000.50', disbursed: '20000.00', gap: '44999.50' }),
    ]);

    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ministryOwner);
    await page.goto(`/plans/${planId}/indicators`);
    const card = await visible(page.getByRole('article', { name: indicator.name, exact: true }));
    const shown = percent(storedIndicator.progressToTarget as number);
    await visible(card.getByRole('heading', { level: 4, name: `${en('indicators.progress.heading')} ${shown}` }));
    await visible(card.getByText(en('indicators.progress.partial', { value: shown })));
    await expectNoAxeViolations(page, 'the indicators page of the new plan');

    await page.getByRole('navigation', { name: en('plans.sections.label') }).getByRole('link', { name: en('budget.tab') }).click();
    await visible(page.getByRole('heading', { level: 2, name: en('budget.heading') }));
    const headings: Record<string, string> = { USD: 'US Dollar (USD)', EUR: 'Euro (EUR)' };
    for (const totals of budget.currencies) {
      const region = await visible(page.getByRole('region', { name: headings[totals.currency] }));
      const fields: [string, keyof CurrencyBudget][] = [
        ['budget.fields.planned', 'planned'], ['budget.fields.committed', 'committed'],
        ['budget.fields.disbursed', 'disbursed'], ['budget.fields.gapLong', 'gap'],
      ];
      for (const [label, field] of fields) {
        await eventually(async () =>
          expect((await figure(region, en(label)).textContent())?.trim()).toBe(money(totals[field], totals.currency)),
        );
      }
    }
    await expectNoAxeViolations(page, 'the budget page of the new plan');
    await page.close();
  }, JOURNEY_TIMEOUT_MS);
});
