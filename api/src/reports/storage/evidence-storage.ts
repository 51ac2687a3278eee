import type { Readable } from 'node:stream';

/**
 * Where evidence files live, under keys the server chooses (never the uploaded name). A directory
 * by default (EVIDENCE_DIR, a volume in the compose file), or an S3-compatible bucket
 * (EVIDENCE_S3_URL).
 */
export abstract class EvidenceStorage {
  abstract put(key: string, content: Buffer, contentType: string): Promise<void>;
  abstract read(key: string): Promise<Readable>;
  /** Removes the file; a missing one is not an error. */
  abstract remove(key: string): Promise<void>;

  /** Throws unless a file can be written and removed again (for the readiness check). */
  async checkWritable(): Promise<void> {
    await this.put(READINESS_PROBE_KEY, Buffer.from('ready'), 'text/plain');
    await this.remove(READINESS_PROBE_KEY);
  }
}

/** A key no upload gets (uploads get random UUIDs): the readiness check's own file. */
const READINESS_PROBE_KEY = '00000000-0000-4000-8000-000000000000';

/** Keys are UUIDs the server generated: anything else is a bug, never a path to follow. */
export function assertEvidenceKey(key: string): void {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`Not an evidence key: ${key}`);
}
