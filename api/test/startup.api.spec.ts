import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_URL } from './test-app.js';

const MAIN = join(import.meta.dirname, '..', 'dist', 'main.js');
const ANSI = /\u001b\[/;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  took: number;
}

interface RunOptions {
  /** Called once the demo accounts are printed; the process is stopped when it settles. */
  whenReady?: (stdout: string) => Promise<void>;
  uid?: number;
}

/** A fresh embedded database takes 5–20 s to set up, more on a busy machine. */
const FULL_START_MS = 120_000;

/** Runs the built API as `npm start` does (stdout piped, so not a terminal), until it exits or is ready. */
function runApi(env: Record<string, string>, options: RunOptions = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir(), ...ids });
    const outcome: Outcome = { code: null, stdout: '', stderr: '', took: 0 };
    const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
    let readySeen = false;
    child.stdout.on('data', (chunk) => {
      outcome.stdout += chunk;
      if (options.whenReady && !readySeen && outcome.stdout.includes('viewer@demo.org')) {
        readySeen = true;
        void options.whenReady(outcome.stdout).finally(() => setTimeout(() => child.kill('SIGTERM'), 200));
      }
    });
    child.stderr.on('data', (chunk) => (outcome.stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ...outcome, code, took: Date.now() - started });
    });
  });
}

const readyUrl = (stdout: string) => /ready at (http:\/\/\S+?)\/?\s/.exec(stdout)![1];

function expectOneClearLine(outcome: Outcome, message: RegExp): void {
  expect(outcome.code).toBe(1);
  expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
  expect(outcome.stderr).toMatch(message);
  expect(outcome.stderr).not.toMatch(/\bat .+\.js:\d+/);
}

