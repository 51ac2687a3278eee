import { describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { liveStreamConnected, openPlan, openStep } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { eventually, visible } from './support/waiting.js';

const STEP_KEY = 'FIN-01';

async function openDemoStep(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await openPlan(page, demoPlanTitle);
  await openStep(page, STEP_KEY);
}

async function saveProgress(page: Page, progress: string): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Progress (%)' }).fill(progress);
  const response = page.waitForResponse((candidate) => candidate.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save step' }).click();
  expect((await response).status()).toBe(200);
}

/** The ministry (owner) and the NGO (editor) look at the same step; the NGO sees the ministry's saves live. */
describe('Live refresh of a step (ministry owner and NGO editor)', () => {
  const browser = useChromium();

  test('a save shows on the other page without reloading; unsaved changes get a banner instead', async () => {
    const owner = await openTab(browser());
    const editor = await openTab(browser());
    await openDemoStep(owner.page, demoAccounts.ministryOwner);
    await openDemoStep(editor.page, demoAccounts.ngoEditor);
    const editorProgress = editor.page.getByRole('spinbutton', { name: 'Progress (%)' });
    // The NGO's page hears of the ministry's saves once its event stream is open.
    await liveStreamConnected(editor.page);

    await saveProgress(owner.page, '40');
    await eventually(async () => expect(await editorProgress.inputValue()).toBe('40'));
    await visible(editor.page.getByText('Updated by a co-editor.'));

    // The NGO starts typing; the ministry saves again: the NGO's text is kept and a banner says why.
    await editorProgress.fill('55');
    await saveProgress(owner.page, '60');
    const banner = await visible(editor.page.getByRole('alert').filter({ hasText: 'Someone else changed this step' }));
    expect(await editorProgress.inputValue()).toBe('55');
    await expectNoAxeViolations(editor.page, 'the step page with the changed-elsewhere banner');
    await banner.getByRole('button', { name: 'Discard my changes and show the latest version' }).click();
    await eventually(async () => expect(await editorProgress.inputValue()).toBe('60'));
  });
});
