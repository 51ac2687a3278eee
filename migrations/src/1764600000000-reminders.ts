import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders before a step's due date, when it becomes overdue, and the owners' daily overdue digest.
 * `reminders_sent` remembers each reminder once (per due date), so restarts and several API
 * processes never send one twice.
 */
export class Reminders1764600000000 implements MigrationInterface {
  name = 'Reminders1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await queryRunner.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('mention', 'comment_on_assigned_step', 'due_soon', 'overdue', 'overdue_digest'))`);
    await queryRunner.query(`
      CREATE TABLE reminders_sent (
        subject_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        for_date date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject_id, user_id, kind, for_date)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reminders_sent`);
    await queryRunner.query(`DELETE FROM notifications WHERE kind IN ('due_soon', 'overdue', 'overdue_digest')`);
    await queryRunner.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await queryRunner.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'comment_on_assigned_step'))`);
  }
}
