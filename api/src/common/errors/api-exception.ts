import { HttpException, HttpStatus } from '@nestjs/common';
import type { FieldError } from './error-response.dto.js';

/**
 * An error meant for the person using the API: a status, a sentence, the fields at fault and,
 * for conflicts, the current state of the resource so the client can show it.
 */
export class ApiException extends HttpException {
  constructor(
    status: HttpStatus,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message, status);
  }
}

export const badRequest = (field: string, message: string) =>
  new ApiException(HttpStatus.BAD_REQUEST, message, [{ field, message }]);

export const notFound = (what: string) => new ApiException(HttpStatus.NOT_FOUND, `${what} was not found.`);

export const forbidden = (message: string) => new ApiException(HttpStatus.FORBIDDEN, message);

export const conflict = (message: string, field?: string, current?: unknown) =>
  new ApiException(
    HttpStatus.CONFLICT,
    message,
    field ? [{ field, message }] : [],
    current === undefined ? {} : { current },
  );

/**
 * Refuses a change based on an older version of the thing than the one saved now, answering with
 * the current state so the client can show both and let the person choose.
 */
export function assertCurrentVersion(thing: string, saved: number, basedOn: number, current: unknown): void {
  if (saved === basedOn) return;
  throw conflict(
    `Someone else saved this ${thing} while you were editing (it is now at version ${saved}; your change was based on version ${basedOn}).`,
    'version',
    current,
  );
}
