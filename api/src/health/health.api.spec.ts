import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { bearer, DATABASE_MODE, SERVER_URL, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';

describe('liveness and readiness', () => {
  let sut: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: false });
    db = sut.running.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => sut.close());

  /** The readiness answer is reused for two seconds; wait that out between cases. */
  const afterCache = () => new Promise((resolve) => setTimeout(resolve, 2_100));

  it('is alive and ready when the database answers, migrations are applied and evidence can be stored', async () => {
    expect((await sut.http().get('/api/v1/health').expect(200)).body).toEqual({ status: 'ok' });
    expect((await sut.http().get('/api/v1/health/ready').expect(200)).body).toEqual({ status: 'ready' });
  });

  it('is not ready (503, Retry-After, the check named) while a migration is missing, and ready again once it is back', async () => {
    const [last] = await db.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`);
    await db.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      await afterCache();
      const response = await sut.http().get('/api/v1/health/ready').expect(503);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['migrations']);
      await sut.http().get('/api/v1/health').expect(200);
    } finally {
      await db.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
    await afterCache();
    await sut.http().get('/api/v1/health/ready').expect(200);
  });
});

describe('readiness with an evidence store that cannot be written', () => {
  let sut: TestApp;

  beforeAll(async () => {
    const blocked = join(process.env.TMPDIR ?? '/tmp', `rr-not-a-directory-${process.pid}`);
    // The API refuses to start on a folder it cannot write, so the store breaks after the start:
    // the volume's folder is replaced by a file.
    sut = await startTestApp({ seedDemo: false, env: { EVIDENCE_DIR: blocked } });
    rmSync(blocked, { recursive: true, force: true });
    writeFileSync(blocked, 'a file where the evidence directory should be');
  });
  afterAll(() => sut.close());

  it('answers 503 naming the evidence store, and stays alive', async () => {
    const response = await sut.http().get('/api/v1/health/ready').expect(503);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['evidenceStore']);
    expect(response.body.message).toMatch(/evidence store/);
    await sut.http().get('/api/v1/health').expect(200);
  });
});

// Only a server can refuse connections while the API runs (the embedded database lives in the API's own process),
// so this case is registered on the server run only.
if (DATABASE_MODE === 'server') describe('readiness while the database server refuses connections', () => {
  let sut: TestApp;
  let name: string;

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: false });
    name = (await sut.running.app.get<DataSource>(getDataSourceToken()).query(`SELECT current_database() AS name`))[0].name;
  });
  afterAll(async () => {
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await sut.close();
  });

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  it('answers 503 naming the database, stays alive, and is ready again once connections are allowed', async () => {
    await sut.running.app.get(UsersService).create({ email: 'planner@example.org', name: 'Planner', password: 'planner password 1' });
    const token = await sut.tokenFor('planner@example.org', 'planner password 1');
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`);
    const response = await sut.http().get('/api/v1/health/ready').expect(503);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('database');
    await sut.http().get('/api/v1/health').expect(200);
    // Any other route tells the client to come back, in the error shape, instead of a 500 "bug".
    const outage = await sut.http().get('/api/v1/plans').set(bearer(token)).expect(503);
    expect(outage.headers['retry-after']).toBe('5');
    expect(outage.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', errors: [] });
    await sut.http().post('/api/v1/auth/login').send({ email: 'planner@example.org', password: 'planner password 1' }).expect(503);
    await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await sut.http().get('/api/v1/health/ready').expect(200);
    await sut.http().get('/api/v1/plans').set(bearer(token)).expect(200);
  });
});
