import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { migrations } from 'migrations';
import { createApplication } from '../src/app.factory.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { demoPlan, stepByKey } from './factories.js';
import { bearer, startTestApp, type TestApp } from './test-app.js';

/** The embedded PostgreSQL (PGlite) path, whatever TEST_DATABASE says: what `npm start` runs on. */
describe('embedded database', () => {
  let first: TestApp | undefined;
  let dataDir: string | undefined;

  afterAll(async () => {
    await first?.close().catch(() => undefined);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates, seeds, keeps edits consistent under concurrency, and keeps everything across a restart', async () => {
    first = await startTestApp({ mode: 'embedded', keepData: true, freshEmbedded: true });
    dataDir = first.dataDir;
    expect(first.running.embedded).toBe(true);
    expect(first.running.appliedMigrations).toEqual(migrations.map((migration) => migration.name));
    const owner = await first.tokenFor('owner@demo.org');
    const editor = await first.tokenFor('editor@demo.org');
    const planId = (await demoPlan(first, owner)).id;
    const step = await stepByKey(first, owner, planId, 'PSY-02');

    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        first!.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(index % 2 ? owner : editor)).send({ version: step.version, progress: 10 + index }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(results.filter((result) => result.status === 200)).toHaveLength(1);
    expect(results.filter((result) => result.status === 409)).toHaveLength(5);
    const saved = results.find((result) => result.status === 200)!.body;

    await expect(createApplication(loadConfig({ DATA_DIR: dataDir, WEB_DIST: '' }), false)).rejects.toThrow(ConfigError);

    await first.close();
    first = undefined;
    const second = await startTestApp({ mode: 'embedded', dataDir, keepData: true });
    try {
      expect(second.running.appliedMigrations).toEqual([]);
      const token = await second.tokenFor('owner@demo.org');
      const reread = await second.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(token)).expect(200);
      // The winner may have been the editor, whose permissions differ from the owner's reading it back.
      const { myPermissions: _savedFor, ...savedStep } = saved;
      const { myPermissions: _readFor, ...rereadStep } = reread.body;
      expect(rereadStep).toEqual(savedStep);
      const plans = await second.http().get('/api/v1/plans').set(bearer(token)).expect(200);
      expect(plans.body.items).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('answers every request with its own data while writes and reads run at once', async () => {
    const app = await startTestApp({ mode: 'embedded' });
    try {
      const owner = await app.tokenFor('owner@demo.org');
      const planId = (await demoPlan(app, owner)).id;
      const steps = (await app.http().get(`/api/v1/plans/${planId}/steps`).query({ pageSize: 200 }).set(bearer(owner)).expect(200)).body.items;
      const requests = steps.flatMap((step: { id: string; version: number; title: string }, index: number) => [
        app.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).then((response) => ({ step, response, write: false })),
        ...(index % 3 === 0
          ? [app.http().patch(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).send({ version: step.version, priority: 'low' }).then((response) => ({ step, response, write: true }))]
          : []),
      ]);
      const outcomes = await Promise.all(requests);
      const wrong = outcomes.filter(({ step, response }) => response.status !== 200 || response.body.id !== step.id || response.body.title !== step.title);
      expect(wrong.map(({ step, response }) => `${step.id}: ${response.status} ${response.body.id}`)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
