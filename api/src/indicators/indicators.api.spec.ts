import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { demoPlan, planRequest, signInPersonas, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

const UNKNOWN = '6f1f6c3e-7d4e-4b9b-9a3e-2f1f6c3e7d4e';

const indicatorRequest = (overrides: Record<string, unknown> = {}) => ({
  name: 'People receiving community-based mental health care',
  unit: 'people',
  direction: 'increase',
  baseline: '1200',
  baselineDate: '2026-12-31',
  target: '5000',
  targetDate: '2031-12-31',
  disaggregation: ['sex', 'age group', 'region'],
  ...overrides,
});

interface Activity {
  entityType: string;
  entityId: string;
  action: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

describe('indicators and measurements over HTTP', () => {
  let sut: TestApp;
  let owner: string;
  let editor: string;
  let contributor: string;
  let viewer: string;
  let stranger: string;
  let planId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    ({ owner, editor, contributor, viewer, stranger } = await signInPersonas(sut));
    planId = (await demoPlan(sut, owner)).id;
  });
  afterAll(() => sut.close());

  const indicators = (plan = planId) => `/api/v1/plans/${plan}/indicators`;
  const measurements = (indicatorId: string) => `/api/v1/indicators/${indicatorId}/measurements`;

  async function createIndicator(overrides: Record<string, unknown> = {}, token = owner, plan = planId) {
    return (await sut.http().post(indicators(plan)).set(bearer(token)).send(indicatorRequest(overrides)).expect(201)).body;
  }

  async function measure(indicatorId: string, period: string, value: string, extra: Record<string, unknown> = {}, token = owner) {
    return (await sut.http().post(measurements(indicatorId)).set(bearer(token)).send({ period, value, source: 'HMIS extract', ...extra }).expect(201)).body;
  }

  const getIndicator = async (indicatorId: string, token = viewer) =>
    (await sut.http().get(`${indicators()}/${indicatorId}`).set(bearer(token)).expect(200)).body;

  async function activityOf(entityId: string): Promise<Activity[]> {
    return (await sut.http().get(`/api/v1/plans/${planId}/activity`).query({ entityId }).set(bearer(owner)).expect(200)).body.items;
  }

  it('creates an indicator for a step, lists it (also by step) and audits the creation', async () => {
    const step = await stepByKey(sut, owner, planId, 'SVC-01');
    const created = await sut.http().post(indicators()).set(bearer(editor))
      .send(indicatorRequest({ stepId: step.id, baseline: '1200.50', target: '05000', disaggregation: [' sex ', 'age group'] })).expect(201);
    expect(created.body).toMatchObject({
      planId,
      stepId: step.id,
      name: 'People receiving community-based mental health care',
      unit: 'people',
      direction: 'increase',
      baseline: '1200.5',
      baselineDate: '2026-12-31',
      target: '5000',
      targetDate: '2031-12-31',
      disaggregation: ['sex', 'age group'],
      latest: null,
      progressToTarget: null,
      trend: [],
      createdBy: { email: 'editor@demo.org' },
      version: 1,
    });

    const other = await createIndicator({ name: 'Involuntary admissions', unit: '% of admissions', direction: 'decrease', baseline: '30', target: '10' });
    const all = await sut.http().get(indicators()).set(bearer(viewer)).expect(200);
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([created.body.id, other.id]));
    const ofStep = await sut.http().get(indicators()).query({ stepId: step.id }).set(bearer(viewer)).expect(200);
    expect(ofStep.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
    expect(await getIndicator(created.body.id)).toEqual(created.body);

    const [event] = await activityOf(created.body.id);
    expect(event).toMatchObject({ entityType: 'indicator', action: 'create' });
    expect(event.changes).toEqual(expect.arrayContaining([{ field: 'target', before: null, after: '5000' }]));
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: null }, 'name'],
    [{ unit: '   ' }, 'unit'],
    [{ direction: 'up' }, 'direction'],
    [{ baseline: 1200 }, 'baseline'],
    [{ baseline: '1,200' }, 'baseline'],
    [{ target: 'lots' }, 'target'],
    [{ target: '1e4' }, 'target'],
    [{ baselineDate: '2026-02-30' }, 'baselineDate'],
    [{ targetDate: '31/12/2031' }, 'targetDate'],
    [{ target: '1000' }, 'target'],
    [{ target: '1200' }, 'target'],
    [{ direction: 'decrease', target: '6000' }, 'target'],
    [{ targetDate: '2026-12-31' }, 'targetDate'],
    [{ targetDate: '2025-01-01' }, 'targetDate'],
    [{ stepId: 'SVC-01' }, 'stepId'],
    [{ stepId: UNKNOWN }, 'stepId'],
    [{ disaggregation: 'sex' }, 'disaggregation'],
    [{ disaggregation: ['sex', 'Sex'] }, 'disaggregation'],
    [{ disaggregation: ['sex', ' '] }, 'disaggregation'],
    [{ disaggregation: ['sex', 3] }, 'disaggregation'],
    [{ disaggregation: Array.from({ length: 11 }, (_, index) => `label ${index}`) }, 'disaggregation'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j with a 400 naming %s and creates nothing', async (overrides, field) => {
    const before = (await sut.http().get(indicators()).set(bearer(owner)).expect(200)).body.items.length;
    const response = await sut.http().post(indicators()).set(bearer(owner)).send(indicatorRequest(overrides)).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect((await sut.http().get(indicators()).set(bearer(owner)).expect(200)).body.items).toHaveLength(before);
  });

  it('explains the direction rule and the missing fields', async () => {
    const up = await sut.http().post(indicators()).set(bearer(owner)).send(indicatorRequest({ target: '1000' })).expect(400);
    expect(up.body.errors).toEqual([{ field: 'target', message: 'target must be above the baseline (1200) for an indicator that should increase' }]);
    const down = await sut.http().post(indicators()).set(bearer(owner)).send(indicatorRequest({ direction: 'decrease' })).expect(400);
    expect(down.body.errors[0]).toEqual({ field: 'target', message: 'target must be below the baseline (1200) for an indicator that should decrease' });
    const decimal = await sut.http().post(indicators()).set(bearer(owner)).send(indicatorRequest({ baseline: 12.5 })).expect(400);
    expect(decimal.body.errors[0].message).toMatch(/^baseline must be a decimal number written as a string, such as "12.5"/);
    const empty = await sut.http().post(indicators()).set(bearer(owner)).send({}).expect(400);
    expect(new Set(empty.body.errors.map((error: { field: string }) => error.field))).toEqual(
      new Set(['name', 'unit', 'direction', 'baseline', 'baselineDate', 'target', 'targetDate']),
    );
  });

  it('refuses a step of another plan', async () => {
    const other = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201);
    const foreign = await stepByKey(sut, owner, other.body.id, 'SVC-01');
    const response = await sut.http().post(indicators()).set(bearer(owner)).send(indicatorRequest({ stepId: foreign.id })).expect(400);
    expect(response.body.errors).toEqual([{ field: 'stepId', message: 'stepId names no step of this plan' }]);
  });

  it('computes progress to target for an increase, overshoot and regression included, with the trend in period order', async () => {
    const indicator = await createIndicator({ name: 'Trained peer workers', baseline: '20', target: '60', unit: 'people' });
    const q2 = await measure(indicator.id, '2027-Q2', '50');
    expect(await getIndicator(indicator.id)).toMatchObject({ latest: { id: q2.id, period: '2027-Q2', value: '50' }, progressToTarget: 75 });

    // An earlier period recorded later does not become the latest.
    await measure(indicator.id, '2027-Q1', '30');
    expect(await getIndicator(indicator.id)).toMatchObject({
      latest: { id: q2.id },
      progressToTarget: 75,
      trend: [{ period: '2027-Q1', value: '30' }, { period: '2027-Q2', value: '50' }],
    });

    await measure(indicator.id, '2027-Q3', '70');
    expect((await getIndicator(indicator.id)).progressToTarget).toBe(125);

    await measure(indicator.id, '2027-Q4', '10');
    await measure(indicator.id, '2026-Q4', '20');
    const regressed = await getIndicator(indicator.id);
    expect(regressed.progressToTarget).toBe(-25);
    expect(regressed.latest).toMatchObject({ period: '2027-Q4', value: '10', recordedBy: { email: 'owner@demo.org' } });
    expect(regressed.trend).toEqual([
      { period: '2026-Q4', value: '20' },
      { period: '2027-Q1', value: '30' },
      { period: '2027-Q2', value: '50' },
      { period: '2027-Q3', value: '70' },
      { period: '2027-Q4', value: '10' },
    ]);
    const listed = (await sut.http().get(indicators()).set(bearer(viewer)).expect(200)).body.items.find((item: { id: string }) => item.id === indicator.id);
    expect(listed).toEqual(regressed);
  });

  it('computes progress to target for a decrease: a fall is progress, overshoot above 100, a rise below 0, to one decimal', async () => {
    const indicator = await createIndicator({ name: 'Involuntary admissions', unit: '% of admissions', direction: 'decrease', baseline: '30.5', target: '10.5' });
    await measure(indicator.id, '2027-Q1', '25.5');
    expect((await getIndicator(indicator.id)).progressToTarget).toBe(25);
    await measure(indicator.id, '2027-Q2', '5.5');
    expect((await getIndicator(indicator.id)).progressToTarget).toBe(125);
    await measure(indicator.id, '2027-Q3', '40.5');
    expect((await getIndicator(indicator.id)).progressToTarget).toBe(-50);
    await measure(indicator.id, '2027-Q4', '23.83');
    expect((await getIndicator(indicator.id)).progressToTarget).toBe(33.4); // 6.67 / 20 = 33.35 %, halves round away from zero
  });

  it('refuses a second measurement for a period with 409 and the current one, and replaces it on request keeping the history', async () => {
    const indicator = await createIndicator({ name: 'Community mental health teams', unit: 'teams', baseline: '4', target: '40' });
    const first = await measure(indicator.id, '2027-Q1', '10', { note: 'Provisional count' }, contributor);
    expect(first).toMatchObject({ indicatorId: indicator.id, period: '2027-Q1', value: '10', source: 'HMIS extract', note: 'Provisional count', supersededAt: null, replacedBy: null });

    const again = await sut.http().post(measurements(indicator.id)).set(bearer(editor)).send({ period: '2027-Q1', value: '12', source: 'Audit' }).expect(409);
    expect(again.body.errors[0].field).toBe('period');
    expect(again.body.message).toMatch(/replaces: true/);
    expect(again.body.current).toEqual(first);
    await sut.http().post(measurements(indicator.id)).set(bearer(editor)).send({ period: '2027-Q1', value: '12', source: 'Audit', replaces: false }).expect(409);

    const second = await measure(indicator.id, '2027-Q1', '12', { source: 'District audit', replaces: true }, editor);
    expect(second).toMatchObject({ value: '12', source: 'District audit', note: null, recordedBy: { email: 'editor@demo.org' }, supersededAt: null });
    const after = await getIndicator(indicator.id);
    expect(after).toMatchObject({ latest: { id: second.id, value: '12' }, trend: [{ period: '2027-Q1', value: '12' }], progressToTarget: 22.2 });

    const third = await measure(indicator.id, '2027-Q1', '13', { replaces: true }, contributor);
    await measure(indicator.id, '2027-Q2', '15');
    const history = (await sut.http().get(measurements(indicator.id)).set(bearer(viewer)).expect(200)).body.items;
    expect(history.map((item: { value: string }) => item.value)).toEqual(['15', '13', '12', '10']);
    const byId = new Map(history.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(first.id)).toMatchObject({ value: '10', replacedBy: second.id, supersededAt: expect.any(String) });
    expect(byId.get(second.id)).toMatchObject({ value: '12', replacedBy: third.id, supersededAt: expect.any(String) });
    expect(byId.get(third.id)).toMatchObject({ supersededAt: null, replacedBy: null });

    const superseded = await activityOf(first.id);
    expect(superseded.map((event) => `${event.entityType} ${event.action}`)).toEqual(['measurement update', 'measurement create']);
    expect(superseded[0].changes).toEqual(expect.arrayContaining([{ field: 'replacedBy', before: null, after: second.id }]));
    const replacing = await activityOf(second.id);
    expect(replacing[replacing.length - 1].changes).toEqual(expect.arrayContaining([{ field: 'replaces', before: null, after: first.id }]));
  });

  it('answers a stale PATCH with 409 and the current indicator, and validates the indicator as it would be saved', async () => {
    const step = await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'SVC', title: 'Open crisis houses' }).expect(201);
    const indicator = await createIndicator({ name: 'Crisis beds', unit: 'beds', baseline: '0', target: '100', stepId: step.body.id });
    const url = `${indicators()}/${indicator.id}`;
    const patched = await sut.http().patch(url).set(bearer(editor)).send({ version: 1, name: 'Crisis house beds', target: '120.0', disaggregation: [] }).expect(200);
    expect(patched.body).toMatchObject({ name: 'Crisis house beds', target: '120', disaggregation: [], stepId: step.body.id, unit: 'beds', version: 2 });

    const stale = await sut.http().patch(url).set(bearer(owner)).send({ version: 1, unit: 'places' }).expect(409);
    expect(stale.body.errors[0].field).toBe('version');
    expect(stale.body.current).toEqual(patched.body);
    expect((await getIndicator(indicator.id)).unit).toBe('beds');

    const wrongWay = await sut.http().patch(url).set(bearer(owner)).send({ version: 2, direction: 'decrease' }).expect(400);
    expect(wrongWay.body.errors[0].field).toBe('target');
    const beforeBaseline = await sut.http().patch(url).set(bearer(owner)).send({ version: 2, targetDate: '2026-06-30' }).expect(400);
    expect(beforeBaseline.body.errors[0].field).toBe('targetDate');
    await sut.http().patch(url).set(bearer(owner)).send({ version: 2, unit: null }).expect(400);
    await sut.http().patch(url).set(bearer(owner)).send({ unit: 'places' }).expect(400);
    expect(await getIndicator(indicator.id)).toEqual(patched.body);

    const [a, b] = await Promise.all([
      sut.http().patch(url).set(bearer(owner)).send({ version: 2, target: '150' }),
      sut.http().patch(url).set(bearer(editor)).send({ version: 2, target: '90' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [saved, refused] = a.status === 200 ? [a, b] : [b, a];
    expect(refused.body.current).toEqual(saved.body);

    const unlinked = await sut.http().patch(url).set(bearer(owner)).send({ version: 3, stepId: null }).expect(200);
    expect(unlinked.body.stepId).toBeNull();
    const [update] = (await activityOf(indicator.id)).filter((event) => event.action === 'update');
    expect(update.changes).toEqual([{ field: 'stepId', before: step.body.id, after: null }]);
  });

  it('loses its step, not itself, when the step is deleted; and deletes its measurements with it', async () => {
    const step = await sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'RES', title: 'Temporary step' }).expect(201);
    const indicator = await createIndicator({ stepId: step.body.id });
    await measure(indicator.id, '2027-Q1', '1300');
    await sut.http().delete(`/api/v1/plans/${planId}/steps/${step.body.id}`).set(bearer(owner)).expect(204);
    expect((await getIndicator(indicator.id)).stepId).toBeNull();

    await sut.http().delete(`${indicators()}/${indicator.id}`).set(bearer(editor)).expect(204);
    await sut.http().get(`${indicators()}/${indicator.id}`).set(bearer(owner)).expect(404);
    await sut.http().get(measurements(indicator.id)).set(bearer(owner)).expect(404);
    await sut.http().delete(`${indicators()}/${indicator.id}`).set(bearer(owner)).expect(404);
    expect((await activityOf(indicator.id)).map((event) => event.action)).toEqual(['delete', 'create']);
  });

  describe('periods follow the plan’s reporting cadence', () => {
    let otherPlanId: string;
    let indicatorId: string;
    const setCadence = (cadence: string) =>
      sut.running.app.get<DataSource>(getDataSourceToken()).query(`UPDATE plans SET reporting_cadence = $2 WHERE id = $1`, [otherPlanId, cadence]);
    const post = (period: string) => sut.http().post(measurements(indicatorId)).set(bearer(owner)).send({ period, value: '1300', source: 'Survey' });

    beforeAll(async () => {
      otherPlanId = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body.id;
      indicatorId = (await createIndicator({}, owner, otherPlanId)).id;
    });

    it.each([
      ['quarterly', '2027-Q1', ['2027-03', '2027-H1'], 'period must be written like 2027-Q1: this plan reports quarterly'],
      ['monthly', '2027-03', ['2027-Q1', '2027-H1'], 'period must be written like 2027-03: this plan reports monthly'],
      ['half_yearly', '2027-H2', ['2027-Q1', '2027-12'], 'period must be written like 2027-H1: this plan reports half-yearly'],
    ])('%s: accepts %s, refuses %j saying the expected form', async (cadence, good, bad, message) => {
      await setCadence(cadence);
      expect((await post(good).expect(201)).body.period).toBe(good);
      for (const period of bad) {
        const response = await post(period).expect(400);
        expect(response.body.errors).toEqual([{ field: 'period', message }]);
      }
    });

    it.each([['2027-13'], ['2027-Q5'], ['Q1-2027'], ['2027-q1'], [202701]])('refuses the malformed period %j', async (period) => {
      const response = await sut.http().post(measurements(indicatorId)).set(bearer(owner)).send({ period, value: '1', source: 'Survey' }).expect(400);
      expect(response.body.errors[0].field).toBe('period');
      expect(response.body.errors[0].message).toMatch(/2027-03, 2027-Q1 or 2027-H1/);
    });

    it.each([
      [{ value: 12 }, 'value'],
      [{ value: '12.1234567' }, 'value'],
      [{ source: '' }, 'source'],
      [{ source: undefined }, 'source'],
      [{ note: 5 }, 'note'],
      [{ replaces: 'yes' }, 'replaces'],
      [{ disaggregation: { sex: 'f' } }, 'disaggregation'],
    ])('refuses the measurement field %j with a 400 naming %s', async (overrides, field) => {
      await setCadence('quarterly');
      const response = await sut.http().post(measurements(indicatorId)).set(bearer(owner))
        .send({ period: '2029-Q1', value: '1', source: 'Survey', ...overrides }).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });
  });

  describe('who may do what', () => {
    let indicatorId: string;
    beforeAll(async () => {
      indicatorId = (await createIndicator({ name: 'Roles' })).id;
    });

    it('lets owners and editors manage indicators, and nobody else', async () => {
      await sut.http().post(indicators()).set(bearer(contributor)).send(indicatorRequest()).expect(403);
      await sut.http().post(indicators()).set(bearer(viewer)).send(indicatorRequest()).expect(403);
      await sut.http().patch(`${indicators()}/${indicatorId}`).set(bearer(contributor)).send({ version: 1, name: 'x' }).expect(403);
      await sut.http().patch(`${indicators()}/${indicatorId}`).set(bearer(viewer)).send({ version: 1, name: 'x' }).expect(403);
      await sut.http().delete(`${indicators()}/${indicatorId}`).set(bearer(contributor)).expect(403);
      await sut.http().delete(`${indicators()}/${indicatorId}`).set(bearer(viewer)).expect(403);
      expect((await getIndicator(indicatorId, owner)).version).toBe(1);
      await sut.http().patch(`${indicators()}/${indicatorId}`).set(bearer(editor)).send({ version: 1, name: 'Roles, renamed' }).expect(200);
    });

    it('lets owners, editors and contributors record measurements; viewers only read', async () => {
      await measure(indicatorId, '2027-Q1', '1300', {}, contributor);
      await measure(indicatorId, '2027-Q2', '1400', {}, editor);
      await measure(indicatorId, '2027-Q3', '1500', {}, owner);
      await sut.http().post(measurements(indicatorId)).set(bearer(viewer)).send({ period: '2027-Q4', value: '1', source: 'x' }).expect(403);
      expect((await sut.http().get(measurements(indicatorId)).set(bearer(viewer)).expect(200)).body.items).toHaveLength(3);
      expect((await getIndicator(indicatorId, viewer)).trend).toHaveLength(3);
    });

    it('answers non-members 404 by plan and by indicator, and unknown or foreign indicators 404', async () => {
      await sut.http().get(indicators()).set(bearer(stranger)).expect(404);
      await sut.http().get(`${indicators()}/${indicatorId}`).set(bearer(stranger)).expect(404);
      await sut.http().post(indicators()).set(bearer(stranger)).send(indicatorRequest()).expect(404);
      const byIndicator = await sut.http().get(measurements(indicatorId)).set(bearer(stranger)).expect(404);
      expect(byIndicator.body.message).toBe('The plan was not found.');
      await sut.http().post(measurements(indicatorId)).set(bearer(stranger)).send({ period: '2027-Q4', value: '1', source: 'x' }).expect(404);

      await sut.http().get(`${indicators()}/${UNKNOWN}`).set(bearer(owner)).expect(404);
      await sut.http().patch(`${indicators()}/${UNKNOWN}`).set(bearer(owner)).send({ version: 1, name: 'x' }).expect(404);
      const unknown = await sut.http().get(measurements(UNKNOWN)).set(bearer(owner)).expect(404);
      expect(unknown.body.message).toBe('The indicator was not found.');
      await sut.http().post(measurements(UNKNOWN)).set(bearer(owner)).send({ period: '2027-Q4', value: '1', source: 'x' }).expect(404);
      expect((await sut.http().get(measurements('123')).set(bearer(owner)).expect(400)).body.errors[0].field).toBe('indicatorId');
      expect((await sut.http().get(`${indicators()}/123`).set(bearer(owner)).expect(400)).body.errors[0].field).toBe('indicatorId');
      expect((await sut.http().get(indicators()).query({ stepId: 'abc' }).set(bearer(owner)).expect(400)).body.errors[0].field).toBe('stepId');

      // An indicator of the stranger's own plan is not reachable through the demo plan.
      const own = await sut.http().post('/api/v1/plans').set(bearer(stranger)).send(planRequest({ fromCatalogue: false })).expect(201);
      const foreign = await createIndicator({}, stranger, own.body.id);
      await sut.http().get(`${indicators()}/${foreign.id}`).set(bearer(owner)).expect(404);
      await sut.http().delete(`${indicators()}/${foreign.id}`).set(bearer(owner)).expect(404);
      await sut.http().get(measurements(foreign.id)).set(bearer(owner)).expect(404);
    });

    it('refuses every change to an archived plan', async () => {
      const plan = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201);
      const indicator = await createIndicator({}, owner, plan.body.id);
      await sut.http().delete(`/api/v1/plans/${plan.body.id}`).set(bearer(owner)).expect(200);
      await sut.http().post(measurements(indicator.id)).set(bearer(owner)).send({ period: '2027-Q1', value: '1', source: 'x' }).expect(409);
      await sut.http().patch(`${indicators(plan.body.id)}/${indicator.id}`).set(bearer(owner)).send({ version: 1, name: 'x' }).expect(409);
      await sut.http().get(measurements(indicator.id)).set(bearer(owner)).expect(200);
    });
  });
});
