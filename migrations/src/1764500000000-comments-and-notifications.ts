import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discussion on steps (edits keep their history, deletion leaves a tombstone) and in-app
 * notifications (mentions, comments on steps one is assigned to, reminders).
 */
export class CommentsAndNotifications1764500000000 implements MigrationInterface {
  name = 'CommentsAndNotifications1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE step_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        step_id uuid NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id),
        body text,
        mention_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT step_comments_body_check CHECK ((deleted_at IS NULL) = (body IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX step_comments_step_idx ON step_comments (step_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE step_comment_revisions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        comment_id uuid NOT NULL REFERENCES step_comments (id) ON DELETE CASCADE,
        body text NOT NULL,
        written_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX step_comment_revisions_comment_idx ON step_comment_revisions (comment_id)`);
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        step_id uuid REFERENCES steps (id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users (id),
        kind varchar(32) NOT NULL
          CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'comment_on_assigned_step')),
        summary text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE step_comment_revisions`);
    await queryRunner.query(`DROP TABLE step_comments`);
  }
}
