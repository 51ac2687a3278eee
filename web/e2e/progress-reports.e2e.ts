import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { dialogSettled, expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPassword, demoPlanTitle } from './support/environment.js';
import { openPlan, openStep } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { literally, translations } from './support/translations.js';
import { eventually, isFocused, tabTo, visible } from './support/waiting.js';

/** Each test is a journey through several pages. */
const JOURNEY_TIMEOUT_MS = 120_000;

/** A step assigned to the contributor that no other spec uses. */
const STEP_KEY = 'WFD-03';
const en = translations('en');
const ar = translations('ar');

/** The demo plan reports quarterly: the current quarter, as the API counts it (UTC). */
function currentQuarter(): { period: string; year: number; quarter: number } {
  const now = new Date();
  const quarter = Math.ceil((now.getUTCMonth() + 1) / 3);
  return { period: `${now.getUTCFullYear()}-Q${quarter}`, year: now.getUTCFullYear(), quarter };
}

/** "Q4 2026", or in another language with its own digits, as the app shows it. */
function quarterLabel(language: string): string {
  const { year, quarter } = currentQuarter();
  const number = (value: number) => new Intl.NumberFormat(language, { useGrouping: false }).format(value);
  return translations(language)('reports.period.quarter', { quarter: number(quarter), year: number(year) });
}

/** A tiny but real PDF, made here: the API checks that a .pdf starts with `%PDF-`. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PDF_NAME = 'peer-training-attendance.pdf';
/** A second piece of evidence, dropped on the drop zone. */
const CSV_NAME = 'peer-workers.csv';

interface StoredReport {
  id: string;
  period: string;
  state: string;
  progress: number;
  narrative: string;
  blockers: string;
  version: number;
  files: { id: string; fileName: string }[];
  reviewComment: string | null;
}

/** The step page's section of progress reports. */
function reportsSection(page: Page): Locator {
  return page.getByRole('region', { name: en('reports.step.heading') });
}

/** Presses Tab (or Shift+Tab) until the element has the focus, then the key (Enter, Space…). */
async function tabAndPress(page: Page, target: Locator, key: string, maxPresses = 150, backwards = false): Promise<void> {
  await tabTo(page, target, { maxPresses, backwards });
  await page.keyboard.press(key);
}

