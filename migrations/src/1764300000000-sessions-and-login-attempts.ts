import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions (so that logout and refresh-token rotation take effect at once, in every API
 * process) and failed sign-in attempts (so throttling holds across processes too).
 */
export class SessionsAndLoginAttempts1764300000000 implements MigrationInterface {
  name = 'SessionsAndLoginAttempts1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        refresh_token_hash char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX sessions_refresh_token_unique ON sessions (refresh_token_hash)`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE retired_refresh_tokens (
        token_hash char(64) PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        retired_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE login_failures (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email varchar(320) NOT NULL,
        ip varchar(64) NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX login_failures_email_idx ON login_failures (lower(email), failed_at)`);
    await queryRunner.query(`CREATE INDEX login_failures_ip_idx ON login_failures (ip, failed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_failures`);
    await queryRunner.query(`DROP TABLE retired_refresh_tokens`);
    await queryRunner.query(`DROP TABLE sessions`);
  }
}
