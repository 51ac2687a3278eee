import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { dialogSettled, expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { liveStreamConnected, openPlan } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { literally, translations } from './support/translations.js';
import { eventually, isFocused, tabTo, visible } from './support/waiting.js';

const en = translations('en');
const ar = translations('ar');

/** The step that gets a budget line here; no other journey touches it. */
const BUDGET_STEP = 'FIN-04';

const indicator = {
  name: 'Share of mental health budget spent on community services',
  unit: '%',
  baseline: '12',
  target: '30',
};

type Cadence = 'monthly' | 'quarterly' | 'half_yearly';
/** A period of 2026 written in the plan's cadence, and how English readers see it. */
const PERIODS: Record<Cadence, { written: string; read: string }> = {
  monthly: { written: '2026-03', read: 'March 2026' },
  quarterly: { written: '2026-Q1', read: 'Q1 2026' },
  half_yearly: { written: '2026-H1', read: 'H1 2026' },
};

/** How the period field's hint shows the cadence's form: a pattern and the API's own example. */
const PATTERNS: Record<Cadence, string> = { monthly: 'YYYY-MM', quarterly: 'YYYY-Qn', half_yearly: 'YYYY-Hn' };
const EXAMPLES: Record<Cadence, string> = { monthly: '2027-03', quarterly: '2027-Q1', half_yearly: '2027-H1' };

interface StoredIndicator {
  id: string;
  name: string;
  baseline: string;
  target: string;
  stepId: string | null;
  progressToTarget: number | null;
  latest: { period: string; value: string } | null;
}

interface CurrencyBudget {
  currency: string;
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
  flaggedLines: number;
}

/** The card of an indicator on the indicators page (an article named by its heading). */
function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

async function readsRightToLeft(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
}

/** Money as the app shows it: Intl in the UI language, from the decimal string (the same standard the browser uses). */
function money(amount: string, currency: string, language: string): string {
  const format = new Intl.NumberFormat(language, { style: 'currency', currency }).format as unknown as (value: string) => string;
  return format(amount);
}

/** Matches the names of an indicator's buttons ("Edit the indicator “…”") whatever the indicator. */
function startOf(key: string): RegExp {
  return new RegExp(`^${literally(en(key, { name: '\u0000' }).split('\u0000')[0])}`);
}

/** A figure of a currency's summary on the budget page: the description of the term named `label`. */
function figure(region: Locator, label: string): Locator {
  return region.locator('dl > div').filter({ has: region.page().getByText(label, { exact: true }) }).locator('dd');
}

/**
 * Outcome indicators and budgets: the NGO (editor) defines an indicator, the organisation of persons with lived
 * experience (contributor) records its measurements — replacing one after the confirmation — the donor (viewer) reads
 * progress and trend, and the NGO adds a budget line that the plan's budget dashboard counts. In English and Arabic,
 * with axe on every state, and the indicator and measurements entered by keyboard only.
 */
describe('Outcome indicators and budgets', () => {
  const browser = useChromium();
  let ownerApi: ApiClient;
  let planId = '';
  let budgetStepId = '';
  let cadence: Cadence = 'quarterly';
  let editorPage: Page;

  beforeAll(async () => {
    ownerApi = await ApiClient.signIn(demoAccounts.ministryOwner);
    const { items: plans } = await ownerApi.get<{ items: StoredPlan[] }>('/plans');
    planId = plans.find((plan) => demoPlanTitle.test(plan.title))?.id ?? '';
    const { items: steps } = await ownerApi.get<{ items: StoredStep[] }>(`/plans/${planId}/steps?area=FIN`);
    budgetStepId = steps.find((step) => step.catalogueKey === BUDGET_STEP)?.id ?? '';
    ({ page: editorPage } = await openTab(browser()));
  });

  afterAll(async () => {
    // The language is stored on the account: leave the editor in English even if a test stopped half-way.
    const editorApi = await ApiClient.signIn(demoAccounts.ngoEditor);
    await editorApi.patch('/auth/me', { language: 'en' });
  });

  test('the editor defines an indicator by keyboard; a target on the wrong side of the baseline is refused first', async () => {
    expect(planId).not.toBe('');
    expect(budgetStepId).not.toBe('');
    const page = editorPage;
    await signIn(page, demoAccounts.ngoEditor);
    await openPlan(page, demoPlanTitle);

    // The plan's sections: Tab to Indicators, Enter.
    await tabTo(page, page.getByRole('navigation', { name: en('plans.sections.label') }).getByRole('link', { name: en('indicators.tab') }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/indicators$/);
    await visible(page.getByRole('heading', { level: 2, name: en('indicators.heading') }));
    const { items: before } = await ownerApi.get<{ items: StoredIndicator[] }>(`/plans/${planId}/indicators`);
    if (before.length === 0) await visible(page.getByText(en('indicators.empty')));
    await expectNoAxeViolations(page, 'the indicators page of an editor');

    await tabTo(page, page.getByRole('button', { name: en('indicators.add.action') }));
    await page.keyboard.press('Enter');
    const dialog = await visible(page.getByRole('dialog', { name: en('indicators.add.title') }));
    await dialogSettled(page, 'the new-indicator dialog');

    // The name field has the focus; Tab from field to field, typing.
    const name = dialog.getByRole('textbox', { name: en('indicators.fields.name'), exact: true });
    await eventually(async () => expect(await isFocused(name)).toBe(true));
    await page.keyboard.type(indicator.name);
    await tabTo(page, dialog.getByRole('textbox', { name: en('indicators.fields.unit'), exact: true }), { maxPresses: 2 });
    await page.keyboard.type(indicator.unit);
    // "Should increase" is already chosen: Tab passes the radio group.
    expect(await dialog.getByRole('radio', { name: en('indicators.direction.increase') }).isChecked()).toBe(true);
    await tabTo(page, dialog.getByRole('textbox', { name: en('indicators.fields.baseline'), exact: true }), { maxPresses: 3 });
    await page.keyboard.type(indicator.baseline);
    await tabTo(page, dialog.getByLabel(en('indicators.fields.baselineDate')), { maxPresses: 2 });
    await page.keyboard.type('01012026');
    // A target below the baseline, for an indicator that should increase.
    await tabTo(page, dialog.getByRole('textbox', { name: en('indicators.fields.target'), exact: true }), { maxPresses: 5 });
    await page.keyboard.type('10');
    await tabTo(page, dialog.getByLabel(en('indicators.fields.targetDate')), { maxPresses: 2 });
    // The page is in English (lang="en"): the date fields read month, day, year.
    await page.keyboard.type('12312030');
    expect(await dialog.getByLabel(en('indicators.fields.baselineDate')).inputValue()).toBe('2026-01-01');
    expect(await dialog.getByLabel(en('indicators.fields.targetDate')).inputValue()).toBe('2030-12-31');

    // The step it measures: the select opens with Enter, typing its key moves there, Enter picks it.
    const stepSelect = dialog.getByRole('combobox', { name: en('indicators.fields.step') });
    await tabTo(page, stepSelect, { maxPresses: 5 });
    await page.keyboard.press('Enter');
    const listbox = await visible(page.getByRole('listbox', { name: en('indicators.fields.step') }));
    await page.keyboard.type(BUDGET_STEP);
    const option = listbox.getByRole('option', { name: new RegExp(`^${BUDGET_STEP}`) });
    const optionId = await option.getAttribute('id');
    await eventually(async () => expect(await stepSelect.getAttribute('aria-activedescendant')).toBe(optionId));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await listbox.count()).toBe(0));

    const submit = dialog.getByRole('button', { name: en('indicators.add.submit') });
    await tabTo(page, submit);
    await page.keyboard.press('Enter');
    const targetError = await visible(dialog.getByText(en('indicators.validation.targetAbove')));
    // The message belongs to the target field (mat-error inside its form field) and the focus goes there.
    const target = dialog.getByRole('textbox', { name: en('indicators.fields.target'), exact: true });
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    expect(await targetError.evaluate((element) => !!element.closest('mat-form-field')?.querySelector('input[inputmode="decimal"]'))).toBe(true);
    await eventually(async () => expect(await isFocused(target)).toBe(true));
    await dialogSettled(page, 'the new-indicator dialog with a field error');

    await page.keyboard.press('Control+A');
    await page.keyboard.type(indicator.target);
    await eventually(async () => expect(await dialog.getByText(en('indicators.validation.targetAbove')).count()).toBe(0));
    await tabTo(page, submit);
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && /\/indicators$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await created).status()).toBe(201);
    await eventually(async () => expect(await dialog.count()).toBe(0));

    // The new card, with its heading focused; no measurement yet.
    const newCard = await visible(card(page, indicator.name));
    await eventually(async () => expect(await isFocused(newCard.getByRole('heading', { level: 3, name: indicator.name }))).toBe(true));
    // Each value and its unit are a bidirectional isolate (U+2068 … U+2069), whatever the script of the unit.
    await visible(newCard.getByText(en('indicators.baselineToTarget', {
      baseline: '\u206812 %\u2069', baselineDate: 'Jan 1, 2026', target: '\u206830 %\u2069', targetDate: 'Dec 31, 2030',
    })));
    await visible(newCard.getByText(en('indicators.progress.none')));
    await visible(newCard.getByRole('link', { name: new RegExp(`^${BUDGET_STEP}`) }));
    await expectNoAxeViolations(page, 'the indicators page with the new indicator');

    const { items: stored } = await ownerApi.get<{ items: StoredIndicator[] }>(`/plans/${planId}/indicators`);
    expect(stored.find((item) => item.name === indicator.name)).toMatchObject({
      baseline: '12', target: '30', stepId: budgetStepId, progressToTarget: null, latest: null,
    });
  });

  test('the contributor records a measurement, tries the same period again and replaces it after the confirmation, by keyboard', async () => {
    const plan = await ownerApi.get<{ reportingCadence: Cadence }>(`/plans/${planId}`);
    cadence = plan.reportingCadence;
    const period = PERIODS[cadence];
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.opdContributor);
    await page.goto(`/plans/${planId}/indicators`);
    const indicatorCard = await visible(card(page, indicator.name));
    // Contributors record measurements; only owners and editors change or delete indicators.
    expect(await page.getByRole('button', { name: en('indicators.add.action') }).count()).toBe(0);
    expect(await page.getByRole('button', { name: startOf('indicators.measurement.actionFor') }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: startOf('indicators.edit.actionFor') }).count()).toBe(0);
    expect(await indicatorCard.getByRole('button', { name: en('indicators.edit.actionFor', { name: indicator.name }) }).count()).toBe(0);
    expect(await indicatorCard.getByRole('button', { name: en('indicators.delete.actionFor', { name: indicator.name }) }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the indicators page of a contributor');

    const record = indicatorCard.getByRole('button', { name: en('indicators.measurement.actionFor', { name: indicator.name }) });
    const recordValue = async (value: string, source: string): Promise<Locator> => {
      await tabTo(page, record);
      await page.keyboard.press('Enter');
      const dialog = await visible(page.getByRole('dialog', { name: en('indicators.measurement.title', { name: indicator.name }) }));
      const periodField = dialog.getByRole('textbox', { name: en('indicators.measurement.period') });
      await eventually(async () => expect(await isFocused(periodField)).toBe(true));
      // The hint says how this plan writes its periods.
      await visible(dialog.getByText(en(`indicators.period.hint.${cadence}`, { example: EXAMPLES[cadence], pattern: PATTERNS[cadence] })));
      await page.keyboard.type(period.written);
      await tabTo(page, dialog.getByRole('textbox', { name: en('indicators.measurement.valueIn', { unit: indicator.unit }) }), { maxPresses: 2 });
      await page.keyboard.type(value);
      await tabTo(page, dialog.getByRole('textbox', { name: en('indicators.measurement.source') }), { maxPresses: 2 });
      await page.keyboard.type(source);
      await dialogSettled(page, 'the measurement dialog');
      await tabTo(page, dialog.getByRole('button', { name: en('indicators.measurement.submit') }));
      return dialog;
    };

    const first = await recordValue('15', 'Ministry of Health, HMIS quarterly extract');
    const recorded = page.waitForResponse((response) => response.request().method() === 'POST' && /\/measurements$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await recorded).status()).toBe(201);
    await eventually(async () => expect(await first.count()).toBe(0));
    // (15 − 12) / (30 − 12) = 16.7 % of the way; the focus is back on the button that opened the dialog.
    await visible(indicatorCard.getByText(en('indicators.progress.partial', { value: '16.7%' })));
    await eventually(async () => expect(await isFocused(record)).toBe(true));
    await expectNoAxeViolations(page, 'an indicator with its first measurement');

    // The same period again: the value recorded is shown, with the offer to replace it.
    const second = await recordValue('18', 'Ministry of Health, corrected HMIS extract');
    const refused = page.waitForResponse((response) => response.request().method() === 'POST' && /\/measurements$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await refused).status()).toBe(409);
    const existing = second.getByRole('region', { name: en('indicators.existing.title', { period: period.read }) });
    await visible(existing);
    await visible(existing.getByText('15 %'));
    await visible(existing.getByText('Ministry of Health, HMIS quarterly extract'));
    await eventually(async () => expect(await isFocused(existing.getByRole('heading', { level: 3 }))).toBe(true));
    await visible(page.locator('.cdk-live-announcer-element').getByText(en('indicators.existing.title', { period: period.read })));
    await dialogSettled(page, 'the measurement dialog offering to replace a value');

    await tabTo(page, existing.getByRole('button', { name: en('indicators.existing.replace') }), { maxPresses: 3 });
    const replaced = page.waitForResponse((response) => response.request().method() === 'POST' && /\/measurements$/.test(response.url()));
    await page.keyboard.press('Enter');
    const replacement = await replaced;
    expect(replacement.status()).toBe(201);
    expect(replacement.request().postDataJSON()).toMatchObject({ period: period.written, value: '18', replaces: true });
    await eventually(async () => expect(await second.count()).toBe(0));
    await visible(indicatorCard.getByText(en('indicators.progress.partial', { value: '33.3%' })));

    // The history keeps the replaced value, marked as superseded.
    const historyToggle = indicatorCard.getByRole('button', { name: en('indicators.history.show') });
    await tabTo(page, historyToggle);
    await page.keyboard.press('Enter');
    const history = await visible(indicatorCard.getByRole('table', { name: en('indicators.history.caption', { name: indicator.name }) }));
    await visible(history.getByRole('row').filter({ hasText: en('indicators.history.current') }).filter({ hasText: '18' }));
    await visible(history.getByRole('row').filter({ hasText: en('indicators.history.superseded') }).filter({ hasText: '15' }));
    expect(await indicatorCard.getByRole('button', { name: en('indicators.history.hide') }).getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'an indicator with its history of measurements');

    const { items } = await ownerApi.get<{ items: StoredIndicator[] }>(`/plans/${planId}/indicators`);
    expect(items.find((item) => item.name === indicator.name)).toMatchObject({
      progressToTarget: 33.3, latest: { period: period.written, value: '18' },
    });
  });

  test('the donor sees progress to target and the trend, with the values as a table, and nothing to change', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.donorViewer);
    await page.goto(`/plans/${planId}/indicators`);
    const indicatorCard = await visible(card(page, indicator.name));
    await visible(indicatorCard.getByRole('heading', { level: 4, name: `${en('indicators.progress.heading')} 33.3%` }));
    await visible(indicatorCard.getByText(en('indicators.progress.partial', { value: '33.3%' })));
    const chart = indicatorCard.getByRole('img', {
      name: en('indicators.trend.descriptionOne', {
        name: indicator.name, firstValue: '18 %', first: PERIODS[cadence].read, baseline: '12 %', target: '30 %',
      }),
    });
    await visible(chart);

    // The chart's values, for readers who cannot see it: a disclosure opened with the keyboard.
    await tabTo(page, indicatorCard.getByText(en('indicators.trend.showValues', { count: 1 })));
    await page.keyboard.press('Enter');
    const values = await visible(indicatorCard.getByRole('table', { name: en('indicators.trend.caption', { name: indicator.name }) }));
    await visible(values.getByRole('row', { name: `${PERIODS[cadence].read} 18` }));

    // No button to add, record, edit or delete, on any indicator (their names start the same way whatever the indicator).
    expect(await page.getByRole('button', { name: en('indicators.add.action') }).count()).toBe(0);
    for (const key of ['indicators.measurement.actionFor', 'indicators.edit.actionFor', 'indicators.delete.actionFor']) {
      expect(await page.getByRole('button', { name: startOf(key) }).count()).toBe(0);
    }
    await expectNoAxeViolations(page, 'the indicators page of a viewer');

    // The budget reads the same for the donor: figures, no controls.
    await page.getByRole('navigation', { name: en('plans.sections.label') }).getByRole('link', { name: en('budget.tab') }).click();
    await visible(page.getByRole('heading', { level: 2, name: en('budget.heading') }));
    await visible(page.getByRole('heading', { level: 3, name: 'US Dollar (USD)' }));
    expect(await page.getByRole('button').filter({ hasText: /Add|Edit|Delete/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the budget page of a viewer');
  });

  test('the editor adds a budget line to a step, flagged for committing more than planned; the dashboard counts it per currency', async () => {
    const page = editorPage;
    const before = await ownerApi.get<{ currencies: CurrencyBudget[] }>(`/plans/${planId}/budget`);
    // The demo plan is funded in two currencies, kept apart.
    expect(before.currencies.map((budget) => budget.currency)).toEqual(['EUR', 'USD']);

    await page.goto(`/plans/${planId}/steps/${budgetStepId}`);
    const section = await visible(page.getByRole('region', { name: en('budget.step.heading') }));
    await visible(section.getByText(en('budget.step.none')));
    // The step's outcome indicator is named here, with a link to it.
    const indicators = page.getByRole('region', { name: en('indicators.step.heading') });
    await visible(indicators.getByRole('link', { name: indicator.name }));
    await expectNoAxeViolations(page, 'a step without budget lines');

    await section.getByRole('button', { name: en('budget.add.action') }).click();
    const dialog = await visible(page.getByRole('dialog', { name: en('budget.add.title') }));
    await dialog.getByRole('combobox', { name: en('budget.fields.funder') }).click();
    await page.getByRole('option', { name: /^Ministry of Finance of Veloria/ }).click();
    await dialog.getByRole('combobox', { name: en('budget.fields.currency') }).click();
    // Common currencies come first.
    const options = page.getByRole('listbox', { name: en('budget.fields.currency') }).getByRole('option');
    expect((await options.first().textContent())?.trim()).toBe('USD — US Dollar');
    await page.getByRole('option', { name: 'USD — US Dollar' }).click();
    await dialog.getByRole('spinbutton', { name: en('budget.fields.year') }).fill('2026');
    const planned = dialog.getByRole('textbox', { name: en('budget.fields.planned') });
    // A comma before two digits is neither English grouping nor its decimal mark: refused, with the rule next to the field.
    await planned.fill('300,00');
    await dialog.getByRole('button', { name: en('budget.add.submit') }).click();
    await visible(dialog.getByText(en('numbers.error.ambiguous', { decimal: '.', example: '12,345.50' })));
    // Before three digits it groups the thousands, as English writes them; the hint says what will be saved.
    await planned.fill('300,000');
    await visible(dialog.getByText(en('numbers.willBeSaved', { value: '$300,000.00' })));
    await dialog.getByRole('textbox', { name: en('budget.fields.committed') }).fill('350000.50');
    await dialog.getByRole('textbox', { name: en('budget.fields.disbursed') }).fill('0');
    await dialogSettled(page, 'the budget line dialog');
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && /\/budget-lines$/.test(response.url()));
    await dialog.getByRole('button', { name: en('budget.add.submit') }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON()).toMatchObject({
      currency: 'USD', year: 2026, planned: '300000', committed: '350000.50', disbursed: '0',
    });
    await eventually(async () => expect(await dialog.count()).toBe(0));

    const row = await visible(section.getByRole('row', { name: /^Ministry of Finance of Veloria/ }));
    await visible(row.getByText('$300,000.00'));
    await visible(row.getByText('$350,000.50'));
    await visible(row.getByText('-$50,000.50'));
    await visible(row.getByText(en('budget.flags.committed_above_planned')));
    await expectNoAxeViolations(page, 'a step with a flagged budget line');

    // The plan's budget: one section per currency, the USD totals with the new line, never added to the euros.
    await section.getByRole('link', { name: en('budget.step.planBudgetLink') }).click();
    await visible(page.getByRole('heading', { level: 2, name: en('budget.heading') }));
    await liveStreamConnected(page);
    const usd = await visible(page.getByRole('region', { name: 'US Dollar (USD)' }));
    const euro = await visible(page.getByRole('region', { name: 'Euro (EUR)' }));
    await eventually(async () => expect((await figure(usd, en('budget.fields.planned')).textContent())?.trim()).toBe('$2,750,000.00'));
    expect((await figure(usd, en('budget.fields.committed')).textContent())?.trim()).toBe('$2,200,000.50');
    expect((await figure(usd, en('budget.fields.disbursed')).textContent())?.trim()).toBe('$645,000.00');
    expect((await figure(usd, en('budget.fields.gapLong')).textContent())?.trim()).toBe('$549,999.50');
    expect((await figure(usd, en('budget.fields.flaggedLines')).textContent())?.trim()).toBe(en('budget.flaggedCount', { count: 1 }));
    expect((await figure(euro, en('budget.fields.planned')).textContent())?.trim()).toBe('€1,770,000.00');
    // By area: the finance step's line is in Financing (FIN).
    await visible(usd.getByRole('table', { name: en('budget.byArea', { currency: 'USD' }) }).getByRole('row', { name: /^Financing \(FIN\) \$2,700,000\.00/ }));
    await visible(usd.getByRole('table', { name: en('budget.byYear', { currency: 'USD' }) }).getByRole('row', { name: /^2026 / }));
    await expectNoAxeViolations(page, 'the budget dashboard');

    // The figures are the server's own sums.
    const after = await ownerApi.get<{ currencies: CurrencyBudget[] }>(`/plans/${planId}/budget`);
    expect(after.currencies.find((budget) => budget.currency === 'USD')).toMatchObject({
      planned: '2750000.00', committed: '2200000.50', disbursed: '645000.00', gap: '549999.50', flaggedLines: 1,
    });
  });

  test('the editor deletes an indicator after a confirmation that starts on Cancel', async () => {
    const page = editorPage;
    const editorApi = await ApiClient.signIn(demoAccounts.ngoEditor);
    const draft = await editorApi.post<StoredIndicator>(`/plans/${planId}/indicators`, {
      name: 'Draft indicator defined by mistake', unit: 'people', direction: 'decrease',
      baseline: '100', baselineDate: '2026-01-01', target: '50', targetDate: '2028-12-31',
    });
    await page.goto(`/plans/${planId}/indicators`);
    const draftCard = await visible(card(page, draft.name));
    await tabTo(page, draftCard.getByRole('button', { name: en('indicators.delete.actionFor', { name: draft.name }) }));
    await page.keyboard.press('Enter');
    const confirm = await visible(page.getByRole('alertdialog', { name: en('indicators.delete.title') }));
    await visible(confirm.getByText(en('indicators.delete.message', { name: draft.name })));
    await eventually(async () => expect(await isFocused(confirm.getByRole('button', { name: en('common.cancel') }))).toBe(true));
    await eventually(() => expectNoAxeViolations(page, 'the delete-indicator confirmation', { include: '[role="alertdialog"]' }), 3_000);
    await tabTo(page, confirm.getByRole('button', { name: en('indicators.delete.confirm') }), { maxPresses: 3 });
    const deleted = page.waitForResponse((response) => response.request().method() === 'DELETE');
    await page.keyboard.press('Enter');
    expect((await deleted).status()).toBeLessThan(300);
    await eventually(async () => expect(await draftCard.count()).toBe(0));
    // The card went with its buttons: the focus is on the list's heading, and the other indicator is still there.
    await eventually(async () => expect(await isFocused(page.getByRole('heading', { level: 2, name: en('indicators.heading') }))).toBe(true));
    await visible(card(page, indicator.name));
    await expectNoAxeViolations(page, 'the indicators page after a deletion');
  });
  test('in Arabic, both pages read right to left, with numbers and money in the Arabic way', async () => {
    const page = editorPage;
    await page.goto('/plans');
    await page.getByRole('combobox', { name: en('language.label') }).click();
    const stored = page.waitForResponse((response) => response.request().method() === 'PATCH' && /\/auth\/me$/.test(response.url()));
    await page.getByRole('option', { name: 'العربية' }).click();
    expect((await stored).status()).toBe(200);
    await readsRightToLeft(page);

    await page.goto(`/plans/${planId}/indicators`);
    await readsRightToLeft(page);
    await visible(page.getByRole('heading', { level: 2, name: ar('indicators.heading') }));
    const indicatorCard = await visible(card(page, indicator.name));
    const progress = new Intl.NumberFormat('ar', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(33.3);
    await visible(indicatorCard.getByText(ar('indicators.progress.partial', { value: progress })));
    await visible(indicatorCard.getByRole('button', { name: ar('indicators.measurement.actionFor', { name: indicator.name }) }));
    await visible(indicatorCard.getByRole('img', { name: new RegExp(`^${literally(ar('indicators.trend.descriptionOne', { name: indicator.name, firstValue: '\u0000' }).split('\u0000')[0])}`) }));
    await expectNoAxeViolations(page, 'the indicators page in Arabic');

    // The record dialog, in Arabic, laid out right to left.
    await indicatorCard.getByRole('button', { name: ar('indicators.measurement.actionFor', { name: indicator.name }) }).click();
    const dialog = await visible(page.getByRole('dialog', { name: ar('indicators.measurement.title', { name: indicator.name }) }));
    expect(await dialog.evaluate((element) => element.closest('[dir]')?.getAttribute('dir'))).toBe('rtl');
    await visible(dialog.getByText(ar(`indicators.period.hint.${cadence}`, { example: EXAMPLES[cadence], pattern: PATTERNS[cadence] })));
    await dialogSettled(page, 'the measurement dialog in Arabic');
    await dialog.getByRole('button', { name: ar('common.cancel') }).click();
    await eventually(async () => expect(await dialog.count()).toBe(0));

    await page.getByRole('navigation', { name: ar('plans.sections.label') }).getByRole('link', { name: ar('budget.tab') }).click();
    await visible(page.getByRole('heading', { level: 2, name: ar('budget.heading') }));
    const dollars = `${new Intl.DisplayNames('ar', { type: 'currency' }).of('USD')} (USD)`;
    const usd = await visible(page.getByRole('region', { name: dollars }));
    await eventually(async () => expect((await figure(usd, ar('budget.fields.planned')).textContent())?.trim()).toBe(money('2750000.00', 'USD', 'ar')));
    expect((await figure(usd, ar('budget.fields.flaggedLines')).textContent())?.trim())
      .toBe(ar('budget.flaggedCount', { count: new Intl.NumberFormat('ar').format(1) }));
    await visible(usd.getByRole('table', { name: ar('budget.byArea', { currency: 'USD' }) }).getByRole('rowheader', { name: `${ar('area.FIN')} (FIN)` }));
    await expectNoAxeViolations(page, 'the budget dashboard in Arabic');
  });

});
