import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoPlan, planRequest, signInPersonas, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

interface Organisation {
  id: string;
  name: string;
  kind: string;
}

describe('budget lines over HTTP', () => {
  let sut: TestApp;
  let owner: string;
  let editor: string;
  let contributor: string;
  let viewer: string;
  let stranger: string;
  let demoPlanId: string;
  let donor: Organisation;
  let finance: Organisation;

  beforeAll(async () => {
    sut = await startTestApp();
    ({ owner, editor, contributor, viewer, stranger } = await signInPersonas(sut));
    demoPlanId = (await demoPlan(sut, owner)).id;
    const organisations = (await sut.http().get('/api/v1/organisations').set(bearer(owner)).expect(200)).body.items as Organisation[];
    donor = organisations.find((organisation) => organisation.name === 'Northern Lights Foundation')!;
    finance = organisations.find((organisation) => organisation.name === 'Ministry of Finance of Veloria')!;
  });
  afterAll(() => sut.close());

  const linesPath = (planId: string, stepId: string) => `/api/v1/plans/${planId}/steps/${stepId}/budget-lines`;

  const line = (overrides: Record<string, unknown> = {}) => ({
    funderId: donor.id,
    currency: 'EUR',
    year: 2027,
    planned: '1000.00',
    committed: '0.00',
    disbursed: '0.00',
    ...overrides,
  });

  /** A plan of the owner's own from the catalogue, so that its sums are this test's alone. */
  async function ownPlan(): Promise<string> {
    return (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201)).body.id;
  }

  async function addLine(planId: string, stepId: string, body: Record<string, unknown>, token = owner) {
    return (await sut.http().post(linesPath(planId, stepId)).set(bearer(token)).send(line(body)).expect(201)).body;
  }

  const planBudget = async (planId: string, token = owner) =>
    (await sut.http().get(`/api/v1/plans/${planId}/budget`).set(bearer(token)).expect(200)).body;

  it('creates a line with its funder, exact amounts as strings, the gap and no flags; lists it with totals', async () => {
    const step = await stepByKey(sut, owner, demoPlanId, 'LAW-04');
    const created = await sut.http().post(linesPath(demoPlanId, step.id)).set(bearer(editor))
      .send(line({ funderId: finance.id, currency: 'USD', planned: '1250000', committed: '1000000.5', disbursed: '250000.25', note: '  First tranche  ' }))
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      planId: demoPlanId,
      stepId: step.id,
      funder: { id: finance.id, name: 'Ministry of Finance of Veloria', kind: 'ministry' },
      currency: 'USD',
      year: 2027,
      planned: '1250000.00',
      committed: '1000000.50',
      disbursed: '250000.25',
      gap: '249999.50',
      flags: [],
      note: 'First tranche',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const list = await sut.http().get(linesPath(demoPlanId, step.id)).set(bearer(viewer)).expect(200);
    expect(list.body.items).toEqual([created.body]);
    expect(list.body.totals).toEqual([
      { currency: 'USD', planned: '1250000.00', committed: '1000000.50', disbursed: '250000.25', gap: '249999.50', lines: 1, flaggedLines: 0 },
    ]);
  });

  const BAD_FIELDS: [Record<string, unknown>, string][] = [
    [{ currency: 'EURO' }, 'currency'],
    [{ currency: 'eur' }, 'currency'],
    [{ currency: 'ABC' }, 'currency'],
    [{ currency: undefined }, 'currency'],
    [{ year: 1999 }, 'year'],
    [{ year: 2101 }, 'year'],
    [{ year: 2027.5 }, 'year'],
    [{ year: '2027' }, 'year'],
    [{ planned: '-1.00' }, 'planned'],
    [{ planned: '1.234' }, 'planned'],
    [{ planned: 12.5 }, 'planned'],
    [{ planned: '12345678901234567.00' }, 'planned'],
    [{ planned: '1e5' }, 'planned'],
    [{ planned: '' }, 'planned'],
    [{ committed: '1,000.00' }, 'committed'],
    [{ committed: undefined }, 'committed'],
    [{ disbursed: 'ten' }, 'disbursed'],
    [{ disbursed: null }, 'disbursed'],
    [{ funderId: 'the-donor' }, 'funderId'],
    [{ funderId: '00000000-0000-4000-8000-000000000000' }, 'funderId'],
    [{ note: 'x'.repeat(2001) }, 'note'],
    [{ amount: '5.00' }, 'amount'],
  ];
  const describeChange = (change: Record<string, unknown>) =>
    Object.entries(change).map(([key, value]) => (value === undefined ? `no ${key}` : `${key} ${JSON.stringify(value).slice(0, 24)}`)).join(', ');

  it.each(BAD_FIELDS.map(([change, field]) => [describeChange(change), field, change] as const))('refuses %s with a 400 naming %s', async (_label, field, change) => {
    const step = await stepByKey(sut, owner, demoPlanId, 'LAW-04');
    const response = await sut.http().post(linesPath(demoPlanId, step.id)).set(bearer(owner)).send(line(change)).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('answers 404 for a step of another plan or no step, and 400 for a malformed id', async () => {
    const otherPlan = await ownPlan();
    const foreignStep = await stepByKey(sut, owner, otherPlan, 'FIN-01');
    await sut.http().post(linesPath(demoPlanId, foreignStep.id)).set(bearer(owner)).send(line()).expect(404);
    await sut.http().get(linesPath(demoPlanId, foreignStep.id)).set(bearer(owner)).expect(404);
    await sut.http().get(linesPath(demoPlanId, '00000000-0000-4000-8000-000000000000')).set(bearer(owner)).expect(404);
    const malformed = await sut.http().get(linesPath(demoPlanId, 'step-one')).set(bearer(owner)).expect(400);
    expect(malformed.body.errors[0].field).toBe('stepId');
    const created = await addLine(otherPlan, foreignStep.id, {});
    const ownStep = await stepByKey(sut, owner, demoPlanId, 'LAW-04');
    await sut.http().patch(`${linesPath(demoPlanId, ownStep.id)}/${created.id}`).set(bearer(owner)).send({ version: 1, planned: '1.00' }).expect(404);
    await sut.http().delete(`${linesPath(otherPlan, ownStep.id)}/${created.id}`).set(bearer(owner)).expect(404);
  });

  it('keeps money exact: 0.10 + 0.20 is 0.30, and the largest amount round-trips and sums beyond the column size', async () => {
    const planId = await ownPlan();
    const step = await stepByKey(sut, owner, planId, 'FIN-01');
    await addLine(planId, step.id, { planned: '0.10', committed: '0.1', disbursed: '0' });
    await addLine(planId, step.id, { planned: '0.20', committed: '0.2', disbursed: '0.00' });
    const small = await sut.http().get(linesPath(planId, step.id)).set(bearer(owner)).expect(200);
    expect(small.body.totals).toEqual([{ currency: 'EUR', planned: '0.30', committed: '0.30', disbursed: '0.00', gap: '0.00', lines: 2, flaggedLines: 0 }]);

    const other = await stepByKey(sut, owner, planId, 'FIN-02');
    const largest = await addLine(planId, other.id, { currency: 'KES', planned: '9999999999999999.99', committed: '0.01', disbursed: '0.00' });
    expect(largest).toMatchObject({ planned: '9999999999999999.99', committed: '0.01', gap: '9999999999999999.98' });
    await addLine(planId, other.id, { currency: 'KES', planned: '9999999999999999.99', committed: '9999999999999999.99', disbursed: '9999999999999999.99' });
    const large = await sut.http().get(linesPath(planId, other.id)).set(bearer(owner)).expect(200);
    expect(large.body.items.map((item: { planned: string }) => item.planned)).toEqual(['9999999999999999.99', '9999999999999999.99']);
    expect(large.body.totals).toEqual([
      {
        currency: 'KES',
        planned: '19999999999999999.98',
        committed: '10000000000000000.00',
        disbursed: '9999999999999999.99',
        gap: '9999999999999999.98',
        lines: 2,
        flaggedLines: 0,
      },
    ]);
  });

  it('totals the plan per currency, and within each by area, funder and year, never adding two currencies', async () => {
    const planId = await ownPlan();
    const fin01 = await stepByKey(sut, owner, planId, 'FIN-01');
    const fin02 = await stepByKey(sut, owner, planId, 'FIN-02');
    const law01 = await stepByKey(sut, owner, planId, 'LAW-01');
    await addLine(planId, fin01.id, { funderId: donor.id, year: 2027, planned: '1000.00', committed: '400.00', disbursed: '100.00' });
    await addLine(planId, fin02.id, { funderId: finance.id, year: 2028, planned: '500.50', committed: '500.50', disbursed: '0.00' });
    await addLine(planId, law01.id, { funderId: donor.id, year: 2028, planned: '250.25', committed: '300.00', disbursed: '0.00' });
    await addLine(planId, law01.id, { funderId: donor.id, currency: 'USD', year: 2027, planned: '999.99', committed: '0.00', disbursed: '0.00' });

    const amounts = (planned: string, committed: string, disbursed: string, gap: string, lines: number, flaggedLines = 0) => ({
      planned, committed, disbursed, gap, lines, flaggedLines,
    });
    const donorSummary = { id: donor.id, name: 'Northern Lights Foundation', kind: 'donor' };
    const financeSummary = { id: finance.id, name: 'Ministry of Finance of Veloria', kind: 'ministry' };
    expect(await planBudget(planId, owner)).toEqual({
      currencies: [
        {
          currency: 'EUR',
          ...amounts('1750.75', '1200.50', '100.00', '550.25', 3, 1),
          byArea: [
            { area: 'LAW', ...amounts('250.25', '300.00', '0.00', '-49.75', 1, 1) },
            { area: 'FIN', ...amounts('1500.50', '900.50', '100.00', '600.00', 2) },
          ],
          byFunder: [
            { funder: financeSummary, ...amounts('500.50', '500.50', '0.00', '0.00', 1) },
            { funder: donorSummary, ...amounts('1250.25', '700.00', '100.00', '550.25', 2, 1) },
          ],
          byYear: [
            { year: 2027, ...amounts('1000.00', '400.00', '100.00', '600.00', 1) },
            { year: 2028, ...amounts('750.75', '800.50', '0.00', '-49.75', 2, 1) },
          ],
        },
        {
          currency: 'USD',
          ...amounts('999.99', '0.00', '0.00', '999.99', 1),
          byArea: [{ area: 'LAW', ...amounts('999.99', '0.00', '0.00', '999.99', 1) }],
          byFunder: [{ funder: donorSummary, ...amounts('999.99', '0.00', '0.00', '999.99', 1) }],
          byYear: [{ year: 2027, ...amounts('999.99', '0.00', '0.00', '999.99', 1) }],
        },
      ],
    });
    const law = await sut.http().get(linesPath(planId, law01.id)).set(bearer(owner)).expect(200);
    expect(law.body.totals.map((total: { currency: string; planned: string }) => [total.currency, total.planned])).toEqual([
      ['EUR', '250.25'],
      ['USD', '999.99'],
    ]);
    expect(await planBudget(await ownPlan())).toEqual({ currencies: [] });
  });

  it('allows but flags committed above planned and disbursed above committed, and counts flagged lines', async () => {
    const planId = await ownPlan();
    const step = await stepByKey(sut, owner, planId, 'SVC-01');
    const overCommitted = await addLine(planId, step.id, { planned: '100.00', committed: '150.00', disbursed: '50.00' });
    expect(overCommitted).toMatchObject({ flags: ['committed_above_planned'], gap: '-50.00' });
    const overDisbursed = await addLine(planId, step.id, { planned: '100.00', committed: '80.00', disbursed: '90.00' });
    expect(overDisbursed.flags).toEqual(['disbursed_above_committed']);
    const both = await addLine(planId, step.id, { planned: '10.00', committed: '20.00', disbursed: '30.00' });
    expect(both.flags).toEqual(['committed_above_planned', 'disbursed_above_committed']);
    await addLine(planId, step.id, { planned: '10.00', committed: '10.00', disbursed: '10.00' });
    const list = await sut.http().get(linesPath(planId, step.id)).set(bearer(owner)).expect(200);
    expect(list.body.totals).toEqual([{ currency: 'EUR', planned: '220.00', committed: '260.00', disbursed: '180.00', gap: '-40.00', lines: 4, flaggedLines: 3 }]);
    expect((await planBudget(planId)).currencies[0]).toMatchObject({ lines: 4, flaggedLines: 3 });
  });

  it('updates with the version it was based on; a stale version gets 409 with the current line; every change is in the activity', async () => {
    const planId = await ownPlan();
    const step = await stepByKey(sut, owner, planId, 'FIN-01');
    const created = await addLine(planId, step.id, { planned: '500.00', committed: '100.00', note: 'Draft' });
    const path = `${linesPath(planId, step.id)}/${created.id}`;
    const updated = await sut.http().patch(path).set(bearer(owner))
      .send({ version: 1, committed: '600.00', funderId: finance.id, year: 2029, currency: 'GBP', note: null }).expect(200);
    expect(updated.body).toMatchObject({
      version: 2,
      planned: '500.00',
      committed: '600.00',
      gap: '-100.00',
      flags: ['committed_above_planned'],
      funder: { id: finance.id, name: 'Ministry of Finance of Veloria' },
      year: 2029,
      currency: 'GBP',
      note: null,
    });
    const stale = await sut.http().patch(path).set(bearer(owner)).send({ version: 1, planned: '700.00' }).expect(409);
    expect(stale.body.errors[0].field).toBe('version');
    expect(stale.body.current).toEqual(updated.body);

    for (const [change, field] of [
      [{ planned: '-5' }, 'planned'],
      [{ currency: 'usd' }, 'currency'],
      [{ year: 1800 }, 'year'],
      [{ funderId: '00000000-0000-4000-8000-000000000000' }, 'funderId'],
      [{ committed: null }, 'committed'],
      [{}, 'version'],
    ] as const) {
      const body = 'version' === field ? change : { version: 2, ...change };
      const refused = await sut.http().patch(path).set(bearer(owner)).send(body).expect(400);
      expect(refused.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }

    await sut.http().delete(path).set(bearer(owner)).expect(204);
    await sut.http().delete(path).set(bearer(owner)).expect(404);
    expect((await sut.http().get(linesPath(planId, step.id)).set(bearer(owner)).expect(200)).body).toEqual({ items: [], totals: [] });

    const activity = await sut.http().get(`/api/v1/plans/${planId}/activity`).query({ entityId: created.id }).set(bearer(owner)).expect(200);
    const events = activity.body.items as { entityType: string; action: string; entityLabel: string; changes: { field: string; before: unknown; after: unknown }[] }[];
    expect(events.map((event) => event.action)).toEqual(['delete', 'update', 'create']);
    expect(events.every((event) => event.entityType === 'budget_line')).toBe(true);
    expect(events[2].entityLabel).toContain('FIN-01');
    expect(events[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'committed', before: '100.00', after: '600.00' },
        { field: 'currency', before: 'EUR', after: 'GBP' },
        { field: 'note', before: 'Draft', after: null },
      ]),
    );
  });

  it('lets owners and editors manage lines; contributors and viewers only read; non-members learn nothing', async () => {
    const assigned = await stepByKey(sut, owner, demoPlanId, 'WFD-03'); // assigned to the contributor
    const byEditor = await addLine(demoPlanId, assigned.id, { year: 2030 }, editor);
    const byOwner = await addLine(demoPlanId, assigned.id, { year: 2030 }, owner);
    for (const token of [contributor, viewer]) {
      await sut.http().post(linesPath(demoPlanId, assigned.id)).set(bearer(token)).send(line()).expect(403);
      await sut.http().patch(`${linesPath(demoPlanId, assigned.id)}/${byEditor.id}`).set(bearer(token)).send({ version: 1, planned: '1.00' }).expect(403);
      await sut.http().delete(`${linesPath(demoPlanId, assigned.id)}/${byEditor.id}`).set(bearer(token)).expect(403);
    }
    for (const token of [owner, editor, contributor, viewer]) {
      const list = await sut.http().get(linesPath(demoPlanId, assigned.id)).set(bearer(token)).expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([byEditor.id, byOwner.id]));
      await sut.http().get(`/api/v1/plans/${demoPlanId}/budget`).set(bearer(token)).expect(200);
    }
    await sut.http().get(linesPath(demoPlanId, assigned.id)).set(bearer(stranger)).expect(404);
    await sut.http().get(`/api/v1/plans/${demoPlanId}/budget`).set(bearer(stranger)).expect(404);
    await sut.http().post(linesPath(demoPlanId, assigned.id)).set(bearer(stranger)).send(line()).expect(404);
    await sut.http().get(`/api/v1/plans/${demoPlanId}/budget`).expect(401);
    await sut.http().patch(`${linesPath(demoPlanId, assigned.id)}/${byOwner.id}`).set(bearer(editor)).send({ version: 1, planned: '2.00' }).expect(200);
    await sut.http().delete(`${linesPath(demoPlanId, assigned.id)}/${byOwner.id}`).set(bearer(editor)).expect(204);
    await sut.http().delete(`${linesPath(demoPlanId, assigned.id)}/${byEditor.id}`).set(bearer(owner)).expect(204);
  });

  it('refuses changes on an archived plan and drops a deleted step’s lines from the budget', async () => {
    const planId = await ownPlan();
    const kept = await stepByKey(sut, owner, planId, 'POL-01');
    const dropped = await stepByKey(sut, owner, planId, 'POL-02');
    await addLine(planId, kept.id, { planned: '10.00' });
    await addLine(planId, dropped.id, { planned: '20.00' });
    await sut.http().delete(`/api/v1/plans/${planId}/steps/${dropped.id}`).set(bearer(owner)).expect(204);
    expect((await planBudget(planId)).currencies[0]).toMatchObject({ planned: '10.00', lines: 1 });
    await sut.http().delete(`/api/v1/plans/${planId}`).set(bearer(owner)).expect(200);
    await sut.http().post(linesPath(planId, kept.id)).set(bearer(owner)).send(line()).expect(409);
    expect((await planBudget(planId)).currencies[0]).toMatchObject({ planned: '10.00', lines: 1 });
  });

  it('seeds the demo plan with lines from two funders in two currencies, one of them flagged', async () => {
    const planId = demoPlanId;
    const budget = await planBudget(planId, viewer);
    const demo = Object.fromEntries(
      budget.currencies.map((currency: { currency: string; byFunder: { funder: { name: string } }[]; flaggedLines: number }) => [
        currency.currency,
        { funders: currency.byFunder.map((entry) => entry.funder.name), flaggedLines: currency.flaggedLines },
      ]),
    );
    expect(demo.EUR).toEqual({ funders: ['Northern Lights Foundation'], flaggedLines: 1 });
    expect(demo.USD.funders).toContain('Ministry of Finance of Veloria');
    const fin02 = await stepByKey(sut, owner, planId, 'FIN-02');
    const lines = await sut.http().get(linesPath(planId, fin02.id)).set(bearer(viewer)).expect(200);
    expect(lines.body.items[0]).toMatchObject({ currency: 'USD', planned: '2400000.00', committed: '1800000.00', gap: '600000.00' });
  });
});