describe('Progress reports: written by the contributor, reviewed by the owner, read by the donor', () => {
  const browser = useChromium();
  let ownerApi: ApiClient;
  let contributorApi: ApiClient;
  let planId = '';
  let step: StoredStep;
  let reportId = '';
  const period = currentQuarter().period;
  const periodLabel = quarterLabel('en');

  beforeAll(async () => {
    ownerApi = await ApiClient.signIn(demoAccounts.ministryOwner);
    contributorApi = await ApiClient.signIn(demoAccounts.opdContributor);
    const { items: plans } = await ownerApi.get<{ items: StoredPlan[] }>('/plans');
    planId = plans.find((plan) => demoPlanTitle.test(plan.title))?.id ?? '';
    const { items: steps } = await ownerApi.get<{ items: StoredStep[] }>(`/plans/${planId}/steps?area=WFD`);
    step = steps.find((item) => item.catalogueKey === STEP_KEY) as StoredStep;
    // Start from clean bells: the demo data leaves reminders.
    await ownerApi.post('/notifications/read-all');
    await contributorApi.post('/notifications/read-all');
  });

  afterAll(async () => {
    // The language is stored on the account: leave the owner in English even if a test stopped half-way.
    await ownerApi?.patch('/auth/me', { language: 'en' });
  }, JOURNEY_TIMEOUT_MS);

  test('the contributor writes the current quarter’s report by keyboard, attaches a PDF and submits it', async () => {
    const { page } = await openTab(browser());
    // Listening for the file chooser from the start: Chromium intercepts it only once the listener is in place.
    const chooser = page.waitForEvent('filechooser', { timeout: 90_000 });
    chooser.catch(() => undefined); // awaited below; a test failing before then must not leave it unhandled
    await signIn(page, demoAccounts.opdContributor);
    await openPlan(page, demoPlanTitle);
    await openStep(page, STEP_KEY);
    const section = await visible(reportsSection(page));
    // Nothing yet for this quarter (the demo data may hold an approved report of an earlier one).
    await visible(section.getByRole('button', { name: en('reports.step.write', { period: periodLabel }) }));
    expect(await section.getByRole('heading', { level: 3, name: periodLabel }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the step page with no progress report for this quarter');

    // Keyboard only from here: Tab to "Write report for <quarter>", Enter.
    await tabAndPress(page, section.getByRole('button', { name: en('reports.step.write', { period: periodLabel }) }), 'Enter');
    const heading = section.getByRole('heading', { level: 3, name: periodLabel });
    await eventually(async () => expect(await isFocused(heading)).toBe(true));
    await visible(section.getByText(en('reports.list.started', { period: periodLabel })));
    const form = section.getByRole('form', { name: en('reports.editor.formLabel') });
    // The draft starts from the step's own status and progress.
    const progress = form.getByRole('spinbutton', { name: en('reports.fields.progressPercent') });
    await eventually(async () => expect(await progress.inputValue()).toBe(String(step.progress)));
    await expectNoAxeViolations(page, 'a new draft report');

    await tabTo(page, progress, { maxPresses: 10 });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('65');
    await tabTo(page, form.getByRole('textbox', { name: en('reports.fields.narrative') }), { maxPresses: 5 });
    await page.keyboard.type('Twelve peer workers finished the first training cycle.');

    // A link with a wrong address is refused next to the field.
    await tabAndPress(page, form.getByRole('button', { name: en('reports.links.add') }), 'Enter', 10);
    const url = form.getByRole('textbox', { name: en('reports.links.url', { number: 1 }) });
    await eventually(async () => expect(await isFocused(url)).toBe(true));
    await page.keyboard.type('training-report.example.org');
    await tabAndPress(page, form.getByRole('button', { name: en('reports.editor.saveDraft') }), 'Enter', 10);
    await visible(form.getByText(en('reports.links.invalid')));
    await eventually(async () => expect(await isFocused(url)).toBe(true));
    // The error fades in: axe waits for its final colours.
    await eventually(() => expectNoAxeViolations(page, 'a draft report with a wrong link'), 3_000);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('https://training-report.example.org/cycle-1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Training report');
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && /\/reports\//.test(response.url()));
    await tabAndPress(page, form.getByRole('button', { name: en('reports.editor.saveDraft') }), 'Enter', 10);
    expect((await saved).status()).toBe(200);

    // The evidence: "Attach a file" opens the file chooser; the upload shows while it runs.
    const attach = section.getByRole('button', { name: en('reports.files.attach') });
    await tabTo(page, attach, { maxPresses: 10 });
    const uploaded = page.waitForResponse((response) => response.request().method() === 'POST' && /\/files$/.test(response.url()));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: PDF });
    expect((await uploaded).status()).toBe(201);
    await visible(section.getByRole('button', { name: en('reports.files.downloadFile', { name: PDF_NAME }) }));
    await eventually(async () => expect(await isFocused(attach)).toBe(true));
    await expectNoAxeViolations(page, 'a draft report with an evidence file');

    // A file dropped on the drop zone is uploaded too.
    const zone = section.getByRole('region', { name: en('reports.files.dropZone') });
    const dataTransfer = await page.evaluateHandle((name) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['name,trained\nAmina,yes\n'], name, { type: 'text/csv' }));
      return transfer;
    }, CSV_NAME);
    const dropped = page.waitForResponse((response) => response.request().method() === 'POST' && /\/files$/.test(response.url()));
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    expect((await dropped).status()).toBe(201);
    await visible(section.getByRole('button', { name: en('reports.files.downloadFile', { name: CSV_NAME }) }));
    await eventually(async () => expect(await isFocused(attach)).toBe(true));

    // Submit, still by keyboard; the report is then read-only for its writer, waiting for review.
    const submitted = page.waitForResponse((response) => response.request().method() === 'POST' && /\/submit$/.test(response.url()));
    // The form comes before its files: back up from "Attach a file".
    await tabAndPress(page, form.getByRole('button', { name: en('reports.editor.submit') }), 'Enter', 10, true);
    expect((await submitted).status()).toBe(200);
    await visible(section.getByText(en('reports.list.submittedNotice', { period: periodLabel })));
    await eventually(async () => expect(await isFocused(heading)).toBe(true));
    await visible(section.getByText(en('reports.step.awaitingReview')));
    expect(await section.getByRole('button', { name: en('reports.editor.submit') }).count()).toBe(0);
    await expectNoAxeViolations(page, 'a submitted report, read by its writer');

    const { items } = await contributorApi.get<{ items: StoredReport[] }>(`/plans/${planId}/steps/${step.id}/reports`);
    const stored = items.find((item) => item.period === period) as StoredReport;
    expect(stored).toMatchObject({ state: 'submitted', progress: 65 });
    expect(stored.files.map((file) => file.fileName).sort()).toEqual([PDF_NAME, CSV_NAME].sort());
    reportId = stored.id;
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the owner is told, finds it on the reporting page and returns it with a comment', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ministryOwner);
    const bell = await visible(page.getByRole('button', { name: en('notifications.buttonUnread', { count: 1 }) }));
    await bell.click();
    const menu = await visible(page.getByRole('menu', { name: en('notifications.title') }));
    await visible(menu.getByRole('menuitem', { name: new RegExp(`submitted a progress report for review: ${STEP_KEY}`) }));
    await page.keyboard.press('Escape');

    await openPlan(page, demoPlanTitle);
    await page.getByRole('navigation', { name: en('plans.sections.label') }).getByRole('link', { name: en('reports.section') }).click();
    await visible(page.getByRole('heading', { level: 2, name: en('reports.page.heading') }));
    const picker = await visible(page.getByRole('navigation', { name: en('reports.page.periodPicker') }));
    await visible(picker.getByText(periodLabel, { exact: true }));
    const table = page.getByRole('table', { name: en('reports.page.caption', { period: periodLabel }) });
    const row = table.getByRole('row', { name: new RegExp(`^${STEP_KEY}`) });
    await visible(row.getByText(en('reports.state.submitted')));
    await expectNoAxeViolations(page, 'the reporting page with a report to review');

    // Another quarter: nothing submitted there; then back.
    await picker.getByRole('button', { name: /^Previous period/ }).click();
    await visible(page.getByRole('table', { name: /^Report status of every step for/ }));
    await eventually(async () => expect(await picker.getByText(periodLabel, { exact: true }).count()).toBe(0));
    await eventually(async () => expect(await isFocused(picker.getByRole('button', { name: /^Previous period/ }))).toBe(true));
    await picker.getByRole('button', { name: en('reports.page.backToCurrent') }).click();
    await visible(picker.getByText(periodLabel, { exact: true }));

    const queue = page.getByRole('region', { name: en('reports.queue.heading') });
    const stepName = `${STEP_KEY} ${step.title}`;
    const review = queue.getByRole('button', { name: en('reports.queue.reviewFor', { step: stepName, period: periodLabel }) });
    await (await visible(review)).click();
    const dialog = await visible(page.getByRole('dialog', { name: en('reports.dialog.title', { step: stepName, period: periodLabel }) }));
    await visible(dialog.getByText('Twelve peer workers finished the first training cycle.'));
    await visible(dialog.getByRole('button', { name: en('reports.files.downloadFile', { name: PDF_NAME }) }));
    await dialogSettled(page, 'the review dialog');

    // Returning needs a comment.
    await dialog.getByRole('button', { name: en('reports.review.return') }).click();
    await visible(dialog.getByText(en('reports.review.commentRequired')));
    const comment = dialog.getByRole('textbox', { name: en('reports.review.comment') });
    await eventually(async () => expect(await isFocused(comment)).toBe(true));
    await dialogSettled(page, 'the review dialog with a missing comment');
    await comment.fill('Please say how many of the twelve are now employed as peer workers.');
    const returned = page.waitForResponse((response) => /\/return$/.test(response.url()));
    await dialog.getByRole('button', { name: en('reports.review.return') }).click();
    expect((await returned).status()).toBe(200);
    await eventually(async () => expect(await dialog.count()).toBe(0));
    await visible(page.getByText(en('reports.review.returnedNotice', { period: `${stepName} · ${periodLabel}` })));
    // It left the queue (other reports may still wait there).
    await eventually(async () => expect(await review.count()).toBe(0));
    await visible(row.getByText(en('reports.state.returned')));
    await eventually(async () => expect(await isFocused(queue.getByRole('heading', { level: 3 }))).toBe(true));
    await expectNoAxeViolations(page, 'the reporting page after returning a report');
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the contributor sees the comment, revises (a stale save shows the current report, re-applied), resubmits', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.opdContributor);
    // The bell leads to the step.
    await (await visible(page.getByRole('button', { name: /^Notifications, \d+ unread$/ }))).click();
    const menu = await visible(page.getByRole('menu', { name: en('notifications.title') }));
    await menu.getByRole('menuitem', { name: new RegExp(`returned a progress report for changes: ${STEP_KEY}`) }).click();
    await page.waitForURL(/\/steps\/[0-9a-f-]+$/);
    const section = await visible(reportsSection(page));

    // The returned report opens by itself, the reviewer's comment above it.
    await visible(section.getByText(en('reports.step.returnedBy', { name: 'Amina Diallo' })));
    await visible(section.getByText('Please say how many of the twelve are now employed as peer workers.'));
    const form = await visible(section.getByRole('form', { name: en('reports.editor.formLabel') }));
    await expectNoAxeViolations(page, 'a returned report with the reviewer’s comment');

    const narrative = form.getByRole('textbox', { name: en('reports.fields.narrative') });
    await eventually(async () => expect(await narrative.inputValue()).toContain('Twelve peer workers'));
    await narrative.fill('Twelve peer workers finished the first training cycle; nine are now employed by community services.');

    // Meanwhile the same report is saved from another device.
    const current = await contributorApi.get<StoredReport>(`/plans/${planId}/reports/${reportId}`);
    await contributorApi.patch(`/plans/${planId}/reports/${reportId}`, { blockers: 'Two trainees are waiting for contracts.', version: current.version });

    const stale = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await form.getByRole('button', { name: en('reports.editor.saveDraft') }).click();
    expect((await stale).status()).toBe(409);
    const conflict = await visible(section.getByRole('region', { name: en('reports.conflict.title') }));
    await eventually(async () => expect(await isFocused(conflict.getByRole('heading'))).toBe(true));
    await visible(conflict.getByRole('cell', { name: /nine are now employed/ }));
    await expectNoAxeViolations(page, 'a stale report save');
    const reapplied = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await conflict.getByRole('button', { name: en('reports.conflict.reapply') }).click();
    expect((await reapplied).status()).toBe(200);
    await eventually(async () => expect(await conflict.count()).toBe(0));
    // Theirs (the blockers) and mine (the narrative) are both kept.
    await eventually(async () =>
      expect(await form.getByRole('textbox', { name: en('reports.fields.blockers') }).inputValue()).toBe('Two trainees are waiting for contracts.'),
    );

    const submitted = page.waitForResponse((response) => /\/submit$/.test(response.url()));
    await form.getByRole('button', { name: en('reports.editor.submit') }).click();
    expect((await submitted).status()).toBe(200);
    await visible(section.getByText(en('reports.step.awaitingReview')));
    const stored = await contributorApi.get<StoredReport>(`/plans/${planId}/reports/${reportId}`);
    expect(stored).toMatchObject({ state: 'submitted', blockers: 'Two trainees are waiting for contracts.' });
    expect(stored.narrative).toContain('nine are now employed');
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the owner approves after a confirmation; the report is locked and the step shows the reported progress', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ministryOwner);
    await page.goto(`/plans/${planId}/reports`);
    const queue = await visible(page.getByRole('region', { name: en('reports.queue.heading') }));
    await queue.getByRole('button', { name: new RegExp(`^Review the report on ${STEP_KEY}`) }).click();
    const dialog = await visible(page.getByRole('dialog', { name: new RegExp(STEP_KEY) }));
    await visible(dialog.getByText(/nine are now employed/));
    await dialog.getByRole('textbox', { name: en('reports.review.comment') }).fill('Thank you, well documented.');
    await dialog.getByRole('button', { name: en('reports.review.approve') }).click();

    // Approval locks the report: it asks first, starting on Cancel.
    const confirm = await visible(page.getByRole('alertdialog', { name: en('reports.review.confirmTitle') }));
    await visible(confirm.getByText(/locks it for good/));
    await eventually(async () => expect(await isFocused(confirm.getByRole('button', { name: en('common.cancel') }))).toBe(true));
    await eventually(() => expectNoAxeViolations(page, 'the approval confirmation', { include: '[role="alertdialog"]' }), 3_000);
    const approved = page.waitForResponse((response) => /\/approve$/.test(response.url()));
    await confirm.getByRole('button', { name: en('reports.review.confirm') }).click();
    expect((await approved).status()).toBe(200);
    await eventually(async () => expect(await page.getByRole('dialog').count()).toBe(0));
    await visible(page.getByText(en('reports.review.approvedNotice', { period: `${STEP_KEY} ${step.title} · ${periodLabel}` })));
    const table = page.getByRole('table', { name: en('reports.page.caption', { period: periodLabel }) });
    await visible(table.getByRole('row', { name: new RegExp(`^${STEP_KEY}`) }).getByText(en('reports.state.approved')));
    await expectNoAxeViolations(page, 'the reporting page after an approval');

    // Only the approved steps, then all again.
    const approvedOnly = page.getByRole('button', { name: new RegExp(`^${en('reports.state.approved')} 1$`) });
    await approvedOnly.click();
    await eventually(async () => expect(await table.getByRole('row').count()).toBe(2));
    expect(await approvedOnly.getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(page, 'the reporting page showing approved steps only');
    await approvedOnly.click();
    await eventually(async () => expect(await table.getByRole('row').count()).toBeGreaterThan(10));

    // The step took the reported progress.
    await table.getByRole('link', { name: new RegExp(`^${STEP_KEY}`) }).click();
    await page.waitForURL(/\/steps\/[0-9a-f-]+(#.*)?$/);
    const progress = page.getByRole('spinbutton', { name: en('steps.fields.progressPercent') });
    await eventually(async () => expect(await progress.inputValue()).toBe('65'));
    const section = await visible(reportsSection(page));
    await section.getByRole('button', { name: en('reports.step.open', { name: periodLabel }) }).click();
    await visible(section.getByText(en('reports.locked')));
    // The owner may write a correction (a new report); the approved one has no edit controls.
    await visible(section.getByRole('button', { name: en('reports.step.writeCorrection') }));
    expect(await section.getByRole('form', { name: en('reports.editor.formLabel') }).count()).toBe(0);
    await expectNoAxeViolations(page, 'an approved, locked report');
    const stored = await ownerApi.get<StoredStep>(`/plans/${planId}/steps/${step.id}`);
    expect(stored.progress).toBe(65);
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the donor reads the approved report and downloads its file, with no controls that change anything', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.donorViewer);
    await openPlan(page, demoPlanTitle);
    await openStep(page, STEP_KEY);
    const section = await visible(reportsSection(page));
    expect(await section.getByRole('button', { name: /^Write report/ }).count()).toBe(0);
    await section.getByRole('button', { name: en('reports.step.open', { name: periodLabel }) }).click();
    await visible(section.getByText(en('reports.locked')));
    await visible(section.getByText(/nine are now employed/));
    await visible(section.getByRole('link', { name: 'Training report' }));

    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: en('reports.files.downloadFile', { name: PDF_NAME }) }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(PDF_NAME);
    expect(readFileSync(await file.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(await section.getByRole('textbox').count()).toBe(0);
    expect(await section.getByRole('button', { name: /Write a correction|Delete|Attach|Submit|Approve|Return/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'an approved report, read by the donor');

    // The reporting page: the status, and the queue without review buttons.
    await page.goto(`/plans/${planId}/reports`);
    const queue = await visible(page.getByRole('region', { name: en('reports.queue.heading') }));
    await visible(queue.getByText(en('reports.queue.intro')));
    // Reports waiting there can be read, not reviewed; the cadence is not the donor's to change.
    expect(await queue.getByRole('button', { name: /^Review/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: en('reports.page.changeCadence') }).count()).toBe(0);
    await expectNoAxeViolations(page, 'the reporting page, read by the donor');
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the owner names the editor reviewer (keyboard, versioned), whom the members list then shows as one', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ministryOwner);
    await page.goto(`/plans/${planId}/members`);
    const { items: members } = await ownerApi.get<{ items: { userId: string; name: string; email: string; reviewer: boolean }[] }>(
      `/plans/${planId}/members`,
    );
    const editor = members.find((member) => member.email === demoAccounts.ngoEditor) as { userId: string; name: string };
    const toggle = page.getByRole('switch', { name: en('reports.reviewer.toggleFor', { name: editor.name }) });
    await visible(toggle);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().endsWith(editor.userId));
    await tabAndPress(page, toggle, 'Space', 60);
    const response = await saved;
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData() ?? '{}')).toMatchObject({ role: 'editor', reviewer: true });
    await visible(page.getByText(en('reports.reviewer.named', { name: editor.name })));
    await eventually(async () => expect(await toggle.getAttribute('aria-checked')).toBe('true'));
    await expectNoAxeViolations(page, 'the members page with a reviewer');

    // The editor sees the badge (no switch: only owners change it).
    const editorTab = await openTab(browser());
    await signIn(editorTab.page, demoAccounts.ngoEditor);
    await editorTab.page.goto(`/plans/${planId}/members`);
    const row = editorTab.page.getByRole('row', { name: new RegExp(`^${literally(editor.name)}`) });
    await visible(row.getByText(en('reports.reviewer.badge'), { exact: true }));
    expect(await editorTab.page.getByRole('switch').count()).toBe(0);
    await expectNoAxeViolations(editorTab.page, 'the members page, read by an editor');
    await editorTab.page.close();

    // And un-named again.
    await page.keyboard.press('Space');
    await visible(page.getByText(en('reports.reviewer.unnamed', { name: editor.name })));
    await eventually(async () => expect(await toggle.getAttribute('aria-checked')).toBe('false'));
    const stored = await ownerApi.get<{ items: { userId: string; reviewer: boolean }[] }>(`/plans/${planId}/members`);
    expect(stored.items.find((member) => member.userId === editor.userId)?.reviewer).toBe(false);
    await page.close();
  }, JOURNEY_TIMEOUT_MS);

  test('the reporting page in Arabic: right to left, in Arabic words and digits', async () => {
    await ownerApi.patch('/auth/me', { language: 'ar' });
    const { page } = await openTab(browser());
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(demoAccounts.ministryOwner);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL(/\/plans$/);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
    await page.goto(`/plans/${planId}/reports`);
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await visible(page.getByRole('heading', { level: 2, name: ar('reports.page.heading') }));
    const picker = await visible(page.getByRole('navigation', { name: ar('reports.page.periodPicker') }));
    await visible(picker.getByText(quarterLabel('ar'), { exact: true }));
    const table = page.getByRole('table', { name: ar('reports.page.caption', { period: quarterLabel('ar') }) });
    await visible(table.getByRole('row', { name: new RegExp(`^${STEP_KEY}`) }).getByText(ar('reports.state.approved')));
    await visible(page.getByRole('region', { name: ar('reports.queue.heading') }).getByText(ar('reports.queue.introReviewer')));
    await expectNoAxeViolations(page, 'the reporting page in Arabic');

    // By keyboard: the previous quarter and back.
    const previous = picker.getByRole('button', { name: new RegExp(`^${literally(ar('reports.page.previousPeriod', { period: '' }).trim())}`) });
    await tabAndPress(page, previous, 'Enter', 60);
    const back = picker.getByRole('button', { name: ar('reports.page.backToCurrent') });
    await visible(back);
    await expectNoAxeViolations(page, 'the previous quarter in Arabic');
    await tabAndPress(page, back, 'Enter', 10);
    await visible(picker.getByText(quarterLabel('ar'), { exact: true }));
    await page.close();
  }, JOURNEY_TIMEOUT_MS);
});
