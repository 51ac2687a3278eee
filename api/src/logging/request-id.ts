import { randomUUID } from 'node:crypto';

const SANE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A caller's (or proxy's) X-Request-Id is kept so one id follows a request through every hop; one
 * that could break a log line or flood it is replaced by a fresh uuid.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SANE_ID.test(value) ? value : randomUUID();
}
