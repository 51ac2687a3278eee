import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's role becomes versioned like every other editable thing, so two owners changing the
 * same role at once get a conflict instead of a silent last-write-wins. An invitation remembers
 * the language its email was written in; the account created from it starts in that language.
 */
export class MemberVersionsAndInvitationLanguage1764700000000 implements MigrationInterface {
  name = 'MemberVersionsAndInvitationLanguage1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plan_members ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      ALTER TABLE plan_invitations ADD COLUMN language varchar(2) NOT NULL DEFAULT 'en'
        CONSTRAINT plan_invitations_language_check CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE plan_invitations DROP COLUMN language`);
    await queryRunner.query(`ALTER TABLE plan_members DROP COLUMN version`);
  }
}
