import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import smtpTester, { type MailServer } from 'smtp-tester';
import type { DataSource } from 'typeorm';
import { planRequest } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';
import { RemindersService } from './reminders.service.js';

const SMTP_PORT = 20000 + Math.floor(Math.random() * 20000);
const ROUNDS = 12;

/** Membership is the one truth: due-soon and overdue reminders go to current members only. */
describe('who is reminded of a due date', () => {
  let sut: TestApp;
  let db: DataSource;
  let mailServer: MailServer;
  let owner: string;
  let reminders: RemindersService;
  const mailsTo = new Map<string, string[]>();

  beforeAll(async () => {
    mailServer = smtpTester.init(SMTP_PORT);
    sut = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true` } });
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    owner = await sut.tokenFor('owner@demo.org');
    reminders = sut.running.app.get(RemindersService);
    // The demo plan's own reminders, out of the way of the rounds below.
    await reminders.runOnce();
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => mailServer.stop(resolve));
  });

  const day = (offset: number) => new Date(Date.now() + offset * 86400_000).toISOString().slice(0, 10);
  const newPlan = async () => (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body.id as string;
  const newStep = async (planId: string, dueDate: string) =>
    (await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'POL', title: `Due ${dueDate}`, dueDate }).expect(201)).body.id as string;
  const newUser = async (email: string) => {
    mailsTo.set(email, []);
    mailServer.bind(email, (_address, _id, mail) => mailsTo.get(email)!.push(String(mail.headers.subject)));
    return (await sut.running.app.get(UsersService).create({ email, name: `Person ${email.split('@')[0]}`, password: 'a long enough passphrase' })).id;
  };
  const unreadAbout = async (userId: string, planId: string) =>
    ((await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND plan_id = $2 AND read_at IS NULL`, [userId, planId])) as { n: number }[])[0].n;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('reminds no assignee who is no member of the plan (an assignment left over from before removals cleared them)', async () => {
    const planId = await newPlan();
    const dueSoon = await newStep(planId, day(1));
    const overdue = await newStep(planId, day(-2));
    const formerId = await newUser('former-assignee@example.org');
    for (const stepId of [dueSoon, overdue]) await db.query(`INSERT INTO step_assignees (step_id, user_id) VALUES ($1, $2)`, [stepId, formerId]);

    await reminders.runOnce();

    expect(await unreadAbout(formerId, planId)).toBe(0);
    expect(await db.query(`SELECT kind FROM reminders_sent WHERE user_id = $1`, [formerId])).toEqual([]);
    await settle();
    expect(mailsTo.get('former-assignee@example.org')).toEqual([]);
  });

  it(`leaves a removed member with no reminder about the plan when a round and the removal race (${ROUNDS} rounds)`, async () => {
    const planId = await newPlan();
    const email = 'leaving-assignee@example.org';
    const memberId = await newUser(email);
    for (let round = 0; round < ROUNDS; round++) {
      await db.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, 'contributor')`, [planId, memberId]);
      // A step of its own each round, so that each round has a reminder to send.
      const stepId = await newStep(planId, day(round % 2 === 0 ? 1 : -1));
      await db.query(`INSERT INTO step_assignees (step_id, user_id) VALUES ($1, $2)`, [stepId, memberId]);
      // The removal starts a little later each round, so both orders of the two transactions occur.
      const [, removal] = await Promise.all([
        reminders.runOnce(),
        new Promise((resolve) => setTimeout(resolve, round % 6)).then(() => sut.http().delete(`/api/v1/plans/${planId}/members/${memberId}`).set(bearer(owner))),
      ]);
      expect(removal.status).toBe(204);
      // The removal takes the unread notifications of the plan with it, so any left was written after it.
      expect(await unreadAbout(memberId, planId)).toBe(0);
    }
    // And once they are gone, a round has nothing for them.
    const sentBefore = mailsTo.get(email)!.length;
    await reminders.runOnce();
    await settle();
    expect(mailsTo.get(email)!.length).toBe(sentBefore);
  });
});
