import { DataSource } from 'typeorm';
import { migrations } from './index.js';

/**
 * Data source for the TypeORM CLI (`npm run typeorm -w migrations -- migration:run`).
 * The application itself runs migrations at start-up, also against the embedded database.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL must be set to use the migration CLI; `npm start` migrates the embedded database itself.');
}

export default new DataSource({ type: 'postgres', url, migrations, migrationsTableName: 'migrations' });
