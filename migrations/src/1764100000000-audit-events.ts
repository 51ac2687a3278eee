import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The plan's activity: one append-only row per create, update or delete of plan content, written in
 * the same transaction as the change. A trigger refuses UPDATE and DELETE so history cannot be edited.
 */
export class AuditEvents1764100000000 implements MigrationInterface {
  name = 'AuditEvents1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES plans (id),
        actor_id uuid NOT NULL REFERENCES users (id),
        entity_type varchar(32) NOT NULL,
        entity_id uuid NOT NULL,
        entity_label varchar(300) NOT NULL,
        action varchar(16) NOT NULL
          CONSTRAINT audit_events_action_check CHECK (action IN ('create', 'update', 'delete', 'archive')),
        changes jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX audit_events_plan_time_idx ON audit_events (plan_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_events_plan_entity_idx ON audit_events (plan_id, entity_id)`);
    await queryRunner.query(`CREATE INDEX audit_events_plan_actor_idx ON audit_events (plan_id, actor_id)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
