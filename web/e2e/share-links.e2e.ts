import { beforeAll, describe, expect, test } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { dialogSettled, expectNoAxeViolations } from './support/accessibility.js';
import { ApiClient, type StoredPlan } from './support/api-client.js';
import { openTab, useChromium } from './support/browser.js';
import { baseUrl, demoAccounts, demoPlanTitle } from './support/environment.js';
import { openPlan } from './support/plan-pages.js';
import { signIn } from './support/session.js';
import { literally, translations } from './support/translations.js';
import { eventually, isFocused, tabTo, visible } from './support/waiting.js';

const en = translations('en');
const linkName = `Parliament health committee ${Date.now()}`;

/** What the share link's public address answers: enough to check the page against. */
interface SharedPlan {
  plan: { title: string };
  progress: { overall: number | null };
}

interface ListedLink { id: string; name: string; state: string; openCount: number }

/** The public address of a share link, asked without any session. */
function openShared(token: string): Promise<Response> {
  return fetch(new URL(`/api/v1/share/${encodeURIComponent(token)}`, baseUrl));
}

/** The row of the share-link table for this session's link. */
function linkRow(page: Page) {
  return page.getByRole('row', { name: new RegExp(literally(linkName)) });
}

/** The ministry (owner) shares a read-only view of the plan with people who have no account, then takes it back. */
describe('Share links (the owner shares the plan with people without an account)', () => {
  const browser = useChromium();
  let owner: { context: BrowserContext; page: Page };
  let plan: StoredPlan | undefined;
  let shareUrl = '';

  beforeAll(async () => {
    owner = await openTab(browser());
    await owner.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const api = await ApiClient.signIn(demoAccounts.ministryOwner);
    plan = (await api.get<{ items: StoredPlan[] }>('/plans')).items.find((candidate) => demoPlanTitle.test(candidate.title));
  });

  test('the owner opens the Sharing tab and creates a public link with the keyboard, copying the address shown once', async () => {
    expect(plan).toBeDefined();
    const { page } = owner;
    await signIn(page, demoAccounts.ministryOwner);
    await openPlan(page, demoPlanTitle);
    await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Sharing' }).click();
    await page.waitForURL(/\/sharing$/);
    await visible(page.getByRole('heading', { level: 2, name: en('sharing.heading') }));
    await expectNoAxeViolations(page, 'the Sharing tab');

    const create = page.getByRole('button', { name: en('sharing.create.action') });
    await tabTo(page, create);
    await page.keyboard.press('Enter');
    const dialog = await visible(page.getByRole('dialog', { name: en('sharing.create.title') }));
    // The name has the focus; each tier says what its audience sees; public is chosen to start with.
    const name = dialog.getByRole('textbox', { name: en('sharing.create.name') });
    await eventually(async () => expect(await isFocused(name)).toBe(true));
    await page.keyboard.type(linkName);
    const publicTier = dialog.getByRole('radio', { name: new RegExp(`^${literally(en('sharing.tier.public'))}`) });
    expect(await publicTier.isChecked()).toBe(true);
    await visible(dialog.getByText(en('sharing.tierHelp.public')));
    await visible(dialog.getByText(en('sharing.tierHelp.donor')));
    // "Show names" is for donor links only.
    expect(await dialog.getByRole('checkbox', { name: new RegExp(literally(en('sharing.create.showNames'))) }).count()).toBe(0);
    await dialogSettled(page, 'the share-link dialog');
    const submit = dialog.getByRole('button', { name: en('sharing.create.submit') });
    await tabTo(page, submit);
    const created = page.waitForResponse((response) => response.request().method() === 'POST' && /\/share-links$/.test(response.url()));
    await page.keyboard.press('Enter');
    expect((await created).status()).toBe(201);

    const address = await visible(dialog.getByRole('textbox', { name: en('sharing.created.url') }));
    shareUrl = await address.inputValue();
    expect(shareUrl).toMatch(/\/share\/\S+$/);
    await visible(dialog.getByText(en('sharing.created.once')));
    await tabTo(page, dialog.getByRole('button', { name: en('sharing.created.copy') }));
    await page.keyboard.press('Enter');
    await visible(dialog.getByText(en('sharing.created.copied')));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shareUrl);
    await dialogSettled(page, 'the created share link');

    await dialog.getByRole('button', { name: en('common.close') }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = await visible(linkRow(page));
    await visible(row.getByRole('cell', { name: en('sharing.tier.public'), exact: true }));
    await visible(row.getByRole('cell', { name: en('sharing.state.active'), exact: true }));
    // Shown once: the table and the page hold no trace of the secret.
    expect(await page.content()).not.toContain(new URL(shareUrl).pathname);
    await expectNoAxeViolations(page, 'the Sharing tab with a link');
  });

  let visitor: { context: BrowserContext; page: Page };

  test('someone without an account opens the address and reads the plan’s title and progress', async () => {
    visitor = await openTab(browser());
    const { page } = visitor;
    const path = new URL(shareUrl).pathname;
    const token = path.split('/').pop() ?? '';
    const answer = await openShared(token);
    expect(answer.status).toBe(200);
    const shared = (await answer.json()) as SharedPlan;
    expect(shared.plan.title).toBe(plan?.title);

    await page.goto(path);
    await visible(page.getByRole('heading', { level: 1, name: shared.plan.title }));
    if (shared.progress.overall !== null) {
      const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(shared.progress.overall / 100);
      await visible(page.getByText(percent, { exact: true }).first());
    }
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });

  test('the owner revokes the link after a confirmation that starts on Cancel; the address stops working', async () => {
    const { page } = owner;
    await page.reload();
    const row = await visible(linkRow(page));
    // Opened (by the visitor's page and the check above): counted.
    const opens = Number((await row.getByRole('cell').nth(4).textContent())?.trim());
    expect(opens).toBeGreaterThanOrEqual(1);

    await row.getByRole('button', { name: en('sharing.revoke.actionFor', { name: linkName }) }).click();
    const confirm = await visible(page.getByRole('alertdialog', { name: en('sharing.revoke.title') }));
    await visible(confirm.getByText(en('sharing.revoke.message', { name: linkName })));
    await eventually(async () => expect(await isFocused(confirm.getByRole('button', { name: en('common.cancel') }))).toBe(true));
    await eventually(() => expectNoAxeViolations(page, 'the revoke confirmation', { include: '[role="alertdialog"]' }), 3_000);
    const revoked = page.waitForResponse((response) => response.request().method() === 'DELETE');
    await confirm.getByRole('button', { name: en('sharing.revoke.confirm') }).click();
    expect((await revoked).status()).toBe(200);
    await visible(row.getByRole('cell', { name: new RegExp(`^${literally(en('sharing.state.revoked'))}`) }));
    expect(await row.getByRole('button', { name: en('sharing.revoke.actionFor', { name: linkName }) }).count()).toBe(0);
    await eventually(() => expectNoAxeViolations(page, 'the Sharing tab with a revoked link'), 6_000);

    // The visitor reloads: the plan is gone, and the address answers 404.
    const path = new URL(shareUrl).pathname;
    await visitor.page.reload();
    await visible(visitor.page.getByRole('heading', { level: 1 }));
    expect(await visitor.page.getByRole('heading', { level: 1, name: plan?.title ?? '' }).count()).toBe(0);
    expect(await visitor.page.getByText(plan?.title ?? '').count()).toBe(0);
    expect((await openShared(path.split('/').pop() ?? '')).status).toBe(404);
    await visitor.context.close();

    // The list, as stored: opened at least once, revoked.
    const api = await ApiClient.signIn(demoAccounts.ministryOwner);
    const stored = (await api.get<{ items: ListedLink[] }>(`/plans/${plan?.id}/share-links`)).items.find((link) => link.name === linkName);
    expect(stored?.state).toBe('revoked');
    expect(stored?.openCount).toBeGreaterThanOrEqual(1);
    await page.reload();
    await visible(linkRow(page).getByRole('cell', { name: String(stored?.openCount), exact: true }));
  });

  test('an editor has no Sharing tab, and the page tells them it is the owners’', async () => {
    const { page } = await openTab(browser());
    await signIn(page, demoAccounts.ngoEditor);
    await openPlan(page, demoPlanTitle);
    const sections = page.getByRole('navigation', { name: 'Plan sections' });
    await visible(sections.getByRole('link', { name: 'Members' }));
    expect(await sections.getByRole('link', { name: 'Sharing' }).count()).toBe(0);

    await page.goto(`/plans/${plan?.id}/sharing`);
    await visible(page.getByText(en('sharing.ownersOnly')));
    expect(await page.getByRole('button', { name: en('sharing.create.action') }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page, 'the Sharing page of an editor');
    await page.context().close();
  });
});
