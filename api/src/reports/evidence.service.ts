import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { badRequest, conflict, notFound } from '../common/errors/api-exception.js';
import type { ReportResponse } from './dto/report-response.dto.js';
import { evidenceProblem, sanitiseFileName } from './evidence-files.js';
import { reportLabel } from './report-read.query.js';
import { ReportsService } from './reports.service.js';
import { EvidenceScanner } from './storage/evidence-scanner.js';
import { EvidenceStorage } from './storage/evidence-storage.js';

export interface UploadedEvidence {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

interface EvidenceRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  storage_key: string;
}

/** Files attached to a draft or returned report; frozen with the report once it is submitted. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly storage: EvidenceStorage,
    private readonly scanner: EvidenceScanner,
    private readonly audit: AuditService,
  ) {}

  async add(planId: string, reportId: string, file: UploadedEvidence | undefined, actorId: string): Promise<ReportResponse> {
    if (!file) throw badRequest('file', 'file is missing: send it as the multipart field "file"');
    const fileName = sanitiseFileName(file.originalname);
    const problem = evidenceProblem(file.mimetype, fileName, file.buffer);
    if (problem) throw badRequest('file', problem);
    await this.reports.get(planId, reportId);
    const refusal = await this.scanner.refusal(file.buffer);
    if (refusal) throw badRequest('file', refusal);
    const contentType = file.mimetype.split(';')[0].trim().toLowerCase();
    const key = randomUUID();
    await this.storage.put(key, file.buffer, contentType);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const report = await this.lockEditable(manager, planId, reportId);
        const [{ id }] = await manager.query(
          `INSERT INTO report_evidence (report_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [reportId, fileName, contentType, file.size, createHash('sha256').update(file.buffer).digest('hex'), key, actorId],
        );
        await this.audit.record(manager, {
          planId,
          actorId,
          entityType: 'evidence',
          entityId: id,
          entityLabel: `${fileName} (${reportLabel(report)})`,
          action: 'create',
          before: null,
          after: { fileName, sizeBytes: file.size },
        });
        return this.reports.get(planId, reportId, manager);
      });
    } catch (error) {
      // The person must hear why the row was refused, not that the clean-up failed as well.
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
  }

  /** The stored file of a report, for a member to download. */
  async open(planId: string, reportId: string, fileId: string): Promise<{ file: EvidenceRow; content: Readable }> {
    const [file] = (await this.dataSource.query(
      `SELECT e.id, e.file_name, e.content_type, e.size_bytes, e.storage_key
         FROM report_evidence e JOIN step_reports r ON r.id = e.report_id
        WHERE e.id = $1 AND e.report_id = $2 AND r.plan_id = $3`,
      [fileId, reportId, planId],
    )) as EvidenceRow[];
    if (!file) throw notFound('The file');
    return { file, content: await this.storage.read(file.storage_key) };
  }

  async remove(planId: string, reportId: string, fileId: string, actorId: string): Promise<ReportResponse> {
    const { report, key } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockEditable(manager, planId, reportId);
      const [deleted] = (await manager.query(
        `DELETE FROM report_evidence WHERE id = $1 AND report_id = $2 RETURNING file_name, size_bytes, storage_key`,
        [fileId, reportId],
      ))[0] as { file_name: string; size_bytes: number; storage_key: string }[];
      if (!deleted) throw notFound('The file');
      await this.audit.record(manager, {
        planId,
        actorId,
        entityType: 'evidence',
        entityId: fileId,
        entityLabel: `${deleted.file_name} (${reportLabel(locked)})`,
        action: 'delete',
        before: { fileName: deleted.file_name, sizeBytes: deleted.size_bytes },
        after: null,
      });
      return { report: await this.reports.get(planId, reportId, manager), key: deleted.storage_key };
    });
    // Only once the row is gone for good: a rolled-back delete must still find its file.
    await this.storage.remove(key);
    return report;
  }

  private async lockEditable(manager: EntityManager, planId: string, reportId: string): Promise<ReportResponse> {
    const report = await this.reports.lock(manager, planId, reportId);
    if (report.state === 'approved') throw conflict('This report is approved and locked; attach files to a correction instead.', 'state', report);
    if (report.state === 'submitted') throw conflict('This report is waiting for review; its files can change again if it is returned.', 'state', report);
    return report;
  }
}
