// `npm run bench`: measures the built product and prints numbers; it asserts nothing.
// Starts the API on a fresh embedded database (or on BENCH_DATABASE_URL, a database it may fill), lets
// it migrate and seed the demo, then seeds a national-size plan (2,000 steps, 20,000 reports) and a
// portfolio of 50 plans (scripts/bench-seed.mjs) and times the requests a planner, a donor and the
// public make most often.
//
// On the embedded database the API process holds the PGlite data folder, so the bench stops the API,
// opens the folder itself (with the same pid-file guard as the API), seeds, closes it and starts the
// API again. On a server it seeds through `pg` while the API runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS, ROOT } from './build-if-stale.mjs';
import { BENCH_EMAIL, NATIONAL_TITLE, seedBenchData } from './bench-seed.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
/** The public share route allows 60 requests a minute per address: each link is timed this many times. */
const SHARE_ROUNDS = Math.min(ROUNDS, 50);
const PASSWORD = 'bench-demo-password';
const SERVER_URL = process.env.BENCH_DATABASE_URL;

buildApiIfStale();
const dataDir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
// The bench measures the API: no web app is served (and none is built).
const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: PASSWORD, SEED_DEMO: 'true', WEB_DIST: '' };
if (SERVER_URL) {
  env.DATABASE_URL = SERVER_URL;
  env.JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
} else {
  delete env.DATABASE_URL;
}

let api = null;
let base = '';

/** Starts the built API and resolves once it printed its address and the demo accounts. */
async function startApi() {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  api = child;
  base = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /ready at (http:\/\/[^/\s]+)\//.exec(output);
      if (match && output.includes('viewer@demo.org')) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`The API exited with code ${code} before it was ready.`)));
  });
  child.stdout.resume();
  return performance.now() - startedAt;
}

async function stopApi() {
  if (!api || api.exitCode !== null) return;
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  await exited;
  api = null;
}

/** The embedded data folder, opened in this process with the API's own guard: refuse it while a live process holds it. */
async function withEmbeddedDatabase(action) {
  const lockFile = join(dataDir, 'reform-roadmap.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) throw new Error(`The data folder ${dataDir} is in use by process ${pid}.`);
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile, String(process.pid));
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(join(dataDir, 'pg'));
  try {
    return await action(async (sql, params) => (await db.query(sql, params)).rows);
  } finally {
    await db.close();
    rmSync(lockFile, { force: true });
  }
}

async function withServerDatabase(action) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await action(async (sql, params) => (await client.query(sql, params)).rows);
  } finally {
    await client.end();
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function call(method, path, token, body) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

function summarise(samples) {
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p95: at(0.95), max: samples.at(-1), rounds: samples.length };
}

async function time(rounds, action) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await action(round);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Times the public share page within its rate limit: after each answer it reads RateLimit-Remaining and,
 * at 0, waits out the window (RateLimit-Reset seconds, plus one) before the next request; the waits are
 * not timed. A 429 would be waited out (Retry-After) and retried, and is counted.
 */
const shareLimit = { pauses: 0, waitedMs: 0, refused: 0 };
async function timeShared(rounds, token) {
  const samples = [];
  while (samples.length < rounds) {
    const start = performance.now();
    const response = await fetch(`${base}/api/v1/share/${token}`);
    const elapsed = performance.now() - start;
    await response.arrayBuffer();
    if (response.status === 429) {
      shareLimit.refused++;
      const wait = (Number(response.headers.get('retry-after') ?? 60) + 1) * 1000;
      shareLimit.waitedMs += wait;
      await sleep(wait);
      continue;
    }
    if (!response.ok) throw new Error(`GET /share/… answered ${response.status}`);
    samples.push(elapsed);
    if (Number(response.headers.get('ratelimit-remaining')) === 0 && samples.length < rounds) {
      const wait = (Number(response.headers.get('ratelimit-reset') ?? 60) + 1) * 1000;
      shareLimit.pauses++;
      shareLimit.waitedMs += wait;
      await sleep(wait);
    }
  }
  return summarise(samples);
}

/**
 * Opens the plan's event stream as a page reconnecting after `missed` changes would (lastEventId) and
 * resolves on its `ready` message, which the server sends after replaying what was missed.
 */
async function timeReplay(rounds, token, planId, missed) {
  const newest = (await call('GET', `/plans/${planId}/activity?pageSize=1`, token)).items[0].id;
  const lastEventId = String(BigInt(newest) - BigInt(missed));
  let replayed = 0;
  const stats = await time(rounds, async () => {
    const { ticket } = await call('POST', `/plans/${planId}/events/tickets`, token);
    const controller = new AbortController();
    const response = await fetch(`${base}/api/v1/plans/${planId}/events?ticket=${encodeURIComponent(ticket)}&lastEventId=${lastEventId}`, { signal: controller.signal });
    if (!response.ok) throw new Error(`GET …/events answered ${response.status}`);
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of response.body) {
      text += decoder.decode(chunk, { stream: true });
      if (text.includes('event: ready')) break;
    }
    controller.abort();
    replayed = text.split('event: plan-event').length - 1;
  });
  return { ...stats, replayed };
}

