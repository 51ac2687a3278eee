import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from './test-app.js';

describe('migrations', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: false });
  });
  afterAll(() => sut.close());

  it('revert to an empty schema and apply again', async () => {
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    const tables = async () =>
      (await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`)).map(
        (row: { table_name: string }) => row.table_name,
      );
    const before = await tables();
    expect(before).toEqual(expect.arrayContaining(['users', 'plans', 'plan_members', 'steps', 'step_assignees', 'step_dependencies', 'catalogue_versions']));
    for (let index = 0; index < dataSource.migrations.length; index++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(before);
  });
});
