import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('evidence files over HTTP', () => {
  let sut: TestApp;
  let contributor: string;
  let owner: string;
  let viewer: string;
  let planId: string;
  let reportId: string;

  beforeAll(async () => {
    // A stand-in virus scanner through the documented hook: it refuses files carrying the EICAR marker.
    const scanner = join(process.env.TMPDIR ?? '/tmp', `evidence-scan-${process.pid}.sh`);
    writeFileSync(scanner, '#!/bin/sh\nif grep -q EICAR-TEST "$1"; then echo "EICAR test signature found"; exit 1; fi\n');
    chmodSync(scanner, 0o755);
    sut = await startTestApp({ env: { EVIDENCE_MAX_MB: '1', EVIDENCE_SCAN_COMMAND: scanner } });
    [owner, contributor, viewer] = await Promise.all(['owner@demo.org', 'contributor@demo.org', 'viewer@demo.org'].map((email) => sut.tokenFor(email)));
    planId = (await demoPlan(sut, owner)).id;
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    reportId = (await sut.http().post(`/api/v1/plans/${planId}/steps/${step.id}/reports`).set(bearer(contributor)).send({ period: '2027-Q2' }).expect(201)).body.id;
  });
  afterAll(() => sut.close());

  const files = (id = reportId) => `/api/v1/plans/${planId}/reports/${id}/files`;
  const storedFiles = () => readdirSync(join(sut.dataDir, 'evidence')).filter((name) => !name.startsWith('.'));

  it('stores an uploaded file under a safe name and lets every member, and only members, download it', async () => {
    const uploaded = await sut.http().post(files()).set(bearer(contributor))
      .attach('file', PDF, { filename: '../../Training report Q2.pdf', contentType: 'application/pdf' }).expect(201);
    expect(uploaded.body.files).toEqual([
      expect.objectContaining({ fileName: 'Training report Q2.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: expect.objectContaining({ email: 'contributor@demo.org' }) }),
    ]);
    expect(storedFiles()).toHaveLength(1);
    const fileId = uploaded.body.files[0].id;

    const download = await sut.http().get(`${files()}/${fileId}`).set(bearer(viewer)).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Training report Q2.pdf"; filename*=UTF-8''Training%20report%20Q2.pdf`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    await sut.http().get(`${files()}/${fileId}`).expect(401);
    await sut.http().post(files()).set(bearer(viewer)).attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' }).expect(403);

    const removed = await sut.http().delete(`${files()}/${fileId}`).set(bearer(contributor)).expect(200);
    expect(removed.body.files).toEqual([]);
    expect(storedFiles()).toHaveLength(0);
    await sut.http().get(`${files()}/${fileId}`).set(bearer(viewer)).expect(404);
  });

  it('refuses files that are missing, too large, of another type, disguised, or flagged by the scanner, keeping nothing', async () => {
    const extraField = await sut.http().post(files()).set(bearer(contributor)).field('note', 'x').expect(400);
    expect(extraField.body.errors[0]).toMatchObject({ field: 'file', message: expect.stringMatching(/exactly one file/) });
    const none = await sut.http().post(files()).set(bearer(contributor)).type('form').send('a=b').expect(400);
    expect(none.body.errors[0].field).toBe('file');
    const large = await sut.http().post(files()).set(bearer(contributor))
      .attach('file', Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]), { filename: 'big.pdf', contentType: 'application/pdf' }).expect(413);
    expect(large.body.errors[0]).toEqual({ field: 'file', message: 'file must be at most 1 MB' });
    const program = await sut.http().post(files()).set(bearer(contributor))
      .attach('file', Buffer.from('MZ\x90\x00'), { filename: 'tool.exe', contentType: 'application/x-msdownload' }).expect(400);
    expect(program.body.errors[0].field).toBe('file');
    const disguised = await sut.http().post(files()).set(bearer(contributor))
      .attach('file', Buffer.from('MZ\x90\x00'), { filename: 'minutes.pdf', contentType: 'application/pdf' }).expect(400);
    expect(disguised.body.errors[0].message).toMatch(/not a PDF/);
    const infected = await sut.http().post(files()).set(bearer(contributor))
      .attach('file', Buffer.concat([PDF, Buffer.from('EICAR-TEST')]), { filename: 'infected.pdf', contentType: 'application/pdf' }).expect(400);
    expect(infected.body.errors[0].message).toMatch(/virus scan: EICAR test signature found/);
    expect(storedFiles()).toHaveLength(0);
  });

  it('freezes a report’s files once it is submitted', async () => {
    await sut.http().post(files()).set(bearer(contributor)).attach('file', Buffer.from('district,peer workers\nNorth,4\n'), { filename: 'counts.csv', contentType: 'text/csv' }).expect(201);
    const report = await sut.http().post(`/api/v1/plans/${planId}/reports/${reportId}/submit`).set(bearer(contributor)).expect(200);
    const frozen = await sut.http().post(files()).set(bearer(contributor)).attach('file', PDF, { filename: 'late.pdf', contentType: 'application/pdf' }).expect(409);
    expect(frozen.body.message).toMatch(/waiting for review/);
    await sut.http().delete(`${files()}/${report.body.files[0].id}`).set(bearer(contributor)).expect(409);
    expect(storedFiles()).toHaveLength(1);
  });
});
