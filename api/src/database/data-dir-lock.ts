import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/app-config.js';
import { dataDirError, ensureDataDir } from '../config/data-dir.js';

const LOCK_FILE = 'reform-roadmap.pid';

/** Data folders this process has open. */
const openDataDirs = new Set<string>();

/**
 * A process as the kernel knows it: its pid, plus (on Linux) when it started and which boot it
 * belongs to. A pid alone is not enough — after a crash or a reboot the number is handed to some
 * unrelated process, and a lock naming it would keep the folder closed for good.
 */
interface ProcessIdentity {
  pid: number;
  startTicks: string | null;
  bootId: string | null;
}

/**
 * PGlite has no lock of its own: two processes (or two opens) on one data folder would corrupt it.
 * The lock file is created exclusively (`wx`), so two processes starting at once cannot both take a
 * free folder; a file left by a dead process is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  if (openDataDirs.has(dataDir)) throw new ConfigError(`The data folder ${dataDir} is already open in this process.`);
  ensureDataDir(dataDir);
  const lockFile = join(dataDir, LOCK_FILE);
  const mine = serialise(identityOf(process.pid));
  if (!createExclusively(lockFile, mine, dataDir)) {
    const recorded = readRecorded(lockFile);
    if (recorded && isAlive(recorded)) {
      throw new ConfigError(
        `The data folder ${dataDir} is in use by another Reform Roadmap process (pid ${recorded.pid}); stop it or set DATA_DIR to another folder.`,
      );
    }
    // Left by a process that is gone: take it over. Another process doing the same at this moment
    // makes one of the two exclusive creates fail, and that one is refused.
    rmSync(lockFile, { force: true });
    if (!createExclusively(lockFile, mine, dataDir)) {
      throw new ConfigError(`The data folder ${dataDir} is being opened by another Reform Roadmap process; stop it or set DATA_DIR to another folder.`);
    }
  }
  openDataDirs.add(dataDir);
  return () => {
    openDataDirs.delete(dataDir);
    if (readFileSafely(lockFile) === mine) rmSync(lockFile, { force: true });
  };
}

function createExclusively(lockFile: string, content: string, dataDir: string): boolean {
  try {
    writeFileSync(lockFile, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw dataDirError(dataDir, error);
  }
}

function identityOf(pid: number): ProcessIdentity {
  return { pid, startTicks: startTicksOf(pid), bootId: readFileSafely('/proc/sys/kernel/random/boot_id')?.trim() || null };
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null off Linux or when gone. */
function startTicksOf(pid: number): string | null {
  const stat = readFileSafely(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function serialise(identity: ProcessIdentity): string {
  return [identity.pid, identity.startTicks ?? '-', identity.bootId ?? '-'].join(' ');
}

/** The lock's owner; a file from before identities were recorded holds only a pid. */
function readRecorded(lockFile: string): ProcessIdentity | null {
  const [pid, startTicks, bootId] = (readFileSafely(lockFile) ?? '').trim().split(' ');
  const number = Number(pid);
  if (!Number.isInteger(number) || number <= 0) return null;
  return { pid: number, startTicks: startTicks && startTicks !== '-' ? startTicks : null, bootId: bootId && bootId !== '-' ? bootId : null };
}

function isAlive(recorded: ProcessIdentity): boolean {
  if (recorded.pid === process.pid) return false;
  if (!signalReaches(recorded.pid)) return false;
  const now = identityOf(recorded.pid);
  if (recorded.bootId && now.bootId && recorded.bootId !== now.bootId) return false;
  if (recorded.startTicks && now.startTicks) return recorded.startTicks === now.startTicks;
  // A pid-only file (an earlier version, or a system without /proc): trust it only if that pid is Node.
  const commandLine = readFileSafely(`/proc/${recorded.pid}/cmdline`);
  return commandLine === null || /(^|\/)node(js)?(\0|$)/.test(commandLine.split('\0')[0] + '\0');
}

function signalReaches(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readFileSafely(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
