import { HttpErrorResponse } from '@angular/common/http';
import { ErrorResponse, FieldError } from './models';

/** A server error reduced to what the screens show. */
export interface ApiError {
  status: number;
  /** The server's `error` field (a short code or HTTP reason). */
  code: string;
  /** The server's own message, shown as detail under the translated summary. */
  message: string;
  fieldErrors: FieldError[];
  /** Present on a 409 for a stale write: the resource as it is now. */
  current?: unknown;
}

function isErrorBody(body: unknown): body is Partial<ErrorResponse> & { current?: unknown } {
  return typeof body === 'object' && body !== null;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = isErrorBody(error.error) ? error.error : {};
    const rawMessage = body.message as unknown;
    return {
      status: error.status,
      code: typeof body.error === 'string' ? body.error : '',
      message: Array.isArray(rawMessage) ? rawMessage.join('; ') : typeof rawMessage === 'string' ? rawMessage : '',
      fieldErrors: Array.isArray(body.errors) ? body.errors : [],
      current: body.current,
    };
  }
  return { status: 0, code: '', message: '', fieldErrors: [] };
}

/** Translation key for the summary line of an error, by HTTP status. */
export function errorSummaryKey(error: ApiError): string {
  switch (error.status) {
    case 0: return 'errors.network';
    case 400: return 'errors.validation';
    case 401: return 'errors.unauthorized';
    case 403: return 'errors.forbidden';
    case 404: return 'errors.notFound';
    case 409: return 'errors.conflict';
    default: return error.status >= 500 ? 'errors.server' : 'errors.generic';
  }
}

/** For a page loaded by the id in its URL: a malformed id (400) means the same to a reader as an unknown one. */
export function loadErrorSummaryKey(error: ApiError): string {
  return error.status === 400 ? 'errors.notFound' : errorSummaryKey(error);
}
