import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DATABASE_MODE, SERVER_URL } from '../../../test/test-app.js';

const API = join(import.meta.dirname, '..', '..', '..');
const MAIN = join(API, 'dist', 'main.js');
const NOBODY = 65534;

/** The built API must contain the check under test, or this would test yesterday's build. */
function assertBuilt(): void {
  const built = join(API, 'dist', 'reports', 'storage', 'directory-storage.js');
  const source = join(API, 'src', 'reports', 'storage', 'directory-storage.ts');
  if (!existsSync(MAIN) || !existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
    throw new Error('Build the API first (npm run build -w api): dist/ is missing or older than the evidence storage.');
  }
}

/** On the server, a database of this run's own (dropped after); embedded, PGlite in the data folder. */
async function databaseEnv(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (DATABASE_MODE === 'embedded') return { env: {}, drop: async () => undefined };
  const name = `rr_evidence_start_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString(), JWT_SECRET: 'a-secret-that-is-long-enough-for-tests!!' }, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

describe('starting the API on an evidence folder it cannot write', () => {
  it('exits with code 1 before listening, with one line naming the folder', async () => {
    assertBuilt();
    const dataDir = mkdtempSync(join(tmpdir(), 'rr-evidence-start-'));
    const evidenceDir = mkdtempSync(join(tmpdir(), 'rr-evidence-locked-'));
    // Root may write anywhere, so as root the API runs as `nobody`, owning its data folder but not the evidence folder.
    const asRoot = process.getuid?.() === 0;
    chmodSync(evidenceDir, 0o555);
    if (asRoot) chownSync(dataDir, NOBODY, NOBODY);
    const database = await databaseEnv();
    try {
      const outcome = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [MAIN], {
          env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, EVIDENCE_DIR: evidenceDir, PORT: '0', HOST: '127.0.0.1', DEMO_PASSWORD: 'a-demo-password-for-tests', ...database.env },
          stdio: ['ignore', 'pipe', 'pipe'],
          cwd: tmpdir(),
          ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
        });
        const result = { code: null as number | null, stdout: '', stderr: '' };
        const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
        child.stdout.on('data', (chunk) => {
          result.stdout += chunk;
          // Started after all: stop it, the expectations below then say what went wrong.
          if (/ready at/.test(result.stdout)) child.kill('SIGTERM');
        });
        child.stderr.on('data', (chunk) => (result.stderr += chunk));
        child.on('error', reject);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve({ ...result, code });
        });
      });
      expect(outcome.stdout).not.toMatch(/ready at/);
      expect(outcome.code).toBe(1);
      expect(outcome.stderr.trim().split('\n')).toHaveLength(1);
      expect(outcome.stderr).toContain(`Reform Roadmap cannot start: the evidence folder ${evidenceDir} (EVIDENCE_DIR) cannot be written: permission denied`);
      expect(outcome.stderr).not.toMatch(/\bat .+\.js:\d+/);
    } finally {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(evidenceDir, { recursive: true, force: true });
    }
  }, 100_000);
});
