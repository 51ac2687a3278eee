import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { planRequest, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

type Persona = 'owner' | 'editor' | 'contributor' | 'viewer';
const PERSONAS: Persona[] = ['owner', 'editor', 'contributor', 'viewer'];

// Written out rather than read from the table: these are the rules the product promises.
const ON_PLAN: Record<Persona, string[]> = {
  owner: [
    'plan.read', 'plan.update', 'plan.archive', 'step.create', 'step.update', 'step.delete', 'members.manage', 'comment.write',
    'report.write', 'report.review', 'indicator.manage', 'measurement.write', 'budget.manage', 'share.manage',
  ],
  editor: ['plan.read', 'plan.update', 'step.create', 'step.update', 'step.delete', 'comment.write', 'report.write', 'indicator.manage', 'measurement.write', 'budget.manage'],
  contributor: ['plan.read', 'comment.write', 'measurement.write'],
  // The viewer is named reviewer below: review comes from the flag, not the role.
  viewer: ['plan.read', 'report.review'],
};
const CONTRIBUTOR_ON_ASSIGNED_STEP = ['plan.read', 'step.update', 'comment.write', 'report.write', 'measurement.write'];

describe('myPermissions on plans and steps', () => {
  let sut: TestApp;
  let tokens: Record<Persona, string>;
  let planId: string;
  let assigned: { id: string; version: number };
  let unassigned: { id: string; version: number };

  const http = () => sut.http();
  const getPlan = (persona: Persona) => http().get(`/api/v1/plans/${planId}`).set(bearer(tokens[persona])).expect(200);
  const getStep = (persona: Persona, stepId: string) => http().get(`/api/v1/plans/${planId}/steps/${stepId}`).set(bearer(tokens[persona])).expect(200);

  beforeAll(async () => {
    sut = await startTestApp();
    const signedIn = await Promise.all(PERSONAS.map((persona) => sut.tokenFor(`${persona}@demo.org`)));
    tokens = Object.fromEntries(PERSONAS.map((persona, index) => [persona, signedIn[index]])) as Record<Persona, string>;
    const plan = await http().post('/api/v1/plans').set(bearer(tokens.owner)).send(planRequest()).expect(201);
    planId = plan.body.id;
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    const ids = new Map<string, string>(
      (await dataSource.query(`SELECT email, id FROM users WHERE email LIKE '%@demo.org'`)).map((row: { email: string; id: string }) => [row.email, row.id]),
    );
    for (const persona of ['editor', 'contributor', 'viewer'] as const) {
      await dataSource.query(`INSERT INTO plan_members (plan_id, user_id, role, reviewer) VALUES ($1, $2, $3, $4)`, [
        planId, ids.get(`${persona}@demo.org`), persona, persona === 'viewer',
      ]);
    }
    const [law01, law02] = await Promise.all(['LAW-01', 'LAW-02'].map((key) => stepByKey(sut, tokens.owner, planId, key)));
    const patched = await http().patch(`/api/v1/plans/${planId}/steps/${law01.id}`).set(bearer(tokens.owner))
      .send({ version: law01.version, assigneeIds: [ids.get('contributor@demo.org')] }).expect(200);
    assigned = patched.body;
    unassigned = law02;
  });
  afterAll(() => sut.close());

  it.each(PERSONAS)('the plan tells the %s what their role allows, in the detail and in the list', async (persona) => {
    expect((await getPlan(persona)).body.myPermissions).toEqual(ON_PLAN[persona]);
    const list = await http().get('/api/v1/plans').set(bearer(tokens[persona])).expect(200);
    expect(list.body.items.find((item: { id: string }) => item.id === planId).myPermissions).toEqual(ON_PLAN[persona]);
  });

  it('a step adds a contributor\'s step.update and report.write only where they are assigned; others see the plan\'s list', async () => {
    expect((await getStep('contributor', assigned.id)).body.myPermissions).toEqual(CONTRIBUTOR_ON_ASSIGNED_STEP);
    expect((await getStep('contributor', unassigned.id)).body.myPermissions).toEqual(ON_PLAN.contributor);
    for (const persona of ['owner', 'editor', 'viewer'] as const) {
      expect((await getStep(persona, assigned.id)).body.myPermissions).toEqual(ON_PLAN[persona]);
    }
    const list = await http().get(`/api/v1/plans/${planId}/steps`).query({ area: 'LAW' }).set(bearer(tokens.contributor)).expect(200);
    const byId = new Map(list.body.items.map((step: { id: string; myPermissions: string[] }) => [step.id, step.myPermissions]));
    expect(byId.get(assigned.id)).toEqual(CONTRIBUTOR_ON_ASSIGNED_STEP);
    expect(byId.get(unassigned.id)).toEqual(ON_PLAN.contributor);
  });

  it.each(PERSONAS)('what the %s is told matches what the guard does: editing the plan and the steps, adding a step', async (persona) => {
    const token = bearer(tokens[persona]);
    const plan = (await getPlan(persona)).body;
    await http().patch(`/api/v1/plans/${planId}`).set(token).send({ version: plan.version, description: `Edited by ${persona}` })
      .expect(plan.myPermissions.includes('plan.update') ? 200 : 403);
    await http().post(`/api/v1/plans/${planId}/steps`).set(token).send({ area: 'LAW', title: `Added by ${persona}` })
      .expect(plan.myPermissions.includes('step.create') ? 201 : 403);
    for (const stepId of [assigned.id, unassigned.id]) {
      const step = (await getStep(persona, stepId)).body;
      await http().patch(`/api/v1/plans/${planId}/steps/${stepId}`).set(token).send({ version: step.version, progress: step.progress + 1 })
        .expect(step.myPermissions.includes('step.update') ? 200 : 403);
    }
  });

  it('a catalogue step lists step.delete for owners and editors, and the API deletes it', async () => {
    const [forEditor, forContributor] = await Promise.all(['POL-01', 'POL-02'].map((key) => stepByKey(sut, tokens.owner, planId, key)));
    expect(forEditor.catalogueKey).not.toBeNull();
    expect((await getStep('editor', forEditor.id)).body.myPermissions).toContain('step.delete');
    await http().delete(`/api/v1/plans/${planId}/steps/${forEditor.id}`).set(bearer(tokens.editor)).expect(204);
    expect((await getStep('contributor', forContributor.id)).body.myPermissions).not.toContain('step.delete');
    await http().delete(`/api/v1/plans/${planId}/steps/${forContributor.id}`).set(bearer(tokens.contributor)).expect(403);
  });

  describe('once the plan is archived', () => {
    let archived: { myPermissions: string[] };
    beforeAll(async () => {
      archived = (await http().delete(`/api/v1/plans/${planId}`).set(bearer(tokens.owner)).expect(200)).body;
    });

    it('lists no write permission to anyone, from the archiving answer on', async () => {
      expect(archived.myPermissions).toEqual(['plan.read', 'share.manage']);
      expect((await getPlan('owner')).body.myPermissions).toEqual(['plan.read', 'share.manage']);
      expect((await getPlan('editor')).body.myPermissions).toEqual(['plan.read']);
      expect((await getPlan('viewer')).body.myPermissions).toEqual(['plan.read']);
      expect((await getStep('contributor', assigned.id)).body.myPermissions).toEqual(['plan.read']);
    });

    it('and the guard refuses the writes it no longer lists', async () => {
      const step = (await getStep('editor', assigned.id)).body;
      await http().patch(`/api/v1/plans/${planId}/steps/${assigned.id}`).set(bearer(tokens.editor)).send({ version: step.version, progress: 50 }).expect(409);
      await http().get(`/api/v1/plans/${planId}/share-links`).set(bearer(tokens.owner)).expect(200);
    });
  });
});
