import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan dashboard, the portfolio and share links.
 * - share_links: read-only links to a plan for people without an account. Only the SHA-256 of the
 *   link's secret is kept; opens are counted on the row, not written to the audit trail one by one.
 * - rate_limit_hits: fixed-window request counters shared by every API process (public routes).
 * - period_end_month(): orders reporting periods of any cadence by the month they end in, in SQL.
 * - indexes the dashboard's and portfolio's aggregates read through.
 */
export class DashboardAndShareLinks1765100000000 implements MigrationInterface {
  name = 'DashboardAndShareLinks1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE share_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name varchar(100) NOT NULL,
        tier varchar(8) NOT NULL CONSTRAINT share_links_tier_check CHECK (tier IN ('public', 'donor')),
        show_names boolean NOT NULL DEFAULT false,
        token_hash char(64) NOT NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        last_opened_at timestamptz,
        open_count integer NOT NULL DEFAULT 0,
        CONSTRAINT share_links_names_donor_only CHECK (tier = 'donor' OR NOT show_names),
        CONSTRAINT share_links_revoked_check CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX share_links_token_unique ON share_links (token_hash)`);
    await queryRunner.query(`CREATE INDEX share_links_plan_idx ON share_links (plan_id, created_at DESC)`);

    await queryRunner.query(`
      CREATE TABLE rate_limit_hits (
        key varchar(128) PRIMARY KEY,
        hits integer NOT NULL,
        window_ends_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rate_limit_hits_window_idx ON rate_limit_hits (window_ends_at)`);

    await queryRunner.query(`
      CREATE FUNCTION period_end_month(period text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT substr(period, 1, 4)::integer * 12 + CASE
          WHEN substr(period, 6, 1) = 'Q' THEN substr(period, 7, 1)::integer * 3
          WHEN substr(period, 6, 1) = 'H' THEN substr(period, 7, 1)::integer * 6
          ELSE substr(period, 6, 2)::integer END
      $$`);

    // The reporting counts read each plan's original reports of one period.
    await queryRunner.query(`
      CREATE INDEX step_reports_original_by_period ON step_reports (plan_id, period, step_id) INCLUDE (state)
        WHERE corrects_id IS NULL`);
    // The portfolio sums what one funder put into each of its plans.
    await queryRunner.query(`CREATE INDEX budget_lines_funder_plan ON budget_lines (funder_id, plan_id, currency)`);
    // The dashboard's schedule counts and lists open steps by due date.
    await queryRunner.query(`
      CREATE INDEX steps_plan_open_due_idx ON steps (plan_id, due_date) WHERE status NOT IN ('done', 'cancelled')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX steps_plan_open_due_idx`);
    await queryRunner.query(`DROP INDEX budget_lines_funder_plan`);
    await queryRunner.query(`DROP INDEX step_reports_original_by_period`);
    await queryRunner.query(`DROP FUNCTION period_end_month(text)`);
    await queryRunner.query(`DROP TABLE rate_limit_hits`);
    await queryRunner.query(`DROP TABLE share_links`);
  }
}
