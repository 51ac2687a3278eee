import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outcome indicators of a plan (baseline, target, direction, disaggregation) and their measurements
 * per reporting period. A corrected measurement does not overwrite the old one: the old one is
 * superseded (kept, with the measurement that replaced it), so a period has at most one current value.
 */
export class Indicators1764900000000 implements MigrationInterface {
  name = 'Indicators1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        step_id uuid REFERENCES steps (id) ON DELETE SET NULL,
        name varchar(200) NOT NULL,
        unit varchar(50) NOT NULL,
        direction varchar(8) NOT NULL CONSTRAINT indicators_direction_check CHECK (direction IN ('increase', 'decrease')),
        baseline numeric NOT NULL,
        baseline_date date NOT NULL,
        target numeric NOT NULL,
        target_date date NOT NULL,
        disaggregation text[] NOT NULL DEFAULT '{}'
          CONSTRAINT indicators_disaggregation_check CHECK (cardinality(disaggregation) <= 10),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT indicators_dates_check CHECK (target_date > baseline_date),
        CONSTRAINT indicators_target_check CHECK (
          (direction = 'increase' AND target > baseline) OR (direction = 'decrease' AND target < baseline))
      )`);
    await queryRunner.query(`CREATE INDEX indicators_plan_idx ON indicators (plan_id, created_at)`);
    await queryRunner.query(`CREATE INDEX indicators_step_idx ON indicators (step_id) WHERE step_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE indicator_measurements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        indicator_id uuid NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
        period varchar(7) NOT NULL
          CONSTRAINT indicator_measurements_period_check CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4]|H[12])$'),
        value numeric NOT NULL,
        source text NOT NULL,
        note text,
        recorded_by uuid NOT NULL REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        -- Deferred: the superseded row names its replacement before that row is inserted.
        replaced_by uuid REFERENCES indicator_measurements (id) DEFERRABLE INITIALLY DEFERRED,
        superseded_at timestamptz,
        CONSTRAINT indicator_measurements_superseded_check CHECK ((replaced_by IS NULL) = (superseded_at IS NULL))
      )`);
    // One current (not superseded) measurement per indicator and period.
    await queryRunner.query(`
      CREATE UNIQUE INDEX indicator_measurements_one_current ON indicator_measurements (indicator_id, period)
        WHERE superseded_at IS NULL`);
    await queryRunner.query(`CREATE INDEX indicator_measurements_history ON indicator_measurements (indicator_id, recorded_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE indicator_measurements`);
    await queryRunner.query(`DROP TABLE indicators`);
  }
}
