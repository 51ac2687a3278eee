import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPassword, demoPlanTitle } from './support/environment.js';
import { openPlan, openStep, stepRow } from './support/plan-pages.js';
import { visible } from './support/waiting.js';

describe('Donor (viewer, read-only)', () => {
  const browser = useChromium();
  let page: Page;

  beforeAll(async () => {
    ({ page } = await openTab(browser()));
  });

  test('signs in, lands on the portfolio (a donor’s home), and finds the demo plan in the plan list', async () => {
    await page.goto('/sign-in');
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
    await page.getByLabel('Email').fill(demoAccounts.donorViewer);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL(/\/portfolio$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Your portfolio' }));

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plans' }).click();
    await page.waitForURL(/\/plans$/);
    await visible(page.getByRole('heading', { level: 1, name: 'Reform plans' }));
    await visible(page.getByRole('list', { name: 'Your plans' }).getByRole('link', { name: demoPlanTitle }));
    await expectNoAxeViolations(page, 'the plan list of a viewer');
  });

  test('reads the plan: the overdue step is marked, and nothing offers to change the plan', async () => {
    await openPlan(page, demoPlanTitle);
    await visible(page.getByRole('status').getByText('Steps found: 57'));

    await visible(stepRow(page, 'SVC-04').getByText('Overdue', { exact: true }));
    expect(await stepRow(page, 'SVC-03').getByText('Overdue', { exact: true }).count()).toBe(0);

    for (const control of ['Edit plan details', 'Archive plan', 'Add custom step', 'Create plan']) {
      expect(await page.getByRole('button', { name: control }).count()).toBe(0);
    }
    await expectNoAxeViolations(page, 'the plan page of a viewer');
  });

  test('reads the overdue step: every field is read-only and there is no save or delete', async () => {
    await openStep(page, 'SVC-04');

    await visible(page.getByText('Overdue', { exact: true }));
    await visible(page.getByText('You can read this step but not change it.'));
    for (const name of ['Title', 'Description', 'Start date', 'Due date']) {
      expect(await page.getByRole('textbox', { name, exact: true }).isEditable()).toBe(false);
    }
    for (const name of ['Area', 'Status', 'Priority', 'Lead organisation', 'Assigned to', 'Depends on']) {
      expect(await page.getByRole('combobox', { name, exact: true }).getAttribute('aria-disabled')).toBe('true');
    }
    expect(await page.getByRole('spinbutton', { name: 'Progress (%)' }).isEditable()).toBe(false);
    expect(await page.getByRole('slider', { name: 'Progress slider' }).isDisabled()).toBe(true);
    for (const checkbox of await page.getByRole('group', { name: 'Principles' }).getByRole('checkbox').all()) {
      expect(await checkbox.isDisabled()).toBe(true);
    }
    for (const control of ['Save step', 'Delete step', 'Add organisation']) {
      expect(await page.getByRole('button', { name: control }).count()).toBe(0);
    }
    await expectNoAxeViolations(page, 'a step page of a viewer');
  });
});
