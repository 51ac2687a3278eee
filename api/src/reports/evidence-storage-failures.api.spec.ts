import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes, 0x20), Buffer.from('\n%%EOF\n')]);

/**
 * A real file system that fills up: a 256 KiB tmpfs as EVIDENCE_DIR, so the kernel itself answers
 * ENOSPC (and EROFS once it is remounted read-only). Mounting needs root, as developers and CI have here.
 */
function mountTinyDisk(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rr-evidence-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', folder], { stdio: 'pipe' });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`This test mounts a 256 KiB tmpfs to fill a disk for real and needs root for it: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`);
  }
  return folder;
}

describe('evidence uploads when the store cannot take them', () => {
  let disk: string;
  let sut: TestApp;
  let contributor: string;
  let planId: string;
  let reportId: string;

  beforeAll(async () => {
    disk = mountTinyDisk();
    sut = await startTestApp({ env: { EVIDENCE_DIR: disk, EVIDENCE_MAX_MB: '1' } });
    contributor = await sut.tokenFor('contributor@demo.org');
    planId = (await demoPlan(sut, contributor)).id;
    const step = await stepByKey(sut, contributor, planId, 'WFD-03');
    reportId = (await sut.http().post(`/api/v1/plans/${planId}/steps/${step.id}/reports`).set(bearer(contributor)).send({ period: '2027-Q1' }).expect(201)).body.id;
  }, 90_000); // a new embedded database starts slowly on a busy machine
  afterAll(async () => {
    await sut?.close();
    if (disk) {
      execFileSync('umount', [disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  });

  const files = () => `/api/v1/plans/${planId}/reports/${reportId}/files`;
  const evidenceRows = async () => {
    const [{ count }] = await sut.running.app.get<DataSource>(getDataSourceToken()).query('SELECT count(*)::int AS count FROM report_evidence WHERE report_id = $1', [reportId]);
    return count as number;
  };

  it('answers 507 on a full disk, keeps no half file and no row, and takes the next file that fits', async () => {
    const full = await sut.http().post(files()).set(bearer(contributor)).attach('file', pdf(400 * 1024), { filename: 'survey.pdf', contentType: 'application/pdf' }).expect(507);
    expect(full.body).toEqual({
      statusCode: 507,
      error: 'Insufficient Storage',
      message: expect.stringMatching(/evidence store is full/),
      errors: [{ field: 'file', message: expect.stringMatching(/evidence store is full/) }],
    });
    expect(readdirSync(disk)).toEqual([]);
    expect(await evidenceRows()).toBe(0);
    const report = await sut.http().get(`/api/v1/plans/${planId}/reports/${reportId}`).set(bearer(contributor)).expect(200);
    expect(report.body.files).toEqual([]);

    // Only possible if the failed upload gave its 256 KiB back.
    const small = await sut.http().post(files()).set(bearer(contributor)).attach('file', pdf(100 * 1024), { filename: 'minutes.pdf', contentType: 'application/pdf' }).expect(201);
    expect(small.body.files).toEqual([expect.objectContaining({ fileName: 'minutes.pdf' })]);
    expect(readdirSync(disk)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(await evidenceRows()).toBe(1);
  });

  it('answers 503 with Retry-After when the store fails otherwise (a read-only volume), keeping nothing', async () => {
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    try {
      const refused = await sut.http().post(files()).set(bearer(contributor)).attach('file', pdf(1024), { filename: 'late.pdf', contentType: 'application/pdf' }).expect(503);
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', errors: [{ field: 'file', message: expect.stringMatching(/EROFS.*nothing was saved/) }] });
      expect(await evidenceRows()).toBe(1);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', disk]);
    }
    expect(readdirSync(disk)).toHaveLength(1);
    await sut.http().post(files()).set(bearer(contributor)).attach('file', pdf(1024), { filename: 'late.pdf', contentType: 'application/pdf' }).expect(201);
  });
});
