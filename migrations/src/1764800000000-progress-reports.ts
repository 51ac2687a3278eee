import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Periodic progress reports on steps, with their evidence files and review. A plan reports at its
 * cadence; an owner, or a member the owner names as reviewer, approves or returns each report.
 * Approved reports are locked by the database itself, not only by the API.
 */
export class ProgressReports1764800000000 implements MigrationInterface {
  name = 'ProgressReports1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE plans ADD COLUMN reporting_cadence varchar(12) NOT NULL DEFAULT 'quarterly'
        CONSTRAINT plans_reporting_cadence_check CHECK (reporting_cadence IN ('monthly', 'quarterly', 'half_yearly'))`);
    await queryRunner.query(`ALTER TABLE plan_members ADD COLUMN reviewer boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      CREATE TABLE step_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES steps (id),
        period varchar(7) NOT NULL CONSTRAINT step_reports_period_check CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4]|H[12])$'),
        state varchar(10) NOT NULL DEFAULT 'draft'
          CONSTRAINT step_reports_state_check CHECK (state IN ('draft', 'submitted', 'approved', 'returned')),
        status varchar(20) NOT NULL,
        progress integer NOT NULL CONSTRAINT step_reports_progress_check CHECK (progress BETWEEN 0 AND 100),
        narrative text NOT NULL DEFAULT '',
        blockers text NOT NULL DEFAULT '',
        next_steps text NOT NULL DEFAULT '',
        links jsonb NOT NULL DEFAULT '[]',
        corrects_id uuid REFERENCES step_reports (id),
        author_id uuid NOT NULL REFERENCES users (id),
        submitted_by uuid REFERENCES users (id),
        submitted_at timestamptz,
        reviewed_by uuid REFERENCES users (id),
        reviewed_at timestamptz,
        review_comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX step_reports_plan_period ON step_reports (plan_id, period, state)`);
    await queryRunner.query(`CREATE INDEX step_reports_step ON step_reports (step_id, period)`);
    // One report in the works per step and period, and one approved original (corrections aside).
    await queryRunner.query(`
      CREATE UNIQUE INDEX step_reports_one_open ON step_reports (step_id, period)
        WHERE state IN ('draft', 'submitted', 'returned') AND corrects_id IS NULL`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX step_reports_one_approved ON step_reports (step_id, period) WHERE state = 'approved' AND corrects_id IS NULL`);
    await queryRunner.query(`
      CREATE FUNCTION step_reports_locked_when_approved() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state = 'approved' THEN
          RAISE EXCEPTION 'approved report % cannot be changed', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER step_reports_locked BEFORE UPDATE ON step_reports
        FOR EACH ROW EXECUTE FUNCTION step_reports_locked_when_approved()`);
    await queryRunner.query(`
      CREATE TABLE report_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL REFERENCES step_reports (id) ON DELETE CASCADE,
        file_name varchar(255) NOT NULL,
        content_type varchar(127) NOT NULL,
        size_bytes integer NOT NULL,
        sha256 varchar(64) NOT NULL,
        storage_key varchar(255) NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX report_evidence_report ON report_evidence (report_id)`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await queryRunner.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('mention', 'comment_on_assigned_step', 'due_soon', 'overdue', 'overdue_digest',
                        'report_submitted', 'report_returned', 'report_approved'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM notifications WHERE kind LIKE 'report_%'`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await queryRunner.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('mention', 'comment_on_assigned_step', 'due_soon', 'overdue', 'overdue_digest'))`);
    await queryRunner.query(`DROP TABLE report_evidence`);
    await queryRunner.query(`DROP TABLE step_reports`);
    await queryRunner.query(`DROP FUNCTION step_reports_locked_when_approved()`);
    await queryRunner.query(`ALTER TABLE plan_members DROP COLUMN reviewer`);
    await queryRunner.query(`ALTER TABLE plans DROP COLUMN reporting_cadence`);
  }
}
