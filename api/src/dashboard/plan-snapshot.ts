import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs the reads of one dashboard (or share page, or portfolio) in one read-only REPEATABLE READ
 * transaction, so every figure comes from the same moment even while people keep editing.
 */
export function readSnapshot<T>(dataSource: DataSource, read: (manager: EntityManager, readAt: string) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    const [{ read_at: readAt }] = (await manager.query(`SELECT now() AS read_at`)) as { read_at: Date }[];
    return read(manager, readAt.toISOString());
  });
}
