// Seeds a national-size plan and a portfolio of 50 plans for `npm run bench`, with set-based SQL
// (INSERT … SELECT … FROM generate_series) so it takes seconds. Runs on a database the API has
// migrated and seeded with the demo: through `pg` on a server, or on the embedded data folder
// opened directly with PGlite while the API is stopped.
//
// What it writes, all in one transaction:
//   - a bench account (bench@bench.local, the demo password, organisation Northern Lights Foundation,
//     so the portfolio also sums its funding) owning 50 plans, and 20 member accounts;
//   - the national plan: 2,000 steps across the 11 areas (the 57 catalogue steps, then custom ones) with
//     statuses, progress, dates, principles, lead organisations, assignees and a few dependencies;
//     20,000 progress reports (one original per step and quarter over the last 10 quarters: mostly
//     approved, some draft, submitted or returned — approved rows inserted as approved, as the lock
//     trigger only refuses updates); 200 indicators × 40 measurements; 5,000 budget lines in four
//     currencies from six funders; 50,000 activity events;
//   - 49 smaller plans with 5 steps, 10 reports, 3 budget lines and an indicator of 4 measurements each.

export const BENCH_EMAIL = 'bench@bench.local';
export const NATIONAL_TITLE = 'Bench national plan: 2,000 steps, 20,000 reports';

const AREAS = `ARRAY['POL','LAW','SVC','FIN','WFD','PSY','DRG','INF','CIV','RES','SOC']`;
const PRINCIPLES = `ARRAY['legal_capacity','non_coercion','community_inclusion','participation','recovery']`;
const COUNTRIES = `ARRAY['KEN','GHA','NPL','PER','UGA','IND','BRA','FJI','JOR','MNG']`;
/** The index of today's quarter (year × 4 + quarter − 1); a period is written `${idx / 4}-Q${idx % 4 + 1}`. */
const NOW_QUARTER = `(extract(year FROM current_date)::int * 4 + extract(quarter FROM current_date)::int - 1)`;
const PERIOD = (index) => `format('%s-Q%s', (${index}) / 4, (${index}) % 4 + 1)`;

const pgArray = (values) => `{${values.join(',')}}`;

/**
 * `query(sql, params)` must return the rows. Returns what was written, or null when the bench data is
 * already there (a BENCH_DATABASE_URL database filled by an earlier run).
 */
