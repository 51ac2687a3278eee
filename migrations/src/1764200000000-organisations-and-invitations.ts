import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations (ministry, NGOs, organisations of persons with lived experience, donors) that users
 * belong to, and invitations to a plan. Invitation tokens are stored only as SHA-256 hashes.
 */
export class OrganisationsAndInvitations1764200000000 implements MigrationInterface {
  name = 'OrganisationsAndInvitations1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        kind varchar(16) NOT NULL
          CONSTRAINT organisations_kind_check CHECK (kind IN ('ministry', 'ngo', 'opd', 'donor', 'other')),
        country char(3),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX organisations_name_unique ON organisations (lower(name))`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN organisation_id uuid REFERENCES organisations (id)`);
    await queryRunner.query(`CREATE INDEX users_organisation_idx ON users (organisation_id)`);

    await queryRunner.query(`
      CREATE TABLE plan_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        email varchar(320) NOT NULL,
        role varchar(16) NOT NULL
          CONSTRAINT plan_invitations_role_check CHECK (role IN ('owner', 'editor', 'contributor', 'viewer')),
        token_hash char(64) NOT NULL,
        invited_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id),
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX plan_invitations_token_unique ON plan_invitations (token_hash)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX plan_invitations_pending_unique ON plan_invitations (plan_id, lower(email))
        WHERE accepted_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE plan_invitations`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN organisation_id`);
    await queryRunner.query(`DROP TABLE organisations`);
  }
}
