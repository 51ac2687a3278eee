import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { planRequest } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';

const PARALLEL = 20;

/** A double (or twentyfold) click on "accept": one acceptance, the others told it is already used. */
describe('accepting one invitation many times at once', () => {
  let sut: TestApp;
  let db: DataSource;
  let owner: string;
  let planId: string;

  beforeAll(async () => {
    // Well over 60 acceptances a minute from 127.0.0.1; the per-address limit is not what is tested here.
    sut = await startTestApp({ env: { PUBLIC_RATE_LIMIT: '100000' } });
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    owner = await sut.tokenFor('owner@demo.org');
    planId = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body.id;
  });
  afterAll(() => sut.close());

  const invite = async (email: string) => {
    const created = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).send({ email, role: 'contributor' }).expect(201);
    return created.body.acceptUrl.split('/').at(-1) as string;
  };
  const failuresOf = async (email: string) =>
    ((await db.query(`SELECT count(*)::int AS n FROM login_failures WHERE lower(email) = lower($1)`, [email])) as { n: number }[])[0].n;
  const acceptInParallel = (token: string, password: string) =>
    Promise.all(
      Array.from({ length: PARALLEL }, () => sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'Racing Invitee', password })),
    );

  async function expectOneAcceptance(email: string, answers: Awaited<ReturnType<typeof acceptInParallel>>): Promise<void> {
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([201, ...Array.from({ length: PARALLEL - 1 }, () => 409)]);
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body.message).toMatch(/already been accepted/);
    }
    expect(await failuresOf(email)).toBe(0);
    const [{ members }] = await db.query(
      `SELECT count(*)::int AS members FROM plan_members m JOIN users u ON u.id = m.user_id WHERE m.plan_id = $1 AND lower(u.email) = lower($2)`,
      [planId, email],
    );
    expect(members).toBe(1);
    const session = answers.find((answer) => answer.status === 201)!.body.session;
    await sut.http().get(`/api/v1/plans/${planId}`).set(bearer(session.accessToken)).expect(200);
  }

  it(`creates one account: of ${PARALLEL} parallel acceptances by a newcomer, one succeeds and the rest get 409, none counted as a failed sign-in`, async () => {
    // A few rounds: the account created by the first acceptance appears at a different moment for the others each time.
    for (let round = 0; round < 5; round++) {
      const email = `newcomer-race-${round}@example.org`;
      await expectOneAcceptance(email, await acceptInParallel(await invite(email), 'a long and uncommon passphrase'));
    }
  });

  it(`checks the password once: of ${PARALLEL} parallel acceptances with an existing account's password, one succeeds and the rest get 409`, async () => {
    const email = 'existing-race@example.org';
    await sut.running.app.get(UsersService).create({ email, name: 'Existing Invitee', password: 'the existing passphrase' });
    await expectOneAcceptance(email, await acceptInParallel(await invite(email), 'the existing passphrase'));
  });

  it('still counts a wrong password of an existing account as a failed sign-in, and the invitation stays usable', async () => {
    const email = 'existing-wrong@example.org';
    await sut.running.app.get(UsersService).create({ email, name: 'Existing Invitee', password: 'the existing passphrase' });
    const token = await invite(email);
    await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'x', password: 'not the passphrase' }).expect(401);
    expect(await failuresOf(email)).toBe(1);
    await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'x', password: 'the existing passphrase' }).expect(201);
    expect(await failuresOf(email)).toBe(0);
  });
});
