import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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

/** Advisory-lock classes (the two-key form, apart from the one-key locks used elsewhere). */
const ACCOUNT_LOCK_CLASS = 727_101;
const ADDRESS_LOCK_CLASS = 727_102;

/** An attempt counted before its password is checked; settled as a failure or forgotten. */
export interface AttemptClaim {
  id: string;
  email: string;
}

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one network
 * address, within the window, further attempts are refused with 429 until the oldest failure ages out.
 * Kept in the database so every API process counts the same failures.
 *
 * Parallel attempts cannot slip through: an attempt is counted (a `login_failures` row) BEFORE its
 * password is checked, in a short transaction that holds transaction-level advisory locks on the
 * account and on the address. Whoever holds them counts what the previous holders wrote and adds its
 * own row, so 40 guesses at once see 0, 1, 2, … and only the first 5 go on to the (slow) argon2
 * check. The locks are released at that transaction's commit, not held during verification (except
 * when a caller passes its own transaction, as invitation acceptance does, which must hold its own
 * lock on the invitation across the check; they then last one argon2 check longer). A
 * claimed attempt stays as a failure unless the password proves right (then the account's failures
 * are forgotten) or the check could not be made (then only the claim is withdrawn).
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts this attempt, or refuses it with 429 if the account or the address is over its limit.
   * Given a caller's transaction, the claim (and its locks) is part of it and lasts until it ends.
   */
  async claimAttempt(email: string, ip: string, within?: EntityManager): Promise<AttemptClaim> {
    const storedEmail = email.slice(0, 320);
    const storedIp = ip.slice(0, 64);
    const claim = async (manager: EntityManager): Promise<AttemptClaim> => {
      // Always the account first, then the address: one order for everyone, so no deadlock. The count
      // below must be a later statement than the locks: under READ COMMITTED each statement reads
      // what had committed when it began, so it then sees every row of the locks' earlier holders.
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext(lower($2)))`, [ACCOUNT_LOCK_CLASS, storedEmail]);
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [ADDRESS_LOCK_CLASS, storedIp]);
      const [row] = await manager.query(
        `SELECT
           count(*) FILTER (WHERE lower(email) = lower($1))::int AS account_failures,
           min(failed_at) FILTER (WHERE lower(email) = lower($1)) AS account_oldest,
           count(*) FILTER (WHERE ip = $2)::int AS address_failures,
           min(failed_at) FILTER (WHERE ip = $2) AS address_oldest
         FROM login_failures
         WHERE failed_at > now() - make_interval(secs => $3) AND (lower(email) = lower($1) OR ip = $2)`,
        [storedEmail, storedIp, THROTTLE_WINDOW_SECONDS],
      );
      const blockedSince =
        row.account_failures >= MAX_FAILURES_PER_ACCOUNT ? row.account_oldest : row.address_failures >= MAX_FAILURES_PER_ADDRESS ? row.address_oldest : null;
      if (blockedSince) {
        const retryAfter = Math.max(1, Math.ceil(THROTTLE_WINDOW_SECONDS - (Date.now() - new Date(blockedSince).getTime()) / 1000));
        throw new TooManyAttempts(retryAfter);
      }
      const [claim] = await manager.query(`INSERT INTO login_failures (email, ip) VALUES ($1, $2) RETURNING id::text AS id`, [storedEmail, storedIp]);
      return { id: claim.id as string, email };
    };
    return within ? claim(within) : this.dataSource.transaction(claim);
  }

  /** The password was wrong: the claimed attempt stays counted. */
  async settleFailure(_claim: AttemptClaim): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'`);
  }

  /** The password was right: the account's failures (this claim among them) are forgotten. */
  async settleSuccess(claim: AttemptClaim, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM login_failures WHERE lower(email) = lower($1) OR id = $2::bigint`, [claim.email, claim.id]);
  }

  /** The password could not be checked (an error, not a wrong guess): this claim is withdrawn. */
  async withdraw(claim: AttemptClaim): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE id = $1::bigint`, [claim.id]);
  }
}
