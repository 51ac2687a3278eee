import type { DataSource } from 'typeorm';

/** An arbitrary constant shared by every API process: only one of them migrates and seeds at a time. */
const SCHEMA_LOCK_KEY = 727_001;

/**
 * Applies pending migrations and runs `afterMigrations` (the seeds) while holding a Postgres
 * advisory lock, so several API processes starting together never migrate twice.
 */
export async function migrateAndSeed(
  dataSource: DataSource,
  options: { takeLock: boolean },
  afterMigrations: () => Promise<void>,
): Promise<string[]> {
  if (!options.takeLock) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await afterMigrations();
    return applied.map((migration) => migration.name);
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await afterMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]).catch(() => undefined);
    await lockRunner.release();
  }
}
