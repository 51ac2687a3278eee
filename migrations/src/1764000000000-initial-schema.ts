import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The walking skeleton's schema: accounts, the versioned guidance catalogue,
 * plans with their members, and action steps with assignees and dependencies.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(320) NOT NULL,
        name varchar(200) NOT NULL,
        password_hash text NOT NULL,
        language varchar(2) NOT NULL DEFAULT 'en'
          CONSTRAINT users_language_check CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`);

    await queryRunner.query(`
      CREATE TABLE catalogue_versions (
        version integer PRIMARY KEY,
        label varchar(200) NOT NULL,
        source text NOT NULL,
        content_hash varchar(64) NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE catalogue_areas (
        catalogue_version integer NOT NULL REFERENCES catalogue_versions (version),
        key varchar(3) NOT NULL,
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL,
        cross_cutting boolean NOT NULL DEFAULT false,
        PRIMARY KEY (catalogue_version, key)
      )`);
    await queryRunner.query(`
      CREATE TABLE catalogue_steps (
        catalogue_version integer NOT NULL,
        key varchar(10) NOT NULL,
        area_key varchar(3) NOT NULL,
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL,
        principles text[] NOT NULL DEFAULT '{}',
        service_types text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (catalogue_version, key),
        CONSTRAINT catalogue_steps_area_fk FOREIGN KEY (catalogue_version, area_key)
          REFERENCES catalogue_areas (catalogue_version, key)
      )`);

    await queryRunner.query(`
      CREATE TABLE plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        country char(3) NOT NULL,
        description text NOT NULL DEFAULT '',
        start_date date NOT NULL,
        end_date date NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'active'
          CONSTRAINT plans_status_check CHECK (status IN ('active', 'archived')),
        catalogue_version integer REFERENCES catalogue_versions (version),
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT plans_dates_check CHECK (end_date >= start_date)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_members (
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role varchar(16) NOT NULL
          CONSTRAINT plan_members_role_check CHECK (role IN ('owner', 'editor', 'contributor', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX plan_members_user_idx ON plan_members (user_id)`);

    await queryRunner.query(`
      CREATE TABLE steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        area_key varchar(3) NOT NULL
          CONSTRAINT steps_area_check CHECK (area_key IN ('POL','LAW','SVC','FIN','WFD','PSY','DRG','INF','CIV','RES','SOC')),
        catalogue_key varchar(10),
        catalogue_version integer REFERENCES catalogue_versions (version),
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        status varchar(16) NOT NULL DEFAULT 'not_started'
          CONSTRAINT steps_status_check CHECK (status IN ('not_started', 'in_progress', 'blocked', 'done', 'cancelled')),
        progress smallint NOT NULL DEFAULT 0 CONSTRAINT steps_progress_check CHECK (progress BETWEEN 0 AND 100),
        start_date date,
        due_date date,
        lead_organisation varchar(200),
        priority varchar(8) NOT NULL DEFAULT 'medium'
          CONSTRAINT steps_priority_check CHECK (priority IN ('low', 'medium', 'high')),
        principles text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT steps_dates_check CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
      )`);
    await queryRunner.query(`CREATE INDEX steps_plan_area_position_idx ON steps (plan_id, area_key, position)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX steps_plan_catalogue_key_unique ON steps (plan_id, catalogue_key) WHERE catalogue_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX steps_plan_due_date_idx ON steps (plan_id, due_date)`);

    await queryRunner.query(`
      CREATE TABLE step_assignees (
        step_id uuid NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (step_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX step_assignees_user_idx ON step_assignees (user_id)`);
    await queryRunner.query(`
      CREATE TABLE step_dependencies (
        step_id uuid NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        depends_on_step_id uuid NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        PRIMARY KEY (step_id, depends_on_step_id),
        CONSTRAINT step_dependencies_not_self CHECK (step_id <> depends_on_step_id)
      )`);
    await queryRunner.query(`CREATE INDEX step_dependencies_target_idx ON step_dependencies (depends_on_step_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'step_dependencies',
      'step_assignees',
      'steps',
      'plan_members',
      'plans',
      'catalogue_steps',
      'catalogue_areas',
      'catalogue_versions',
      'users',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