export async function seedBenchData(query) {
  const [existing] = await query(`SELECT id FROM users WHERE email = $1`, [BENCH_EMAIL]);
  if (existing) return null;
  const startedAt = performance.now();
  let nationalId;
  await query('BEGIN');
  try {
    const [demo] = await query(
      `SELECT u.password_hash, (SELECT id FROM organisations WHERE name = 'Northern Lights Foundation') AS donor_id
         FROM users u WHERE u.email = 'owner@demo.org'`,
    );
    if (!demo) throw new Error('The demo accounts are missing: the bench seeds on top of the demo.');

    await query(
      `INSERT INTO organisations (name, kind, country)
       SELECT format('Bench lead organisation %s', lpad(g::text, 2, '0')), (ARRAY['ministry','ngo','opd','other'])[1 + g % 4], 'KEN'
         FROM generate_series(1, 20) g
       UNION ALL
       SELECT format('Bench funder %s', g), CASE WHEN g = 1 THEN 'ministry' ELSE 'donor' END, NULL FROM generate_series(1, 5) g`,
    );
    const [{ leads, funders }] = await query(
      `SELECT array_agg(id ORDER BY name) FILTER (WHERE name LIKE 'Bench lead organisation %') AS leads,
              array_agg(id ORDER BY name) FILTER (WHERE name LIKE 'Bench funder %') AS funders
         FROM organisations WHERE name LIKE 'Bench %'`,
    );
    const leadIds = toArray(leads);
    // The donor (the bench account's own organisation) funds one line in six.
    const funderIds = [demo.donor_id, ...toArray(funders)];

    await query(
      `INSERT INTO users (email, name, password_hash, organisation_id)
       SELECT CASE WHEN g = 0 THEN $1 ELSE format('bench-member-%s@bench.local', g) END,
              CASE WHEN g = 0 THEN 'Bench Owner' ELSE format('Bench Member %s', g) END,
              $2, CASE WHEN g = 0 THEN $3::uuid ELSE ($4::uuid[])[g] END
         FROM generate_series(0, 20) g`,
      [BENCH_EMAIL, demo.password_hash, demo.donor_id, pgArray(leadIds)],
    );
    const [{ owner_id: ownerId }] = await query(`SELECT id AS owner_id FROM users WHERE email = $1`, [BENCH_EMAIL]);
    const memberRows = await query(
      `SELECT id FROM users WHERE email LIKE 'bench-member-%@bench.local'
        ORDER BY substring(email FROM 'bench-member-([0-9]+)@')::int`,
    );
    const memberIds = pgArray(memberRows.map((row) => row.id));
    const actorIds = pgArray([ownerId, ...memberRows.map((row) => row.id)]);

    await query(
      `INSERT INTO plans (title, country, description, start_date, end_date, catalogue_version, created_by)
       SELECT CASE WHEN g = 0 THEN $2 ELSE format('Bench district plan %s', lpad(g::text, 2, '0')) END,
              (${COUNTRIES})[1 + g % 10], 'Seeded by npm run bench.',
              make_date(extract(year FROM current_date)::int - 2, 1, 1), make_date(extract(year FROM current_date)::int + 3, 12, 31),
              (SELECT max(version) FROM catalogue_versions), $1
         FROM generate_series(0, 49) g`,
      [ownerId, NATIONAL_TITLE],
    );
    [{ id: nationalId }] = await query(`SELECT id FROM plans WHERE created_by = $1 AND title = $2`, [ownerId, NATIONAL_TITLE]);
    await query(`INSERT INTO plan_members (plan_id, user_id, role) SELECT id, $1, 'owner' FROM plans WHERE created_by = $1`, [ownerId]);
    await query(
      `INSERT INTO plan_members (plan_id, user_id, role)
       SELECT $1, m.id, CASE WHEN m.n <= 8 THEN 'editor' WHEN m.n <= 18 THEN 'contributor' ELSE 'viewer' END
         FROM unnest($2::uuid[]) WITH ORDINALITY AS m (id, n)`,
      [nationalId, memberIds],
    );

    // The national plan's steps: the catalogue's first, then custom steps across the areas.
    await query(
      `WITH catalogue AS (
         SELECT row_number() OVER (ORDER BY ca.position, cs.position) AS n, cs.*
           FROM catalogue_steps cs JOIN catalogue_areas ca ON ca.catalogue_version = cs.catalogue_version AND ca.key = cs.area_key
          WHERE cs.catalogue_version = (SELECT max(version) FROM catalogue_versions)
       ),
       numbered AS (
         SELECT g, (g * 37) % 100 AS h, make_date(extract(year FROM current_date)::int - 2, 1, 1) AS plan_start FROM generate_series(1, 2000) g
       )
       INSERT INTO steps (plan_id, area_key, catalogue_key, catalogue_version, position, title, description, status, progress,
                          start_date, due_date, lead_organisation_id, priority, principles)
       SELECT $1, coalesce(c.area_key, (${AREAS})[1 + g % 11]), c.key, c.catalogue_version, g,
              coalesce(c.title, format('Regional roll-out %s: %s', g, (ARRAY['train district teams','open a community centre','review admissions data','fund peer support','update referral pathways'])[1 + g % 5])),
              coalesce(c.description, 'A custom step of the bench''s national plan.'),
              CASE WHEN h < 30 THEN 'not_started' WHEN h < 70 THEN 'in_progress' WHEN h < 75 THEN 'blocked' WHEN h < 95 THEN 'done' ELSE 'cancelled' END,
              CASE WHEN h < 30 THEN 0 WHEN h < 70 THEN 5 + (g * 13) % 90 WHEN h < 75 THEN (g * 7) % 50 WHEN h < 95 THEN 100 ELSE (g * 3) % 30 END,
              CASE WHEN g % 25 = 0 THEN NULL ELSE plan_start + (g * 11) % 1400 END,
              CASE WHEN g % 25 = 0 THEN NULL ELSE plan_start + (g * 11) % 1400 + 60 + (g * 17) % 600 END,
              CASE WHEN g % 5 = 0 THEN NULL ELSE ($2::uuid[])[1 + g % 20] END,
              (ARRAY['low','medium','high'])[1 + g % 3],
              coalesce(c.principles, (${PRINCIPLES})[1 + g % 5 : 1 + g % 5 + g % 2])
         FROM numbered LEFT JOIN catalogue c ON c.n = g`,
      [nationalId, pgArray(leadIds)],
    );
    // Three quarters of the steps long past their due date were done meanwhile; the rest stay overdue.
    await query(
      `UPDATE steps SET status = 'done', progress = 100
        WHERE plan_id = $1 AND due_date < current_date - 90 AND status IN ('not_started', 'in_progress', 'blocked') AND position % 4 <> 0`,
      [nationalId],
    );
    await query(
      `INSERT INTO step_assignees (step_id, user_id)
       SELECT s.id, ($2::uuid[])[1 + s.position % 20] FROM steps s WHERE s.plan_id = $1 AND s.position % 3 <> 0
       UNION ALL
       SELECT s.id, ($2::uuid[])[1 + (s.position + 7) % 20] FROM steps s WHERE s.plan_id = $1 AND s.position % 3 <> 0 AND s.position % 7 = 0`,
      [nationalId, memberIds],
    );
    await query(
      `INSERT INTO step_dependencies (step_id, depends_on_step_id)
       SELECT s.id, d.id FROM steps s JOIN steps d ON d.plan_id = s.plan_id AND d.position = s.position - 11
        WHERE s.plan_id = $1 AND s.position % 10 = 0`,
      [nationalId],
    );

    // One original report per step and quarter over the last ten quarters (this one included).
    await query(
      `WITH periods AS (SELECT k, ${NOW_QUARTER} - k AS idx FROM generate_series(0, 9) k),
       reports AS (
         SELECT s.id AS step_id, s.position, s.status, s.progress, p.k, p.idx, (s.position * 31 + p.k * 17) % 100 AS h
           FROM steps s CROSS JOIN periods p WHERE s.plan_id = $1
       ),
       stated AS (
         SELECT r.*, CASE
                  WHEN k = 0 THEN CASE WHEN h < 35 THEN 'approved' WHEN h < 60 THEN 'submitted' WHEN h < 85 THEN 'draft' ELSE 'returned' END
                  ELSE CASE WHEN h < 88 THEN 'approved' WHEN h < 93 THEN 'returned' WHEN h < 97 THEN 'submitted' ELSE 'draft' END
                END AS state,
                ($2::uuid[])[1 + position % 20] AS author,
                now() - make_interval(days => k * 91 + 5) AS written_at
           FROM reports r
       )
       INSERT INTO step_reports (plan_id, step_id, period, state, status, progress, narrative, blockers, next_steps, author_id,
                                 submitted_by, submitted_at, reviewed_by, reviewed_at, review_comment, created_at, updated_at)
       SELECT $1, step_id, ${PERIOD('idx')}, state, status, greatest(0, progress - k * 5),
              format('Quarter report %s on step %s.', ${PERIOD('idx')}, position), '', '', author,
              CASE WHEN state <> 'draft' THEN author END, CASE WHEN state <> 'draft' THEN written_at END,
              CASE WHEN state IN ('approved', 'returned') THEN $3::uuid END,
              CASE WHEN state IN ('approved', 'returned') THEN written_at + interval '3 days' END,
              CASE WHEN state = 'returned' THEN 'Please add the evidence.' END,
              written_at, written_at
         FROM stated`,
      [nationalId, memberIds, ownerId],
    );

    // 200 indicators, each measured in the 40 quarters before this one; some ahead of the straight line, some behind.
    await query(
      `INSERT INTO indicators (plan_id, step_id, name, unit, direction, baseline, baseline_date, target, target_date, created_by, created_at)
       SELECT $1, s.id, format('Bench indicator %s', lpad(g::text, 3, '0')), '%',
              CASE WHEN g % 2 = 0 THEN 'increase' ELSE 'decrease' END,
              CASE WHEN g % 2 = 0 THEN 10 ELSE 60 END, current_date - 3700,
              CASE WHEN g % 2 = 0 THEN 60 ELSE 10 END, current_date + 1500, $2, now() - make_interval(mins => 200 - g)
         FROM generate_series(1, 200) g LEFT JOIN steps s ON s.plan_id = $1 AND s.position = g * 10 AND g % 2 = 0`,
      [nationalId, ownerId],
    );
    await query(
      `INSERT INTO indicator_measurements (indicator_id, period, value, source, note, recorded_by, recorded_at)
       SELECT i.id, ${PERIOD(`${NOW_QUARTER} - 41 + m`)},
              round(i.baseline + (i.target - i.baseline) * (0.2 + (i.n % 9) * 0.1) * m / 40.0, 2),
              'Bench survey', '', ($2::uuid[])[1 + (i.n + m) % 20], now() - make_interval(days => (41 - m) * 91)
         FROM (SELECT id, baseline, target, row_number() OVER (ORDER BY name)::int AS n FROM indicators WHERE plan_id = $1) i
        CROSS JOIN generate_series(1, 40) m`,
      [nationalId, memberIds],
    );

    await query(
      `INSERT INTO budget_lines (plan_id, step_id, funder_id, currency, year, planned, committed, disbursed, note, created_by)
       SELECT $1, s.id, ($2::uuid[])[1 + g % 6], (ARRAY['USD','EUR','GBP','CHF'])[1 + (g / 7) % 4],
              extract(year FROM current_date)::int - 2 + g % 6,
              amounts.planned, round(amounts.planned * (g % 11) / 10.0, 2), round(amounts.planned * (g % 11) / 20.0, 2),
              CASE WHEN g % 50 = 0 THEN 'Bench note.' END, $3
         FROM generate_series(1, 5000) g
         JOIN steps s ON s.plan_id = $1 AND s.position = 1 + (g * 7) % 2000
        CROSS JOIN LATERAL (SELECT (10000 + (g * 7919) % 500 * 1000)::numeric(18, 2) AS planned) amounts`,
      [nationalId, pgArray(funderIds), ownerId],
    );

    await query(
      `INSERT INTO audit_events (plan_id, actor_id, entity_type, entity_id, entity_label, action, changes, created_at)
       SELECT $1, ($2::uuid[])[1 + g % 21], 'step', s.id, left(coalesce(s.catalogue_key || ' ', '') || s.title, 300), 'update',
              jsonb_build_array(jsonb_build_object('field', 'progress', 'before', g % 100, 'after', g % 100 + 1)),
              now() - make_interval(mins => (50000 - g) * 20)
         FROM generate_series(1, 50000) g
         JOIN steps s ON s.plan_id = $1 AND s.position = 1 + (g * 13) % 2000`,
      [nationalId, actorIds],
    );

    // The 49 smaller plans.
    const small = `(SELECT id, row_number() OVER (ORDER BY title)::int AS n FROM plans WHERE created_by = $1 AND id <> $2)`;
    await query(
      `INSERT INTO steps (plan_id, area_key, position, title, status, progress, start_date, due_date, lead_organisation_id, priority, principles)
       SELECT p.id, (${AREAS})[1 + (p.n + i) % 11], i, format('District step %s', i),
              (ARRAY['not_started','in_progress','in_progress','done','blocked'])[1 + (p.n + i) % 5],
              (ARRAY[0, 20 + p.n % 60, 40 + p.n % 50, 100, 10])[1 + (p.n + i) % 5],
              current_date - 200 + i * 30, current_date - 100 + i * 40 + p.n % 30, ($3::uuid[])[1 + (p.n + i) % 20],
              'medium', (${PRINCIPLES})[1 + i % 5 : 1 + i % 5]
         FROM ${small} p CROSS JOIN generate_series(1, 5) i`,
      [ownerId, nationalId, pgArray(leadIds)],
    );
    await query(
      `INSERT INTO step_reports (plan_id, step_id, period, state, status, progress, narrative, author_id, submitted_by, submitted_at, reviewed_by, reviewed_at)
       SELECT s.plan_id, s.id, ${PERIOD(`${NOW_QUARTER} - k`)}, CASE WHEN k = 1 THEN 'approved' ELSE 'submitted' END, s.status, s.progress,
              'District report.', $1, $1, now() - make_interval(days => k * 91 + 5),
              CASE WHEN k = 1 THEN $1::uuid END, CASE WHEN k = 1 THEN now() - make_interval(days => k * 91) END
         FROM steps s JOIN ${small} p ON p.id = s.plan_id CROSS JOIN generate_series(0, 1) k`,
      [ownerId, nationalId],
    );
    await query(
      `INSERT INTO budget_lines (plan_id, step_id, funder_id, currency, year, planned, committed, disbursed, created_by)
       SELECT s.plan_id, s.id, ($3::uuid[])[1 + (p.n + s.position) % 6], CASE WHEN s.position = 2 THEN 'EUR' ELSE 'USD' END,
              extract(year FROM current_date)::int, 50000 + p.n * 1000, 40000 + p.n * 500, 10000 + p.n * 100, $1
         FROM steps s JOIN ${small} p ON p.id = s.plan_id WHERE s.position <= 3`,
      [ownerId, nationalId, pgArray(funderIds)],
    );
    await query(
      `INSERT INTO indicators (plan_id, name, unit, direction, baseline, baseline_date, target, target_date, created_by)
       SELECT p.id, 'District people reached', 'people', 'increase', 0, current_date - 400, 1000, current_date + 1000, $1 FROM ${small} p`,
      [ownerId, nationalId],
    );
    await query(
      `INSERT INTO indicator_measurements (indicator_id, period, value, source, recorded_by)
       SELECT i.id, ${PERIOD(`${NOW_QUARTER} - m`)}, 100 * (5 - m) + p.n * 3, 'District returns', $1
         FROM indicators i JOIN ${small} p ON p.id = i.plan_id CROSS JOIN generate_series(1, 4) m`,
      [ownerId, nationalId],
    );
    await query('COMMIT');
  } catch (error) {
    await query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  const seededMs = performance.now() - startedAt;
  const analyzeStart = performance.now();
  await query('ANALYZE');
  const analyzeMs = performance.now() - analyzeStart;
  const [counts] = await query(
    `SELECT (SELECT count(*) FROM steps WHERE plan_id = p.id)::int AS steps,
            (SELECT count(*) FROM step_reports WHERE plan_id = p.id)::int AS reports,
            (SELECT count(*) FROM indicators WHERE plan_id = p.id)::int AS indicators,
            (SELECT count(*) FROM indicator_measurements m JOIN indicators i ON i.id = m.indicator_id WHERE i.plan_id = p.id)::int AS measurements,
            (SELECT count(*) FROM budget_lines WHERE plan_id = p.id)::int AS budget_lines,
            (SELECT count(*) FROM audit_events WHERE plan_id = p.id)::int AS events,
            (SELECT count(*) FROM plan_members m JOIN users u ON u.id = m.user_id WHERE u.email = $1)::int AS portfolio
       FROM plans p WHERE p.title = $2`,
    [BENCH_EMAIL, NATIONAL_TITLE],
  );
  return { nationalId, seededMs, analyzeMs, counts };
}

/** PGlite returns uuid[] as a JS array, pg too; a string literal just in case. */
function toArray(value) {
  if (Array.isArray(value)) return value;
  return String(value).replace(/^\{|\}$/g, '').split(',').filter(Boolean);
}
