import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A step's lead organisation becomes a reference to an organisation instead of free text. Every
 * distinct name already typed becomes an organisation (kind "other") so no plan loses its leads.
 */
export class StepLeadOrganisation1764400000000 implements MigrationInterface {
  name = 'StepLeadOrganisation1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE steps ADD COLUMN lead_organisation_id uuid REFERENCES organisations (id)`);
    await queryRunner.query(`
      INSERT INTO organisations (name, kind)
      SELECT DISTINCT ON (lower(trim(lead_organisation))) trim(lead_organisation), 'other'
        FROM steps
       WHERE lead_organisation IS NOT NULL AND trim(lead_organisation) <> ''
         AND NOT EXISTS (SELECT 1 FROM organisations o WHERE lower(o.name) = lower(trim(steps.lead_organisation)))`);
    await queryRunner.query(`
      UPDATE steps s SET lead_organisation_id = o.id
        FROM organisations o
       WHERE s.lead_organisation IS NOT NULL AND lower(o.name) = lower(trim(s.lead_organisation))`);
    await queryRunner.query(`ALTER TABLE steps DROP COLUMN lead_organisation`);
    await queryRunner.query(`CREATE INDEX steps_lead_organisation_idx ON steps (lead_organisation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE steps ADD COLUMN lead_organisation varchar(200)`);
    await queryRunner.query(`UPDATE steps s SET lead_organisation = o.name FROM organisations o WHERE o.id = s.lead_organisation_id`);
    await queryRunner.query(`ALTER TABLE steps DROP COLUMN lead_organisation_id`);
  }
}
