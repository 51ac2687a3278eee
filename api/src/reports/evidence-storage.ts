import { Inject, Injectable } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

const run = promisify(execFile);

/**
 * Keeps evidence files in a directory (EVIDENCE_DIR), under keys the server chooses (never the
 * uploaded name). The compose file mounts it as a volume. An S3-compatible store would implement
 * the same four methods; it is not built yet.
 */
@Injectable()
export class EvidenceStorage {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Writes atomically: a crash mid-write leaves no half file under the key. */
  async put(key: string, content: Buffer): Promise<void> {
    await mkdir(this.config.evidenceDir, { recursive: true });
    const temporary = join(this.config.evidenceDir, `.${key}.partial`);
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, this.path(key));
  }

  read(key: string): ReadStream {
    return createReadStream(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /**
   * The virus-scan hook: EVIDENCE_SCAN_COMMAND (e.g. `clamdscan --no-summary`) gets the stored
   * file's path; a non-zero exit refuses the file. Returns why it was refused, or null.
   */
  async scan(key: string): Promise<string | null> {
    const command = this.config.evidenceScanCommand;
    if (!command) return null;
    try {
      await run(command[0], [...command.slice(1), this.path(key)], { timeout: 60_000 });
      return null;
    } catch (error) {
      const output = String((error as { stdout?: string }).stdout ?? '').trim();
      return `file was refused by the virus scan${output ? `: ${output.slice(0, 200)}` : ''}`;
    }
  }

  private path(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`Not an evidence key: ${key}`);
    return join(this.config.evidenceDir, key);
  }
}
