import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reconnecting live-update stream asks for "this plan's events after id N" (Last-Event-ID); the
 * plan/time index cannot answer that in id order, so on a national plan the replay would read every
 * event of the plan.
 */
export class AuditReplayIndex1765200000000 implements MigrationInterface {
  name = 'AuditReplayIndex1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX audit_events_plan_id_idx ON audit_events (plan_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX audit_events_plan_id_idx`);
  }
}
