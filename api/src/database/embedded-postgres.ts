import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/app-config.js';
import { dataDirError, ensureDataDir, probeDataDir } from '../config/data-dir.js';

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

/** Data folders this process has open. */
const openDataDirs = new Set<string>();

/** PGlite has no lock of its own: two processes (or two opens) on one data folder would corrupt it. */
function lockDataDir(dataDir: string): () => void {
  if (openDataDirs.has(dataDir)) {
    throw new ConfigError(`The data folder ${dataDir} is already open in this process.`);
  }
  ensureDataDir(dataDir);
  const lockFile = join(dataDir, 'reform-roadmap.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) {
      throw new ConfigError(
        `The data folder ${dataDir} is in use by another Reform Roadmap process (pid ${pid}); stop it or set DATA_DIR to another folder.`,
      );
    }
  }
  try {
    writeFileSync(lockFile, String(process.pid));
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
  openDataDirs.add(dataDir);
  return () => {
    openDataDirs.delete(dataDir);
    rmSync(lockFile, { force: true });
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
