import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { demoPlan, signInPersonas } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { hashSecretToken } from '../access/secret-token.js';
import { PUBLIC_REQUESTS_PER_MINUTE } from '../access/public-rate-limit.decorator.js';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

interface Person {
  id: string;
  name: string;
  email: string;
}

/** Every string (keys included) anywhere in a JSON value, with where it was found. */
function* strings(value: unknown, path = '$'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, `${path}[${index}]`);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      yield [`${path}.${key} (key)`, key];
      yield* strings(item, `${path}.${key}`);
    }
  }
}

/** Where a response names a person it should not: an email anywhere, a user id anywhere, and names unless allowed. */
function personalData(body: unknown, people: Person[], namesAllowed: boolean): string[] {
  const found: string[] = [];
  for (const [path, text] of strings(body)) {
    if (EMAIL.test(text)) found.push(`${path}: an email address (${text})`);
    for (const person of people) {
      if (text.includes(person.id)) found.push(`${path}: the user id of ${person.email}`);
      if (!namesAllowed && text.includes(person.name)) found.push(`${path}: the name of ${person.email} (${text})`);
    }
  }
  return found;
}

describe('share links over HTTP', () => {
  let sut: TestApp;
  let db: DataSource;
  let owner: string;
  let editor: string;
  let planId: string;
  let people: Person[];

  const links = () => `/api/v1/plans/${planId}/share-links`;
  const createLink = async (body: Record<string, unknown>) => (await sut.http().post(links()).set(bearer(owner)).send(body).expect(201)).body;
  const open = (token: string) => sut.http().get(`/api/v1/share/${token}`);
  const today = () => new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.running.app.get<DataSource>(getDataSourceToken());
    ({ owner, editor } = await signInPersonas(sut));
    planId = (await demoPlan(sut, owner)).id;
    // Evidence on one of the demo's approved reports, so the donor tier has a file name to show.
    const [report] = await db.query(`SELECT id FROM step_reports WHERE plan_id = $1 AND state = 'approved' ORDER BY id LIMIT 1`, [planId]);
    const [author] = await db.query(`SELECT id FROM users WHERE email = 'owner@demo.org'`);
    await db.query(
      `INSERT INTO report_evidence (report_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by)
       VALUES ($1, 'consultation-minutes.pdf', 'application/pdf', 10, repeat('0', 64), 'test-key-1', $2)`,
      [report.id, author.id],
    );
    people = (await db.query(`SELECT id, name, email FROM users`)) as Person[];
  });
  afterAll(() => sut.close());

  it('creates a link whose secret is shown once and stored only as its hash', async () => {
    const link = await createLink({ name: '  Parliamentary health committee  ', tier: 'public' });
    expect(link).toMatchObject({ name: 'Parliamentary health committee', tier: 'public', showNames: false, state: 'active', openCount: 0, lastOpenedAt: null, expiresAt: null });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    expect(link.url).toMatch(new RegExp(`/share/${link.token}$`));
    const [row] = await db.query(`SELECT token_hash FROM share_links WHERE id = $1`, [link.id]);
    expect(row.token_hash).toBe(hashSecretToken(link.token));
    expect(JSON.stringify(await db.query(`SELECT * FROM share_links WHERE id = $1`, [link.id]))).not.toContain(link.token);
    const listed = (await sut.http().get(links()).set(bearer(owner)).expect(200)).body.items;
    expect(listed[0]).toMatchObject({ id: link.id, createdBy: { name: 'Amina Diallo' } });
    expect(listed[0]).not.toHaveProperty('token');
  });

  it('refuses a bad link with a 400 naming the field, and saves nothing', async () => {
    const [{ before }] = await db.query(`SELECT count(*)::int AS before FROM share_links`);
    const cases: [Record<string, unknown>, string][] = [
      [{ tier: 'public' }, 'name'],
      [{ name: '   ', tier: 'public' }, 'name'],
      [{ name: 'x'.repeat(101), tier: 'public' }, 'name'],
      [{ name: 'Board', tier: 'secret' }, 'tier'],
      [{ name: 'Board', tier: 'public', showNames: true }, 'showNames'],
      [{ name: 'Board', tier: 'donor', showNames: 'yes' }, 'showNames'],
      [{ name: 'Board', tier: 'public', expiresOn: '2020-01-01' }, 'expiresOn'],
      [{ name: 'Board', tier: 'public', expiresOn: '2099-12-31' }, 'expiresOn'],
      [{ name: 'Board', tier: 'public', expiresOn: '2027-02-30' }, 'expiresOn'],
      [{ name: 'Board', tier: 'public', planId }, 'planId'],
    ];
    for (const [body, field] of cases) {
      const response = await sut.http().post(links()).set(bearer(owner)).send(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const [{ after }] = await db.query(`SELECT count(*)::int AS after FROM share_links`);
    expect(after).toBe(before);
    await sut.http().post(links()).set(bearer(editor)).send({ name: 'Board', tier: 'public' }).expect(403);
  });

  it('a public link shows the progress with people only as organisations: no names, emails, ids, reports or budget detail', async () => {
    const link = await createLink({ name: 'Public page', tier: 'public' });
    const response = await open(link.token).expect(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.body;
    expect(body.link).toEqual({ name: 'Public page', tier: 'public', showNames: false, expiresAt: null });
    const dashboard = (await sut.http().get(`/api/v1/plans/${planId}/dashboard`).set(bearer(owner)).expect(200)).body;
    expect(body.progress).toEqual(dashboard.progress);
    expect(body.indicators).toEqual(dashboard.indicators);
    expect(body.schedule).toEqual(dashboard.schedule);
    expect(body.principles).toEqual(dashboard.principles);
    expect(body.budget.map(({ byArea, byFunder, ...totals }: Record<string, unknown>) => ({ totals, byArea, byFunder }))).toEqual(
      dashboard.budget.map(({ currency, planned, committed, disbursed, gap, lines, flaggedLines }: Record<string, unknown>) => ({
        totals: { currency, planned, committed, disbursed, gap, lines, flaggedLines },
        byArea: [],
        byFunder: [],
      })),
    );
    expect(body.reports).toBeNull();
    expect(body.budgetLines).toEqual({ items: [], total: 0, page: 1, pageSize: 100 });
    expect(body).not.toHaveProperty('activity');
    const [{ steps }] = await db.query(`SELECT count(*)::int AS steps FROM steps WHERE plan_id = $1`, [planId]);
    expect(body.steps).toMatchObject({ total: steps, page: 1, pageSize: 100 });
    expect(body.steps.items).toHaveLength(Math.min(steps, 100));
    expect(body.steps.items.some((step: { people: string[] }) => step.people.length > 0)).toBe(true);
    expect(personalData(body, people, false)).toEqual([]);
  });

  it('a donor link adds budget by funder and line and the approved reports with file names; names only when ticked', async () => {
    const hidden = await createLink({ name: 'Donor board', tier: 'donor' });
    const withoutNames = (await open(hidden.token).expect(200)).body;
    expect(personalData(withoutNames, people, false)).toEqual([]);
    expect(withoutNames.budget[0].byFunder.length).toBeGreaterThan(0);
    const [{ lines }] = await db.query(`SELECT count(*)::int AS lines FROM budget_lines WHERE plan_id = $1`, [planId]);
    expect(withoutNames.budgetLines).toMatchObject({ total: lines, page: 1 });
    expect(withoutNames.budgetLines.items).toHaveLength(Math.min(lines, 100));

    const approved = (await db.query(
      `SELECT r.id, r.period, r.narrative FROM step_reports r WHERE r.plan_id = $1 AND r.state = 'approved' ORDER BY r.period DESC`,
      [planId],
    )) as { id: string; period: string; narrative: string }[];
    const latest = approved[0].period;
    expect(withoutNames.reports.period).toBe(latest);
    expect(withoutNames.reports.periods).toEqual([...new Set(approved.map((report) => report.period))]);
    expect(withoutNames.reports.items.map((item: { narrative: string }) => item.narrative).sort()).toEqual(
      approved.filter((report) => report.period === latest).map((report) => report.narrative).sort(),
    );
    expect(withoutNames.reports.items.flatMap((item: { evidenceFiles: string[] }) => item.evidenceFiles)).toEqual(['consultation-minutes.pdf']);
    // Reports that are not approved never show, whatever their period.
    const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM step_reports WHERE plan_id = $1 AND state <> 'approved'`, [planId]);
    expect(pending).toBeGreaterThan(0);
    const pendingPeriods = (await db.query(`SELECT DISTINCT period FROM step_reports WHERE plan_id = $1 AND state <> 'approved'`, [planId])) as { period: string }[];
    for (const { period } of pendingPeriods) {
      const shown = (await open(hidden.token).query({ period }).expect(200)).body.reports.items as { period: string }[];
      const [{ approvedThere }] = await db.query(
        `SELECT count(*)::int AS "approvedThere" FROM step_reports WHERE plan_id = $1 AND period = $2 AND state = 'approved'`,
        [planId, period],
      );
      expect(shown).toHaveLength(approvedThere);
    }
    await open(hidden.token).query({ period: 'last quarter' }).expect(400);

    const named = await createLink({ name: 'Donor board with names', tier: 'donor', showNames: true });
    const withNames = (await open(named.token).expect(200)).body;
    expect(withNames.link.showNames).toBe(true);
    expect(personalData(withNames, people, true)).toEqual([]);
    const authorNames = withNames.reports.items.map((item: { author: string }) => item.author);
    expect(authorNames.some((name: string) => people.some((person) => person.name === name))).toBe(true);
  });

  it('pages the steps and budget lines 100 at a time, every step once, and names a bad page', async () => {
    const link = await createLink({ name: 'Paged', tier: 'donor' });
    // Enough custom steps and lines for three pages of steps and two of lines.
    const [{ last }] = await db.query(`SELECT max(position)::int AS last FROM steps WHERE plan_id = $1`, [planId]);
    await db.query(
      `INSERT INTO steps (plan_id, area_key, position, title) SELECT $1, 'SOC', $2 + n, 'Extra step ' || n FROM generate_series(1, 160) AS n`,
      [planId, last],
    );
    const [funder] = await db.query(`SELECT funder_id, created_by FROM budget_lines WHERE plan_id = $1 LIMIT 1`, [planId]);
    await db.query(
      `INSERT INTO budget_lines (plan_id, step_id, funder_id, currency, year, planned, committed, disbursed, created_by)
       SELECT $1, s.id, $2, 'EUR', 2027, 10, 0, 0, $3 FROM steps s WHERE s.plan_id = $1 AND s.title LIKE 'Extra step %'`,
      [planId, funder.funder_id, funder.created_by],
    );
    const [{ steps }] = await db.query(`SELECT count(*)::int AS steps FROM steps WHERE plan_id = $1`, [planId]);
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(steps / 100); page++) {
      const body = (await open(link.token).query({ stepPage: page }).expect(200)).body;
      expect(body.steps).toMatchObject({ total: steps, page, pageSize: 100 });
      seen.push(...body.steps.items.map((step: { title: string; catalogueKey: string | null }) => `${step.catalogueKey} ${step.title}`));
    }
    expect(seen).toHaveLength(steps);
    expect(new Set(seen).size).toBe(steps);
    expect((await open(link.token).query({ stepPage: 99 }).expect(200)).body.steps.items).toEqual([]);
    const lines = (await open(link.token).query({ linePage: 2 }).expect(200)).body.budgetLines;
    const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM budget_lines WHERE plan_id = $1`, [planId]);
    expect(lines).toMatchObject({ total, page: 2 });
    expect(lines.items).toHaveLength(Math.min(100, total - 100));
    for (const [field, value] of [['stepPage', '0'], ['stepPage', 'two'], ['stepPage', '1e3'], ['linePage', '1.5'], ['linePage', '100001']]) {
      const response = await open(link.token).query({ [field]: value }).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    await db.query(`DELETE FROM steps WHERE plan_id = $1 AND title LIKE 'Extra step %'`, [planId]);
  });

  it('counts each open on the link (not as an audit row) and audits creation and revocation', async () => {
    const link = await createLink({ name: 'Counted', tier: 'public' });
    const [{ before }] = await db.query(`SELECT count(*)::int AS before FROM audit_events WHERE entity_id = $1`, [link.id]);
    await open(link.token).expect(200);
    await open(link.token).expect(200);
    const listed = (await sut.http().get(links()).set(bearer(owner)).expect(200)).body.items.find((item: { id: string }) => item.id === link.id);
    expect(listed.openCount).toBe(2);
    expect(Date.parse(listed.lastOpenedAt)).toBeGreaterThan(Date.parse(listed.createdAt) - 1);
    const [{ after }] = await db.query(`SELECT count(*)::int AS after FROM audit_events WHERE entity_id = $1`, [link.id]);
    expect(after).toBe(before);
    await sut.http().delete(`${links()}/${link.id}`).set(bearer(owner)).expect(200);
    const events = await db.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND entity_type = 'share_link' ORDER BY id`, [link.id]);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['create', 'delete']);
  });

  it('stops working the moment it is revoked (404 right after), and revoking again changes nothing', async () => {
    const link = await createLink({ name: 'Briefing', tier: 'donor' });
    await open(link.token).expect(200);
    const revoked = (await sut.http().delete(`${links()}/${link.id}`).set(bearer(owner)).expect(200)).body;
    expect(revoked).toMatchObject({ id: link.id, state: 'revoked' });
    const gone = await open(link.token).expect(404);
    expect(gone.headers['cache-control']).toBe('no-store');
    expect(gone.body.message).toMatch(/does not exist, has expired or was revoked/);
    expect((await sut.http().delete(`${links()}/${link.id}`).set(bearer(owner)).expect(200)).body.revokedAt).toBe(revoked.revokedAt);
    await sut.http().delete(`${links()}/00000000-0000-4000-8000-000000000000`).set(bearer(owner)).expect(404);
    await sut.http().delete(`${links()}/not-a-uuid`).set(bearer(owner)).expect(400);
  });

  it('revoked by several requests at once, it is revoked and audited once', async () => {
    const link = await createLink({ name: 'Raced', tier: 'public' });
    const answers = await Promise.all(Array.from({ length: 8 }, () => sut.http().delete(`${links()}/${link.id}`).set(bearer(owner))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((answer) => answer.body.revokedAt)).size).toBe(1);
    const [{ revocations }] = await db.query(
      `SELECT count(*)::int AS revocations FROM audit_events WHERE entity_id = $1 AND action = 'delete'`,
      [link.id],
    );
    expect(revocations).toBe(1);
  });

  it('can still be created and revoked once the plan is archived, and shows the archived plan', async () => {
    const plan = (await sut.http().post('/api/v1/plans').set(bearer(owner)).send({ title: 'Closed plan', country: 'KEN', startDate: '2027-01-01', endDate: '2028-12-31', fromCatalogue: false }).expect(201)).body;
    const before = (await sut.http().post(`/api/v1/plans/${plan.id}/share-links`).set(bearer(owner)).send({ name: 'Before', tier: 'public' }).expect(201)).body;
    await sut.http().delete(`/api/v1/plans/${plan.id}`).set(bearer(owner)).expect(200);
    expect((await open(before.token).expect(200)).body.plan.status).toBe('archived');
    await sut.http().post(`/api/v1/plans/${plan.id}/share-links`).set(bearer(owner)).send({ name: 'After', tier: 'public' }).expect(201);
    await sut.http().delete(`/api/v1/plans/${plan.id}/share-links/${before.id}`).set(bearer(owner)).expect(200);
    await open(before.token).expect(404);
  });

  it('works through its last day and answers 404 once expired', async () => {
    const link = await createLink({ name: 'Until today', tier: 'public', expiresOn: today() });
    expect(Date.parse(link.expiresAt)).toBe(Date.parse(`${today()}T00:00:00Z`) + 86_400_000);
    await open(link.token).expect(200);
    await db.query(`UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`, [link.id]);
    await open(link.token).expect(404);
    const listed = (await sut.http().get(links()).set(bearer(owner)).expect(200)).body.items.find((item: { id: string }) => item.id === link.id);
    expect(listed.state).toBe('expired');
  });

  it('answers 404, never 500, for a wrong or malformed token', async () => {
    const real = await createLink({ name: 'Real', tier: 'public' });
    const wrong = `${real.token.slice(0, -1)}${real.token.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [wrong, 'abc', 'x'.repeat(44), '%00', '%F0%9F%98%80'.repeat(11), encodeURIComponent('a'.repeat(42) + '/'), "'%20OR%201=1--"]) {
      const response = await open(token);
      expect([token, response.status]).toEqual([token, 404]);
    }
  });

  it(`limits one address to ${PUBLIC_REQUESTS_PER_MINUTE} requests a minute (429 with Retry-After), counted across tokens`, async () => {
    const link = await createLink({ name: 'Busy', tier: 'public' });
    // The window started with this file's earlier requests; send enough to pass the limit whatever remains.
    const statuses: number[] = [];
    let limited: { headers: Record<string, string>; body: { statusCode: number } } | undefined;
    for (let request = 0; request <= PUBLIC_REQUESTS_PER_MINUTE && !limited; request++) {
      const response = await open(request % 2 ? link.token : 'not-a-token');
      statuses.push(response.status);
      if (response.status === 429) limited = response as never;
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited!.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited!.body.statusCode).toBe(429);
    expect(statuses.filter((status) => status === 500)).toEqual([]);
    // Signed-in routes are not limited by it.
    await sut.http().get(links()).set(bearer(owner)).expect(200);
  });
});
