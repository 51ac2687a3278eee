import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { demoPlan, planRequest, signInPersonas, stepByKey } from '../../test/factories.js';
import { countStatements } from '../../test/statement-count.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

interface PortfolioItem {
  id: string;
  title: string;
  country: string;
  status: string;
  role: string;
  steps: number;
  progress: number | null;
  overdue: number;
  reporting: { period: string; due: number; counts: Record<string, number> };
  indicators: { total: number; achieved: number; onTrack: number; offTrack: number; noData: number };
  budget: { currency: string; planned: string; committed: string; disbursed: string; gap: string; lines: number }[];
  organisationFunding: { currency: string; planned: string; committed: string; disbursed: string; lines: number }[];
}

/** Each plan's portfolio figures are recomputed here from the tables and compared with the API's. */
describe('portfolio over HTTP', () => {
  let sut: TestApp;
  let db: DataSource;
  let owner: string;
  let viewer: string;
  let stranger: string;
  let veloriaId: string;
  let secondId: string;
  let donorId: string;

  const portfolio = async (token: string, query: Record<string, string> = {}) =>
    (await sut.http().get('/api/v1/portfolio').query(query).set(bearer(token)).expect(200)).body as {
      organisation: { id: string; name: string; kind: string } | null;
      countries: string[];
      items: PortfolioItem[];
    };

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    ({ owner, viewer, stranger } = await signInPersonas(sut));
    veloriaId = (await demoPlan(sut, owner)).id;
    const [donor] = await db.query(`SELECT o.id FROM organisations o JOIN users u ON u.organisation_id = o.id WHERE u.email = 'viewer@demo.org'`);
    donorId = donor.id;
    // A plan of another country the donor also follows, with a budget line of the donor's and one of another funder.
    const second = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ country: 'KEN', title: 'Kenya community services' })).expect(201)).body;
    secondId = second.id;
    const [viewerUser] = await db.query(`SELECT id FROM users WHERE email = 'viewer@demo.org'`);
    await db.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, 'viewer')`, [secondId, viewerUser.id]);
    const step = await stepByKey(sut, owner, secondId, 'SVC-01');
    const [other] = await db.query(`SELECT id FROM organisations WHERE id <> $1 ORDER BY name LIMIT 1`, [donorId]);
    for (const [funderId, planned] of [[donorId, '300000.10'], [other.id, '50.45'], [donorId, '0.20']]) {
      await sut.http().post(`/api/v1/plans/${secondId}/steps/${step.id}/budget-lines`).set(bearer(owner))
        .send({ funderId, currency: 'GBP', year: 2027, planned, committed: '100.00', disbursed: '0.00' }).expect(201);
    }
    await sut.http().patch(`/api/v1/plans/${secondId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, dueDate: '2026-01-31', startDate: null, progress: 30 }).expect(200);
  });
  afterAll(() => sut.close());

  it('shows the donor every plan it follows with its organisation, and the figures the tables hold', async () => {
    const body = await portfolio(viewer, { status: 'all' });
    expect(body.organisation).toMatchObject({ id: donorId, kind: 'donor' });
    const memberOf = (await db.query(`SELECT plan_id FROM plan_members m JOIN users u ON u.id = m.user_id WHERE u.email = 'viewer@demo.org'`)) as { plan_id: string }[];
    expect(body.items.map((item) => item.id).sort()).toEqual(memberOf.map((row) => row.plan_id).sort());
    expect(body.items.map((item) => item.id)).toEqual(expect.arrayContaining([veloriaId, secondId]));
    for (const item of body.items) await expectFiguresOf(item);
  });

  async function expectFiguresOf(item: PortfolioItem) {
    const steps = (await db.query(`SELECT area_key, status, progress, due_date::text AS due FROM steps WHERE plan_id = $1`, [item.id])) as {
      area_key: string; status: string; progress: number; due: string | null;
    }[];
    const [{ today }] = await db.query(`SELECT current_date::text AS today`);
    const counted = steps.filter((step) => step.status !== 'cancelled');
    const means = [...new Set(counted.map((step) => step.area_key))].map((area) => {
      const inArea = counted.filter((step) => step.area_key === area);
      return inArea.reduce((sum, step) => sum + step.progress, 0) / inArea.length;
    });
    expect(item.steps).toBe(counted.length);
    expect(item.progress).toBe(means.length ? Math.round(means.reduce((a, b) => a + b, 0) / means.length) : null);
    expect(item.overdue).toBe(steps.filter((step) => step.due !== null && step.due < today && !['done', 'cancelled'].includes(step.status)).length);

    const [reports] = await db.query(
      `SELECT count(*) FILTER (WHERE r.id IS NULL)::int AS missing, count(*) FILTER (WHERE r.state = 'approved')::int AS approved,
              count(*) FILTER (WHERE r.state = 'submitted')::int AS submitted, count(*)::int AS due
         FROM steps s LEFT JOIN step_reports r ON r.step_id = s.id AND r.period = $2 AND r.corrects_id IS NULL
        WHERE s.plan_id = $1 AND s.status <> 'cancelled'`,
      [item.id, item.reporting.period],
    );
    expect(item.reporting.due).toBe(reports.due);
    expect(item.reporting.counts).toMatchObject({ missing: reports.missing, approved: reports.approved, submitted: reports.submitted });

    const dashboard = (await sut.http().get(`/api/v1/plans/${item.id}/dashboard`).set(bearer(viewer)).expect(200)).body;
    const { items: _items, ...standings } = dashboard.indicators;
    expect(item.indicators).toEqual(standings);
    expect(item.reporting).toEqual(dashboard.reporting);
    expect(item.progress).toBe(dashboard.progress.overall);

    const budget = (await db.query(
      `SELECT currency, sum(planned)::text AS planned, sum(committed)::text AS committed, sum(disbursed)::text AS disbursed,
              (sum(planned) - sum(committed))::text AS gap, count(*)::int AS lines
         FROM budget_lines WHERE plan_id = $1 GROUP BY currency ORDER BY currency`,
      [item.id],
    )) as { currency: string }[];
    expect(item.budget.map(({ currency, planned, committed, disbursed, gap, lines }) => ({ currency, planned, committed, disbursed, gap, lines }))).toEqual(budget);
    const funded = await db.query(
      `SELECT currency, sum(planned)::text AS planned, sum(committed)::text AS committed, sum(disbursed)::text AS disbursed, count(*)::int AS lines
         FROM budget_lines WHERE plan_id = $1 AND funder_id = $2 GROUP BY currency ORDER BY currency`,
      [item.id, donorId],
    );
    expect(item.organisationFunding).toEqual(funded);
  }

  it('sums only the donor’s own lines as its money in a plan, to the cent, per currency', async () => {
    const second = (await portfolio(viewer)).items.find((item) => item.id === secondId)!;
    expect(second.organisationFunding).toEqual([{ currency: 'GBP', planned: '300000.30', committed: '200.00', disbursed: '0.00', lines: 2 }]);
    expect(second.budget).toEqual([expect.objectContaining({ currency: 'GBP', planned: '300050.75', lines: 3 })]);
    expect(second.overdue).toBe(1);
  });

  it('filters by country, role and status and sorts in SQL; the countries list is unfiltered', async () => {
    const kenya = await portfolio(viewer, { country: 'KEN' });
    expect(kenya.items.map((item) => item.country)).toEqual(['KEN']);
    expect(kenya.countries).toEqual(expect.arrayContaining(['KEN', 'XDM']));
    expect((await portfolio(owner, { role: 'viewer' })).items).toEqual([]);
    expect((await portfolio(viewer, { role: 'viewer' })).items.length).toBeGreaterThanOrEqual(2);
    const byProgress = (await portfolio(viewer, { sort: 'progress', order: 'desc' })).items.map((item) => item.progress ?? -1);
    expect(byProgress).toEqual([...byProgress].sort((a, b) => b - a));
    const byCountry = (await portfolio(viewer, { sort: 'country' })).items.map((item) => item.country);
    expect(byCountry).toEqual([...byCountry].sort());

    await sut.http().delete(`/api/v1/plans/${secondId}`).set(bearer(owner)).expect(200);
    expect((await portfolio(viewer)).items.map((item) => item.id)).not.toContain(secondId);
    expect((await portfolio(viewer, { status: 'archived' })).items.map((item) => item.id)).toEqual([secondId]);
    expect((await portfolio(viewer, { status: 'all' })).items.map((item) => item.id)).toContain(secondId);
  });

  it('names the field of a bad filter (400) and needs a session (401)', async () => {
    for (const [field, value] of [['country', 'kenya'], ['status', 'open'], ['role', 'admin'], ['sort', 'budget'], ['order', 'up']]) {
      const response = await sut.http().get('/api/v1/portfolio').query({ [field]: value }).set(bearer(viewer)).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    await sut.http().get('/api/v1/portfolio').query({ extra: '1' }).set(bearer(viewer)).expect(400);
    await sut.http().get('/api/v1/portfolio').expect(401);
  });

  it('runs the same number of statements for one plan as for several', async () => {
    const statements = async (token: string) => countStatements(db, () => portfolio(token, { status: 'all' }));
    const editor = await sut.tokenFor('editor@demo.org');
    const [editorUser] = await db.query(`SELECT id FROM users WHERE email = 'editor@demo.org'`);
    const onOne = (await portfolio(editor, { status: 'all' })).items.length;
    const forOne = await statements(editor);
    for (let index = 0; index < 3; index++) {
      const plan = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ title: `Regional plan ${index}` })).expect(201)).body;
      await db.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, 'editor')`, [plan.id, editorUser.id]);
    }
    expect((await portfolio(editor, { status: 'all' })).items.length).toBe(onOne + 3);
    expect(await statements(editor)).toBe(forOne);
  });

  it('is empty, not an error, for someone on no plan', async () => {
    const body = await portfolio(stranger);
    expect(body).toMatchObject({ organisation: null, countries: [], items: [] });
  });
});
