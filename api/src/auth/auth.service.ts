import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from 'typeorm';
import { ApiException } from '../common/errors/api-exception.js';
import type { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import type { LoginRequest, LoginResponse } from './dto/login.dto.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { SessionsService, type StartedSession } from './sessions.service.js';

/** Verifying against this when the email is unknown keeps response times alike for both cases. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash('no account has this password'));

export interface TokenClaims {
  sub: string;
  email: string;
  sid: string;
  /** Set on stream tickets, which open one plan's live-update stream and nothing else. */
  purpose?: 'stream';
  planId?: string;
}

export const invalidCredentials = () =>
  new ApiException(HttpStatus.UNAUTHORIZED, 'The email or password is not correct.', [
    { field: 'password', message: 'The email or password is not correct.' },
  ]);

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login({ email, password }: LoginRequest, ip: string): Promise<LoginResponse> {
    return this.sessionFor(await this.verifyThrottled(email, password, ip));
  }

  /** Checks a password under the sign-in throttle: failures count, too many get 429. */
  async verifyThrottled(email: string, password: string, ip: string): Promise<User> {
    // Counted before the slow check, so parallel guesses cannot all be checked (see LoginThrottleService).
    const claim = await this.throttle.claimAttempt(email, ip);
    let user: User | null;
    try {
      user = await this.findByCredentials(email, password);
    } catch (error) {
      await this.throttle.withdraw(claim).catch(() => undefined);
      throw error;
    }
    if (!user) {
      await this.throttle.settleFailure(claim);
      throw invalidCredentials();
    }
    await this.throttle.settleSuccess(claim);
    return user;
  }

  /**
   * The same check inside the caller's transaction, for a caller that must hold its own locks while
   * the password is checked (InvitationsService.accept). A wrong password answers null instead of
   * throwing, so that the caller can commit and keep the failure counted; the throttle's locks on the
   * account and the address are then held until that commit.
   */
  async verifyThrottledIn(manager: EntityManager, email: string, password: string, ip: string): Promise<User | null> {
    const claim = await this.throttle.claimAttempt(email, ip, manager);
    // An error here rolls the caller's transaction back, and the claim with it.
    const user = await this.findByCredentials(email, password, manager);
    if (user) await this.throttle.settleSuccess(claim, manager);
    return user;
  }

  /** Starts a session for a user whose identity has been established. */
  async sessionFor(user: User): Promise<LoginResponse> {
    return this.respond(user, await this.sessions.start(user.id));
  }

  /** Exchanges a refresh token for a new access token and a new refresh token. */
  async refresh(refreshToken: string): Promise<LoginResponse> {
    const rotated = await this.sessions.rotate(refreshToken);
    if (!rotated) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'This session has ended; sign in again.', [
        { field: 'refreshToken', message: 'The refresh token is not valid any more.' },
      ]);
    }
    return this.respond(await this.users.getById(rotated.userId), rotated);
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }

  private async findByCredentials(email: string, password: string, manager?: EntityManager): Promise<User | null> {
    const user = await this.users.findByEmail(email, manager);
    const valid = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
    return user && valid ? user : null;
  }

  private async respond(user: User, session: StartedSession): Promise<LoginResponse> {
    const claims: TokenClaims = { sub: user.id, email: user.email, sid: session.sessionId };
    const accessToken = await this.jwt.signAsync(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return {
      accessToken,
      expiresAt: new Date(exp * 1000).toISOString(),
      refreshToken: session.refreshToken,
      refreshExpiresAt: session.refreshExpiresAt.toISOString(),
      user: await this.users.describe(user),
    };
  }
}
