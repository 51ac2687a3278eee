import { mkdirSync, statSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError } from './config-error.js';

/** Fixed, so that a stale probe left by a crash is simply overwritten and removed by the next start. */
export const PROBE_FILE = '.reform-roadmap-write-check';
const PROBE_TIMEOUT_MS = 5000;

/**
 * Creates the data folder one level at a time. Node's `mkdirSync(…, { recursive: true })` loops for
 * ever on a path under /proc (mkdir answers ENOENT for the child while the parent exists), which
 * made a start with DATA_DIR=/proc/… hang instead of failing.
 */
export function ensureDataDir(dir: string): void {
  try {
    if (isDirectory(dir)) return;
    const parent = dirname(dir);
    if (parent !== dir) ensureDataDir(parent);
    mkdirSync(dir);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' && isDirectory(dir)) return;
    throw dataDirError(dir, error);
  }
}

/**
 * Writes, fsyncs and removes a probe file, so a folder the database cannot keep its files in fails
 * the start with one sentence before PGlite sees it. Asynchronous with a deadline: a hung mount
 * (or a FIFO where a file should be) blocks a worker thread, not the start-up.
 */
export async function probeDataDir(dir: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<void> {
  ensureDataDir(dir);
  const probe = writeProbe(join(dir, PROBE_FILE));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConfigError(`DATA_DIR ${dir} did not accept a test write within ${timeoutMs / 1000} s; check that its disk or network mount answers, or set DATA_DIR to a local folder.`)), timeoutMs);
  });
  // The probe may still finish after the deadline; its outcome no longer matters then.
  probe.catch(() => undefined);
  try {
    await Promise.race([probe, deadline]);
  } catch (error) {
    throw error instanceof ConfigError ? error : dataDirError(dir, error);
  } finally {
    clearTimeout(timer);
  }
}

async function writeProbe(file: string): Promise<void> {
  const handle = await open(file, 'w', 0o600);
  try {
    await handle.writeFile('reform-roadmap\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    // Another process probing the same folder at the same moment removed it first.
    if (error.code !== 'ENOENT') throw error;
  });
}

/** One sentence naming the folder, what went wrong and what to do. */
export function dataDirError(dir: string, error: unknown): ConfigError {
  const code = (error as NodeJS.ErrnoException).code;
  const user = typeof process.getuid === 'function' ? ` (uid ${process.getuid()})` : '';
  const reason: Record<string, string> = {
    EACCES: `this user${user} may not write there; make it writable for this user (chown or chmod) or set DATA_DIR to another folder`,
    EPERM: `this user${user} may not write there; make it writable for this user or set DATA_DIR to another folder`,
    EROFS: 'it is on a read-only file system; set DATA_DIR to a writable folder (in a container, a volume)',
    ENOTDIR: 'part of the path is a file, not a folder; set DATA_DIR to a folder',
    ENOENT: 'it cannot be created there (a special file system such as /proc or /sys?); set DATA_DIR to an ordinary folder',
    ENOSPC: 'its disk is full; free some space or set DATA_DIR to another disk',
    EDQUOT: 'the disk quota is exhausted; free some space or set DATA_DIR to another disk',
    EINVAL: 'it does not hold ordinary files (a special file system?); set DATA_DIR to an ordinary folder',
  };
  const detail = (code && reason[code]) ?? `${error instanceof Error ? error.message : String(error)}; set DATA_DIR to a writable folder`;
  return new ConfigError(`DATA_DIR ${dir} cannot be used as the data folder: ${detail}.`);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

