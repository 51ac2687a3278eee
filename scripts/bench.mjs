// `npm run bench`: measures the built product and prints numbers; it asserts nothing.
// Starts the API on a fresh embedded database (or on BENCH_DATABASE_URL, a database it may fill),
// then times start-up and the requests a planner makes most often.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale, ROOT } from './build-if-stale.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const PASSWORD = 'bench-demo-password';

buildIfStale();
const dataDir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: PASSWORD, SEED_DEMO: 'true' };
if (process.env.BENCH_DATABASE_URL) {
  env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  env.JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
} else {
  delete env.DATABASE_URL;
}

const startedAt = performance.now();
const api = spawn(process.execPath, [join(ROOT, 'api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let output = '';
  api.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /ready at (http:\/\/[^/\s]+)\//.exec(output);
    if (match && output.includes('viewer@demo.org')) resolve(match[1]);
  });
  api.on('exit', (code) => reject(new Error(`The API exited with code ${code} before it was ready.`)));
});
const startupMs = performance.now() - startedAt;

async function call(method, path, token, body) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

async function time(rounds, action) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    await action(round);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50: at(0.5), p95: at(0.95), max: samples.at(-1) };
}

const rows = [];
try {
  const login = await call('POST', '/auth/login', null, { email: 'owner@demo.org', password: PASSWORD });
  const token = login.accessToken;
  const plans = await call('GET', '/plans', token);
  const planId = plans.items[0].id;
  const page = await call('GET', `/plans/${planId}/steps?pageSize=50`, token);
  let step = page.items[0];

  rows.push(['sign in (argon2 verify)', await time(Math.min(ROUNDS, 30), () => call('POST', '/auth/login', null, { email: 'owner@demo.org', password: PASSWORD }))]);
  rows.push(['GET /catalogue', await time(ROUNDS, () => call('GET', '/catalogue', token))]);
  rows.push(['GET /plans', await time(ROUNDS, () => call('GET', '/plans', token))]);
  rows.push(['GET steps, page of 50', await time(ROUNDS, () => call('GET', `/plans/${planId}/steps?pageSize=50`, token))]);
  rows.push(['GET steps, filtered text search', await time(ROUNDS, () => call('GET', `/plans/${planId}/steps?q=community&overdue=false`, token))]);
  rows.push([
    'PATCH step (versioned)',
    await time(ROUNDS, async (round) => {
      step = await call('PATCH', `/plans/${planId}/steps/${step.id}`, token, { version: step.version, progress: round % 101 });
    }),
  ]);
  rows.push(['GET reporting status of a period', await time(ROUNDS, () => call('GET', `/plans/${planId}/reporting`, token))]);
  rows.push(['GET budget (per currency, area, funder, year)', await time(ROUNDS, () => call('GET', `/plans/${planId}/budget`, token))]);
  rows.push(['GET indicators (progress, trend)', await time(ROUNDS, () => call('GET', `/plans/${planId}/indicators`, token))]);
  rows.push([
    'POST report, submit, approve',
    await time(Math.min(ROUNDS, 40), async (round) => {
      const period = `${2030 + Math.floor(round / 4)}-Q${(round % 4) + 1}`;
      const report = await call('POST', `/plans/${planId}/steps/${step.id}/reports`, token, { period, progress: round % 101 });
      await call('POST', `/plans/${planId}/reports/${report.id}/submit`, token);
      await call('POST', `/plans/${planId}/reports/${report.id}/approve`, token, {});
    }),
  ]);
  rows.push([
    'POST plan from catalogue (57 steps)',
    await time(Math.min(ROUNDS, 30), () =>
      call('POST', '/plans', token, { title: 'Bench plan', country: 'KEN', startDate: '2027-01-01', endDate: '2030-12-31', fromCatalogue: true }),
    ),
  ]);
  const concurrent = 20;
  const burstStart = performance.now();
  await Promise.all(Array.from({ length: concurrent * 5 }, () => call('GET', `/plans/${planId}/steps?pageSize=50`, token)));
  const burstSeconds = (performance.now() - burstStart) / 1000;

  const database = process.env.BENCH_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';
  process.stdout.write(`\nReform Roadmap benchmark — ${database}, ${ROUNDS} rounds, Node ${process.version}\n`);
  process.stdout.write(`  start-up to ready (migrate + seed on an empty database): ${startupMs.toFixed(0)} ms\n\n`);
  process.stdout.write(`  ${'request'.padEnd(46)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}\n`);
  for (const [name, stats] of rows) {
    process.stdout.write(`  ${name.padEnd(46)} ${stats.p50.toFixed(1).padStart(8)} ${stats.p95.toFixed(1).padStart(8)} ${stats.max.toFixed(1).padStart(8)}\n`);
  }
  process.stdout.write(`\n  ${concurrent * 5} step-list requests sent at once: ${(concurrent * 5 / burstSeconds).toFixed(0)} requests/s\n`);
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
