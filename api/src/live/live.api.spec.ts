import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openEventStream } from '../../test/event-stream.js';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, DATABASE_MODE, startTestApp, type TestApp } from '../../test/test-app.js';

describe('live updates', () => {
  let first: TestApp;
  /** A second API process on the same database (server mode); the same one on the embedded database. */
  let second: TestApp;
  let owner: string;
  let planId: string;
  let base: string;

  beforeAll(async () => {
    first = await startTestApp();
    second = DATABASE_MODE === 'server' ? await startTestApp({ sharedDatabaseUrl: first.running.databaseUrl }) : first;
    owner = await first.tokenFor('owner@demo.org');
    planId = (await demoPlan(first, owner)).id;
    base = await second.listen();
  });
  afterAll(async () => {
    if (second !== first) await second.close();
    await first.close();
  });

  it('pushes a change made through one API process to a stream opened on another', async () => {
    const viewer = await second.tokenFor('viewer@demo.org');
    const ticket = await second.http().post(`/api/v1/plans/${planId}/events/tickets`).set(bearer(viewer)).expect(201);
    const stream = await openEventStream(`${base}/api/v1/plans/${planId}/events?ticket=${ticket.body.ticket}`);
    try {
      expect(stream.status).toBe(200);
      const step = await stepByKey(first, owner, planId, 'SVC-01');
      // Listening for sure once `ready` arrives: no pause to guess.
      await stream.next((candidate) => candidate.type === 'ready');
      await first.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, progress: 33 }).expect(200);
      const event = await stream.next((candidate) => candidate.type === 'plan-event');
      expect(event.data).toMatchObject({ planId, entityType: 'step', entityId: step.id, action: 'update' });
    } finally {
      stream.close();
    }
  });

  it('sends nothing for a refused change, and nothing about other plans', async () => {
    const stream = await openEventStream(`${base}/api/v1/plans/${planId}/events`, bearer(owner));
    try {
      const step = await stepByKey(first, owner, planId, 'SVC-02');
      // Listening for sure once `ready` arrives: no pause to guess.
      await stream.next((candidate) => candidate.type === 'ready');
      await first.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version + 1, progress: 5 }).expect(409);
      const other = await first.http().post('/api/v1/plans').set(bearer(owner))
        .send({ title: 'Elsewhere', country: 'PER', startDate: '2027-01-01', endDate: '2028-01-01', fromCatalogue: false }).expect(201);
      await first.http().patch(`/api/v1/plans/${other.body.id}`).set(bearer(owner)).send({ version: 1, title: 'Elsewhere, renamed' }).expect(200);
      await first.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, progress: 6 }).expect(200);
      const event = await stream.next((candidate) => candidate.type === 'plan-event');
      expect(event.data).toMatchObject({ planId, entityId: step.id, action: 'update' });
    } finally {
      stream.close();
    }
  });

  it('refuses a ticket for another plan, a ticket used as a bearer token, and a stream without either', async () => {
    const other = await first.http().post('/api/v1/plans').set(bearer(owner))
      .send({ title: 'Other', country: 'PER', startDate: '2027-01-01', endDate: '2028-01-01', fromCatalogue: false }).expect(201);
    const ticket = await first.http().post(`/api/v1/plans/${other.body.id}/events/tickets`).set(bearer(owner)).expect(201);
    const wrongPlan = await openEventStream(`${base}/api/v1/plans/${planId}/events?ticket=${ticket.body.ticket}`);
    expect(wrongPlan.status).toBe(401);
    wrongPlan.close();
    await first.http().get('/api/v1/auth/me').set(bearer(ticket.body.ticket)).expect(401);
    const anonymous = await openEventStream(`${base}/api/v1/plans/${planId}/events`);
    expect(anonymous.status).toBe(401);
    anonymous.close();
  });
});
