import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { ApiException } from '../errors/api-exception.js';

/** No request of this API nests deeper than a few levels; this leaves ample room. */
export const MAX_JSON_DEPTH = 32;

/** How deep a parsed JSON value nests (a scalar is 0), stopping as soon as it passes `limit`. Iterative. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current as Record<string, unknown>)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * Runs after the JSON body parser and before anything recurses into the body (class-transformer,
 * class-validator): a body nested deeper than MAX_JSON_DEPTH is a 400 naming `body`.
 */
export function refuseDeepJson(request: Request, _response: Response, next: NextFunction): void {
  if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH)) {
    const message = `The body is nested too deeply (more than ${MAX_JSON_DEPTH} levels).`;
    next(new ApiException(HttpStatus.BAD_REQUEST, message, [{ field: 'body', message }]));
    return;
  }
  next();
}
