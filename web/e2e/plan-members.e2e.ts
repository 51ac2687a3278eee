import { beforeAll, describe, expect, test } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { dialogSettled, expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { demoAccounts, demoPlanTitle } from './support/environment.js';
import { openPlan } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { eventually, isFocused, visible } from './support/waiting.js';

const inviteeName = 'Leila Haddad';
const inviteeEmail = `leila.haddad.${Date.now()}@peer-voices.example`;

/** The ministry (owner) brings a peer worker into the plan and adjusts who may do what. */
describe('Plan members (ministry owner invites a new person)', () => {
  const browser = useChromium();
  let owner: { context: BrowserContext; page: Page };
  let acceptUrl = '';

  beforeAll(async () => {
    owner = await openTab(browser());
    await owner.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('the owner sees the members and invites someone, copying the link', async () => {
    const { page } = owner;
    await signIn(page, demoAccounts.ministryOwner);
    await openPlan(page, demoPlanTitle);
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Members' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Members of the plan' }));
    await visible(page.getByRole('row', { name: /editor@demo\.org/ }));
    await visible(page.getByRole('heading', { level: 2, name: 'Pending invitations' }));
    await expectNoAxeViolations(page, 'the members page of an owner');

    await page.getByRole('button', { name: 'Invite someone' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Invite someone to the plan' }));
    await dialog.getByRole('textbox', { name: 'Email' }).fill(inviteeEmail);
    await dialog.getByRole('radio', { name: /^Contributor/ }).check();
    // The email (and the new account) will be in the inviter's language unless another is chosen.
    expect(await dialog.getByRole('combobox', { name: 'Language of the invitation' }).textContent()).toContain('English');
    await dialogSettled(page, 'the invitation dialog');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();

    const link = await visible(dialog.getByRole('textbox', { name: 'Invitation link' }));
    acceptUrl = await link.inputValue();
    expect(acceptUrl).toMatch(/\/invitations\/\S+$/);
    await visible(dialog.getByText(/No email was sent|The link was sent by email/));
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await visible(dialog.getByText('Link copied.'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(acceptUrl);
    await dialogSettled(page, 'the created invitation');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await visible(page.getByRole('row', { name: new RegExp(inviteeEmail.replace(/[.+]/g, '\\$&')) }));
  });

  test('a fresh browser opens the link, sets a name and password, and lands in the plan as contributor', async () => {
    const { page } = await openTab(browser());
    await page.goto(new URL(acceptUrl).pathname);
    await visible(page.getByRole('heading', { level: 1, name: /^Join “Veloria:/ }));
    await visible(page.getByText(/invited you .* as Contributor\./));
    await expectNoAxeViolations(page, 'the invitation page');

    await page.getByRole('textbox', { name: 'Your name' }).fill(inviteeName);
    await page.getByLabel('New password').fill('password123');
    await page.getByLabel('Confirm password').fill('password12');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await visible(page.getByText('The passwords do not match.'));

    // The server refuses a very common password: said next to the field.
    await page.getByLabel('Confirm password').fill('password123');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await visible(page.getByText('This password is too common and easy to guess. Choose another one.'));
    await visible(page.getByRole('button', { name: 'Create account and join' }).and(page.locator(':enabled')));
    // The error fades in: check once it is fully shown.
    await eventually(() => expectNoAxeViolations(page, 'the invitation page with errors'), 3_000);

    const password = 'river-lantern-orchard-42';
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
    await visible(page.getByRole('heading', { level: 1, name: demoPlanTitle }));
    const facts = page.getByRole('definition').filter({ hasText: /^Contributor$/ });
    await visible(facts);
    await eventually(async () => expect(await page.title()).toMatch(/^Veloria:.* · Reform Roadmap$/));
    await page.context().close();
  });

  test('the owner changes the new member’s role, and cannot leave the plan without an owner', async () => {
    const { page } = owner;
    await page.reload();
    const row = page.getByRole('row', { name: new RegExp(inviteeName) });
    await visible(row);
    expect(await page.getByRole('row', { name: new RegExp(inviteeEmail.replace(/[.+]/g, '\\$&')) }).count()).toBe(1);
    await row.getByRole('button', { name: `Change role of ${inviteeName}` }).click();
    let dialog = await visible(page.getByRole('dialog', { name: `Role of ${inviteeName}` }));
    expect(await dialog.getByRole('radio', { name: /^Contributor/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^Editor/ }).check();
    await dialogSettled(page, 'the change-role dialog');
    await dialog.getByRole('button', { name: 'Save role' }).click();
    await visible(page.getByText(`${inviteeName} is now: Editor.`));
    await visible(row.getByRole('cell', { name: 'Editor', exact: true }));

    const me = page.getByRole('row', { name: /owner@demo\.org/ });
    const myName = (await me.getByRole('rowheader').textContent())?.replace('You', '').trim() ?? '';
    // Keyboard only: the only owner tries to become a viewer.
    await me.getByRole('button', { name: `Change role of ${myName}` }).focus();
    await page.keyboard.press('Enter');
    dialog = await visible(page.getByRole('dialog', { name: `Role of ${myName}` }));
    await dialog.getByRole('radio', { name: /^Viewer/ }).focus();
    await page.keyboard.press('Space');
    await dialog.getByRole('button', { name: 'Save role' }).focus();
    await page.keyboard.press('Enter');
    await visible(page.getByRole('alert').getByText(/the plan must keep at least one owner/));
    await visible(me.getByRole('cell', { name: 'Owner', exact: true }));
    await eventually(() => expectNoAxeViolations(page, 'the members page with an error'), 3_000);
  });

  test('the activity page tells what happened, filtered by person in the URL', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Activity' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Activity' }));
    const events = page.getByRole('list').filter({ has: page.getByRole('listitem') }).last();
    const roleChange = events.getByRole('listitem').filter({ hasText: `changed the role of ${inviteeName}` }).first();
    await visible(roleChange);
    const roleRow = roleChange.getByRole('row', { name: /Role/ });
    expect(await roleRow.getByRole('cell').allTextContents()).toEqual(['Contributor', 'Editor']);
    await visible(events.getByRole('listitem').filter({ hasText: `${inviteeName} joined the plan` }));
    await visible(events.getByRole('listitem').filter({ hasText: `invited ${inviteeEmail}` }));
    await expectNoAxeViolations(page, 'the activity page');

    await page.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: inviteeName }).click();
    await page.waitForURL(/actorId=/);
    await visible(page.getByRole('status').getByText('Events: 1'));
    await visible(events.getByRole('listitem').filter({ hasText: `${inviteeName} joined the plan` }));
    expect(await page.getByText(`changed the role of ${inviteeName}`).count()).toBe(0);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/activity$/);
    await visible(events.getByRole('listitem').filter({ hasText: `changed the role of ${inviteeName}` }).first());
    await page.getByLabel('From').fill('2000-01-01');
    await page.getByLabel('To').fill('2000-01-02');
    await page.getByLabel('To').press('Tab');
    await page.waitForURL(/to=2000-01-02/);
    await visible(page.getByText('No events match these filters.'));
    // The snack bar of the role change may still be fading out.
    await eventually(() => expectNoAxeViolations(page, 'the activity page without results'), 6_000);
  });

  test('a role changed behind the open page: the owner’s change shows the role as it is now, and saves on retry', async () => {
    const { page } = owner;
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Members' }).click();
    const row = page.getByRole('row', { name: new RegExp(inviteeName) });
    await visible(row.getByRole('cell', { name: 'Editor', exact: true }));

    // Someone else (the same owner, from another device) makes the new member a viewer.
    const api = await ApiClient.signIn(demoAccounts.ministryOwner);
    const { items: plans } = await api.get<{ items: StoredPlan[] }>('/plans');
    const plan = plans.find((candidate) => demoPlanTitle.test(candidate.title));
    expect(plan).toBeDefined();
    type StoredMember = { userId: string; name: string; role: string; version: number };
    const membersPath = `/plans/${plan?.id}/members`;
    const before = (await api.get<{ items: StoredMember[] }>(membersPath)).items.find((item) => item.name === inviteeName);
    expect(before?.role).toBe('editor');
    await api.patch(`${membersPath}/${before?.userId}`, { role: 'viewer', version: before?.version });

    // The page still says Editor; the owner makes them a contributor.
    await row.getByRole('button', { name: `Change role of ${inviteeName}` }).click();
    let dialog = await visible(page.getByRole('dialog', { name: `Role of ${inviteeName}` }));
    expect(await dialog.getByRole('radio', { name: /^Editor/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^Contributor/ }).check();
    const refused = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await dialog.getByRole('button', { name: 'Save role' }).click();
    expect((await refused).status()).toBe(409);

    // Told what happened, where the focus now is, and what the role is now; the row says so too.
    const heading = page.getByRole('heading', { level: 3, name: `Someone else changed the role of ${inviteeName} meanwhile` });
    await visible(heading);
    await eventually(async () => expect(await isFocused(heading)).toBe(true));
    const conflict = page.getByRole('region', { name: `Someone else changed the role of ${inviteeName} meanwhile` });
    await visible(conflict.getByText(`The role of ${inviteeName} is now: Viewer.`));
    await visible(conflict.getByText('Your choice (Contributor) was not saved. You can choose again, starting from the current role.'));
    await visible(row.getByRole('cell', { name: 'Viewer', exact: true }));
    // Screen readers hear it at once (the CDK live announcer's assertive region).
    await eventually(async () =>
      expect(await page.locator('.cdk-live-announcer-element[aria-live="assertive"]').textContent()).toContain(
        `The role of ${inviteeName} is now: Viewer.`,
      ),
    );
    await eventually(() => expectNoAxeViolations(page, 'the members page after a stale role change'), 3_000);

    // Choosing again starts from the current role, and this time it is saved.
    await conflict.getByRole('button', { name: `Choose again: role of ${inviteeName}` }).click();
    dialog = await visible(page.getByRole('dialog', { name: `Role of ${inviteeName}` }));
    expect(await dialog.getByRole('radio', { name: /^Viewer/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^Contributor/ }).check();
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await dialog.getByRole('button', { name: 'Save role' }).click();
    expect((await saved).status()).toBe(200);
    await visible(page.getByText(`${inviteeName} is now: Contributor.`));
    await visible(row.getByRole('cell', { name: 'Contributor', exact: true }));
    await heading.waitFor({ state: 'detached' });
    // The message and its button are gone: the focus is back on the member's row.
    await eventually(async () =>
      expect(await isFocused(row.getByRole('button', { name: `Change role of ${inviteeName}` }))).toBe(true),
    );
    const after = (await api.get<{ items: StoredMember[] }>(membersPath)).items.find((item) => item.name === inviteeName);
    expect(after).toMatchObject({ role: 'contributor', version: (before?.version ?? 0) + 2 });
  });
});