async function withDataDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rr-start-'));
  try {
    return await work(dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('starting the API process', () => {
  if (!existsSync(MAIN)) throw new Error(`Build the API first (npm run build -w api): ${MAIN} is missing.`);
  const secret = { JWT_SECRET: 'a-secret-that-is-long-enough-for-tests!!' };

  it.each([
    ['an unreachable server', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test', ...secret }, /connection was refused/],
    ['a URL that is not Postgres', { DATABASE_URL: 'mysql://127.0.0.1/test', ...secret }, /DATABASE_URL must start with postgres/],
    ['a database that does not exist', { DATABASE_URL: SERVER_URL.replace(/\/[^/]*$/, '/no_such_database_here'), ...secret }, /has no such database/],
    ['a bad port', { PORT: 'http' }, /PORT must be a whole number/],
    ['a bad TRUST_PROXY', { TRUST_PROXY: 'true' }, /TRUST_PROXY/],
    ['a PUBLIC_URL over plain http', { PUBLIC_URL: 'http://roadmap.example.org' }, /PUBLIC_URL .*https/],
    ['a bad LOG_LEVEL', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('exits with code 1 and one clear line for %s', async (_case, env, message) => {
    await withDataDir(async (dataDir) => expectOneClearLine(await runApi({ DATA_DIR: dataDir, ...env }), message));
  });

  it('names a data folder it may not write, and what to do, in one line', async () => {
    await withDataDir(async (parent) => {
      const dataDir = join(parent, 'data');
      // root writes anywhere: run the product as nobody then, in a folder only root may write.
      const asRoot = process.getuid?.() === 0;
      if (!asRoot) chmodSync(parent, 0o555);
      try {
        const outcome = await runApi({ DATA_DIR: dataDir, PORT: '0' }, asRoot ? { uid: 65534 } : {});
        expectOneClearLine(outcome, new RegExp(`DATA_DIR ${dataDir} cannot be used .*may not write there.*(chown|writable)`));
      } finally {
        chmodSync(parent, 0o755);
      }
    });
  });

  it.each([['/proc/reform-roadmap-data'], ['/proc'], ['/proc/self/reform-roadmap']])('fails fast, with one line, for DATA_DIR=%s', async (dataDir) => {
    const outcome = await runApi({ DATA_DIR: dataDir, PORT: '0' });
    expectOneClearLine(outcome, /DATA_DIR \/proc.* cannot be used as the data folder/);
    expect(outcome.took).toBeLessThan(15_000);
  });

  it('says in one line that the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const port = (blocker.address() as { port: number }).port;
      await withDataDir(async (dataDir) => {
        const outcome = await runApi({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_FORMAT: 'pretty' });
        expectOneClearLine(outcome, new RegExp(`port ${port} is already in use`));
      });
    } finally {
      blocker.close();
    }
  }, FULL_START_MS);

  it('in pretty mode (npm start) prints the URL and the demo accounts as text, without colour codes when not on a terminal', async () => {
    await withDataDir(async (dataDir) => {
      const env = { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: 'printed-demo-password', LOG_FORMAT: 'pretty' };
      const outcome = await runApi(env, { whenReady: async () => undefined });
      expect(outcome.stdout).toMatch(/^Reform Roadmap is ready at http:\/\/127\.0\.0\.1:\d+\/$/m);
      expect(outcome.stdout).toMatch(/embedded PostgreSQL/);
      expect(outcome.stdout).toContain('password: printed-demo-password');
      for (const email of ['owner@demo.org', 'editor@demo.org', 'contributor@demo.org', 'viewer@demo.org']) {
        expect(outcome.stdout).toMatch(new RegExp(`^ +${email.replace('.', '\\.')} `, 'm'));
      }
      expect(outcome.stdout + outcome.stderr).not.toMatch(ANSI);
    });
  }, FULL_START_MS);

  it('writes JSON lines when stdout is not a terminal: the banner as one record, and a request line carrying the X-Request-Id it answered with', async () => {
    await withDataDir(async (dataDir) => {
      const answers: { sent: string | null; generated: string | null } = { sent: null, generated: null };
      const outcome = await runApi(
        { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: 'printed-demo-password' },
        {
          whenReady: async (stdout) => {
            const base = readyUrl(stdout);
            const sent = await fetch(`${base}/api/v1/share/${'t'.repeat(43)}?stepPage=1&ticket=secret-ticket`, { headers: { 'X-Request-Id': 'client-id.42' } });
            answers.sent = sent.headers.get('x-request-id');
            const generated = await fetch(`${base}/api/v1/plans`, { headers: { 'X-Request-Id': 'not a sane id; DROP TABLE' } });
            answers.generated = generated.headers.get('x-request-id');
          },
        },
      );
      expect(outcome.stdout + outcome.stderr).not.toMatch(ANSI);
      const records = outcome.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      for (const record of records) {
        expect(record).toEqual(expect.objectContaining({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: expect.any(String), msg: expect.any(String) }));
      }
      const banner = records.find((record) => record.context === 'Startup')!;
      expect(banner.msg).toMatch(/^Reform Roadmap is ready at http:\/\/127\.0\.0\.1:\d+\/ /);
      expect(banner.demo).toEqual(expect.objectContaining({ password: 'printed-demo-password', accounts: expect.arrayContaining([expect.objectContaining({ email: 'viewer@demo.org' })]) }));

      expect(answers.sent).toBe('client-id.42');
      const shareLine = records.find((record) => record.requestId === answers.sent)!;
      expect(shareLine).toMatchObject({ level: 'info', context: 'HTTP', method: 'GET', url: '/api/v1/share/[token]?stepPage=1&ticket=[redacted]' });
      expect(shareLine.status).toBeGreaterThanOrEqual(400);
      expect(shareLine.durationMs).toEqual(expect.any(Number));
      expect(outcome.stdout).not.toContain('t'.repeat(43));
      expect(outcome.stdout).not.toContain('secret-ticket');

      expect(answers.generated).toMatch(/^[0-9a-f-]{36}$/);
      expect(records.find((record) => record.requestId === answers.generated)).toMatchObject({ url: '/api/v1/plans', status: 401 });
    });
  }, FULL_START_MS);
});
