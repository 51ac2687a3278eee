import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { dialogSettled, expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { openStep, waitForStepForm } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { eventually, visible } from './support/waiting.js';

/** The recommendation areas of the guidance, then the cross-cutting social-sector theme, as the plan lists them. */
const AREAS = [
  { key: 'POL', name: 'Mental health policy and strategy' },
  { key: 'LAW', name: 'Law reform' },
  { key: 'SVC', name: 'Service delivery' },
  { key: 'FIN', name: 'Financing' },
  { key: 'WFD', name: 'Workforce development' },
  { key: 'PSY', name: 'Psychosocial and psychological interventions' },
  { key: 'DRG', name: 'Psychotropic drugs' },
  { key: 'INF', name: 'Information systems' },
  { key: 'CIV', name: 'Civil society and community involvement' },
  { key: 'RES', name: 'Research' },
  { key: 'SOC', name: 'Links with the social sector' },
];
const CATALOGUE_STEP_COUNT = 57;

const newPlan = {
  title: 'Kenya: community mental health reform 2027–2031',
  country: 'Kenya',
  startDate: '2027-01-01',
  endDate: '2031-12-31',
};

const arabic = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'public', 'i18n', 'ar.json'), 'utf8'),
) as { language: { label: string }; catalogue: { title: string }; shell: { mainNavigation: string; plans: string; catalogue: string } };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function areaHeadingName(area: { key: string; name: string }): RegExp {
  return new RegExp(`^${escapeRegExp(area.name)} \\(${area.key}\\)`);
}

