import { createReadStream } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { notFound } from '../../common/errors/api-exception.js';
import { assertEvidenceKey, EvidenceStorage } from './evidence-storage.js';

/** Evidence files in a directory of this machine (or a mounted volume). */
export class DirectoryStorage extends EvidenceStorage {
  constructor(private readonly directory: string) {
    super();
  }

  /** Writes atomically: a crash mid-write leaves no half file under the key. */
  async put(key: string, content: Buffer): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const temporary = join(this.directory, `.${key}.partial`);
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, this.path(key));
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
}
