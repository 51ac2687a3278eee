import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { planRequest } from './factories.js';
import { bearer, startTestApp, type TestApp } from './test-app.js';

/**
 * Bad input gets a 4xx naming the field, never a 500, and nothing is half-written
 * (issue 9, defects 3 and 8).
 */
describe('bad input over HTTP', () => {
  let sut: TestApp;
  let owner: string;
  let planId: string;
  let stepId: string;
  let db: DataSource;

  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);
  const plan = async () => (await sut.http().get(`/api/v1/plans/${planId}`).set(bearer(owner)).expect(200)).body;
  const count = async (sql: string, parameters: unknown[] = []) => Number((await db.query(sql, parameters))[0].count);

  beforeAll(async () => {
    sut = await startTestApp();
    owner = await sut.tokenFor('owner@demo.org');
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    planId = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false, description: 'Kept' })).expect(201)).body.id;
    stepId = (await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'POL', title: 'A step' }).expect(201)).body.id;
  });
  afterAll(() => sut.close());

  describe('defect 3: no 500 for bad input', () => {
    it('answers JSON nested 2,000 levels deep with 400 naming the body, signed in or not', async () => {
      const deep = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
      const login = await sut.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send(deep).expect(400);
      expect(fields(login.body)).toEqual(['body']);
      expect(login.body.message).toMatch(/nested too deeply/);
      const deepList = '['.repeat(2000) + ']'.repeat(2000);
      const before = await plan();
      const patch = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).set('Content-Type', 'application/json').send(`{"version":${before.version},"title":${deepList}}`).expect(400);
      expect(fields(patch.body)).toEqual(['body']);
      expect(await plan()).toEqual(before);
      // Ordinary nesting still passes.
      await sut.http().get(`/api/v1/plans/${planId}/steps/${stepId}/reports`).set(bearer(owner)).expect(200);
    });

    it('answers U+0000 in a text field or in ?q= with 400 naming the field, and saves nothing', async () => {
      const before = await plan();
      const title = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: before.version, title: 'Bad\u0000title' }).expect(400);
      expect(fields(title.body)).toEqual(['title']);
      const login = await sut.http().post('/api/v1/auth/login').send({ email: 'owner@demo.org\u0000', password: 'x' }).expect(400);
      expect(fields(login.body)).toEqual(['email']);
      const search = await sut.http().get(`/api/v1/plans/${planId}/steps?q=a%00b`).set(bearer(owner)).expect(400);
      expect(fields(search.body)).toEqual(['q']);
      const link = await sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/reports`).set(bearer(owner))
        .send({ period: '2027-Q1', links: [{ url: 'https://example.org/a', label: 'x\u0000' }] }).expect(400);
      expect(fields(link.body)).toEqual(['links.0.label']);
      expect(await plan()).toEqual(before);
      expect(await count('SELECT count(*) FROM step_reports WHERE step_id = $1', [stepId])).toBe(0);
    });

    it('answers null for name, title and country with 400 "… must not be null", and changes nothing', async () => {
      const before = await plan();
      for (const field of ['title', 'country']) {
        const response = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: before.version, [field]: null }).expect(400);
        expect(fields(response.body)).toEqual([field]);
        expect(response.body.message).toContain(`${field} must not be null`);
      }
      expect(await plan()).toEqual(before);
      const me = await sut.http().get('/api/v1/auth/me').set(bearer(owner)).expect(200);
      const response = await sut.http().patch('/api/v1/auth/me').set(bearer(owner)).send({ name: null }).expect(400);
      expect(fields(response.body)).toEqual(['name']);
      expect(response.body.message).toContain('name must not be null');
      expect((await sut.http().get('/api/v1/auth/me').set(bearer(owner)).expect(200)).body).toEqual(me.body);
    });

    it('answers a lone UTF-16 surrogate in an email or a text with 400 naming the field', async () => {
      const login = await sut.http().post('/api/v1/auth/login').send({ email: '\ud800@example.org', password: 'x' }).expect(400);
      expect(fields(login.body)).toEqual(['email']);
      const before = await plan();
      const title = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: before.version, title: 'Plan \udc00' }).expect(400);
      expect(fields(title.body)).toEqual(['title']);
      const name = await sut.http().patch('/api/v1/auth/me').set(bearer(owner)).send({ name: 'Name \ud83d' }).expect(400);
      expect(fields(name.body)).toEqual(['name']);
      expect(await plan()).toEqual(before);
      // A proper pair (an emoji) is fine.
      await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: before.version, description: 'Kept \ud83d\ude00' }).expect(200);
    });
  });

  describe('defect 8: the contract holds', () => {
    it('refuses links: [[]] on a report with 400 naming links, and stores no report', async () => {
      for (const links of [[[]], ['https://example.org'], [null]]) {
        const response = await sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/reports`).set(bearer(owner)).send({ period: '2027-Q1', links }).expect(400);
        expect(fields(response.body)).toContain('links');
      }
      expect(await count('SELECT count(*) FROM step_reports WHERE step_id = $1', [stepId])).toBe(0);
    });

    it('refuses null on fields whose schema does not allow it, and changes nothing', async () => {
      const before = await plan();
      for (const field of ['description', 'reportingCadence', 'startDate', 'endDate']) {
        const response = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: before.version, [field]: null }).expect(400);
        expect(fields(response.body)).toEqual([field]);
      }
      const created = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false, description: null })).expect(400);
      expect(fields(created.body)).toEqual(['description']);
      expect(await plan()).toEqual(before);
      const language = await sut.http().patch('/api/v1/auth/me').set(bearer(owner)).send({ language: null }).expect(400);
      expect(fields(language.body)).toEqual(['language']);
      const organisations = await count('SELECT count(*) FROM organisations');
      const organisation = await sut.http().post('/api/v1/organisations').set(bearer(owner)).send({ name: 'Org', kind: 'opd', country: null }).expect(400);
      expect(fields(organisation.body)).toEqual(['country']);
      expect(await count('SELECT count(*) FROM organisations')).toBe(organisations);
      const comment = await sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/comments`).set(bearer(owner)).send({ body: 'Hello', mentionIds: null }).expect(400);
      expect(fields(comment.body)).toEqual(['mentionIds']);
      const invitation = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).send({ email: 'new@example.org', role: 'viewer', language: null }).expect(400);
      expect(fields(invitation.body)).toEqual(['language']);
      const report = await sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/reports`).set(bearer(owner))
        .send({ period: '2027-Q1', correctsId: null, links: [{ url: 'https://example.org/a', label: null }] }).expect(400);
      expect(fields(report.body).sort()).toEqual(['correctsId', 'links.0.label']);
      expect(await count('SELECT count(*) FROM step_comments WHERE step_id = $1', [stepId])).toBe(0);
      expect(await count('SELECT count(*) FROM step_reports WHERE step_id = $1', [stepId])).toBe(0);
    });

    it('answers the reports of an unknown step with 404', async () => {
      const response = await sut.http().get(`/api/v1/plans/${planId}/steps/${randomUUID()}/reports`).set(bearer(owner)).expect(404);
      expect(response.body.statusCode).toBe(404);
      await sut.http().get(`/api/v1/plans/${planId}/steps/${stepId}/reports`).set(bearer(owner)).expect(200);
    });

    it('reads page and pageSize only as digits: page=1e3 is a 400 naming page', async () => {
      for (const [name, value] of [['page', '1e3'], ['page', '0x10'], ['page', ' 2'], ['pageSize', '1e1'], ['page', '2.0']]) {
        const response = await sut.http().get(`/api/v1/plans/${planId}/steps`).query({ [name]: value }).set(bearer(owner)).expect(400);
        expect(fields(response.body)).toEqual([name]);
      }
      const ok = await sut.http().get(`/api/v1/plans/${planId}/steps`).query({ page: '1', pageSize: '10' }).set(bearer(owner)).expect(200);
      expect(ok.body.items).toHaveLength(1);
    });
  });
});
