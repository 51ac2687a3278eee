import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import smtpTester, { type MailServer } from 'smtp-tester';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { RemindersService } from './reminders.service.js';

const SMTP_PORT = 20000 + Math.floor(Math.random() * 20000);

describe('due-date reminders', () => {
  let sut: TestApp;
  let mailServer: MailServer;
  let owner: string;
  let contributor: string;
  let planId: string;

  beforeAll(async () => {
    mailServer = smtpTester.init(SMTP_PORT);
    sut = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true` } });
    [owner, contributor] = await Promise.all(['owner@demo.org', 'contributor@demo.org'].map((email) => sut.tokenFor(email)));
    planId = (await demoPlan(sut, owner)).id;
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => mailServer.stop(resolve));
  });

  async function eventually<T>(find: () => T | undefined): Promise<T> {
    for (let tries = 0; tries < 100; tries++) {
      const found = find();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The expected email did not arrive within 10 s');
  }

  const bell = async (token: string) => (await sut.http().get('/api/v1/notifications').set(bearer(token)).expect(200)).body;

  it('reminds assignees of steps due soon and overdue, gives owners a digest, and sends each reminder once', async () => {
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    const inTwoDays = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, dueDate: inTwoDays }).expect(200);
    const dueSoonMail = mailServer.captureOne('contributor@demo.org', { wait: 10_000 });
    await sut.http().patch('/api/v1/auth/me').set(bearer(owner)).send({ language: 'fr' }).expect(200);
    const ownerMails: { subject: string; body: string }[] = [];
    mailServer.bind('owner@demo.org', (_address, _id, email) => ownerMails.push({ subject: String(email.headers.subject), body: email.body ?? '' }));

    const reminders = sut.running.app.get(RemindersService);
    const rounds = await Promise.all([reminders.runOnce(), reminders.runOnce()]);
    expect(rounds.filter((sent) => sent > 0)).toHaveLength(1);
    expect(await reminders.runOnce()).toBe(0);

    const contributorBell = await bell(contributor);
    expect(contributorBell.items).toContainEqual(expect.objectContaining({ kind: 'due_soon', stepId: step.id }));
    expect((await dueSoonMail).email.headers.subject).toMatch(/^Due soon: WFD-03/);
    const ownerBell = await bell(owner);
    const svc04 = await stepByKey(sut, owner, planId, 'SVC-04');
    expect(ownerBell.items).toContainEqual(expect.objectContaining({ kind: 'overdue', stepId: svc04.id }));
    expect(ownerBell.items).toContainEqual(expect.objectContaining({ kind: 'overdue_digest', planId, stepId: null }));
    expect(ownerBell.items.filter((item: { kind: string }) => item.kind === 'overdue_digest')).toHaveLength(1);

    // Each email is in its recipient's language: the owner switched to French, the contributor kept English.
    const overdueCount = (await sut.http().get(`/api/v1/plans/${planId}/steps?overdue=true`).set(bearer(owner)).expect(200)).body.total;
    const digest = await eventually(() => ownerMails.find((mail) => mail.subject.startsWith('Étapes en retard aujourd’hui')));
    const { title } = (await sut.http().get(`/api/v1/plans/${planId}`).set(bearer(owner)).expect(200)).body;
    expect(digest.body).toContain(`Étapes en retard dans votre plan « ${title} » : ${overdueCount}.`);
    await sut.http().patch('/api/v1/auth/me').set(bearer(owner)).send({ language: 'en' }).expect(200);
  });

  it('reminds again when the due date moves, and never for done steps', async () => {
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    const tomorrow = new Date(Date.now() + 86400_000).toISOString().slice(0, 10);
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, dueDate: tomorrow }).expect(200);
    const done = await stepByKey(sut, owner, planId, 'LAW-02');
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${done.id}`).set(bearer(owner)).send({ version: done.version, dueDate: tomorrow, status: 'done' }).expect(200);
    await sut.running.app.get(RemindersService).runOnce();
    const items = (await bell(contributor)).items.filter((item: { kind: string }) => item.kind === 'due_soon');
    expect(items.filter((item: { stepId: string }) => item.stepId === step.id)).toHaveLength(2);
    expect(items.filter((item: { stepId: string }) => item.stepId === done.id)).toHaveLength(0);
  });
});
