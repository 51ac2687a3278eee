import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan, type StoredStep } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPassword, demoPlanTitle } from './support/environment.js';
import { liveStreamConnected, stepRow } from './support/plan-pages.js';
import { literally, translations } from './support/translations.js';
import { eventually, isFocused, tabTo, visible } from './support/waiting.js';

const t = translations('ar');

/** The discussion happens on one step, live refresh on two others, none of which other specs touch. */
const DISCUSSION_STEP = 'RES-01';
const PLAN_LIST_STEP = 'RES-02';
const LIVE_STEP = 'RES-03';

interface Member {
  userId: string;
  name: string;
  email: string;
}

/** The page reads right to left, in Arabic. */
async function readsRightToLeft(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar');
}

/** Signs in with the keyboard only: Tab to the fields, type, Enter. Lands on the plan list, in the account's language. */
async function signInByKeyboard(page: Page, email: string, plansHeading: string): Promise<void> {
  await page.goto('/sign-in');
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in to Reform Roadmap' }));
  await tabTo(page, page.getByRole('textbox', { name: 'Email' }));
  await page.keyboard.type(email);
  await tabTo(page, page.getByRole('textbox', { name: 'Password' }), { maxPresses: 3 });
  await page.keyboard.type(demoPassword);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/plans$/);
  await visible(page.getByRole('heading', { level: 1, name: plansHeading }));
}

/** Presses a key until `target` is the element with the keyboard focus (menu items move focus themselves). */
async function pressUntilFocused(page: Page, key: string, target: Locator, maxPresses = 10): Promise<void> {
  await target.waitFor({ state: 'visible' });
  for (let press = 0; press < maxPresses && !(await isFocused(target)); press++) await page.keyboard.press(key);
  expect(await isFocused(target)).toBe(true);
}

/** The owner saves a step over the API, as another person would in another browser. */
async function saveAsOwner(api: ApiClient, planId: string, stepId: string, changes: Partial<StoredStep>): Promise<void> {
  const current = await api.get<StoredStep>(`/plans/${planId}/steps/${stepId}`);
  await api.patch(`/plans/${planId}/steps/${stepId}`, { ...changes, version: current.version });
}

/**
 * The NGO (editor) and the ministry (owner) use the newest screens in Arabic and with the keyboard only:
 * the step's discussion, the notification bell, and the live refresh of the plan and step pages.
 */
