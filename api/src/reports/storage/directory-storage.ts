import { Logger, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { notFound } from '../../common/errors/api-exception.js';
import { ConfigError } from '../../config/app-config.js';
import { notStored } from './evidence-store-errors.js';
import { assertEvidenceKey, EvidenceStorage } from './evidence-storage.js';

/** Older than this, a temporary file belongs to a write that died with its process. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
const TEMPORARY = /^\..+\.partial$/;

/** Evidence files in a directory of this machine (or a mounted volume). */
export class DirectoryStorage extends EvidenceStorage implements OnModuleInit {
  private readonly logger = new Logger('EvidenceStorage');

  constructor(private readonly directory: string) {
    super();
  }

  /**
   * Runs before the API listens: a folder it cannot write stops the start with one line naming it,
   * rather than every upload failing later. Also clears temporary files of writes a crash cut short.
   */
  async onModuleInit(): Promise<void> {
    const probe = join(this.directory, `.start-${randomUUID()}.partial`);
    try {
      await mkdir(this.directory, { recursive: true });
      await writeDurably(probe, Buffer.from('ready'));
      await rm(probe);
    } catch (error) {
      await rm(probe, { force: true }).catch(() => undefined);
      throw new ConfigError(`the evidence folder ${this.directory} (EVIDENCE_DIR) cannot be written: ${reason(error)}.`);
    }
    await this.removeAbandonedTemporaries();
  }

  /** Writes atomically under a temporary name: a failed or cut-short write leaves nothing under the key. */
  async put(key: string, content: Buffer): Promise<void> {
    const final = this.path(key);
    // One temporary name per write, so that two writes of one key (the readiness probe of several
    // processes sharing the volume) never collide, and a failure removes only its own file.
    const temporary = join(this.directory, `.${key}.${randomUUID()}.partial`);
    try {
      await mkdir(this.directory, { recursive: true });
      await writeDurably(temporary, content);
      await rename(temporary, final);
    } catch (error) {
      // A half-written file would keep its space on a disk that is already full.
      await rm(temporary, { force: true }).catch(() => undefined);
      this.logger.warn(`Storing a file in ${this.directory} failed: ${(error as Error).message}`);
      throw notStored(error);
    }
  }

  async read(key: string): Promise<Readable> {
    const path = this.path(key);
    await access(path).catch(() => {
      throw notFound('The stored file');
    });
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    assertEvidenceKey(key);
    return join(this.directory, key);
  }

  /** Only old ones: another process sharing the folder may be writing a new one right now. */
  private async removeAbandonedTemporaries(): Promise<void> {
    try {
      const cutoff = Date.now() - ABANDONED_AFTER_MS;
      for (const name of await readdir(this.directory)) {
        if (!TEMPORARY.test(name)) continue;
        const path = join(this.directory, name);
        const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
        if (mtimeMs < cutoff) await rm(path, { force: true });
      }
    } catch (error) {
      this.logger.warn(`Could not clear abandoned temporary files in ${this.directory}: ${(error as Error).message}`);
    }
  }
}

async function writeDurably(path: string, content: Buffer): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(content);
    // Network file systems, quotas and delayed allocation may report a full disk only here.
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The system's reason in words an operator acts on, on one line. */
function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied for the user the API runs as (uid ${process.getuid?.() ?? '?'}); make the folder writable by it or set EVIDENCE_DIR to another folder`;
    case 'EROFS':
      return 'it is on a read-only file system; set EVIDENCE_DIR to a writable folder';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'its disk is full';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file, not a folder, is in the way; set EVIDENCE_DIR to a folder';
    default:
      return String(message ?? error).replace(/\s+/g, ' ');
  }
}
