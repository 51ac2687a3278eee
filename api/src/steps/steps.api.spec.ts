import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoPlan, planRequest, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';

describe('action steps over HTTP', () => {
  let sut: TestApp;
  let owner: string;
  let editor: string;
  let contributor: string;
  let viewer: string;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    [owner, editor, contributor, viewer] = await Promise.all(
      ['owner@demo.org', 'editor@demo.org', 'contributor@demo.org', 'viewer@demo.org'].map((email) => sut.tokenFor(email)),
    );
    planId = (await demoPlan(sut, owner)).id;
  });
  afterAll(() => sut.close());

  const steps = (token: string, query: Record<string, string | number> = {}) =>
    sut.http().get(`/api/v1/plans/${planId}/steps`).query(query).set(bearer(token)).expect(200);

  it('lists steps in area order with paging and the total in the body', async () => {
    const first = await steps(viewer, { pageSize: 10 });
    expect(first.body).toMatchObject({ total: 57, page: 1, pageSize: 10 });
    expect(first.body.items).toHaveLength(10);
    const last = await steps(viewer, { pageSize: 10, page: 6 });
    expect(last.body.items).toHaveLength(7);
    expect(last.body.items.at(-1).area).toBe('SOC');
  });

  it('filters by area, status, assignee, overdue and text', async () => {
    expect((await steps(viewer, { area: 'LAW' })).body.total).toBe(8);
    const done = await steps(viewer, { status: 'done' });
    expect(done.body.items.map((step: { catalogueKey: string }) => step.catalogueKey)).toEqual(['CIV-02']);
    const overdue = await steps(viewer, { overdue: 'true' });
    expect(overdue.body.items.map((step: { catalogueKey: string }) => step.catalogueKey)).toEqual(['SVC-04']);
    expect(overdue.body.items[0].overdue).toBe(true);
    const me = await sut.http().get('/api/v1/auth/me').set(bearer(contributor)).expect(200);
    const mine = await steps(viewer, { assignee: me.body.id });
    expect(mine.body.items.map((step: { catalogueKey: string }) => step.catalogueKey).sort()).toEqual(['CIV-02', 'LAW-02', 'WFD-03']);
    const text = await steps(viewer, { q: 'peer voices' });
    expect(text.body.total).toBe(2);
    expect((await steps(viewer, { q: '100%_' })).body.total).toBe(0);
  });

  it.each([
    [{ area: 'XXX' }, 'area'],
    [{ status: 'finished' }, 'status'],
    [{ assignee: 'someone' }, 'assignee'],
    [{ overdue: 'yes' }, 'overdue'],
    [{ page: 0 }, 'page'],
    [{ pageSize: 500 }, 'pageSize'],
    [{ page: 'two' }, 'page'],
    [{ sort: 'title' }, 'sort'],
  ])('refuses the query %j with a 400 naming %s', async (query, field) => {
    const response = await sut.http().get(`/api/v1/plans/${planId}/steps`).query(query).set(bearer(viewer)).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('adds a custom step at the end of its area and edits every field', async () => {
    const users = await sut.http().get(`/api/v1/plans/${planId}/members`).set(bearer(editor)).expect(200);
    const created = await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(editor))
      .send({ area: 'LAW', title: 'Consult OPDs on the draft capacity law' }).expect(201);
    expect(created.body).toMatchObject({ catalogueKey: null, status: 'not_started', progress: 0, priority: 'medium', version: 1 });
    const law = await steps(viewer, { area: 'LAW' });
    expect(law.body.items.at(-1).id).toBe(created.body.id);

    const law02 = await stepByKey(sut, owner, planId, 'LAW-02');
    const organisations = await sut.http().get('/api/v1/organisations').set(bearer(editor)).expect(200);
    const peerVoices = organisations.body.items.find((organisation: { name: string }) => organisation.name === 'Peer Voices Network');
    const patched = await sut.http().patch(`/api/v1/plans/${planId}/steps/${created.body.id}`).set(bearer(editor)).send({
      version: 1,
      title: 'Consult OPDs on the draft legal capacity law',
      description: 'Two rounds of consultation.',
      status: 'in_progress',
      progress: 35,
      startDate: '2027-02-01',
      dueDate: '2027-06-30',
      leadOrganisationId: peerVoices.id,
      assigneeIds: [users.body.items[0].userId],
      priority: 'high',
      principles: ['participation', 'legal_capacity'],
      dependsOn: [law02.id],
    }).expect(200);
    expect(patched.body).toMatchObject({
      title: 'Consult OPDs on the draft legal capacity law',
      status: 'in_progress',
      progress: 35,
      startDate: '2027-02-01',
      dueDate: '2027-06-30',
      leadOrganisationId: peerVoices.id,
      leadOrganisation: { id: peerVoices.id, name: 'Peer Voices Network', kind: 'opd' },
      assigneeIds: [users.body.items[0].userId],
      priority: 'high',
      principles: ['participation', 'legal_capacity'],
      dependsOn: [law02.id],
      version: 2,
    });
    expect(patched.body.assignees[0].name).toBe(users.body.items[0].name);

    const cleared = await sut.http().patch(`/api/v1/plans/${planId}/steps/${created.body.id}`).set(bearer(editor))
      .send({ version: 2, dueDate: null, assigneeIds: [], dependsOn: [] }).expect(200);
    expect(cleared.body).toMatchObject({ dueDate: null, assigneeIds: [], dependsOn: [], startDate: '2027-02-01', version: 3 });
  });

  it('sets progress to 100 when a step is marked done without a progress', async () => {
    const step = await stepByKey(sut, owner, planId, 'INF-01');
    const done = await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, status: 'done' }).expect(200);
    expect(done.body).toMatchObject({ status: 'done', progress: 100 });
  });

  it.each([
    [{ progress: 101 }, 'progress'],
    [{ progress: 12.5 }, 'progress'],
    [{ status: 'finished' }, 'status'],
    [{ area: 'ABC' }, 'area'],
    [{ title: null }, 'title'],
    [{ startDate: '2027-05-01', dueDate: '2027-04-01' }, 'dueDate'],
    [{ assigneeIds: ['not-a-uuid'] }, 'assigneeIds'],
    [{ assigneeIds: ['6f1f6c3e-7d4e-4b9b-9a3e-2f1f6c3e7d4e'] }, 'assigneeIds'],
    [{ dependsOn: ['6f1f6c3e-7d4e-4b9b-9a3e-2f1f6c3e7d4e'] }, 'dependsOn'],
    [{ principles: ['kindness'] }, 'principles'],
    [{ leadOrganisationId: '6f1f6c3e-7d4e-4b9b-9a3e-2f1f6c3e7d4e' }, 'leadOrganisationId'],
    [{ leadOrganisationId: 'Ministry' }, 'leadOrganisationId'],
    [{ colour: 'red' }, 'colour'],
    [{}, 'version'],
  ])('refuses the change %j with a 400 naming %s and leaves the step as it was', async (change, field) => {
    const step = await stepByKey(sut, owner, planId, 'RES-01');
    const body = 'version' in change || field === 'version' ? change : { version: step.version, ...change };
    const response = await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send(body).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    const after = await sut.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).expect(200);
    expect(after.body).toEqual(step);
  });

  it('refuses to assign someone who is not a member of the plan', async () => {
    const outsider = await sut.running.app.get(UsersService).create({ email: 'outside@example.org', name: 'Outsider', password: 'outside password 1' });
    const step = await stepByKey(sut, owner, planId, 'PSY-02');
    const response = await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner))
      .send({ version: step.version, assigneeIds: [outsider.id] }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'assigneeIds' });
    expect(response.body.message).toMatch(/not members of this plan/);
  });

  it('refuses a due date before the stored start date', async () => {
    const step = await stepByKey(sut, owner, planId, 'POL-01');
    const response = await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner))
      .send({ version: step.version, dueDate: '1999-01-01' }).expect(400);
    expect(response.body.errors[0]).toMatchObject({ field: 'dueDate', message: 'dueDate must not be before startDate' });
  });

  it('refuses a dependency cycle and a dependency on a step of another plan', async () => {
    const pol01 = await stepByKey(sut, owner, planId, 'POL-01');
    const pol02 = await stepByKey(sut, owner, planId, 'POL-02');
    expect(pol02.dependsOn).toEqual([pol01.id]);
    const cycle = await sut.http().patch(`/api/v1/plans/${planId}/steps/${pol01.id}`).set(bearer(owner))
      .send({ version: pol01.version, dependsOn: [pol02.id] }).expect(400);
    expect(cycle.body.errors[0].field).toBe('dependsOn');
    expect(cycle.body.message).toMatch(/cycle/);

    const other = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201);
    const foreign = await stepByKey(sut, owner, other.body.id, 'POL-01');
    const response = await sut.http().patch(`/api/v1/plans/${planId}/steps/${pol01.id}`).set(bearer(owner))
      .send({ version: pol01.version, dependsOn: [foreign.id] }).expect(400);
    expect(response.body.errors[0].field).toBe('dependsOn');
    await sut.http().get(`/api/v1/plans/${planId}/steps/${foreign.id}`).set(bearer(owner)).expect(404);
  });

  it('answers two edits based on the same version with one save and one 409 carrying the saved step', async () => {
    const step = await stepByKey(sut, owner, planId, 'DRG-01');
    const [a, b] = await Promise.all([
      sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, progress: 20 }),
      sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(editor)).send({ version: step.version, progress: 70 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [saved, refused] = a.status === 200 ? [a, b] : [b, a];
    // The two callers differ in role, so each answer lists its own caller's permissions; the step is the same.
    const { myPermissions: _saved, ...savedStep } = saved.body;
    const { myPermissions: _current, ...currentStep } = refused.body.current;
    expect(currentStep).toEqual(savedStep);
    const after = await sut.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).expect(200);
    expect(after.body.progress).toBe(saved.body.progress);
    expect(after.body.version).toBe(step.version + 1);
  });

  it('lets a contributor edit only the steps assigned to them', async () => {
    const mine = await stepByKey(sut, owner, planId, 'WFD-03');
    const notMine = await stepByKey(sut, owner, planId, 'WFD-01');
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${mine.id}`).set(bearer(contributor)).send({ version: mine.version, progress: 55 }).expect(200);
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${notMine.id}`).set(bearer(contributor)).send({ version: notMine.version, progress: 55 }).expect(403);
    await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(contributor)).send({ area: 'POL', title: 'x' }).expect(403);
    await sut.http().delete(`/api/v1/plans/${planId}/steps/${mine.id}`).set(bearer(contributor)).expect(403);
  });

  it('never lets a viewer write', async () => {
    const step = await stepByKey(sut, owner, planId, 'POL-03');
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(viewer)).send({ version: step.version, progress: 5 }).expect(403);
    await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(viewer)).send({ area: 'POL', title: 'x' }).expect(403);
    await sut.http().delete(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(viewer)).expect(403);
  });

  it('deletes a step and its links, then answers 404 for it', async () => {
    const created = await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'SOC', title: 'Temporary step' }).expect(201);
    await sut.http().delete(`/api/v1/plans/${planId}/steps/${created.body.id}`).set(bearer(owner)).expect(204);
    await sut.http().get(`/api/v1/plans/${planId}/steps/${created.body.id}`).set(bearer(owner)).expect(404);
    await sut.http().delete(`/api/v1/plans/${planId}/steps/${created.body.id}`).set(bearer(owner)).expect(404);
  });

  it('answers malformed step ids with a 400 naming stepId', async () => {
    const response = await sut.http().get(`/api/v1/plans/${planId}/steps/123`).set(bearer(owner)).expect(400);
    expect(response.body.errors[0].field).toBe('stepId');
  });
});
