import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The budget of a plan's steps: per step, funder, currency and year, what is planned, committed
 * and disbursed. Money is stored exactly (numeric(18,2): 16 digits before the point, 2 after),
 * never as floating point; sums are computed in SQL numeric and never across currencies.
 */
export class BudgetLines1765000000000 implements MigrationInterface {
  name = 'BudgetLines1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE budget_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        step_id uuid NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        funder_id uuid NOT NULL REFERENCES organisations (id),
        currency char(3) NOT NULL CONSTRAINT budget_lines_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
        year integer NOT NULL CONSTRAINT budget_lines_year_check CHECK (year BETWEEN 2000 AND 2100),
        planned numeric(18, 2) NOT NULL CONSTRAINT budget_lines_planned_check CHECK (planned >= 0),
        committed numeric(18, 2) NOT NULL CONSTRAINT budget_lines_committed_check CHECK (committed >= 0),
        disbursed numeric(18, 2) NOT NULL CONSTRAINT budget_lines_disbursed_check CHECK (disbursed >= 0),
        note text,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE INDEX budget_lines_plan ON budget_lines (plan_id, currency)`);
    await queryRunner.query(`CREATE INDEX budget_lines_step ON budget_lines (step_id)`);
    await queryRunner.query(`CREATE INDEX budget_lines_funder ON budget_lines (funder_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE budget_lines`);
  }
}
