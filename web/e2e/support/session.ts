import type { Page } from 'playwright-core';
import { demoPassword } from './environment.js';
import { visible } from './waiting.js';

/**
 * Signs in through the sign-in page, as a person would: typing into the labelled fields and pressing Enter, and ends
 * on the plan list. A donor lands on the portfolio (their home) and follows the toolbar's Plans link from there.
 */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL(/\/(plans|portfolio)$/);
  if (page.url().endsWith('/portfolio')) {
    await visible(page.getByRole('heading', { level: 1, name: 'Your portfolio' }));
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Plans' }).click();
    await page.waitForURL(/\/plans$/);
  }
  await visible(page.getByRole('heading', { level: 1, name: 'Reform plans' }));
}
