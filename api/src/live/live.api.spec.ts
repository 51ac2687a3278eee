import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openEventStream } from '../../test/event-stream.js';
import { openSseMessages, type SseMessage } from '../../test/sse-messages.js';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, DATABASE_MODE, startTestApp, type TestApp } from '../../test/test-app.js';
import { LISTENER_NAME, PlanEventsBus, REPLAY_LIMIT } from './plan-events.bus.js';

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
  const isPlanEvent = (message: SseMessage) => message.type === 'plan-event';
  const latestAuditId = async () =>
    (await first.running.app.get<DataSource>(getDataSourceToken()).query(`SELECT max(id)::text AS id FROM audit_events WHERE plan_id = $1`, [planId]))[0]
      .id as string;

  /** Saves the step's progress, one audited change each, and returns the step as saved. */
  async function saveProgress(step: { id: string; version: number }, progress: number) {
    const response = await first.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, progress }).expect(200);
    return response.body as { id: string; version: number };
  }

  it('gives every message the id of the latest change: `ready` the plan\'s latest, each plan-event its audit event\'s', async () => {
    const stream = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, bearer(owner));
    try {
      const ready = await stream.next((message) => message.type === 'ready');
      expect(ready.id).toBe(await latestAuditId());
      const step = await saveProgress(await stepByKey(first, owner, planId, 'SVC-03'), 41);
      const event = await stream.next(isPlanEvent);
      expect(event.id).toMatch(/^\d+$/);
      expect(event.data).toMatchObject({ id: event.id, planId, entityType: 'step', entityId: step.id, action: 'update' });
      expect(event.id).toBe(await latestAuditId());
      expect(BigInt(event.id!)).toBeGreaterThan(BigInt(ready.id!));
    } finally {
      stream.close();
    }
  });

  it('sends a stream reconnecting with Last-Event-ID the changes it missed, in order and once each, then `ready`, then live ones', async () => {
    let step = await stepByKey(first, owner, planId, 'SVC-04');
    const before = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, bearer(owner));
    await before.next((message) => message.type === 'ready');
    step = await saveProgress(step, 10);
    const seen = (await before.next(isPlanEvent)).id!;
    before.close();

    step = await saveProgress(step, 11);
    step = await saveProgress(step, 12);
    const missed = await first.running.app.get<DataSource>(getDataSourceToken())
      .query(`SELECT id::text AS id FROM audit_events WHERE plan_id = $1 AND id > $2 ORDER BY id`, [planId, seen]);
    expect(missed).toHaveLength(2);

    const after = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, { ...bearer(owner), 'Last-Event-ID': seen });
    try {
      const untilReady = await after.until((message) => message.type === 'ready');
      expect(untilReady.map((message) => [message.type, message.id])).toEqual([
        ['plan-event', missed[0].id],
        ['plan-event', missed[1].id],
        ['ready', missed[1].id],
      ]);
      step = await saveProgress(step, 13);
      const live = await after.until(isPlanEvent);
      expect(live).toHaveLength(1);
      expect(live[0].data).toMatchObject({ entityId: step.id, id: await latestAuditId() });
    } finally {
      after.close();
    }
  });

  it('resumes after `lastEventId` when a page reconnects with a new ticket (on another API process on a server)', async () => {
    let step = await stepByKey(first, owner, planId, 'SVC-05');
    const seen = await latestAuditId();
    step = await saveProgress(step, 20);
    const ticket = await second.http().post(`/api/v1/plans/${planId}/events/tickets`).set(bearer(owner)).expect(201);
    const stream = await openSseMessages(`${base}/api/v1/plans/${planId}/events?ticket=${ticket.body.ticket}&lastEventId=${seen}`);
    try {
      const untilReady = await stream.until((message) => message.type === 'ready');
      expect(untilReady.map((message) => message.type)).toEqual(['plan-event', 'ready']);
      expect(untilReady[0].data).toMatchObject({ entityId: step.id, action: 'update' });
    } finally {
      stream.close();
    }
  });

  it('refuses a lastEventId or Last-Event-ID that is not an event id with a 400 naming it', async () => {
    for (const bad of ['abc', '-1', '1.5', '12345678901234567890', '9223372036854775808', '']) {
      const response = await first.http().get(`/api/v1/plans/${planId}/events`).query({ lastEventId: bad }).set(bearer(owner)).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'lastEventId' })]);
    }
    const response = await first.http().get(`/api/v1/plans/${planId}/events`).set(bearer(owner)).set('Last-Event-ID', 'x1').expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'Last-Event-ID' })]);
  });

  it('tells a stream that missed more changes than it replays to reload (one `resync`), then goes on live', async () => {
    const bus = second.running.app.get(PlanEventsBus);
    expect(bus.replayLimit).toBe(REPLAY_LIMIT);
    // A thousand writes would take most of a minute on the embedded database: the same rule, with a limit of 3.
    bus.replayLimit = 3;
    try {
      const seen = await latestAuditId();
      let step = await stepByKey(first, owner, planId, 'SVC-06');
      for (const progress of [50, 51, 52]) step = await saveProgress(step, progress);
      const within = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, { ...bearer(owner), 'Last-Event-ID': seen });
      expect((await within.until((message) => message.type === 'ready')).map((message) => message.type)).toEqual(['plan-event', 'plan-event', 'plan-event', 'ready']);
      within.close();

      step = await saveProgress(step, 53);
      const stream = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, { ...bearer(owner), 'Last-Event-ID': seen });
      try {
        const untilReady = await stream.until((message) => message.type === 'ready');
        const latest = await latestAuditId();
        expect(untilReady.map((message) => [message.type, message.id])).toEqual([['resync', latest], ['ready', latest]]);
        step = await saveProgress(step, 54);
        expect((await stream.next(isPlanEvent)).data).toMatchObject({ entityId: step.id });
      } finally {
        stream.close();
      }
    } finally {
      bus.replayLimit = REPLAY_LIMIT;
    }
  });

  // Only a server has a listening connection that can be cut while the API runs.
  if (DATABASE_MODE === 'server') it('delivers changes saved while its listening connection was cut, once each, after it listens again', async () => {
    const stream = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, bearer(owner));
    const admin = new pg.Client({ connectionString: first.running.databaseUrl });
    await admin.connect();
    try {
      await stream.next((message) => message.type === 'ready');
      let step = await stepByKey(first, owner, planId, 'SVC-01');
      // Cut every listening connection as soon as it appears while the changes are saved: their notifications
      // are lost, so only reading them back after reconnecting gets them to the page.
      let cutting = true;
      let cuts = 0;
      const cutter = (async () => {
        while (cutting) {
          const rows = await admin.query(
            `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
            [LISTENER_NAME],
          );
          cuts += rows.rows.filter((row) => row.cut).length;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
      const saved: string[] = [];
      try {
        while (cuts === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        for (const progress of [60, 61, 62, 63, 64]) {
          step = await saveProgress(step, progress);
          saved.push(await latestAuditId());
        }
      } finally {
        cutting = false;
        await cutter;
      }
      const received = await stream.until((message) => isPlanEvent(message) && message.id === saved.at(-1), 15_000);
      expect(received.filter(isPlanEvent).map((message) => message.id)).toEqual(saved);
    } finally {
      stream.close();
      await admin.end();
    }
  });

  it('ends the stream of a member removed from the plan, after telling them', async () => {
    const viewer = await second.tokenFor('viewer@demo.org');
    const me = await second.http().get('/api/v1/auth/me').set(bearer(viewer)).expect(200);
    const stream = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, bearer(viewer));
    try {
      await stream.next((message) => message.type === 'ready');
      await first.http().delete(`/api/v1/plans/${planId}/members/${me.body.id}`).set(bearer(owner)).expect(204);
      const removal = await stream.next(isPlanEvent);
      expect(removal.data).toMatchObject({ entityType: 'member', entityId: me.body.id, action: 'delete' });
      await stream.ended();
      const again = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, bearer(viewer));
      expect(again.status).toBe(404);
      again.close();
    } finally {
      stream.close();
    }
  });
});
