import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { ApiException } from './api-exception.js';
import { DATABASE_RETRY_SECONDS, isDatabaseUnavailable } from './database-unavailable.js';
import type { ErrorResponse, FieldError } from './error-response.dto.js';

/** Turns every error into the API's one error shape; only a real bug becomes a 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const unavailable = isDatabaseUnavailable(exception);
    const { body, extra } = unavailable ? databaseUnavailable() : this.describe(exception);
    if (unavailable) {
      // An outage, not a bug: one line, no stack, however many requests meet it.
      this.logger.warn(`The database cannot be reached: ${exception instanceof Error ? exception.message : String(exception)}`);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (response.headersSent) return;
    const retryAfter = unavailable ? DATABASE_RETRY_SECONDS : (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
    if (retryAfter) response.setHeader('Retry-After', String(retryAfter));
    response.status(body.statusCode).json({ ...body, ...extra });
  }

  private describe(exception: unknown): { body: ErrorResponse; extra: Record<string, unknown> } {
    if (exception instanceof ApiException) {
      return { body: shape(exception.getStatus(), exception.message, exception.fieldErrors), extra: exception.extra };
    }
    // Nest wraps the body parser's errors (malformed JSON, too large…) in an HttpException.
    const bodyParserError = fromBodyParser(exception instanceof HttpException ? exception.cause : exception);
    if (bodyParserError) return { body: bodyParserError, extra: {} };
    if (exception instanceof HttpException) {
      return { body: fromHttpException(exception), extra: {} };
    }
    if (exception instanceof QueryFailedError) {
      const known = fromDatabase(exception as QueryFailedError & { code?: string });
      if (known) return { body: known, extra: {} };
    }
    return { body: shape(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side; it has been logged.'), extra: {} };
  }
}

function databaseUnavailable(): { body: ErrorResponse; extra: Record<string, unknown> } {
  return { body: shape(HttpStatus.SERVICE_UNAVAILABLE, 'The service cannot reach its database just now; try again in a few seconds.'), extra: {} };
}

function shape(statusCode: number, message: string, errors: FieldError[] = []): ErrorResponse {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, errors };
}

function fromHttpException(exception: HttpException): ErrorResponse {
  const status = exception.getStatus();
  const payload = exception.getResponse();
  const message =
    typeof payload === 'string'
      ? payload
      : Array.isArray((payload as { message?: unknown }).message)
        ? ((payload as { message: string[] }).message).join('; ')
        : String((payload as { message?: unknown }).message ?? exception.message);
  if (status === HttpStatus.NOT_FOUND && message.startsWith('Cannot ')) {
    return shape(status, 'There is no such route in this API; see /api/docs.');
  }
  return shape(status, message);
}

/** Express's JSON parser throws before any handler runs: malformed JSON, a body too large… */
function fromBodyParser(exception: unknown): ErrorResponse | null {
  const error = exception as { type?: string; status?: number; statusCode?: number } | undefined;
  if (error instanceof SyntaxError && !error.type) {
    return shape(400, 'The request body is not valid JSON.', [{ field: 'body', message: 'The request body is not valid JSON.' }]);
  }
  if (!error || typeof error !== 'object' || typeof error.type !== 'string') return null;
  const status = error.status ?? error.statusCode ?? 400;
  switch (error.type) {
    case 'entity.parse.failed':
      return shape(400, 'The request body is not valid JSON.', [{ field: 'body', message: 'The request body is not valid JSON.' }]);
    case 'entity.too.large':
      return shape(413, 'The request body is too large.', [{ field: 'body', message: 'The request body is too large.' }]);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return shape(415, 'The request body uses an unsupported encoding.', [{ field: 'body', message: 'Unsupported encoding.' }]);
    default:
      return status < 500 ? shape(status, 'The request body could not be read.', [{ field: 'body', message: 'Unreadable body.' }]) : null;
  }
}

/** Constraint violations that slipped past validation still deserve a 4xx, never a 500. */
function fromDatabase(error: QueryFailedError & { code?: string; constraint?: string }): ErrorResponse | null {
  const constraint = (error.driverError as { constraint?: string } | undefined)?.constraint ?? error.constraint ?? 'value';
  switch (error.code) {
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return shape(400, 'A value in the request has the wrong format.', [{ field: constraint, message: 'Wrong format.' }]);
    case '23505':
      return shape(409, 'This would create a duplicate.', [{ field: constraint, message: 'Already exists.' }]);
    case '23503':
      return shape(400, 'The request refers to something that does not exist.', [{ field: constraint, message: 'Unknown reference.' }]);
    case '23514':
      return shape(400, 'A value in the request breaks a rule of the plan.', [{ field: constraint, message: 'Not allowed.' }]);
    case '40001':
    case '40P01':
      return shape(409, 'Someone else changed the same data at the same moment; try again.');
    default:
      return null;
  }
}
