import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import smtpTester, { type MailServer } from 'smtp-tester';
import type { DataSource } from 'typeorm';
import { planRequest } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';

const SMTP_PORT = 20000 + Math.floor(Math.random() * 20000);
const ROUNDS = 12;

/** Membership is the one truth: a comment reaches current members of the plan and nobody else. */
describe('who hears about a comment', () => {
  let sut: TestApp;
  let db: DataSource;
  let mailServer: MailServer;
  let owner: string;
  const mailsTo = new Map<string, string[]>();

  beforeAll(async () => {
    mailServer = smtpTester.init(SMTP_PORT);
    sut = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true` } });
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    owner = await sut.tokenFor('owner@demo.org');
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => mailServer.stop(resolve));
  });

  const newPlan = async () => (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body.id as string;
  const newStep = async (planId: string) =>
    (await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'POL', title: 'Fund the crisis teams' }).expect(201)).body.id as string;
  const newUser = async (email: string) => {
    mailsTo.set(email, []);
    mailServer.bind(email, (_address, _id, mail) => mailsTo.get(email)!.push(mail.body ?? ''));
    return (await sut.running.app.get(UsersService).create({ email, name: `Person ${email.split('@')[0]}`, password: 'a long enough passphrase' })).id;
  };
  const unreadAbout = async (userId: string, planId: string) =>
    ((await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND plan_id = $2 AND read_at IS NULL`, [userId, planId])) as { n: number }[])[0].n;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('does not notify an assignee who is no member of the plan (an assignment left over from before removals cleared them)', async () => {
    const planId = await newPlan();
    const stepId = await newStep(planId);
    const formerId = await newUser('former@example.org');
    await db.query(`INSERT INTO step_assignees (step_id, user_id) VALUES ($1, $2)`, [stepId, formerId]);

    await sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/comments`).set(bearer(owner)).send({ body: 'Who is on this now?' }).expect(201);

    expect(await unreadAbout(formerId, planId)).toBe(0);
    await settle();
    expect(mailsTo.get('former@example.org')).toEqual([]);
  });

  it(`never leaves a removed member notified, nor emails them after the removal, when a comment and the removal race (${ROUNDS} rounds)`, async () => {
    const planId = await newPlan();
    const stepId = await newStep(planId);
    const email = 'leaving@example.org';
    const memberId = await newUser(email);
    const emailedRounds: number[] = [];
    const order: ('comment first' | 'removal first')[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await db.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, 'contributor')`, [planId, memberId]);
      await db.query(`INSERT INTO step_assignees (step_id, user_id) VALUES ($1, $2)`, [stepId, memberId]);
      const before = mailsTo.get(email)!.length;
      // The removal starts a little later each round, so both orders of the two transactions occur.
      const [comment, removal] = await Promise.all([
        sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/comments`).set(bearer(owner)).send({ body: `Round ${round}: status please` }),
        new Promise((resolve) => setTimeout(resolve, round % 6)).then(() => sut.http().delete(`/api/v1/plans/${planId}/members/${memberId}`).set(bearer(owner))),
      ]);
      expect([comment.status, removal.status]).toEqual([201, 204]);
      // The removal takes the unread notifications of the plan with it, so any left was written after it.
      expect(await unreadAbout(memberId, planId)).toBe(0);
      // Which transaction committed first: each writes its audit event last, under the locks it holds.
      const [{ commentEvent, removalEvent }] = await db.query(
        `SELECT max(id) FILTER (WHERE entity_type = 'comment')::bigint AS "commentEvent", max(id) FILTER (WHERE entity_type = 'member')::bigint AS "removalEvent"
           FROM audit_events WHERE plan_id = $1`,
        [planId],
      );
      order.push(BigInt(commentEvent) < BigInt(removalEvent) ? 'comment first' : 'removal first');
      await settle();
      if (mailsTo.get(email)!.length > before) emailedRounds.push(round);
    }
    // An email went out only in rounds where the comment was written while they were still a member.
    for (const round of emailedRounds) expect(`${round}: ${order[round]}`).toBe(`${round}: comment first`);
  });
});
