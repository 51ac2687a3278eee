import { Inject, Injectable } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';

const run = promisify(execFile);

/**
 * The virus-scan hook: EVIDENCE_SCAN_COMMAND (e.g. `clamdscan --no-summary`) is run on each upload,
 * before it is stored, with a temporary copy's path as its last argument; a non-zero exit refuses it.
 */
@Injectable()
export class EvidenceScanner {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Why the file was refused, or null. */
  async refusal(content: Buffer): Promise<string | null> {
    const command = this.config.evidenceScanCommand;
    if (!command) return null;
    const folder = await mkdtemp(join(tmpdir(), 'evidence-scan-'));
    const path = join(folder, 'upload');
    try {
      await writeFile(path, content, { mode: 0o600 });
      await run(command[0], [...command.slice(1), path], { timeout: 60_000 });
      return null;
    } catch (error) {
      const output = String((error as { stdout?: string }).stdout ?? '').trim();
      return `file was refused by the virus scan${output ? `: ${output.slice(0, 200)}` : ''}`;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
