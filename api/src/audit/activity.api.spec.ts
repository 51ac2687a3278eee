import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { demoPlan, planRequest, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

describe('plan activity over HTTP', () => {
  let sut: TestApp;
  let owner: string;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    sut = await startTestApp();
    [owner, editor, viewer] = await Promise.all(['owner@demo.org', 'editor@demo.org', 'viewer@demo.org'].map((email) => sut.tokenFor(email)));
  });
  afterAll(() => sut.close());

  const activity = (planId: string, token: string, query: Record<string, string | number> = {}) =>
    sut.http().get(`/api/v1/plans/${planId}/activity`).query(query).set(bearer(token)).expect(200);

  it('records who changed what, with the values before and after, newest first', async () => {
    const planId = (await demoPlan(sut, owner)).id;
    const step = await stepByKey(sut, owner, planId, 'RES-02');
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(editor)).send({ version: step.version, progress: 15, status: 'in_progress' }).expect(200);
    const me = await sut.http().get('/api/v1/auth/me').set(bearer(editor)).expect(200);

    const response = await activity(planId, viewer, { entityId: step.id });
    expect(response.body.total).toBe(1);
    expect(response.body.items[0]).toMatchObject({
      entityType: 'step',
      entityId: step.id,
      action: 'update',
      actor: { id: me.body.id, name: me.body.name },
      changes: [
        { field: 'status', before: 'not_started', after: 'in_progress' },
        { field: 'progress', before: 0, after: 15 },
      ],
    });
    expect(response.body.items[0].entityLabel).toMatch(/^RES-02 /);
  });

  it('records the creation of a plan, of a custom step, its deletion and the archiving', async () => {
    const plan = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false, title: 'Audited plan' })).expect(201);
    const step = await sut.http().post(`/api/v1/plans/${plan.body.id}/steps`).set(bearer(owner)).send({ area: 'FIN', title: 'Ring-fence the transition fund' }).expect(201);
    await sut.http().delete(`/api/v1/plans/${plan.body.id}/steps/${step.body.id}`).set(bearer(owner)).expect(204);
    await sut.http().patch(`/api/v1/plans/${plan.body.id}`).set(bearer(owner)).send({ version: 1, title: 'Audited plan, renamed' }).expect(200);
    await sut.http().delete(`/api/v1/plans/${plan.body.id}`).set(bearer(owner)).expect(200);
    const response = await activity(plan.body.id, owner);
    expect(response.body.items.map((event: { entityType: string; action: string }) => `${event.entityType}:${event.action}`)).toEqual([
      'plan:archive',
      'plan:update',
      'step:delete',
      'step:create',
      'plan:create',
    ]);
    expect(response.body.items[1].changes).toEqual([{ field: 'title', before: 'Audited plan', after: 'Audited plan, renamed' }]);
    expect(response.body.items[2].changes).toContainEqual({ field: 'title', before: 'Ring-fence the transition fund', after: null });
  });

  it('writes nothing when the change is refused, and nothing for a save that changes nothing', async () => {
    const planId = (await demoPlan(sut, owner)).id;
    const step = await stepByKey(sut, owner, planId, 'RES-03');
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, dueDate: '2000-01-01', startDate: '2001-01-01' }).expect(400);
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version + 5, progress: 5 }).expect(409);
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, title: step.title }).expect(200);
    expect((await activity(planId, owner, { entityId: step.id })).body.total).toBe(0);
  });

  it('filters by person and by date, and pages', async () => {
    const planId = (await demoPlan(sut, owner)).id;
    const me = await sut.http().get('/api/v1/auth/me').set(bearer(owner)).expect(200);
    const before = (await activity(planId, owner, { actorId: me.body.id })).body.total;
    for (const key of ['RES-04', 'PSY-01', 'PSY-03']) {
      const step = await stepByKey(sut, owner, planId, key);
      await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, priority: 'low' }).expect(200);
    }
    const mine = await activity(planId, owner, { actorId: me.body.id, pageSize: 2 });
    expect(mine.body).toMatchObject({ total: before + 3, page: 1, pageSize: 2 });
    expect(mine.body.items).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await activity(planId, owner, { from: today, to: today })).body.total).toBeGreaterThanOrEqual(3);
    expect((await activity(planId, owner, { to: '2000-01-01' })).body.total).toBe(0);
    const bad = await sut.http().get(`/api/v1/plans/${planId}/activity`).query({ from: 'yesterday' }).set(bearer(owner)).expect(400);
    expect(bad.body.errors[0].field).toBe('from');
  });

  it('cannot be edited or deleted, not even directly in the database', async () => {
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    await expect(dataSource.query(`UPDATE audit_events SET entity_label = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
