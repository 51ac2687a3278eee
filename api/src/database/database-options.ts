import pg from 'pg';
import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { migrations } from 'migrations';
import { EMBEDDED_POOL_SIZE } from './embedded-postgres.js';

const SERVER_POOL_SIZE = 10;

export function databaseOptions(url: string, embedded: boolean): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url,
    autoLoadEntities: true,
    synchronize: false,
    migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    extra: { max: embedded ? EMBEDDED_POOL_SIZE : SERVER_POOL_SIZE },
    retryAttempts: 0,
    // Failed queries surface as API errors (and real faults are logged by the exception filter).
    logging: false,
  };
}

// A Postgres `date` is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a
// JavaScript Date shifted by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
