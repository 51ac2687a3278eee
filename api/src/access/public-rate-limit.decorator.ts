import { applyDecorators, CanActivate, ExecutionContext, HttpStatus, Inject, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorResponse } from '../common/errors/error-response.dto.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { RateLimitCounter } from './rate-limit.storage.js';

/** Requests one network address may make to a public route per minute. */
export const PUBLIC_REQUESTS_PER_MINUTE = 60;
const WINDOW_SECONDS = 60;
const RATE_LIMIT = 'publicRateLimit';

/** 429; the exception filter turns `retryAfterSeconds` into a Retry-After header. */
export class TooManyRequests extends ApiException {
  constructor(readonly retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, `Too many requests from your address. Try again in ${retryAfterSeconds} second(s).`);
  }
}

@Injectable()
export class PublicRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly counter: RateLimitCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // PUBLIC_RATE_LIMIT wins over the route's own figure: many people behind one office address need more.
    const limit = this.config.publicRateLimit ?? this.reflector.get<number>(RATE_LIMIT, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    const bucket = `${request.method} ${request.route?.path ?? request.path}`;
    const { hits, secondsLeft } = await this.counter.hit(bucket, request.ip ?? 'unknown', WINDOW_SECONDS);
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('RateLimit-Limit', String(limit));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, limit - hits)));
    response.setHeader('RateLimit-Reset', String(secondsLeft));
    if (hits > limit) throw new TooManyRequests(secondsLeft);
    return true;
  }
}

/**
 * Limits a public (@Public) route per network address and minute; beyond the limit the answer is
 * 429 with Retry-After. The counters live in PostgreSQL (RateLimitCounter), shared by every process.
 * PUBLIC_RATE_LIMIT, when set, replaces `limit` on every route.
 */
export const PublicRateLimit = (limit = PUBLIC_REQUESTS_PER_MINUTE) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT, limit),
    UseGuards(PublicRateLimitGuard),
    ApiTooManyRequestsResponse({ type: ErrorResponse, description: `More than ${limit} requests a minute from your address; see Retry-After.` }),
  );
