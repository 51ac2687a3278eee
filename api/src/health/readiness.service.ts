import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/errors/api-exception.js';
import { EvidenceStorage } from '../reports/storage/evidence-storage.js';

/** How long one check may take before it counts as failing. */
const CHECK_TIMEOUT_MS = 3_000;
/** How long an answer is reused: probes every few seconds must not write a file each time. */
const CACHE_MS = 2_000;
/** What a client not ready to be served is told to wait. */
export const NOT_READY_RETRY_SECONDS = 5;

export const READINESS_CHECKS = ['database', 'migrations', 'evidenceStore'] as const;
export type ReadinessCheck = (typeof READINESS_CHECKS)[number];

/** 503 naming each failing check as a field; the filter turns `retryAfterSeconds` into Retry-After. */
export class NotReady extends ApiException {
  readonly retryAfterSeconds = NOT_READY_RETRY_SECONDS;

  constructor(failures: { field: ReadinessCheck; message: string }[]) {
    super(HttpStatus.SERVICE_UNAVAILABLE, `Not ready to serve: ${failures.map((failure) => failure.message).join('; ')}.`, failures);
  }
}

/**
 * Whether this API process can serve requests: its database answers, every migration it knows is
 * applied, and the evidence store takes a file. Liveness (`/health`) asks none of this.
 */
@Injectable()
export class ReadinessService {
  private last: { at: number; answer: Promise<{ field: ReadinessCheck; message: string }[]> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly evidence: EvidenceStorage,
  ) {}

  async assertReady(): Promise<void> {
    if (!this.last || Date.now() - this.last.at > CACHE_MS) this.last = { at: Date.now(), answer: this.failures() };
    const failures = await this.last.answer;
    if (failures.length > 0) throw new NotReady(failures);
  }

  private async failures(): Promise<{ field: ReadinessCheck; message: string }[]> {
    const failures: { field: ReadinessCheck; message: string }[] = [];
    const database = await settle(this.dataSource.query('SELECT 1'));
    if (database) failures.push({ field: 'database', message: 'the database does not answer' });
    else {
      const pending = await settle(this.dataSource.showMigrations().then((any) => (any ? Promise.reject(new Error('pending')) : undefined)));
      if (pending) failures.push({ field: 'migrations', message: 'migrations are not all applied' });
    }
    if (await settle(this.evidence.checkWritable())) failures.push({ field: 'evidenceStore', message: 'the evidence store cannot be written' });
    return failures;
  }
}

/** The error of a promise that fails or takes too long, or null when it succeeds in time. */
async function settle(work: Promise<unknown>): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS)));
  try {
    await Promise.race([work, timeout]);
    return null;
  } catch (error) {
    return error ?? new Error('failed');
  } finally {
    clearTimeout(timer);
  }
}
