import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoPlan, planRequest } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

describe('plans over HTTP', () => {
  let sut: TestApp;
  let owner: string;
  let editor: string;
  let viewer: string;
  let outsider: string;

  beforeAll(async () => {
    sut = await startTestApp();
    [owner, editor, viewer] = await Promise.all(['owner@demo.org', 'editor@demo.org', 'viewer@demo.org'].map((email) => sut.tokenFor(email)));
    const users = sut.running.app.get((await import('../users/users.service.js')).UsersService);
    await users.create({ email: 'outsider@example.org', name: 'Outsider', password: 'outsider-password' });
    outsider = await sut.tokenFor('outsider@example.org', 'outsider-password');
  });
  afterAll(() => sut.close());

  it('creates a plan from the catalogue with one step per catalogue step, remembering key and version', async () => {
    const created = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201);
    expect(created.body).toMatchObject({ title: 'National community mental health reform', country: 'KEN', status: 'active', myRole: 'owner', catalogueVersion: 1, stepCount: 57, doneCount: 0, progress: 0, version: 1 });
    const steps = await sut.http().get(`/api/v1/plans/${created.body.id}/steps`).query({ pageSize: 200 }).set(bearer(owner)).expect(200);
    expect(steps.body.total).toBe(57);
    expect(steps.body.items[0]).toMatchObject({ area: 'POL', catalogueKey: 'POL-01', catalogueVersion: 1, status: 'not_started', progress: 0 });
    expect(steps.body.items.at(-1)).toMatchObject({ area: 'SOC', catalogueKey: 'SOC-04' });
  });

  it('creates an empty plan when fromCatalogue is false', async () => {
    const created = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201);
    expect(created.body).toMatchObject({ stepCount: 0, catalogueVersion: null });
  });

  it.each([
    [{ country: 'XYZ' }, 'country'],
    [{ country: 'ke' }, 'country'],
    [{ startDate: '2027-02-30' }, 'startDate'],
    [{ endDate: '2026-12-31' }, 'endDate'],
    [{ title: '   ' }, 'title'],
    [{ fromCatalogue: 'yes' }, 'fromCatalogue'],
    [{ owner: 'me' }, 'owner'],
  ])('refuses %j with a 400 naming %s, and saves nothing', async (override, field) => {
    const before = await sut.http().get('/api/v1/plans').set(bearer(owner)).expect(200);
    const response = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest(override)).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    const after = await sut.http().get('/api/v1/plans').set(bearer(owner)).expect(200);
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('lists only the plans the user is a member of, and hides the others as 404', async () => {
    const plan = await demoPlan(sut, owner);
    const list = await sut.http().get('/api/v1/plans').set(bearer(outsider)).expect(200);
    expect(list.body.items).toEqual([]);
    await sut.http().get(`/api/v1/plans/${plan.id}`).set(bearer(outsider)).expect(404);
    await sut.http().get(`/api/v1/plans/${plan.id}/steps`).set(bearer(outsider)).expect(404);
    const asViewer = await sut.http().get(`/api/v1/plans/${plan.id}`).set(bearer(viewer)).expect(200);
    expect(asViewer.body.myRole).toBe('viewer');
  });

  it('shows the demo plan as a living plan: steps done, under way and overdue', async () => {
    const plan = await sut.http().get(`/api/v1/plans/${(await demoPlan(sut, viewer)).id}`).set(bearer(viewer)).expect(200);
    expect(plan.body.doneCount).toBeGreaterThanOrEqual(1);
    expect(plan.body.overdueCount).toBeGreaterThanOrEqual(1);
    expect(plan.body.progress).toBeGreaterThan(0);
    expect(plan.body.country).toBe('XDM');
  });

  it('lets the viewer read but never write', async () => {
    const plan = await demoPlan(sut, owner);
    const response = await sut.http().patch(`/api/v1/plans/${plan.id}`).set(bearer(viewer)).send({ version: plan.version, title: 'Changed' }).expect(403);
    expect(response.body.statusCode).toBe(403);
    await sut.http().delete(`/api/v1/plans/${plan.id}`).set(bearer(viewer)).expect(403);
    await sut.http().delete(`/api/v1/plans/${plan.id}`).set(bearer(editor)).expect(403);
  });

  it('updates with the current version and answers a stale one with 409 and the current plan', async () => {
    const created = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201);
    const first = await sut.http().patch(`/api/v1/plans/${created.body.id}`).set(bearer(owner)).send({ version: 1, title: 'First title' }).expect(200);
    expect(first.body).toMatchObject({ title: 'First title', version: 2 });
    const stale = await sut.http().patch(`/api/v1/plans/${created.body.id}`).set(bearer(owner)).send({ version: 1, title: 'Second title' }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, errors: [{ field: 'version' }], current: { title: 'First title', version: 2 } });
  });

  it('refuses an end date before the stored start date', async () => {
    const created = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201);
    const response = await sut.http().patch(`/api/v1/plans/${created.body.id}`).set(bearer(owner)).send({ version: 1, endDate: '2026-01-01' }).expect(400);
    expect(response.body.errors[0].field).toBe('endDate');
  });

  it('archives on delete; the archived plan stays readable and refuses every change', async () => {
    const created = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201);
    const planId = created.body.id;
    const archived = await sut.http().delete(`/api/v1/plans/${planId}`).set(bearer(owner)).expect(200);
    expect(archived.body.status).toBe('archived');
    await sut.http().get(`/api/v1/plans/${planId}`).set(bearer(owner)).expect(200);
    await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: archived.body.version, title: 'x' }).expect(409);
    await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'POL', title: 'Late step' }).expect(409);
    const active = await sut.http().get('/api/v1/plans').set(bearer(owner)).expect(200);
    expect(active.body.items.map((plan: { id: string }) => plan.id)).not.toContain(planId);
    const all = await sut.http().get('/api/v1/plans').query({ includeArchived: 'true' }).set(bearer(owner)).expect(200);
    expect(all.body.items.map((plan: { id: string }) => plan.id)).toContain(planId);
  });

  it('answers a malformed plan id with a 400 naming planId', async () => {
    const response = await sut.http().get('/api/v1/plans/not-a-uuid').set(bearer(owner)).expect(400);
    expect(response.body.errors[0].field).toBe('planId');
  });

  it('refuses unknown query parameters', async () => {
    const response = await sut.http().get('/api/v1/plans').query({ includeArchived: 'maybe' }).set(bearer(owner)).expect(400);
    expect(response.body.errors[0].field).toBe('includeArchived');
  });
});
