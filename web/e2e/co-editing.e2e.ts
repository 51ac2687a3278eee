import { describe, expect, test } from '@jest/globals';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { liveStreamConnected, openPlan, openStep } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { eventually, visible } from './support/waiting.js';

const STEP_KEY = 'POL-03';

async function openDemoStep(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await openPlan(page, demoPlanTitle);
  await openStep(page, STEP_KEY);
}

/** Picks an organisation in the lead organisation select (options read "name · kind"). */
async function chooseLeadOrganisation(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Lead organisation' }).click();
  await page.getByRole('option', { name: new RegExp(`^\\s*${name} ·`) }).click();
}

async function saveStep(page: Page): Promise<number> {
  const response = page.waitForResponse((candidate) => candidate.request().method() === 'PATCH');
  await page.getByRole('button', { name: 'Save step' }).click();
  return (await response).status();
}

/** The ministry (owner) and the NGO (editor) edit the same step at the same time. */
describe('Co-editing a step (ministry owner and NGO editor)', () => {
  const browser = useChromium();

  test('the second saver sees the other version, re-applies their change, and nothing is lost', async () => {
    const api = await ApiClient.signIn(demoAccounts.ministryOwner);
    const { items: plans } = await api.get<{ items: StoredPlan[] }>('/plans');
    const plan = plans.find((candidate) => demoPlanTitle.test(candidate.title));
    expect(plan).toBeDefined();
    const { items: steps } = await api.get<{ items: StoredStep[] }>(`/plans/${plan?.id}/steps?area=POL`);
    const before = steps.find((step) => step.catalogueKey === STEP_KEY);
    expect(before).toMatchObject({ status: 'not_started', progress: 0, leadOrganisation: null });

    const owner = await openTab(browser());
    const editor = await openTab(browser());
    await openDemoStep(owner.page, demoAccounts.ministryOwner);
    await openDemoStep(editor.page, demoAccounts.ngoEditor);
    // The NGO's page hears of the ministry's save (the "changed elsewhere" banner) once its event stream is open.
    await liveStreamConnected(editor.page);

    // The NGO starts editing (unsaved changes stay in its form when the ministry's save arrives live).
    const page = editor.page;
    await chooseLeadOrganisation(page, 'Veloria Mental Health Alliance');
    await page.getByRole('spinbutton', { name: 'Progress (%)' }).fill('20');

    // The ministry saves first.
    await owner.page.getByRole('combobox', { name: 'Status', exact: true }).click();
    await owner.page.getByRole('option', { name: 'In progress' }).click();
    await chooseLeadOrganisation(owner.page, 'Ministry of Health of Veloria');
    expect(await saveStep(owner.page)).toBe(200);
    await visible(owner.page.getByText('Step saved.', { exact: true }).filter({ visible: true }));

    // The NGO is told someone else changed the step, and its form still holds its own change.
    await visible(page.getByRole('alert').filter({ hasText: 'Someone else changed this step' }));
    expect(await page.getByRole('spinbutton', { name: 'Progress (%)' }).inputValue()).toBe('20');

    // The NGO, still based on the old version, saves its different change.
    expect(await saveStep(page)).toBe(409);

    const conflict = await visible(
      page.getByRole('region', { name: 'Someone else saved this step while you were editing' }),
    );
    const leadOrganisationRow = conflict.getByRole('row', { name: /Lead organisation/ });
    await visible(leadOrganisationRow);
    expect(await leadOrganisationRow.textContent()).toContain('Ministry of Health of Veloria (Ministry)');
    expect(await leadOrganisationRow.textContent()).toContain('Veloria Mental Health Alliance');
    await visible(leadOrganisationRow.getByText('Changed by both'));
    const progressRow = conflict.getByRole('row', { name: /Progress/ });
    expect(await progressRow.textContent()).toContain('20');
    expect(await page.getByRole('button', { name: 'Save step' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the conflict panel');

    // The NGO keeps its change, on top of the ministry's version.
    const resaved = page.waitForResponse((candidate) => candidate.request().method() === 'PATCH');
    await conflict.getByRole('button', { name: 'Re-apply my changes' }).click();
    expect((await resaved).status()).toBe(200);
    await visible(page.getByText('Step saved.', { exact: true }).filter({ visible: true }));
    await eventually(async () => expect(await conflict.count()).toBe(0));
    expect(await page.getByRole('combobox', { name: 'Status', exact: true }).textContent()).toContain('In progress');
    expect(await page.getByRole('combobox', { name: 'Lead organisation' }).textContent()).toContain(
      'Veloria Mental Health Alliance',
    );

    // The step's history tells both saves, with organisation names rather than ids.
    await page.getByRole('link', { name: 'History' }).click();
    await page.waitForURL(/\/activity\?entityId=/);
    const events = page.getByRole('listitem').filter({ hasText: `changed ${STEP_KEY}` });
    await eventually(async () => expect(await events.count()).toBe(2));
    const leadRow = events.first().getByRole('row', { name: /Lead organisation/ });
    expect(await leadRow.getByRole('cell').allTextContents()).toEqual([
      'Ministry of Health of Veloria',
      'Veloria Mental Health Alliance',
    ]);
    await expectNoAxeViolations(page, 'the history of a step');

    const after = await api.get<StoredStep>(`/plans/${plan?.id}/steps/${before?.id}`);
    expect(after).toMatchObject({
      status: 'in_progress', // the ministry's saved change, kept
      leadOrganisation: { name: 'Veloria Mental Health Alliance', kind: 'ngo' }, // one of the two versions: the NGO's, chosen knowingly
      progress: 20, // the NGO's re-applied change
      version: (before?.version ?? 0) + 2, // two saves, no third silent one
    });
  });
});
