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
}

/** Keys are UUIDs the server generated: anything else is a bug, never a path to follow. */
export function assertEvidenceKey(key: string): void {
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error(`Not an evidence key: ${key}`);
}
