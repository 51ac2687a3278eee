import type { Page } from 'playwright-core';
import { demoPassword } from './environment.js';
import { visible } from './waiting.js';

/** Signs in through the sign-in page, as a person would: typing into the labelled fields and pressing Enter. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.goto('/sign-in');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await page.waitForURL(/\/plans$/);
  await visible(page.getByRole('heading', { level: 1, name: 'Reform plans' }));
}
