import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { demoPlan, planRequest, signInPersonas, stepByKey } from '../../test/factories.js';
import { countStatements } from '../../test/statement-count.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { progressToTarget } from '../indicators/progress-to-target.js';
import { periodOf } from '../reports/periods.js';

/*
 * Every figure of the dashboard is recomputed here from the tables, with queries written
 * differently from the API's (plain rows summed in the test, or subqueries where the API groups),
 * and compared with what the API answers.
 */
describe('plan dashboard over HTTP', () => {
  let sut: TestApp;
  let db: DataSource;
  let owner: string;
  let viewer: string;
  let stranger: string;
  let planId: string;

  const dashboard = async (id = planId, token = owner) => (await sut.http().get(`/api/v1/plans/${id}/dashboard`).set(bearer(token)).expect(200)).body;
  const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

  async function patchStep(key: string, changes: Record<string, unknown>) {
    const step = await stepByKey(sut, owner, planId, key);
    await sut.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, ...changes }).expect(200);
  }

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    ({ owner, viewer, stranger } = await signInPersonas(sut));
    planId = (await demoPlan(sut, owner)).id;
    // Beyond the demo: a cancelled step, steps due soon, a done one and an indicator not measured yet.
    await patchStep('RES-04', { status: 'cancelled' });
    await patchStep('DRG-01', { dueDate: iso(3), startDate: null, status: 'in_progress', progress: 35 });
    await patchStep('DRG-02', { dueDate: iso(30), startDate: null });
    await patchStep('DRG-03', { dueDate: iso(31), startDate: null });
    await patchStep('PSY-01', { status: 'done', progress: 100 });
    await sut.http().post(`/api/v1/plans/${planId}/indicators`).set(bearer(owner))
      .send({ name: 'Crisis teams operating', unit: 'teams', direction: 'increase', baseline: '0', baselineDate: '2026-01-01', target: '10', targetDate: '2029-12-31' })
      .expect(201);
  });
  afterAll(() => sut.close());

  it('answers progress per area (areas weighted equally) and overall exactly as the steps say', async () => {
    const body = await dashboard();
    const steps = (await db.query(`SELECT area_key, status, progress FROM steps WHERE plan_id = $1`, [planId])) as { area_key: string; status: string; progress: number }[];
    const areas = [...new Set(steps.map((step) => step.area_key))];
    const expected = areas.map((area) => {
      const inArea = steps.filter((step) => step.area_key === area);
      const counted = inArea.filter((step) => step.status !== 'cancelled');
      const mean = counted.length ? counted.reduce((sum, step) => sum + step.progress, 0) / counted.length : null;
      return { area, steps: counted.length, done: inArea.filter((s) => s.status === 'done').length, cancelled: inArea.length - counted.length, mean };
    });
    expect(body.progress.areas).toHaveLength(areas.length);
    for (const area of expected) {
      const shown = body.progress.areas.find((item: { area: string }) => item.area === area.area);
      expect(shown).toEqual({ area: area.area, steps: area.steps, done: area.done, cancelled: area.cancelled, progress: area.mean === null ? null : Math.round(area.mean) });
    }
    const means = expected.filter((area) => area.mean !== null).map((area) => area.mean!);
    expect(body.progress.overall).toBe(Math.round(means.reduce((a, b) => a + b, 0) / means.length));
    expect(body.progress.steps).toBe(steps.filter((step) => step.status !== 'cancelled').length);
    // Areas in the guidance's order: policy first, the cross-cutting social theme last.
    expect(body.progress.areas[0].area).toBe('POL');
    expect(body.progress.areas.at(-1).area).toBe('SOC');
    expect(body.progress.areas.find((area: { area: string }) => area.area === 'RES').cancelled).toBe(1);
  });

  it('answers steps by status, every status listed', async () => {
    const body = await dashboard();
    for (const { status, count } of body.progress.byStatus) {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM steps WHERE plan_id = $1 AND status = $2`, [planId, status]);
      expect(count).toBe(row.n);
    }
    expect(body.progress.byStatus.map((item: { status: string }) => item.status)).toEqual(['not_started', 'in_progress', 'blocked', 'done', 'cancelled']);
  });

  it('counts and lists overdue steps and those due in the next 30 days', async () => {
    const { schedule } = await dashboard();
    const open = (await db.query(
      `SELECT id, due_date FROM steps WHERE plan_id = $1 AND status NOT IN ('done', 'cancelled') AND due_date IS NOT NULL`,
      [planId],
    )) as { id: string; due_date: string }[];
    const today = schedule.today;
    expect(today).toBe((await db.query(`SELECT current_date::text AS d`))[0].d);
    const in30 = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const overdue = open.filter((step) => step.due_date < today).sort((a, b) => a.due_date.localeCompare(b.due_date));
    const dueSoon = open.filter((step) => step.due_date >= today && step.due_date <= in30).sort((a, b) => a.due_date.localeCompare(b.due_date));
    expect(schedule.overdue).toBe(overdue.length);
    expect(schedule.dueSoon).toBe(dueSoon.length);
    expect(schedule.dueSoon).toBeGreaterThanOrEqual(2); // DRG-01 in 3 days and DRG-02 in 30; DRG-03 (31) is not
    expect(schedule.dueSoonSteps.map((step: { dueDate: string }) => step.dueDate)).toEqual(dueSoon.slice(0, 5).map((step) => step.due_date));
    expect(schedule.overdueSteps.map((step: { dueDate: string }) => step.dueDate)).toEqual(overdue.slice(0, 5).map((step) => step.due_date));
    expect(schedule.dueSoonSteps.map((step: { catalogueKey: string }) => step.catalogueKey)).not.toContain('DRG-03');
  });

  it('the steps list filtered as the figures link to it has exactly as many steps', async () => {
    const { schedule, principles } = await dashboard();
    const count = async (query: Record<string, string>) =>
      (await sut.http().get(`/api/v1/plans/${planId}/steps`).query(query).set(bearer(owner)).expect(200)).body.total;
    expect(await count({ overdue: 'true' })).toBe(schedule.overdue);
    expect(await count({ dueSoon: 'true' })).toBe(schedule.dueSoon);
    for (const item of principles) expect(await count({ principle: item.principle })).toBe(item.steps + item.cancelled);
    expect(principles.some((item: { cancelled: number }) => item.cancelled > 0)).toBe(true); // RES-04
    await sut.http().get(`/api/v1/plans/${planId}/steps`).query({ principle: 'kindness' }).set(bearer(owner)).expect(400);
    await sut.http().get(`/api/v1/plans/${planId}/steps`).query({ dueSoon: 'yes' }).set(bearer(owner)).expect(400);
  });

  it('answers this period’s reporting as the reports say', async () => {
    const { reporting } = await dashboard();
    expect(reporting.cadence).toBe('quarterly');
    expect(reporting.period).toBe(periodOf(new Date(), 'quarterly'));
    const rows = (await db.query(
      `SELECT s.id, (SELECT r.state FROM step_reports r WHERE r.step_id = s.id AND r.period = $2 AND r.corrects_id IS NULL LIMIT 1) AS state
         FROM steps s WHERE s.plan_id = $1 AND s.status <> 'cancelled'`,
      [planId, reporting.period],
    )) as { state: string | null }[];
    const count = (state: string | null) => rows.filter((row) => row.state === state).length;
    expect(reporting.due).toBe(rows.length);
    expect(reporting.counts).toEqual({ missing: count(null), draft: count('draft'), submitted: count('submitted'), returned: count('returned'), approved: count('approved') });
    expect(reporting.counts.submitted).toBeGreaterThanOrEqual(1); // the demo's report waiting for review
    // The same counts the reporting page shows for the period.
    const page = (await sut.http().get(`/api/v1/plans/${planId}/reporting`).query({ period: reporting.period }).set(bearer(owner)).expect(200)).body;
    expect(reporting.counts).toEqual(page.counts);
  });

  it('answers every indicator’s latest value, progress to target, expected progress, standing and trend', async () => {
    const { indicators } = await dashboard();
    const defined = (await db.query(
      `SELECT id, baseline::text AS baseline, target::text AS target, baseline_date::text AS baseline_date, target_date::text AS target_date
         FROM indicators WHERE plan_id = $1 ORDER BY created_at, id`,
      [planId],
    )) as { id: string; baseline: string; target: string; baseline_date: string; target_date: string }[];
    expect(indicators.items.map((item: { id: string }) => item.id)).toEqual(defined.map((row) => row.id));
    const counts = { achieved: 0, onTrack: 0, offTrack: 0, noData: 0 };
    for (const indicator of defined) {
      const current = (await db.query(
        `SELECT period, value::text AS value FROM indicator_measurements WHERE indicator_id = $1 AND superseded_at IS NULL`,
        [indicator.id],
      )) as { period: string; value: string }[];
      current.sort((a, b) => monthsOf(a.period) - monthsOf(b.period) || a.period.localeCompare(b.period));
      const latest = current.at(-1) ?? null;
      const shown = indicators.items.find((item: { id: string }) => item.id === indicator.id);
      const progress = progressToTarget(indicator.baseline, indicator.target, latest?.value ?? null);
      const [{ elapsed }] = await db.query(
        `SELECT round(least(100, greatest(0, (current_date - $1::date)::numeric / ($2::date - $1::date) * 100)), 1)::float8 AS elapsed`,
        [indicator.baseline_date, indicator.target_date],
      );
      const standing = progress === null ? 'no_data' : progress >= 100 ? 'achieved' : progress >= elapsed ? 'on_track' : 'off_track';
      expect(shown.latest).toEqual(latest);
      expect(shown.progressToTarget).toBe(progress);
      expect(shown.expectedProgress).toBe(elapsed);
      expect(shown.standing).toBe(standing);
      expect(shown.trend).toEqual(current.slice(-12));
      counts[({ no_data: 'noData', achieved: 'achieved', on_track: 'onTrack', off_track: 'offTrack' } as const)[standing as 'no_data']] += 1;
    }
    expect({ achieved: indicators.achieved, onTrack: indicators.onTrack, offTrack: indicators.offTrack, noData: indicators.noData }).toEqual(counts);
    expect(indicators.total).toBe(defined.length);
    expect(indicators.noData).toBeGreaterThanOrEqual(1);
  });

  it('answers the budget per currency, by area and by funder, never across currencies', async () => {
    const { budget } = await dashboard();
    const lines = (await db.query(
      `SELECT l.currency, s.area_key, l.funder_id, l.planned::text AS planned, l.committed::text AS committed, l.disbursed::text AS disbursed
         FROM budget_lines l JOIN steps s ON s.id = l.step_id WHERE l.plan_id = $1`,
      [planId],
    )) as { currency: string; area_key: string; funder_id: string; planned: string; committed: string; disbursed: string }[];
    const currencies = [...new Set(lines.map((line) => line.currency))].sort();
    expect(budget.map((item: { currency: string }) => item.currency)).toEqual(currencies);
    expect(currencies.length).toBeGreaterThanOrEqual(2);
    for (const currency of currencies) {
      const shown = budget.find((item: { currency: string }) => item.currency === currency);
      const inCurrency = lines.filter((line) => line.currency === currency);
      expect(pick(shown)).toEqual(sums(inCurrency));
      for (const area of shown.byArea) expect(pick(area)).toEqual(sums(inCurrency.filter((line) => line.area_key === area.area)));
      for (const funder of shown.byFunder) expect(pick(funder)).toEqual(sums(inCurrency.filter((line) => line.funder_id === funder.funder.id)));
      expect(shown.byArea.reduce((total: number, area: { lines: number }) => total + area.lines, 0)).toBe(inCurrency.length);
    }
  });

  it('answers how many steps serve each CRPD principle and how far they have got', async () => {
    const { principles } = await dashboard();
    expect(principles.map((item: { principle: string }) => item.principle)).toEqual(['legal_capacity', 'non_coercion', 'community_inclusion', 'participation', 'recovery']);
    for (const item of principles) {
      const [row] = await db.query(
        `SELECT count(*)::int AS steps, count(*) FILTER (WHERE status = 'done')::int AS done, round(avg(progress))::int AS progress
           FROM steps WHERE plan_id = $1 AND status <> 'cancelled' AND principles @> ARRAY[$2]::text[]`,
        [planId, item.principle],
      );
      const [{ cancelled }] = await db.query(
        `SELECT count(*)::int AS cancelled FROM steps WHERE plan_id = $1 AND status = 'cancelled' AND principles @> ARRAY[$2]::text[]`,
        [planId, item.principle],
      );
      expect(item).toEqual({ principle: item.principle, ...row, cancelled });
    }
  });

  it('answers the ten latest changes, newest first, and the plan itself', async () => {
    const body = await dashboard();
    const latest = (await db.query(`SELECT id::text AS id FROM audit_events WHERE plan_id = $1 ORDER BY created_at DESC, id DESC LIMIT 10`, [planId])) as { id: string }[];
    expect(body.activity.map((event: { id: string }) => event.id)).toEqual(latest.map((row) => row.id));
    expect(body.plan).toMatchObject({ id: planId, country: 'XDM', status: 'active', reportingCadence: 'quarterly' });
    expect(Date.parse(body.readAt)).toBeLessThanOrEqual(Date.now());
  });

  it('is read by every member, the donor included; a non-member learns nothing (404), a bad id is 400', async () => {
    expect((await dashboard(planId, viewer)).plan.id).toBe(planId);
    await sut.http().get(`/api/v1/plans/${planId}/dashboard`).set(bearer(stranger)).expect(404);
    await sut.http().get(`/api/v1/plans/not-a-uuid/dashboard`).set(bearer(owner)).expect(400);
    await sut.http().get(`/api/v1/plans/${planId}/dashboard`).expect(401);
  });

  it('runs the same number of statements for a plan of 3 steps and for one of 57 with reports, indicators and budget', async () => {
    const small = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body.id;
    for (const area of ['POL', 'LAW', 'SVC']) {
      await sut.http().post(`/api/v1/plans/${small}/steps`).set(bearer(owner)).send({ area, title: `A ${area} step` }).expect(201);
    }
    const statements = async (id: string) => countStatements(db, () => dashboard(id));
    const forSmall = await statements(small);
    expect(forSmall).toBeGreaterThan(5);
    expect(await statements(planId)).toBe(forSmall);
  });

  it('gives a new plan with nothing in it a dashboard of zeros and nulls, not an error', async () => {
    const empty = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201)).body;
    const body = await dashboard(empty.id);
    expect(body.progress).toEqual({
      overall: null,
      steps: 0,
      areas: [],
      byStatus: ['not_started', 'in_progress', 'blocked', 'done', 'cancelled'].map((status) => ({ status, count: 0 })),
    });
    expect(body.schedule).toMatchObject({ overdue: 0, dueSoon: 0, overdueSteps: [], dueSoonSteps: [] });
    expect(body.reporting).toMatchObject({ due: 0, counts: { missing: 0, draft: 0, submitted: 0, returned: 0, approved: 0 } });
    expect(body.indicators).toEqual({ total: 0, achieved: 0, onTrack: 0, offTrack: 0, noData: 0, items: [] });
    expect(body.budget).toEqual([]);
    expect(body.principles.every((item: { steps: number; progress: number | null }) => item.steps === 0 && item.progress === null)).toBe(true);
    expect(body.activity.length).toBeGreaterThanOrEqual(1); // the plan's creation
  });
});

/** A period's end in months, as the guidance's reporting periods order (2027-Q1 ends with 2027-03). */
function monthsOf(period: string): number {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  const month = rest.startsWith('Q') ? Number(rest[1]) * 3 : rest.startsWith('H') ? Number(rest[1]) * 6 : Number(rest);
  return year * 12 + month;
}

/** Exact sums of money strings, in cents. */
function sums(lines: { planned: string; committed: string; disbursed: string }[]) {
  const cents = (value: string) => BigInt(value.replace('.', ''));
  const total = (field: 'planned' | 'committed' | 'disbursed') => lines.reduce((sum, line) => sum + cents(line[field]), 0n);
  const text = (value: bigint) => {
    const negative = value < 0n;
    const digits = (negative ? -value : value).toString().padStart(3, '0');
    return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  };
  return {
    planned: text(total('planned')),
    committed: text(total('committed')),
    disbursed: text(total('disbursed')),
    gap: text(total('planned') - total('committed')),
    lines: lines.length,
  };
}

const pick = ({ planned, committed, disbursed, gap, lines }: Record<string, unknown>) => ({ planned, committed, disbursed, gap, lines });
