import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { join } from 'node:path';
import { probeDataDir } from '../config/data-dir.js';
import { lockDataDir } from './data-dir-lock.js';

/**
 * The API's pool holds ONE connection to the embedded database. PGlite is a single session behind a
 * multiplexer that queues protocol messages one by one: two connections sending parameterised
 * (extended-protocol) queries at once can have their Parse/Bind/Execute messages interleaved and
 * receive each other's results. One pooled connection makes every query wait its turn instead,
 * which costs nothing in throughput (PGlite runs one query at a time anyway).
 */
export const EMBEDDED_POOL_SIZE = 1;

/** Room for the pool, the start-up probe and a listener. */
const SOCKET_CONNECTIONS = 4;

export interface EmbeddedPostgres {
  url: string;
  /** The PGlite instance itself: its listen() receives NOTIFYs sent through any socket connection. */
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * Runs PGlite (Postgres compiled to WebAssembly) behind its wire-protocol socket server on
 * 127.0.0.1, so the API reaches it through the ordinary `pg` driver: the same SQL,
 * migrations and transactions as on a PostgreSQL server.
 *
 * `dataDir` of `null` keeps the database in memory (used by tests).
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  // PGlite meeting a folder it cannot write fails deep inside WebAssembly, or not at all.
  if (dataDir) await probeDataDir(dataDir);
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => undefined;
  try {
    const db = await PGlite.create(dataDir ? join(dataDir, 'pg') : 'memory://');
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: SOCKET_CONNECTIONS });
    await server.start();
    const address = server.getServerConn();
    return {
      url: `postgres://postgres@${address}/postgres`,
      db,
      async stop() {
        await server.stop();
        await db.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

