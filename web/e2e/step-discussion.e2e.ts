import { describe, expect, test } from '@jest/globals';
import { expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { openPlan, openStep } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { eventually, isFocused, visible } from './support/waiting.js';

const STEP_KEY = 'POL-03';

/** The NGO (editor) discusses a step with the ministry (owner); the donor (viewer) only reads. */
describe('Discussing a step (NGO editor mentions the ministry owner, who is notified)', () => {
  const browser = useChromium();

  test('the editor comments mentioning the owner, whose bell leads to it; edits and deletes; a viewer reads only', async () => {
    const api = await ApiClient.signIn(demoAccounts.ministryOwner);
    const { items: plans } = await api.get<{ items: StoredPlan[] }>('/plans');
    const plan = plans.find((candidate) => demoPlanTitle.test(candidate.title));
    const { items: members } = await api.get<{ items: { userId: string; name: string; email: string }[] }>(
      `/plans/${plan?.id}/members`,
    );
    const owner = members.find((member) => member.email === demoAccounts.ministryOwner);
    expect(owner).toBeDefined();
    const editorName = members.find((member) => member.email === demoAccounts.ngoEditor)?.name ?? '';
    const ownerName = owner?.name ?? '';
    // The demo data leaves the owner some reminders; start from an empty bell.
    await api.post('/notifications/read-all');

    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ngoEditor);
    await openPlan(page, demoPlanTitle);
    await openStep(page, STEP_KEY);

    const discussion = await visible(page.getByRole('region', { name: 'Discussion' }));
    await visible(discussion.getByText('No comments yet. Start the discussion below.'));

    // Posting nothing is refused at the field.
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    await visible(discussion.getByText('This field is required.'));

    const field = discussion.getByRole('textbox', { name: 'Your comment' });
    await field.fill('Could the ministry confirm the budget line? ');
    await discussion.getByRole('button', { name: 'Mention' }).click();
    await page.getByRole('menuitem', { name: ownerName }).click();
    await eventually(async () => expect(await field.inputValue()).toContain(`@${ownerName} `));

    const posted = page.waitForResponse((response) => response.request().method() === 'POST' && /comments$/.test(response.url()));
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    expect((await posted).status()).toBe(201);
    const comment = discussion.getByRole('listitem').filter({ hasText: 'Could the ministry confirm the budget line?' });
    await visible(comment);
    await eventually(async () => expect(await field.inputValue()).toBe(''));
    await expectNoAxeViolations(page, 'the step page with its discussion');

    // The stored comment mentions the owner.
    const { items: comments } = await api.get<{ items: { body: string; mentions: { id: string }[] }[] }>(
      `/plans/${plan?.id}/steps/${page.url().split('/').pop()}/comments`,
    );
    expect(comments.at(-1)?.mentions.map((mention) => mention.id)).toContain(owner?.userId);

    // The owner's bell counts the mention; it leads to the step and its comment, and is then read.
    const ownerTab = await openTab(browser());
    await signIn(ownerTab.page, demoAccounts.ministryOwner);
    const bell = ownerTab.page.getByRole('button', { name: 'Notifications, 1 unread' });
    await visible(bell);
    await bell.click();
    const menu = await visible(ownerTab.page.getByRole('menu', { name: 'Notifications' }));
    await eventually(
      () => expectNoAxeViolations(ownerTab.page, 'the open notifications menu', { include: '.notifications-menu' }),
      3_000,
    );
    const mention = menu.getByRole('menuitem', { name: /mentioned you on POL-03/ });
    expect(await mention.textContent()).toContain(`${editorName} mentioned you on POL-03`);
    await mention.click();
    await ownerTab.page.waitForURL(/\/steps\/[0-9a-f-]+$/);
    const ownerDiscussion = await visible(ownerTab.page.getByRole('region', { name: 'Discussion' }));
    await visible(ownerDiscussion.getByText('Could the ministry confirm the budget line?'));
    await visible(ownerTab.page.getByRole('button', { name: 'Notifications', exact: true }));
    await ownerTab.page.close();

    // The author edits it.
    await comment.getByRole('button', { name: /^Edit comment by/ }).click();
    const editField = discussion.getByRole('textbox', { name: 'Edit your comment' });
    await editField.fill(`@${ownerName} could the ministry confirm the budget line by Friday?`);
    await discussion.getByRole('button', { name: 'Save comment' }).click();
    const edited = discussion.getByRole('listitem').filter({ hasText: 'by Friday?' });
    await visible(edited.getByText('(edited)'));

    // Edited meanwhile elsewhere (the same author, another device): the stale save shows the current text.
    await edited.getByRole('button', { name: /^Edit comment by/ }).click();
    await editField.fill(`@${ownerName} could the ministry confirm the budget line by Monday?`);
    const editorApi = await ApiClient.signIn(demoAccounts.ngoEditor);
    const commentsUrl = `/plans/${plan?.id}/steps/${page.url().split('/').pop()}/comments`;
    const { items: stored } = await editorApi.get<{ items: { id: string; version: number }[] }>(commentsUrl);
    const latest = stored.at(-1);
    await editorApi.patch(`${commentsUrl}/${latest?.id}`, { body: 'Changed on my phone.', version: latest?.version });
    const stale = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await discussion.getByRole('button', { name: 'Save comment' }).click();
    expect((await stale).status()).toBe(409);
    const conflict = await visible(discussion.getByRole('alert').filter({ hasText: 'Someone else changed this comment' }));
    await visible(conflict.getByText('Changed on my phone.'));
    expect(await editField.inputValue()).toContain('by Monday?');
    await expectNoAxeViolations(page, 'a comment edit conflict');
    const retried = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await discussion.getByRole('button', { name: 'Save my text anyway' }).click();
    expect((await retried).status()).toBe(200);
    await visible(discussion.getByRole('listitem').filter({ hasText: 'by Monday?' }));

    // A second comment, then deleted with a confirmation: a tombstone stays.
    await field.fill('A note posted by mistake.');
    await discussion.getByRole('button', { name: 'Post comment' }).click();
    const mistake = discussion.getByRole('listitem').filter({ hasText: 'A note posted by mistake.' });
    await visible(mistake);
    await mistake.getByRole('button', { name: /^Delete comment by/ }).click();
    const dialog = await visible(page.getByRole('alertdialog', { name: 'Delete this comment?' }));
    await eventually(
      () => expectNoAxeViolations(page, 'the delete-comment confirmation', { include: '[role="alertdialog"]' }),
      3_000,
    );
    await dialog.getByRole('button', { name: 'Delete comment' }).click();
    await visible(discussion.getByText('This comment was deleted.'));
    await eventually(async () => expect(await mistake.count()).toBe(0));
    // The Delete button went with the text; focus stays in the discussion.
    const heading = discussion.getByRole('heading', { level: 2, name: 'Discussion' });
    await eventually(async () => expect(await isFocused(heading)).toBe(true));

    // The donor reads the discussion but cannot post.
    const viewer = await openTab(browser());
    await signIn(viewer.page, demoAccounts.donorViewer);
    await openPlan(viewer.page, demoPlanTitle);
    await openStep(viewer.page, STEP_KEY);
    const readOnly = await visible(viewer.page.getByRole('region', { name: 'Discussion' }));
    await visible(readOnly.getByText('by Monday?'));
    await visible(readOnly.getByText('This comment was deleted.'));
    expect(await readOnly.getByRole('textbox').count()).toBe(0);
    expect(await readOnly.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(viewer.page, 'the discussion, read only');
  });
});
