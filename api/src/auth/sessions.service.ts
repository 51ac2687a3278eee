import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

export interface StartedSession {
  sessionId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/**
 * Sign-in sessions. Access tokens name their session, so revoking it (logout) takes effect on the
 * next request in every API process. Refresh tokens rotate on each use; presenting a retired one
 * means it was copied, and ends the whole session.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(userId: string, manager: EntityManager = this.dataSource.manager): Promise<StartedSession> {
    const refreshToken = newToken();
    const [row] = await manager.query(
      `INSERT INTO sessions (user_id, refresh_token_hash, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))
       RETURNING id, expires_at`,
      [userId, hashToken(refreshToken), this.config.sessionLifetimeSeconds],
    );
    return { sessionId: row.id, refreshToken, refreshExpiresAt: row.expires_at };
  }

  /** The user and a new refresh token for a current one, or null when it cannot be used. */
  async rotate(refreshToken: string): Promise<(StartedSession & { userId: string }) | null> {
    const hash = hashToken(refreshToken);
    return this.dataSource.transaction(async (manager) => {
      const [session] = await manager.query(
        `SELECT id, user_id, expires_at FROM sessions WHERE refresh_token_hash = $1 AND revoked_at IS NULL AND expires_at > now() FOR UPDATE`,
        [hash],
      );
      if (!session) {
        await manager.query(
          `UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL AND id = (SELECT session_id FROM retired_refresh_tokens WHERE token_hash = $1)`,
          [hash],
        );
        return null;
      }
      const next = newToken();
      await manager.query(`INSERT INTO retired_refresh_tokens (token_hash, session_id) VALUES ($1, $2)`, [hash, session.id]);
      await manager.query(`UPDATE sessions SET refresh_token_hash = $2, refreshed_at = now() WHERE id = $1`, [session.id, hashToken(next)]);
      return { sessionId: session.id, userId: session.user_id, refreshToken: next, refreshExpiresAt: session.expires_at };
    });
  }

  async isActive(sessionId: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM sessions WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()`, [sessionId]);
    return rows.length > 0;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }
}
