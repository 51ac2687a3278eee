import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApplication, type RunningApplication } from '../src/app.factory.js';
import { loadConfig } from '../src/config/app-config.js';
import { copyOfEmbeddedTemplate } from './embedded-template.js';

export const DEMO_PASSWORD = 'demo-password-for-tests';
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Settings that change what a new database holds, or where: a test giving one gets a database made for it. */
const SETTINGS_THAT_SHAPE_THE_DATA = new Set(['DATABASE_URL', 'DATA_DIR', 'EVIDENCE_DIR', 'EVIDENCE_S3_URL', 'SEED_DEMO', 'DEMO_PASSWORD']);

/** `server` (default): a fresh database on the PostgreSQL server; `embedded`: PGlite in a temp folder. */
export const DATABASE_MODE = process.env.TEST_DATABASE === 'embedded' ? 'embedded' : 'server';

export interface TestApp {
  running: RunningApplication;
  http: () => TestAgent;
  /** Signs in and returns an agent function sending that user's bearer token. */
  tokenFor(email: string, password?: string): Promise<string>;
  /** Starts listening on a free port (for streams, which supertest cannot read) and returns its base URL. */
  listen(): Promise<string>;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real application over HTTP against a real database of its own: every test file gets a
 * database no other run sees, dropped afterwards.
 */
export async function startTestApp(
  options: {
    seedDemo?: boolean;
    dataDir?: string;
    keepData?: boolean;
    mode?: 'server' | 'embedded';
    env?: Record<string, string>;
    /** Another app's server database to share (a second API process); it is not dropped. */
    sharedDatabaseUrl?: string;
    /** An embedded database made by this start itself, not copied from the run's template (to test that start). */
    freshEmbedded?: boolean;
  } = {},
): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'reform-roadmap-test-'));
  const database =
    options.sharedDatabaseUrl !== undefined
      ? { url: options.sharedDatabaseUrl, drop: async () => undefined }
      : (options.mode ?? DATABASE_MODE) === 'server'
        ? await createServerDatabase()
        : null;
  const settings = (folder: string) =>
    loadConfig({
      DATABASE_URL: database?.url,
      DATA_DIR: folder,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
      DEMO_PASSWORD,
      SEED_DEMO: String(options.seedDemo ?? true),
      WEB_DIST: '',
      REMINDER_INTERVAL: 'off',
      ...options.env,
    });
  if (!database && !options.freshEmbedded && options.dataDir === undefined && !Object.keys(options.env ?? {}).some((name) => SETTINGS_THAT_SHAPE_THE_DATA.has(name))) {
    await copyOfEmbeddedTemplate(options.seedDemo ?? true ? 'demo' : 'empty', dataDir, async (templateDir) => {
      await (await createApplication(settings(templateDir), ['error'])).close();
    });
  }
  const config = settings(dataDir);
  const running = await createApplication(config, ['error']);
  const server = running.app.getHttpServer();
  return {
    running,
    dataDir,
    http: () => request(server),
    async tokenFor(email: string, password = DEMO_PASSWORD) {
      const response = await request(server).post('/api/v1/auth/login').send({ email, password }).expect(200);
      return response.body.accessToken as string;
    },
    async listen() {
      await running.app.listen(0, '127.0.0.1');
      const address = running.app.getHttpServer().address() as { port: number };
      return `http://127.0.0.1:${address.port}`;
    },
    async close() {
      await running.close();
      await database?.drop();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rr_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
