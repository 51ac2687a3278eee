import type { Locator, Page } from 'playwright-core';
import { expect } from '@jest/globals';
import { eventually, visible } from './waiting.js';

/** The row of the plan's step list for a catalogue key such as 'LAW-02'. */
export function stepRow(page: Page, catalogueKey: string): Locator {
  return page.getByRole('row', { name: new RegExp(`^\\s*${catalogueKey}\\b`) });
}

/** From the plan list, opens the plan whose title matches. */
export async function openPlan(page: Page, title: RegExp | string): Promise<void> {
  await page.getByRole('list', { name: 'Your plans' }).getByRole('link', { name: title }).click();
  await visible(page.getByRole('heading', { level: 1, name: title }));
  await visible(page.getByRole('heading', { level: 2, name: 'Action steps' }));
}

/** From the plan page, opens a step by its catalogue key and waits until its form holds the stored values. */
export async function openStep(page: Page, catalogueKey: string): Promise<string> {
  const link = stepRow(page, catalogueKey).getByRole('link');
  const title = (await (await visible(link)).textContent())?.trim() ?? '';
  await link.click();
  await page.waitForURL(/\/steps\/[0-9a-f-]+$/);
  await visible(page.getByRole('heading', { level: 1, name: title }));
  await waitForStepForm(page, title);
  return title;
}

/** The step page's form is filled once its Title field holds the step's title. */
export async function waitForStepForm(page: Page, title: string): Promise<void> {
  const titleField = page.getByRole('textbox', { name: 'Title', exact: true });
  await eventually(async () => expect(await titleField.inputValue()).toBe(title));
}

/**
 * The plan or step page has opened its live event stream (the page's element says `data-live="connected"` once
 * the EventSource fired `open`): from then on, other people's saves reach it.
 */
export async function liveStreamConnected(page: Page): Promise<void> {
  await page.locator('[data-live="connected"]').waitFor({ state: 'attached' });
}
