import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../common/errors/api-exception.js';

/** What a client is told to wait when the store fails for a reason that may pass by itself. */
export const STORE_RETRY_SECONDS = 30;

/** System errors that mean the store has no room: only an administrator freeing space helps. */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** An upload the store did not take; the exception filter turns `retryAfterSeconds` into Retry-After. */
export class EvidenceNotStored extends ApiException {
  constructor(
    status: HttpStatus,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(status, message, [{ field: 'file', message }]);
  }
}

export const storeFull = () =>
  new EvidenceNotStored(
    HttpStatus.INSUFFICIENT_STORAGE,
    'The file could not be stored: the evidence store is full. Nothing was saved; upload it again once an administrator has freed space.',
  );

export const storeUnavailable = (detail: string) =>
  new EvidenceNotStored(
    HttpStatus.SERVICE_UNAVAILABLE,
    `The file could not be stored just now (${detail}); nothing was saved. Try again in a minute.`,
    STORE_RETRY_SECONDS,
  );

/** The answer for a failed write: 507 when the disk or quota is full, else 503 with Retry-After. */
export function notStored(error: unknown): EvidenceNotStored {
  if (error instanceof EvidenceNotStored) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && NO_ROOM.has(code)) return storeFull();
  return storeUnavailable(code ?? 'the store failed');
}