describe('In Arabic, by keyboard only: discussion, notification bell, live refresh', () => {
  const browser = useChromium();
  let ownerApi: ApiClient;
  let planId = '';
  const stepIds: Record<string, string> = {};
  let owner: Member;
  let editor: Member;
  let contributor: Member;
  let editorPage: Page;

  beforeAll(async () => {
    ownerApi = await ApiClient.signIn(demoAccounts.ministryOwner);
    const { items: plans } = await ownerApi.get<{ items: StoredPlan[] }>('/plans');
    planId = plans.find((plan) => demoPlanTitle.test(plan.title))?.id ?? '';
    const { items: steps } = await ownerApi.get<{ items: StoredStep[] }>(`/plans/${planId}/steps?area=RES`);
    for (const step of steps) if (step.catalogueKey) stepIds[step.catalogueKey] = step.id;
    const { items: members } = await ownerApi.get<{ items: Member[] }>(`/plans/${planId}/members`);
    owner = members.find((member) => member.email === demoAccounts.ministryOwner) as Member;
    editor = members.find((member) => member.email === demoAccounts.ngoEditor) as Member;
    contributor = members.find((member) => member.email === demoAccounts.opdContributor) as Member;
    // The ministry reads in Arabic (stored on its account); the NGO chooses Arabic itself, below.
    await ownerApi.patch('/auth/me', { language: 'ar' });
    // Start from an empty bell, whatever other journeys left the owner.
    await ownerApi.post('/notifications/read-all');
    ({ page: editorPage } = await openTab(browser()));
  });

  afterAll(async () => {
    // The language is stored on the accounts: leave them in English even if a test stopped half-way.
    await ownerApi.patch('/auth/me', { language: 'en' });
    const editorApi = await ApiClient.signIn(demoAccounts.ngoEditor);
    await editorApi.patch('/auth/me', { language: 'en' });
  });

  test('the NGO switches to Arabic, then comments with a mention, edits and deletes, all by keyboard', async () => {
    expect(stepIds[DISCUSSION_STEP]).toBeDefined();
    const page = editorPage;
    await signInByKeyboard(page, demoAccounts.ngoEditor, 'Reform plans');

    // The language picker is a select: opened with Enter, the arrow keys move to Arabic, Enter chooses it.
    const language = page.getByRole('combobox', { name: 'Language' });
    await tabTo(page, language, { backwards: true });
    await page.keyboard.press('Enter');
    await visible(page.getByRole('listbox', { name: 'Language' }));
    const arabic = page.getByRole('option', { name: 'العربية' });
    const arabicId = await arabic.getAttribute('id');
    for (let press = 0; press < 6 && (await language.getAttribute('aria-activedescendant')) !== arabicId; press++) {
      await page.keyboard.press('ArrowUp');
    }
    expect(await language.getAttribute('aria-activedescendant')).toBe(arabicId);
    const stored = page.waitForResponse((response) => response.request().method() === 'PATCH' && /\/auth\/me$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await stored).status()).toBe(200);
    await readsRightToLeft(page);
    await visible(page.getByRole('heading', { level: 1, name: t('plans.title') }));
    await expectNoAxeViolations(page, 'the plan list in Arabic');

    await page.goto(`/plans/${planId}/steps/${stepIds[DISCUSSION_STEP]}`);
    await readsRightToLeft(page);
    const discussion = await visible(page.getByRole('region', { name: t('comments.heading') }));
    await visible(discussion.getByText(t('comments.empty')));
    await expectNoAxeViolations(page, 'a step with an empty discussion, in Arabic');

    // Type the comment, then mention the owner from the Mention menu: Enter opens it, arrows move, Enter picks.
    const field = discussion.getByRole('textbox', { name: t('comments.field') });
    await tabTo(page, field);
    await page.keyboard.type('هل يمكن للوزارة تأكيد بند الميزانية؟ ');
    const mentionButton = discussion.getByRole('button', { name: t('comments.mention'), exact: true });
    await tabTo(page, mentionButton);
    await page.keyboard.press('Enter');
    const menu = await visible(page.getByRole('menu', { name: t('comments.mentionMenu') }));
    await eventually(() => expectNoAxeViolations(page, 'the mention menu in Arabic', { include: '.cdk-overlay-container' }), 3_000);
    await pressUntilFocused(page, 'ArrowDown', menu.getByRole('menuitem', { name: owner.name }));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await menu.count()).toBe(0));
    await eventually(async () => expect(await field.inputValue()).toBe(`هل يمكن للوزارة تأكيد بند الميزانية؟ @${owner.name} `));
    // The caret is back in the comment, after the name: typing goes on there.
    await eventually(async () => expect(await isFocused(field)).toBe(true));
    await page.keyboard.type('شكراً.');
    const text = `هل يمكن للوزارة تأكيد بند الميزانية؟ @${owner.name} شكراً.`;
    await eventually(async () => expect(await field.inputValue()).toBe(text));

    const postButton = discussion.getByRole('button', { name: t('comments.post') });
    await tabTo(page, postButton);
    const posted = page.waitForResponse((response) => response.request().method() === 'POST' && /comments$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await posted).status()).toBe(201);
    const comment = discussion.getByRole('listitem').filter({ hasText: text });
    await visible(comment);
    await eventually(async () => expect(await field.inputValue()).toBe(''));
    await visible(page.locator('.cdk-live-announcer-element').getByText(t('comments.posted')));
    await expectNoAxeViolations(page, 'the discussion with a comment, in Arabic');
    const commentsPath = `/plans/${planId}/steps/${stepIds[DISCUSSION_STEP]}/comments`;
    const { items: comments } = await ownerApi.get<{ items: { body: string; mentions: { id: string }[] }[] }>(commentsPath);
    expect(comments.at(-1)).toMatchObject({ body: text, mentions: [{ id: owner.userId }] });

    // Edit: Enter on Edit puts the focus in the text; Save by keyboard brings it back to Edit.
    const editButton = comment.getByRole('button', { name: t('comments.editAction', { name: editor.name }) });
    await tabTo(page, editButton, { backwards: true });
    await page.keyboard.press('Enter');
    const editField = discussion.getByRole('textbox', { name: t('comments.editLabel') });
    await eventually(async () => expect(await isFocused(editField)).toBe(true));
    await page.keyboard.press('End');
    await page.keyboard.type(' قبل يوم الجمعة.');
    const editedText = `${text} قبل يوم الجمعة.`;
    await tabTo(page, discussion.getByRole('button', { name: t('comments.saveEdit') }), { maxPresses: 3 });
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    const edited = discussion.getByRole('listitem').filter({ hasText: editedText });
    await visible(edited.getByText(t('comments.editedMarker')));
    await eventually(async () => expect(await isFocused(edited.getByRole('button', { name: t('comments.editAction', { name: editor.name }) }))).toBe(true));

    // A second comment, posted by mistake and deleted: Enter on Delete, the confirmation starts on Cancel.
    await tabTo(page, field);
    await page.keyboard.type('ملاحظة نُشرت بالخطأ.');
    await tabTo(page, postButton);
    await page.keyboard.press('Enter');
    const mistake = discussion.getByRole('listitem').filter({ hasText: 'ملاحظة نُشرت بالخطأ.' });
    await visible(mistake);
    await tabTo(page, mistake.getByRole('button', { name: t('comments.deleteAction', { name: editor.name }) }), { backwards: true });
    await page.keyboard.press('Enter');
    const dialog = await visible(page.getByRole('alertdialog', { name: t('comments.delete.title') }));
    // The dialog is laid out right to left too (it lives outside the app's element, in an overlay).
    expect(await dialog.evaluate((element) => element.closest('[dir]')?.getAttribute('dir'))).toBe('rtl');
    await visible(dialog.getByText(t('comments.delete.message', { name: editor.name })));
    await eventually(async () => expect(await isFocused(dialog.getByRole('button', { name: t('common.cancel') }))).toBe(true));
    await eventually(
      () => expectNoAxeViolations(page, 'the delete-comment confirmation in Arabic', { include: '[role="alertdialog"]' }),
      3_000,
    );
    await tabTo(page, dialog.getByRole('button', { name: t('comments.delete.confirm') }), { maxPresses: 3 });
    const deleted = page.waitForResponse((response) => response.request().method() === 'DELETE');
    await page.keyboard.press('Enter');
    expect((await deleted).status()).toBeLessThan(300);
    await visible(discussion.getByText(t('comments.tombstone')));
    await eventually(async () => expect(await mistake.count()).toBe(0));
    await eventually(async () => expect(await isFocused(discussion.getByRole('heading', { level: 2, name: t('comments.heading') }))).toBe(true));
    await visible(edited);
    await expectNoAxeViolations(page, 'the discussion after a deletion, in Arabic');
  });

  test('the ministry reaches the bell by Tab, follows the mention by keyboard, then marks all read', async () => {
    // A second mention, from the contributor, so that something is left to mark read after following the first.
    const contributorApi = await ApiClient.signIn(demoAccounts.opdContributor);
    await contributorApi.post(`/plans/${planId}/steps/${stepIds[DISCUSSION_STEP]}/comments`, {
      body: `@${owner.name} نحن جاهزون للمساعدة.`,
      mentionIds: [owner.userId],
    });
    // Both mentions wait unread (the count may also hold a reminder that came after the bell was emptied).
    const { items, unreadCount: unread } = await ownerApi.get<{
      items: { kind: string; stepId: string | null; readAt: string | null; actor: { name: string } | null }[];
      unreadCount: number;
    }>('/notifications');
    const unreadMentions = items.filter(
      (item) => item.kind === 'mention' && item.stepId === stepIds[DISCUSSION_STEP] && item.readAt === null,
    );
    expect(unreadMentions.map((item) => item.actor?.name).sort()).toEqual([contributor.name, editor.name].sort());

    const { page } = await openTab(browser());
    await signInByKeyboard(page, demoAccounts.ministryOwner, t('plans.title'));
    await readsRightToLeft(page);

    const bell = page.getByRole('button', { name: t('notifications.buttonUnread', { count: unread }) });
    await tabTo(page, bell, { backwards: true });
    await page.keyboard.press('Enter');
    const menu = await visible(page.getByRole('menu', { name: t('notifications.title') }));
    await eventually(() => expectNoAxeViolations(page, 'the notifications menu in Arabic', { include: '.notifications-menu' }), 3_000);
    await visible(menu.getByRole('menuitem', { name: t('notifications.markAllRead') }));
    // "<name> mentioned you on RES-01 …" (older notifications about other steps may be in the menu too).
    const mentionedBy = (name: string) =>
      new RegExp(literally(t('notifications.kind.mention', { actor: name, summary: `${DISCUSSION_STEP}\u0000` }).split('\u0000')[0]));
    await visible(menu.getByRole('menuitem', { name: mentionedBy(contributor.name) }));
    const fromEditor = menu.getByRole('menuitem', { name: mentionedBy(editor.name) });
    expect(await fromEditor.textContent()).toContain(t('notifications.unreadPrefix'));
    await pressUntilFocused(page, 'ArrowDown', fromEditor);
    await page.keyboard.press('Enter');

    await page.waitForURL(new RegExp(`/steps/${stepIds[DISCUSSION_STEP]}$`));
    const discussion = await visible(page.getByRole('region', { name: t('comments.heading') }));
    await visible(discussion.getByText(/قبل يوم الجمعة\.$/));
    // The new page's heading has the focus, as after any navigation.
    await eventually(async () => expect(await isFocused(page.getByRole('heading', { level: 1 }))).toBe(true));
    const bellOneUnread = page.getByRole('button', { name: t('notifications.buttonUnread', { count: unread - 1 }) });
    await visible(bellOneUnread);

    // Space opens the bell too; "Mark all as read" comes first.
    await tabTo(page, bellOneUnread, { backwards: true });
    await page.keyboard.press('Space');
    const markAll = (await visible(page.getByRole('menu', { name: t('notifications.title') }))).getByRole('menuitem', {
      name: t('notifications.markAllRead'),
    });
    await eventually(async () => expect(await isFocused(markAll)).toBe(true));
    const markedRead = page.waitForResponse((response) => response.request().method() === 'POST' && /read-all$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await markedRead).status()).toBeLessThan(300);
    const readBell = page.getByRole('button', { name: t('notifications.title'), exact: true });
    await visible(readBell);
    await eventually(async () => expect(await isFocused(readBell)).toBe(true));
    expect((await ownerApi.get<{ unreadCount: number }>('/notifications')).unreadCount).toBe(0);
    await expectNoAxeViolations(page, 'the step page after following a notification, in Arabic');
    await page.close();
  });

  test('live refresh in Arabic: the plan list follows, the step page notes it politely or warns over unsaved changes', async () => {
    const page = editorPage;

    // The plan page: the owner starts a step; the list shows its new status, in Arabic, without reloading.
    await page.goto(`/plans/${planId}?area=RES`);
    await readsRightToLeft(page);
    const row = await visible(stepRow(page, PLAN_LIST_STEP));
    expect(await row.textContent()).toContain(t('status.not_started'));
    await liveStreamConnected(page);
    await saveAsOwner(ownerApi, planId, stepIds[PLAN_LIST_STEP], { status: 'in_progress' });
    await visible(row.getByText(t('status.in_progress'), { exact: true }));
    await expectNoAxeViolations(page, 'the plan page after a live update, in Arabic');

    // The step page: a save elsewhere is shown at once, with a polite note.
    await page.goto(`/plans/${planId}/steps/${stepIds[LIVE_STEP]}`);
    await readsRightToLeft(page);
    const progress = page.getByRole('spinbutton', { name: t('steps.fields.progressPercent') });
    await eventually(async () => expect(await progress.isEditable()).toBe(true));
    await liveStreamConnected(page);
    await saveAsOwner(ownerApi, planId, stepIds[LIVE_STEP], { progress: 40 });
    await eventually(async () => expect(await progress.inputValue()).toBe('40'));
    await visible(page.getByRole('status').getByText(t('steps.live.updated')));
    await expectNoAxeViolations(page, 'the step page with the live note, in Arabic');

    // With unsaved changes typed in, a banner instead; its button is reached by keyboard and shows the latest version.
    await tabTo(page, progress);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('55');
    await saveAsOwner(ownerApi, planId, stepIds[LIVE_STEP], { progress: 60 });
    const banner = await visible(page.getByRole('alert').filter({ hasText: t('steps.live.changedElsewhere') }));
    expect(await progress.inputValue()).toBe('55');
    await expectNoAxeViolations(page, 'the step page with the changed-elsewhere banner, in Arabic');
    await tabTo(page, banner.getByRole('button', { name: t('steps.live.showLatest') }), { backwards: true });
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await progress.inputValue()).toBe('60'));
    await eventually(async () => expect(await banner.count()).toBe(0));
    // The button went with the banner: the focus moves to the step's title rather than falling back to the page's start.
    await eventually(async () => expect(await isFocused(page.getByRole('heading', { level: 1 }))).toBe(true));
  });
});
