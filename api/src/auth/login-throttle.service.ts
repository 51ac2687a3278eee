import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/errors/api-exception.js';

export const THROTTLE_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** Thrown as 429; the filter turns `retryAfterSeconds` into a Retry-After header. */
export class TooManyAttempts extends ApiException {
  constructor(readonly retryAfterSeconds: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one network
 * address, within the window, further attempts are refused with 429 until the oldest failure ages out.
 * Kept in the database so every API process counts the same failures.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT
         count(*) FILTER (WHERE lower(email) = lower($1))::int AS account_failures,
         min(failed_at) FILTER (WHERE lower(email) = lower($1)) AS account_oldest,
         count(*) FILTER (WHERE ip = $2)::int AS address_failures,
         min(failed_at) FILTER (WHERE ip = $2) AS address_oldest
       FROM login_failures
       WHERE failed_at > now() - make_interval(secs => $3) AND (lower(email) = lower($1) OR ip = $2)`,
      [email, ip, THROTTLE_WINDOW_SECONDS],
    );
    const blockedSince =
      row.account_failures >= MAX_FAILURES_PER_ACCOUNT ? row.account_oldest : row.address_failures >= MAX_FAILURES_PER_ADDRESS ? row.address_oldest : null;
    if (blockedSince) {
      const retryAfter = Math.max(1, Math.ceil(THROTTLE_WINDOW_SECONDS - (Date.now() - new Date(blockedSince).getTime()) / 1000));
      throw new TooManyAttempts(retryAfter);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.query(`INSERT INTO login_failures (email, ip) VALUES ($1, $2)`, [email.slice(0, 320), ip.slice(0, 64)]);
    await this.dataSource.query(`DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'`);
  }

  async forgetFailures(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE lower(email) = lower($1)`, [email]);
  }
}
