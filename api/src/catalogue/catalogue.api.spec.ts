import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { planRequest } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';
import { CATALOGUE_V1, type CatalogueSeed } from './catalogue-v1.data.js';
import { CatalogueSeeder } from './catalogue.seeder.js';

describe('catalogue over HTTP', () => {
  let sut: TestApp;
  let token: string;

  beforeAll(async () => {
    sut = await startTestApp();
    token = await sut.tokenFor('viewer@demo.org');
  });
  afterAll(() => sut.close());

  it('returns the ten recommendation areas in the guidance order, then the cross-cutting social sector', async () => {
    const response = await sut.http().get('/api/v1/catalogue').set(bearer(token)).expect(200);
    expect(response.body.version).toBe(1);
    expect(response.body.source).toMatch(/978-92-4-002570-7/);
    expect(response.body.areas.map((area: { key: string }) => area.key)).toEqual(['POL', 'LAW', 'SVC', 'FIN', 'WFD', 'PSY', 'DRG', 'INF', 'CIV', 'RES', 'SOC']);
    expect(response.body.areas.filter((area: { crossCutting: boolean }) => area.crossCutting).map((area: { key: string }) => area.key)).toEqual(['SOC']);
    const law = response.body.areas[1];
    expect(law.steps.map((step: { key: string }) => step.key)).toEqual(['LAW-01', 'LAW-02', 'LAW-03', 'LAW-04', 'LAW-05', 'LAW-06', 'LAW-07', 'LAW-08']);
    expect(law.steps[1]).toEqual({
      key: 'LAW-02',
      title: CATALOGUE_V1.areas[1].steps[1].title,
      description: CATALOGUE_V1.areas[1].steps[1].description,
      principles: CATALOGUE_V1.areas[1].steps[1].principles,
      serviceTypes: CATALOGUE_V1.areas[1].steps[1].serviceTypes,
    });
  });

  it('re-running the seed changes nothing', async () => {
    const count = async () => (await sut.running.app.get(CatalogueSeeder)['dataSource'].query('SELECT count(*)::int AS n FROM catalogue_steps'))[0].n;
    const before = await count();
    expect(await sut.running.app.get(CatalogueSeeder).seed()).toEqual([]);
    expect(await count()).toBe(before);
  });

  it('publishes a new version beside the old one; plans keep the version they were made from', async () => {
    const owner = await sut.tokenFor('owner@demo.org');
    const older = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201);
    const v2: CatalogueSeed = {
      ...CATALOGUE_V1,
      version: 2,
      label: 'Catalogue v2 (test)',
      areas: CATALOGUE_V1.areas.map((area) =>
        area.key === 'POL' ? { ...area, steps: [...area.steps, { ...area.steps[0], key: 'POL-08', title: 'A step added in v2' }] } : area,
      ),
    };
    expect(await sut.running.app.get(CatalogueSeeder).seed([CATALOGUE_V1, v2])).toEqual([2]);
    const latest = await sut.http().get('/api/v1/catalogue').set(bearer(token)).expect(200);
    expect(latest.body.version).toBe(2);
    expect(latest.body.areas[0].steps.at(-1)).toMatchObject({ key: 'POL-08', title: 'A step added in v2' });
    const newer = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest()).expect(201);
    expect(newer.body).toMatchObject({ catalogueVersion: 2, stepCount: 58 });
    const kept = await sut.http().get(`/api/v1/plans/${older.body.id}`).set(bearer(owner)).expect(200);
    expect(kept.body).toMatchObject({ catalogueVersion: 1, stepCount: 57 });
  });
});