describe('Ministry of Health reform team (plan owner)', () => {
  const browser = useChromium();
  let page: Page;
  let newPlanPath = '';
  let stepPath = '';

  beforeAll(async () => {
    ({ page } = await openTab(browser()));
  });

  afterAll(async () => {
    // The language is stored on the account: leave the owner in English even if a test stopped half-way.
    const owner = await ApiClient.signIn(demoAccounts.ministryOwner);
    await owner.patch('/auth/me', { language: 'en' });
  });

  test('signs in and finds the demo plan in the list of plans', async () => {
    await page.goto('/sign-in');
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
    await expectNoAxeViolations(page, 'the sign-in page');

    await signIn(page, demoAccounts.ministryOwner);

    const plans = await visible(page.getByRole('list', { name: 'Your plans' }));
    await visible(plans.getByRole('link', { name: demoPlanTitle }));
    await expectNoAxeViolations(page, 'the plan list');
  });

  test('creates a plan for Kenya from the WHO catalogue', async () => {
    await page.getByRole('button', { name: 'Create plan' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Create a plan' }));

    await dialog.getByRole('textbox', { name: 'Plan title' }).fill(newPlan.title);
    await dialog.getByRole('combobox', { name: 'Country' }).click();
    await page.getByRole('option', { name: newPlan.country, exact: true }).click();
    await eventually(async () =>
      expect(await dialog.getByRole('combobox', { name: 'Country' }).textContent()).toContain(newPlan.country),
    );
    await dialog.getByRole('textbox', { name: 'Start date' }).fill(newPlan.startDate);
    await dialog.getByRole('textbox', { name: 'End date' }).fill(newPlan.endDate);
    const fromCatalogue = dialog.getByRole('checkbox', { name: 'Start from the WHO catalogue' });
    expect(await fromCatalogue.isChecked()).toBe(true);

    await expectNoAxeViolations(page, 'the create-plan dialog', { include: '[role="dialog"]' });

    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { level: 1, name: newPlan.title }));
    newPlanPath = new URL(page.url()).pathname;
  });

  test('sees every area of the catalogue and all 57 of its steps in the new plan', async () => {
    expect(newPlanPath).not.toBe('');
    await visible(page.getByRole('status').getByText(`Steps found: ${CATALOGUE_STEP_COUNT}`));
    await visible(page.getByRole('heading', { level: 3, name: areaHeadingName(AREAS[0]) }));
    await expectNoAxeViolations(page, 'the new plan');

    // The list may be paged: walk through every page, collecting the area headings and step links.
    const stepLinks = page.getByRole('table').getByRole('link');
    const areaHeadings = new Set<string>();
    let stepsSeen = 0;
    for (let pageNumber = 1; pageNumber <= 10; pageNumber++) {
      await stepLinks.first().waitFor();
      stepsSeen += await stepLinks.count();
      for (const heading of await page.getByRole('heading', { level: 3 }).allTextContents()) {
        areaHeadings.add(heading.replace(/\s+/g, ' ').trim());
      }
      const nextPage = page.getByRole('button', { name: 'Next page' });
      if ((await nextPage.count()) === 0 || (await nextPage.isDisabled())) break;
      const firstStepBefore = await stepLinks.first().textContent();
      await nextPage.click();
      await eventually(async () => expect(await stepLinks.first().textContent()).not.toBe(firstStepBefore));
    }

    expect(stepsSeen).toBe(CATALOGUE_STEP_COUNT);
    for (const area of AREAS) {
      expect([...areaHeadings].some((heading) => areaHeadingName(area).test(heading))).toBe(true);
    }
  });

  test('plans a step: status, progress, dates and lead organisation are saved', async () => {
    await page.goto(newPlanPath);
    await openStep(page, 'LAW-02');
    stepPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page, 'a step of the new plan');

    await page.getByRole('combobox', { name: 'Status', exact: true }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.getByRole('spinbutton', { name: 'Progress (%)' }).fill('40');
    await page.getByRole('textbox', { name: 'Start date' }).fill('2027-02-01');
    await page.getByRole('textbox', { name: 'Due date' }).fill('2027-09-30');
    // The owner adds the unit as a new organisation; it becomes the step's lead.
    await page.getByRole('button', { name: 'Add organisation' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Add an organisation' }));
    await dialog.getByRole('textbox', { name: 'Organisation name' }).fill('Ministry of Health, Mental Health Unit');
    await dialog.getByRole('combobox', { name: 'Type of organisation' }).click();
    await page.getByRole('option', { name: 'Ministry' }).click();
    await dialogSettled(page, 'the add-organisation dialog');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await eventually(async () => expect(await dialog.count()).toBe(0));
    expect(await page.getByRole('combobox', { name: 'Lead organisation' }).textContent()).toContain(
      'Ministry of Health, Mental Health Unit · Ministry',
    );
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save step' }).click();
    expect((await saved).status()).toBe(200);
    await visible(page.getByText('Step saved.', { exact: true }).filter({ visible: true }));

    await page.reload();
    const title = await (await visible(page.getByRole('heading', { level: 1 }))).textContent();
    await waitForStepForm(page, title?.trim() ?? '');
    expect(await page.getByRole('combobox', { name: 'Status', exact: true }).textContent()).toContain('In progress');
    expect(await page.getByRole('spinbutton', { name: 'Progress (%)' }).inputValue()).toBe('40');
    expect(await page.getByRole('textbox', { name: 'Start date' }).inputValue()).toBe('2027-02-01');
    expect(await page.getByRole('textbox', { name: 'Due date' }).inputValue()).toBe('2027-09-30');
    expect(await page.getByRole('combobox', { name: 'Lead organisation' }).textContent()).toContain(
      'Ministry of Health, Mental Health Unit',
    );
    await expectNoAxeViolations(page, 'the saved step');
  });

  test('is told that the due date cannot be before the start date, and nothing is saved', async () => {
    expect(stepPath).not.toBe('');
    await page.goto(stepPath);
    const title = await (await visible(page.getByRole('heading', { level: 1 }))).textContent();
    await waitForStepForm(page, title?.trim() ?? '');

    const writes: Request[] = [];
    const recordWrite = (request: Request) => {
      if (request.method() !== 'GET') writes.push(request);
    };
    page.on('request', recordWrite);
    const dueDate = page.getByRole('textbox', { name: 'Due date' });
    await page.getByRole('textbox', { name: 'Start date' }).fill('2027-06-01');
    await dueDate.fill('2027-05-01');
    await page.getByRole('button', { name: 'Save step' }).click();

    const message = 'The due date must be on or after the start date.';
    await visible(page.getByText(message));
    await eventually(async () => expect(await dueDate.getAttribute('aria-invalid')).toBe('true'));
    // The message is tied to the due-date field, so a screen reader reads it there.
    const describedBy = (await dueDate.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions.join(' ')).toContain(message);
    page.off('request', recordWrite);
    expect(writes.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);

    await page.reload();
    await waitForStepForm(page, title?.trim() ?? '');
    expect(await page.getByRole('textbox', { name: 'Start date' }).inputValue()).toBe('2027-02-01');
    expect(await page.getByRole('textbox', { name: 'Due date' }).inputValue()).toBe('2027-09-30');
  });

  test('reads the catalogue of action steps', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Catalogue' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Catalogue of action steps' }));
    for (const area of AREAS) {
      await visible(page.getByRole('heading', { level: 2, name: areaHeadingName(area) }));
    }
    await expectNoAxeViolations(page, 'the catalogue');
  });

  test('switches to Arabic, reads right to left, and back to English', async () => {
    await page.goto('/catalogue');
    await visible(page.getByRole('heading', { level: 1, name: 'Catalogue of action steps' }));

    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: 'العربية' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await visible(page.getByRole('heading', { level: 1, name: arabic.catalogue.title }));
    const navigation = page.getByRole('navigation', { name: arabic.shell.mainNavigation });
    await visible(navigation.getByRole('link', { name: arabic.shell.plans, exact: true }));
    await visible(navigation.getByRole('link', { name: arabic.shell.catalogue, exact: true }));
    await expectNoAxeViolations(page, 'the catalogue in Arabic');

    await page.getByRole('combobox', { name: arabic.language.label }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr' && document.documentElement.lang === 'en');
    await visible(page.getByRole('heading', { level: 1, name: 'Catalogue of action steps' }));
  });
});
