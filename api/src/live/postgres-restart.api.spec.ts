import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { openSseMessages, type SseMessage, type SseMessages } from '../../test/sse-messages.js';
import { bearer, DATABASE_MODE, startTestApp, type TestApp } from '../../test/test-app.js';

const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;
const PG_BIN = '/usr/local/bin';
/** Where the measured figures go: the suite runs with --silent, so a console line would be lost. */
const FIGURES_FILE = join(tmpdir(), 'reform-roadmap-postgres-restart.json');

/**
 * A PostgreSQL cluster of this test's own, on a free port: restarting the shared server on 5432 would
 * break every other test running at the time. PostgreSQL refuses to run as root, so its programs run
 * as the `postgres` OS user (the tests run as root here).
 */
class Cluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<Cluster> {
    const dir = mkdtempSync(join(tmpdir(), 'rr-pg-restart-'));
    const cluster = new Cluster(dir, await freePort());
    try {
      if (asRoot) {
        const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim())));
        chownSync(dir, uid, gid);
      }
      await cluster.asPostgres('initdb', ['-D', cluster.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
      await cluster.pgCtl(['start', '-o', `-p ${cluster.port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log')]);
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
    return cluster;
  }

  private get dataDir() {
    return join(this.dir, 'data');
  }

  async restart(mode: 'fast' | 'immediate'): Promise<void> {
    // With its own log file, or the new postmaster would hold pg_ctl's output open and the call never return.
    await this.pgCtl(['restart', '-m', mode, '-l', join(this.dir, 'log')]);
  }

  /** Resolves as soon as PostgreSQL accepts a connection and answers a query. */
  async acceptingConnections(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = new pg.Client({ connectionString: this.url });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await pause(20);
      } finally {
        await client.end().catch(() => undefined);
      }
    }
  }

  async query<T>(database: string, sql: string, params: unknown[] = []): Promise<T[]> {
    const url = new URL(this.url);
    url.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.pgCtl(['stop', '-m', 'immediate']).catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private pgCtl(args: string[]) {
    return this.asPostgres('pg_ctl', ['-D', this.dataDir, '-w', '-t', '30', ...args]);
  }

  private asPostgres(program: string, args: string[]) {
    const command = join(PG_BIN, program);
    return asRoot ? run('runuser', ['-u', 'postgres', '--', command, ...args], { timeout: 60_000 }) : run(command, args, { timeout: 60_000 });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Write {
  body: string;
  status: number;
  retryAfter?: string;
  commentId?: string;
}

// Only a server can be restarted under a running API (the embedded database lives in the API's own process);
// on the embedded run the case shows as skipped, since a file without any case fails Jest.
(DATABASE_MODE === 'server' ? describe : describe.skip)('writes and live updates across a PostgreSQL restart', () => {
  let cluster: Cluster | undefined;
  let sut: TestApp | undefined;
  let base: string;
  let owner: string;
  let planId: string;
  let stepId: string;
  /** Closed in afterAll too: an open stream would keep the app from closing if the case failed half-way. */
  const streams: SseMessages[] = [];
  /** Also stopped in afterAll, so that the writers of a failed case do not outlive it. */
  let writing = false;
  const openStream = async (headers: Record<string, string>) => {
    const stream = await openSseMessages(`${base}/api/v1/plans/${planId}/events`, headers);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    cluster = await Cluster.create();
    await cluster.query('postgres', 'CREATE DATABASE app');
    const url = new URL(cluster.url);
    url.pathname = '/app';
    sut = await startTestApp({ sharedDatabaseUrl: url.toString() });
    base = await sut.listen();
    owner = await sut.tokenFor('owner@demo.org');
    planId = (await demoPlan(sut, owner)).id;
    stepId = (await stepByKey(sut, owner, planId, 'SVC-01')).id;
  }, 60_000);

  afterAll(async () => {
    writing = false;
    for (const stream of streams) stream.close();
    await sut?.close().catch(() => undefined);
    await cluster?.destroy();
  }, 30_000);

  const comment = async (body: string): Promise<Write> => {
    const response = await sut!.http().post(`/api/v1/plans/${planId}/steps/${stepId}/comments`).set(bearer(owner)).send({ body });
    return { body, status: response.status, retryAfter: response.headers['retry-after'], commentId: response.body?.id };
  };

  it('loses no acknowledged write, answers 503 with Retry-After meanwhile, serves again within 5 s, and keeps pages up to date', async () => {
    const stayingOpen = await openStream(bearer(owner));
    let reconnecting: SseMessages | undefined;
    try {
      expect(stayingOpen.status).toBe(200);
      await stayingOpen.next((message) => message.type === 'ready');
      // A page whose connection broke before the restart: it comes back with the last id it saw.
      const leaving = await openStream(bearer(owner));
      await leaving.next((message) => message.type === 'ready');
      const first = await comment('before the restart');
      expect(first.status).toBe(201);
      const lastSeen = (await leaving.next((message) => message.type === 'plan-event' && message.data.entityId === first.commentId)).id!;
      leaving.close();

      // Three writers keep saving throughout, so that some writes land in each outage.
      const writes: Write[] = [];
      writing = true;
      let counter = 0;
      const writers = [1, 2, 3].map(async () => {
        while (writing && counter < 600) {
          const write = await comment(`write ${++counter}`);
          writes.push(write);
          if (write.status !== 201) await pause(20);
        }
      });

      const recoveries: { mode: string; restartSeconds: number; servedAfterSeconds: number }[] = [];
      for (const mode of ['fast', 'immediate'] as const) {
        await pause(300);
        const started = Date.now();
        await cluster!.restart(mode);
        await cluster!.acceptingConnections();
        const accepting = Date.now();
        // The API's own pool must find its way back, not the test's fresh connection.
        for (;;) {
          const probe = await sut!.http().get(`/api/v1/plans/${planId}`).set(bearer(owner));
          if (probe.status === 200) break;
          expect(probe.status).toBe(503);
          if (Date.now() - accepting > 10_000) throw new Error(`The API did not serve again within 10 s after a ${mode} restart.`);
          await pause(25);
        }
        recoveries.push({ mode, restartSeconds: (accepting - started) / 1000, servedAfterSeconds: (Date.now() - accepting) / 1000 });
      }
      await pause(300);
      writing = false;
      await Promise.all(writers);
      const after = await comment('after the restarts');
      expect(after.status).toBe(201);
      writeFileSync(FIGURES_FILE, JSON.stringify({ measuredAt: new Date().toISOString(), recoveries, writes: countStatuses(writes) }, null, 2));

      // No acknowledged write lost: each 201 is in the database the restarted server kept.
      const acknowledged = writes.filter((write) => write.status === 201);
      expect(acknowledged.length).toBeGreaterThan(0);
      const stored = new Set(
        (await cluster!.query<{ id: string }>('app', `SELECT id FROM step_comments WHERE step_id = $1`, [stepId])).map((row) => row.id),
      );
      expect(acknowledged.filter((write) => !stored.has(write.commentId!))).toEqual([]);

      // The page that stayed open gets every acknowledged change, those of the outages included, and the later one.
      const received = await stayingOpen.until((message) => message.type === 'plan-event' && message.data.entityId === after.commentId, 15_000);
      const receivedIds = new Set(received.filter((message) => message.type === 'plan-event').map((message) => message.data.entityId as string));
      expect(acknowledged.filter((write) => !receivedIds.has(write.commentId!))).toEqual([]);
      expectOnceEach(received);

      // The page that reconnects with Last-Event-ID gets exactly what it missed, then goes on live.
      const missed = await cluster!.query<{ id: string }>('app', `SELECT id::text AS id FROM audit_events WHERE plan_id = $1 AND id > $2 ORDER BY id`, [planId, lastSeen]);
      reconnecting = await openStream({ ...bearer(owner), 'Last-Event-ID': lastSeen });
      const replayed = await reconnecting.until((message) => message.type === 'ready', 15_000);
      expect(replayed.filter((message) => message.type === 'plan-event').map((message) => message.id)).toEqual(missed.map((row) => row.id));
      const live = await comment('live again');
      expect(live.status).toBe(201);
      expect((await reconnecting.next((message) => message.type === 'plan-event')).data.entityId).toBe(live.commentId);

      for (const { servedAfterSeconds } of recoveries) expect(servedAfterSeconds).toBeLessThan(5);
      // Some writes did land in the outages, and each was told to come back later, never a 500 "bug".
      const refused = writes.filter((write) => write.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.filter((write) => write.retryAfter !== '5')).toEqual([]);
      expect(writes.filter((write) => write.status !== 201 && write.status !== 503)).toEqual([]);
    } finally {
      stayingOpen.close();
      reconnecting?.close();
    }
  }, 60_000);
});

function countStatuses(writes: Write[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of writes) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

function expectOnceEach(messages: SseMessage[]): void {
  const ids = messages.filter((message) => message.type === 'plan-event').map((message) => message.id);
  expect(ids.length).toBe(new Set(ids).size);
}