const rows = [];
const row = (name, stats) => rows.push([name, stats]);
let startupMs = 0;
let reopenMs = null;
let seeded = null;
try {
  startupMs = await startApi();
  if (SERVER_URL) {
    seeded = await withServerDatabase(seedBenchData);
  } else {
    await stopApi();
    seeded = await withEmbeddedDatabase(seedBenchData);
    reopenMs = await startApi();
  }

  // The demo plan (Veloria, 57 steps) as its owner sees it.
  const login = await call('POST', '/auth/login', null, { email: 'owner@demo.org', password: PASSWORD });
  const token = login.accessToken;
  const demoPlanId = (await call('GET', '/plans', token)).items.find((plan) => plan.country === 'XDM').id;
  const page = await call('GET', `/plans/${demoPlanId}/steps?pageSize=50`, token);
  let step = page.items[0];

  // The national plan and the portfolio of 50 plans, as the bench account (their owner) sees them.
  const bench = (await call('POST', '/auth/login', null, { email: BENCH_EMAIL, password: PASSWORD })).accessToken;
  const benchPlans = (await call('GET', '/plans', bench)).items;
  const nationalId = benchPlans.find((plan) => plan.title === NATIONAL_TITLE).id;
  const dashboard = await call('GET', `/plans/${nationalId}/dashboard`, bench);
  const portfolio = await call('GET', '/portfolio', bench);

  const national = [];
  national.push(['national: GET steps, page of 50 (baseline)', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/steps?pageSize=50`, bench))]);
  national.push(['national: GET dashboard', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/dashboard`, bench))]);
  national.push([`GET /portfolio (${portfolio.items.length} plans)`, await time(ROUNDS, () => call('GET', '/portfolio', bench))]);
  national.push(['national: GET steps, overdue filter', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/steps?overdue=true&pageSize=50`, bench))]);
  national.push(['national: GET reporting status of a period', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/reporting`, bench))]);
  national.push(['national: GET budget', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/budget`, bench))]);
  national.push(['national: GET indicators (200)', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/indicators`, bench))]);
  national.push(['national: GET activity, first page', await time(ROUNDS, () => call('GET', `/plans/${nationalId}/activity`, bench))]);
  national.push(['GET /plans (50 plans)', await time(ROUNDS, () => call('GET', '/plans', bench))]);
  const replay = await timeReplay(Math.min(ROUNDS, 30), bench, nationalId, 1000);
  national.push([`national: live stream replaying ${replay.replayed} missed events`, replay]);

  row('sign in (argon2 verify)', await time(Math.min(ROUNDS, 30), () => call('POST', '/auth/login', null, { email: 'owner@demo.org', password: PASSWORD })));
  row('GET /catalogue', await time(ROUNDS, () => call('GET', '/catalogue', token)));
  row('demo: GET /plans (1 plan)', await time(ROUNDS, () => call('GET', '/plans', token)));
  row('demo: GET steps, page of 50', await time(ROUNDS, () => call('GET', `/plans/${demoPlanId}/steps?pageSize=50`, token)));
  row('demo: GET steps, filtered text search', await time(ROUNDS, () => call('GET', `/plans/${demoPlanId}/steps?q=community&overdue=false`, token)));
  row(
    'demo: PATCH step (versioned)',
    await time(ROUNDS, async (round) => {
      step = await call('PATCH', `/plans/${demoPlanId}/steps/${step.id}`, token, { version: step.version, progress: round % 101 });
    }),
  );
  row('demo: GET reporting status of a period', await time(ROUNDS, () => call('GET', `/plans/${demoPlanId}/reporting`, token)));
  row('demo: GET budget (per currency, area, funder, year)', await time(ROUNDS, () => call('GET', `/plans/${demoPlanId}/budget`, token)));
  row('demo: GET indicators (progress, trend)', await time(ROUNDS, () => call('GET', `/plans/${demoPlanId}/indicators`, token)));
  row('demo: GET dashboard', await time(ROUNDS, () => call('GET', `/plans/${demoPlanId}/dashboard`, token)));
  row(
    'demo: POST report, submit, approve',
    await time(Math.min(ROUNDS, 40), async (round) => {
      const period = `${2030 + Math.floor(round / 4)}-Q${(round % 4) + 1}`;
      const report = await call('POST', `/plans/${demoPlanId}/steps/${step.id}/reports`, token, { period, progress: round % 101 });
      await call('POST', `/plans/${demoPlanId}/reports/${report.id}/submit`, token);
      await call('POST', `/plans/${demoPlanId}/reports/${report.id}/approve`, token, {});
    }),
  );
  row(
    'POST plan from catalogue (57 steps)',
    await time(Math.min(ROUNDS, 30), () =>
      call('POST', '/plans', token, { title: 'Bench plan', country: 'KEN', startDate: '2027-01-01', endDate: '2030-12-31', fromCatalogue: true }),
    ),
  );
  const concurrent = 20;
  const burstStart = performance.now();
  await Promise.all(Array.from({ length: concurrent * 5 }, () => call('GET', `/plans/${demoPlanId}/steps?pageSize=50`, token)));
  const burstSeconds = (performance.now() - burstStart) / 1000;

  // Share links of the national plan, created by its owner, opened without signing in.
  const publicLink = await call('POST', `/plans/${nationalId}/share-links`, bench, { name: 'Bench public link', tier: 'public' });
  const donorLink = await call('POST', `/plans/${nationalId}/share-links`, bench, { name: 'Bench donor link', tier: 'donor', showNames: true });
  national.push(['national: GET /share/:token, public link', await timeShared(SHARE_ROUNDS, publicLink.token)]);
  national.push(['national: GET /share/:token, donor link', await timeShared(SHARE_ROUNDS, donorLink.token)]);

  const database = SERVER_URL ? 'PostgreSQL server' : 'embedded PGlite';
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const printRows = (list) => {
    out(`  ${'request'.padEnd(52)} ${'rounds'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
    for (const [name, stats] of list) {
      out(`  ${name.padEnd(52)} ${String(stats.rounds).padStart(6)} ${stats.p50.toFixed(1).padStart(8)} ${stats.p95.toFixed(1).padStart(8)} ${stats.max.toFixed(1).padStart(8)}`);
    }
  };
  const { counts } = seeded;
  out();
  out(`Reform Roadmap benchmark — ${database}, ${ROUNDS} rounds, Node ${process.version}`);
  out(`  start-up to ready (migrate + seed the demo on an empty database): ${startupMs.toFixed(0)} ms`);
  if (reopenMs !== null) out(`  start-up to ready again on the seeded data folder: ${reopenMs.toFixed(0)} ms`);
  out(
    `  national plan seeded in ${(seeded.seededMs / 1000).toFixed(1)} s (+ ANALYZE ${(seeded.analyzeMs / 1000).toFixed(1)} s): ` +
      `${counts.steps} steps, ${counts.reports} reports, ${counts.indicators} indicators × ${counts.measurements / counts.indicators} measurements, ` +
      `${counts.budget_lines} budget lines, ${counts.events} activity events; the bench account is on ${counts.portfolio} plans`,
  );
  out(
    `  its dashboard: ${dashboard.schedule?.overdue ?? '?'} steps overdue, ${dashboard.schedule?.dueSoon ?? '?'} due soon; ` +
      `portfolio of ${portfolio.items.length} plans`,
  );
  out();
  out('  National plan and portfolio (signed in as the bench account, owner of the 50 plans):');
  printRows(national);
  out(
    `  The share route is limited to 60 requests a minute per address: ${SHARE_ROUNDS} rounds per link, pausing until the window ` +
      `reset whenever RateLimit-Remaining reached 0 (${shareLimit.pauses} pause(s), ${(shareLimit.waitedMs / 1000).toFixed(0)} s waited, untimed; ` +
      `${shareLimit.refused} request(s) answered 429).`,
  );
  out();
  out('  Demo plan (Veloria, 57 steps, signed in as owner@demo.org):');
  printRows(rows);
  out(`\n  ${concurrent * 5} demo step-list requests sent at once: ${(concurrent * 5 / burstSeconds).toFixed(0)} requests/s`);
  const steps = national.find(([name]) => name.startsWith('national: GET steps, page'))[1];
  const board = national.find(([name]) => name === 'national: GET dashboard')[1];
  out(
    `\ndashboard median ${board.p50.toFixed(1)} ms vs steps list median ${steps.p50.toFixed(1)} ms on a plan of ` +
      `${counts.steps.toLocaleString('en')} steps and ${counts.reports.toLocaleString('en')} reports`,
  );
} catch (error) {
  // One readable line (and the statement, for a failed query) rather than the driver's minified source.
  process.stderr.write(`The benchmark failed: ${error.message}\n${error.query ? `  in: ${error.query.slice(0, 400)}\n` : ''}`);
  process.exitCode = 1;
} finally {
  await stopApi();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Builds migrations and the API when their output is older than their sources (the bench needs no web app). */
function buildApiIfStale() {
  const newest = (path) => {
    const full = join(ROOT, path);
    if (!existsSync(full)) return 0;
    const stats = statSync(full);
    if (!stats.isDirectory()) return stats.mtimeMs;
    return readdirSync(full).reduce((latest, entry) => Math.max(latest, newest(join(path, entry))), stats.mtimeMs);
  };
  for (const build of BUILDS.filter(({ workspace }) => workspace !== 'web')) {
    const output = join(ROOT, build.output);
    if (existsSync(output) && statSync(output).mtimeMs >= Math.max(...build.sources.map(newest))) continue;
    process.stdout.write(`Building ${build.workspace}…\n`);
    const result = spawnSync('npm', ['run', 'build', '--silent', '-w', build.workspace], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      process.stderr.write(`Building ${build.workspace} failed; see the messages above.\n`);
      process.exit(result.status ?? 1);
    }
  }
}
