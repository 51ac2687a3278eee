import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
// An accented Latin letter, Chinese and Arabic (right-to-left) in one name.
const NAME = 'Décret 报告 تقرير.pdf';

describe('evidence file names beyond ASCII', () => {
  let sut: TestApp;
  let contributor: string;
  let planId: string;
  let reportId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    contributor = await sut.tokenFor('contributor@demo.org');
    planId = (await demoPlan(sut, contributor)).id;
    const step = await stepByKey(sut, contributor, planId, 'WFD-03');
    reportId = (await sut.http().post(`/api/v1/plans/${planId}/steps/${step.id}/reports`).set(bearer(contributor)).send({ period: '2027-Q3' }).expect(201)).body.id;
  }, 90_000); // a new embedded database starts slowly on a busy machine
  afterAll(() => sut?.close());

  it('stores, lists and downloads the name exactly as the browser sent it (UTF-8)', async () => {
    const files = `/api/v1/plans/${planId}/reports/${reportId}/files`;
    const uploaded = await sut.http().post(files).set(bearer(contributor)).attach('file', PDF, { filename: NAME, contentType: 'application/pdf' }).expect(201);
    expect(uploaded.body.files.map((file: { fileName: string }) => file.fileName)).toEqual([NAME]);

    const report = await sut.http().get(`/api/v1/plans/${planId}/reports/${reportId}`).set(bearer(contributor)).expect(200);
    expect(report.body.files[0].fileName).toBe(NAME);

    const download = await sut.http().get(`${files}/${uploaded.body.files[0].id}`).set(bearer(contributor)).expect(200);
    const disposition = download.headers['content-disposition'] as string;
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1])).toBe(NAME);
    // Clients that ignore filename* still get a name with the right extension.
    expect(/filename="([^"]*)"/.exec(disposition)![1]).toBe('D_cret __ _____.pdf');
  });
});
