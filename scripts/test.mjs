// `npm test`: every test of the project, in the order a failure is cheapest to read.
//   1. build (the start-up and browser tests run the built product)
//   2. API contract: the web client's types match api/openapi.json; docker-compose.yml is valid
//   3. API tests over HTTP on the PostgreSQL server (TEST_DATABASE_URL, default the local `test` database)
//   4. the same API tests on the embedded PostgreSQL (PGlite) that `npm start` uses
//   5. web unit tests (Vitest)
//   6. browser tests in real Chromium (skipped, saying so, where no Chromium is installed)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildIfStale, ROOT } from './build-if-stale.mjs';

const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const results = [];

function run(name, command, args, options = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, outcome: result.status === 0 ? 'passed' : 'FAILED', seconds });
  return result.status === 0;
}

function skip(name, reason) {
  process.stdout.write(`\n▷ ${name}: SKIPPED — ${reason}\n`);
  results.push({ name, outcome: `skipped: ${reason}`, seconds: '0.0' });
}

async function serverReachable() {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function webClientMatchesContract() {
  const scratch = mkdtempSync(join(tmpdir(), 'rr-contract-'));
  try {
    const generated = join(scratch, 'schema.ts');
    const result = spawnSync('npx', ['openapi-typescript', 'api/openapi.json', '-o', generated], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) {
      process.stderr.write(result.stderr);
      return false;
    }
    const same = readFileSync(generated, 'utf8') === readFileSync(join(ROOT, 'web/src/app/api/schema.ts'), 'utf8');
    if (!same) process.stderr.write('web/src/app/api/schema.ts is out of date: run `npm run generate:client -w web`.\n');
    return same;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const started = Date.now();
buildIfStale();
const contractStarted = Date.now();
process.stdout.write('\n▶ web client generated from the current API contract\n');
results.push({
  name: 'web client matches api/openapi.json',
  outcome: webClientMatchesContract() ? 'passed' : 'FAILED',
  seconds: ((Date.now() - contractStarted) / 1000).toFixed(1),
});

run('docker-compose.yml is valid against the Compose specification', 'npx', ['dclint', '--max-warnings', '0', 'docker-compose.yml']);

run('API type check, tests included', 'npm', ['run', 'typecheck', '--silent', '-w', 'api']);

const jest = ['test', '--silent', '-w', 'api'];
if (await serverReachable()) {
  run('API tests on the PostgreSQL server', 'npm', jest, { env: { TEST_DATABASE: 'server', TEST_DATABASE_URL: SERVER_URL } });
} else {
  skip('API tests on the PostgreSQL server', `no server at ${SERVER_URL.replace(/\/\/[^@]*@/, '//')}; set TEST_DATABASE_URL to run them`);
}
run('API tests on the embedded PostgreSQL (PGlite)', 'npm', jest, { env: { TEST_DATABASE: 'embedded' } });
// The embedded runs' template data folders (api/test/embedded-template.ts) are of no use after them.
for (const entry of readdirSync(tmpdir())) {
  if (entry.startsWith('reform-roadmap-template-')) rmSync(join(tmpdir(), entry), { recursive: true, force: true });
}
run('web unit tests (Vitest)', 'npm', ['test', '--silent', '-w', 'web']);
run('browser tests (Chromium)', 'npm', ['run', 'e2e', '--silent', '-w', 'web']);

process.stdout.write('\nSummary\n');
for (const result of results) process.stdout.write(`  ${result.outcome.padEnd(10)} ${result.seconds.padStart(6)} s  ${result.name}\n`);
process.stdout.write(`  total ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(results.some((result) => result.outcome === 'FAILED') ? 1 : 0);
