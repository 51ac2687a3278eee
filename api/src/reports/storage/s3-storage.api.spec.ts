import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeS3, type FakeS3 } from '../../../test/fake-s3.js';
import { demoPlan, stepByKey } from '../../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const KEYS = { id: 'AKIDREFORMROADMAPTEST', secret: 'test-secret-key-for-the-fake-store' };

describe('evidence in an S3-compatible bucket', () => {
  let store: FakeS3;
  let sut: TestApp;
  let misconfigured: TestApp;
  let contributor: string;
  let planId: string;
  let reportId: string;

  beforeAll(async () => {
    store = await startFakeS3(KEYS.id, KEYS.secret);
    const s3 = (secret: string) => ({
      EVIDENCE_S3_URL: `${store.url}/evidence-bucket/reform-roadmap`,
      EVIDENCE_S3_ACCESS_KEY_ID: KEYS.id,
      EVIDENCE_S3_SECRET_ACCESS_KEY: secret,
    });
    sut = await startTestApp({ env: s3(KEYS.secret) });
    misconfigured = await startTestApp({ env: s3('a-wrong-secret') });
    contributor = await sut.tokenFor('contributor@demo.org');
    planId = (await demoPlan(sut, contributor)).id;
    const step = await stepByKey(sut, contributor, planId, 'WFD-03');
    reportId = (await sut.http().post(`/api/v1/plans/${planId}/steps/${step.id}/reports`).set(bearer(contributor)).send({ period: '2027-Q4' }).expect(201)).body.id;
  }, 120_000); // two applications, each on its own new embedded database when TEST_DATABASE=embedded
  afterAll(async () => {
    await sut?.close();
    await misconfigured?.close();
    await store?.close();
  });

  it('stores, serves and removes files in the bucket, signed, and nothing on local disk', async () => {
    const files = `/api/v1/plans/${planId}/reports/${reportId}/files`;
    const uploaded = await sut.http().post(files).set(bearer(contributor)).attach('file', PDF, { filename: 'minutes.pdf', contentType: 'application/pdf' }).expect(201);
    expect([...store.objects.keys()]).toEqual([expect.stringMatching(/^\/evidence-bucket\/reform-roadmap\/[0-9a-f-]{36}$/)]);
    expect([...store.objects.values()][0]).toMatchObject({ contentType: 'application/pdf' });
    expect(existsSync(join(sut.dataDir, 'evidence'))).toBe(false);

    const fileId = uploaded.body.files[0].id;
    const download = await sut.http().get(`${files}/${fileId}`).set(bearer(contributor)).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);

    await sut.http().delete(`${files}/${fileId}`).set(bearer(contributor)).expect(200);
    expect(store.objects.size).toBe(0);
  });

  it('answers 503, keeping nothing, when the store refuses the API’s credentials', async () => {
    const token = await misconfigured.tokenFor('contributor@demo.org');
    const plan = (await demoPlan(misconfigured, token)).id;
    const step = await stepByKey(misconfigured, token, plan, 'WFD-03');
    const report = await misconfigured.http().post(`/api/v1/plans/${plan}/steps/${step.id}/reports`).set(bearer(token)).send({ period: '2027-Q4' }).expect(201);
    const refused = await misconfigured.http().post(`/api/v1/plans/${plan}/reports/${report.body.id}/files`).set(bearer(token))
      .attach('file', PDF, { filename: 'minutes.pdf', contentType: 'application/pdf' }).expect(503);
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.body.message).toMatch(/could not be stored just now \(the file store answered 403\); nothing was saved/);
    expect(refused.body.errors).toEqual([{ field: 'file', message: refused.body.message }]);
    const after = await misconfigured.http().get(`/api/v1/plans/${plan}/reports/${report.body.id}`).set(bearer(token)).expect(200);
    expect(after.body.files).toEqual([]);
  });
});
