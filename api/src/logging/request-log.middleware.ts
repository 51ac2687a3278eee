import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { loggableUrl } from './loggable-url.js';
import { runWithRequestId } from './request-context.js';
import { requestIdFrom } from './request-id.js';

const logger = new Logger('HTTP');
/** Orchestrators probe these every few seconds; a line each would bury the requests people make. */
const PROBES = /^\/api\/v1\/health(\/ready)?(\?|$)/;

/**
 * One line per request once its response is done (or the client went away): method, URL without
 * secrets, status, duration and the signed-in user. Also gives the request its id (echoed in
 * X-Request-Id) and runs the rest of the chain under it, so every line logged meanwhile carries it.
 */
export function requestLog(request: Request, response: Response, next: NextFunction): void {
  const requestId = requestIdFrom(request.headers['x-request-id']);
  response.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  response.once('close', () => {
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
    const status = response.writableFinished ? response.statusCode : 499;
    const url = loggableUrl(request.originalUrl);
    const userId = (request as { user?: { id?: string } }).user?.id;
    const fields = { requestId, method: request.method, url, status, durationMs, ...(userId ? { userId } : {}) };
    const line = `${request.method} ${url} ${status} ${durationMs} ms`;
    if (status >= 500) logger.warn(line, fields);
    else if (PROBES.test(request.originalUrl) && status < 400) logger.debug(line, fields);
    else logger.log(line, fields);
  });
  runWithRequestId(requestId, next);
}
