import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_URL } from './test-app.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'main.js');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built API as `npm start` does, until it exits or prints that it is ready. */
function runApi(env: Record<string, string>, stopWhenReady = false): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const outcome: Outcome = { code: null, stdout: '', stderr: '' };
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk) => {
      outcome.stdout += chunk;
      if (stopWhenReady && outcome.stdout.includes('viewer@demo.org')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => (outcome.stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ...outcome, code });
    });
  });
}

describe('starting the API process', () => {
  if (!existsSync(MAIN)) throw new Error(`Build the API first (npm run build -w api): ${MAIN} is missing.`);
  const secret = { JWT_SECRET: 'a-secret-that-is-long-enough-for-tests!!' };

  it.each([
    ['an unreachable server', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test', ...secret }, /connection was refused/],
    ['a URL that is not Postgres', { DATABASE_URL: 'mysql://127.0.0.1/test', ...secret }, /DATABASE_URL must start with postgres/],
    ['a database that does not exist', { DATABASE_URL: SERVER_URL.replace(/\/[^/]*$/, '/no_such_database_here'), ...secret }, /has no such database/],
    ['a bad port', { PORT: 'http' }, /PORT must be a whole number/],
  ])('exits with code 1 and one clear line for %s', async (_case, env, message) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rr-start-'));
    try {
      const outcome = await runApi({ DATA_DIR: dataDir, ...env });
      expect(outcome.code).toBe(1);
      expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
      expect(outcome.stderr).toMatch(message);
      expect(outcome.stderr).not.toMatch(/\bat .+\.js:\d+/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('starts on the embedded database and prints the URL and the demo accounts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rr-start-'));
    try {
      const outcome = await runApi({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: 'printed-demo-password' }, true);
      expect(outcome.stdout).toMatch(/Reform Roadmap is ready at http:\/\/127\.0\.0\.1:\d+\//);
      expect(outcome.stdout).toMatch(/embedded PostgreSQL/);
      expect(outcome.stdout).toContain('password: printed-demo-password');
      for (const email of ['owner@demo.org', 'editor@demo.org', 'contributor@demo.org', 'viewer@demo.org']) {
        expect(outcome.stdout).toContain(email);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
