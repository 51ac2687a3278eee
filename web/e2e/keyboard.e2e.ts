import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPassword, demoPlanTitle } from './support/environment.js';
import { stepRow } from './support/plan-pages.js';
import { eventually, isFocused, tabTo, visible } from './support/waiting.js';

/**
 * A contributor from the organisation of persons with lived experience who uses only the keyboard:
 * Tab, Shift+Tab, Enter and Space, never the mouse.
 */
describe('Keyboard only (OPD contributor)', () => {
  const browser = useChromium();
  let page: Page;

  beforeAll(async () => {
    ({ page } = await openTab(browser()));
  });

  test('signs in, opens the plan, filters, opens an assigned step and saves it, all with the keyboard', async () => {
    // Sign in: the skip link is the first stop and takes focus to the main content.
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await isFocused(skipLink)).toBe(true);
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await isFocused(page.getByRole('main'))).toBe(true));

    await tabTo(page, page.getByRole('textbox', { name: 'Email' }), { maxPresses: 3 });
    await page.keyboard.type(demoAccounts.opdContributor);
    await tabTo(page, page.getByRole('textbox', { name: 'Password' }), { maxPresses: 3 });
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/plans$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Reform plans' }));

    // Open the demo plan.
    const planLink = page.getByRole('list', { name: 'Your plans' }).getByRole('link', { name: demoPlanTitle });
    await tabTo(page, planLink);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { level: 1, name: demoPlanTitle }));
    await visible(page.getByRole('status').getByText('Steps found: 57'));

    // Space ticks and unticks "Overdue only".
    const overdueOnly = page.getByRole('checkbox', { name: 'Overdue only' });
    await tabTo(page, overdueOnly);
    await page.keyboard.press('Space');
    await page.waitForURL(/overdue=true/);
    await visible(page.getByRole('status').getByText('Steps found: 1'));
    await visible(stepRow(page, 'SVC-04'));
    await page.keyboard.press('Space');
    await page.waitForURL((url) => !url.searchParams.has('overdue'));
    await visible(page.getByRole('status').getByText('Steps found: 57'));

    // Back to the search field, find the step assigned to this contributor and open it.
    const search = page.getByRole('searchbox', { name: 'Search steps' });
    await tabTo(page, search, { backwards: true });
    await page.keyboard.type('supported decision-making');
    await page.waitForURL(/q=supported/);
    const results = page.getByRole('status').getByText(/^Steps found: \d+$/);
    await eventually(async () => expect(await results.textContent()).not.toBe('Steps found: 57'));
    const stepLink = stepRow(page, 'LAW-02').getByRole('link');
    const stepTitle = ((await (await visible(stepLink)).textContent()) ?? '').trim();
    await tabTo(page, stepLink);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/steps\/[0-9a-f-]+$/);
    await visible(page.getByRole('heading', { level: 1, name: stepTitle }));

    // The contributor is assigned to LAW-02, so the form is open to them: mark it blocked, change the progress, save.
    const progress = page.getByRole('spinbutton', { name: 'Progress (%)' });
    await eventually(async () => expect(await progress.isEditable()).toBe(true));
    const status = page.getByRole('combobox', { name: 'Status', exact: true });
    expect(await status.textContent()).toContain('In progress');
    await tabTo(page, status);
    await page.keyboard.press('Space');
    await visible(page.getByRole('listbox', { name: 'Status' }));
    await page.keyboard.press('ArrowDown');
    const blocked = page.getByRole('option', { name: 'Blocked' });
    await eventually(async () =>
      expect(await status.getAttribute('aria-activedescendant')).toBe(await blocked.getAttribute('id')),
    );
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await status.textContent()).toContain('Blocked'));
    await eventually(async () => expect(await isFocused(status)).toBe(true));
    await tabTo(page, progress);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('35');
    const saveButton = page.getByRole('button', { name: 'Save step' });
    await tabTo(page, saveButton);
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await visible(page.getByText('Step saved.', { exact: true }).filter({ visible: true }));

    const contributor = await ApiClient.signIn(demoAccounts.opdContributor);
    const { items: plans } = await contributor.get<{ items: StoredPlan[] }>('/plans');
    const demoPlan = plans.find((plan) => demoPlanTitle.test(plan.title));
    const { items: steps } = await contributor.get<{ items: StoredStep[] }>(`/plans/${demoPlan?.id}/steps?q=supported%20decision-making`);
    expect(steps.find((step) => step.catalogueKey === 'LAW-02')).toMatchObject({ status: 'blocked', progress: 35 });
  });
});
