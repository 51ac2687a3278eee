import type { EntityManager } from 'typeorm';
import type { StepStatus } from '../steps/step.constants.js';
import type { EvidenceLink, ReportState } from './dto/report-request.dto.js';
import type { ReportResponse } from './dto/report-response.dto.js';

interface Person {
  id: string;
  name: string;
  email: string;
}

export interface ReportRow {
  id: string;
  plan_id: string;
  step_id: string;
  step_key: string | null;
  step_title: string;
  period: string;
  state: ReportState;
  status: StepStatus;
  progress: number;
  narrative: string;
  blockers: string;
  next_steps: string;
  links: EvidenceLink[];
  corrects_id: string | null;
  author: Person;
  submitted_by: Person | null;
  submitted_at: Date | null;
  reviewed_by: Person | null;
  reviewed_at: Date | null;
  review_comment: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  files: {
    id: string;
    file_name: string;
    content_type: string;
    size_bytes: number;
    sha256: string;
    uploaded_by: Person;
    created_at: string;
  }[];
}

const person = (alias: string) => `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'email', ${alias}.email) END`;

const SELECT_REPORTS = `
  SELECT r.id, r.plan_id, r.step_id, s.catalogue_key AS step_key, s.title AS step_title, r.period, r.state, r.status, r.progress,
         r.narrative, r.blockers, r.next_steps, r.links, r.corrects_id, r.submitted_at, r.reviewed_at, r.review_comment,
         r.created_at, r.updated_at, r.version,
         ${person('au')} AS author, ${person('sb')} AS submitted_by, ${person('rb')} AS reviewed_by,
         coalesce((SELECT json_agg(json_build_object(
                    'id', e.id, 'file_name', e.file_name, 'content_type', e.content_type, 'size_bytes', e.size_bytes,
                    'sha256', e.sha256, 'created_at', e.created_at,
                    'uploaded_by', json_build_object('id', eu.id, 'name', eu.name, 'email', eu.email)) ORDER BY e.created_at)
                     FROM report_evidence e JOIN users eu ON eu.id = e.uploaded_by WHERE e.report_id = r.id), '[]') AS files
    FROM step_reports r
    JOIN steps s ON s.id = r.step_id
    JOIN users au ON au.id = r.author_id
    LEFT JOIN users sb ON sb.id = r.submitted_by
    LEFT JOIN users rb ON rb.id = r.reviewed_by`;

export interface ReportFilter {
  planId: string;
  reportId?: string;
  stepId?: string;
  period?: string;
  state?: ReportState;
}

/** Reports of a plan, newest period first, then newest first within a period. */
export async function selectReports(manager: EntityManager, filter: ReportFilter): Promise<ReportRow[]> {
  const conditions = ['r.plan_id = $1'];
  const values: unknown[] = [filter.planId];
  for (const [column, value] of [['r.id', filter.reportId], ['r.step_id', filter.stepId], ['r.period', filter.period], ['r.state', filter.state]] as const) {
    if (value === undefined) continue;
    values.push(value);
    conditions.push(`${column} = $${values.length}`);
  }
  return manager.query(`${SELECT_REPORTS} WHERE ${conditions.join(' AND ')} ORDER BY r.period DESC, r.created_at DESC`, values);
}

export function toReportResponse(row: ReportRow): ReportResponse {
  return {
    id: row.id,
    step: { id: row.step_id, catalogueKey: row.step_key, title: row.step_title },
    period: row.period,
    state: row.state,
    status: row.status,
    progress: row.progress,
    narrative: row.narrative,
    blockers: row.blockers,
    nextSteps: row.next_steps,
    links: row.links,
    files: row.files.map((file) => ({
      id: file.id,
      fileName: file.file_name,
      contentType: file.content_type,
      sizeBytes: file.size_bytes,
      sha256: file.sha256,
      uploadedBy: file.uploaded_by,
      uploadedAt: new Date(file.created_at).toISOString(),
    })),
    correctsId: row.corrects_id,
    author: row.author,
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at?.toISOString() ?? null,
    reviewComment: row.review_comment,
    locked: row.state === 'approved',
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** The fields the activity trail shows for a report. */
export function reportSnapshot(report: ReportResponse) {
  const { state, status, progress, narrative, blockers, nextSteps, links, reviewComment } = report;
  return { state, status, progress, narrative, blockers, nextSteps, links: links.map((link) => link.url), reviewComment };
}

export const reportLabel = (report: Pick<ReportResponse, 'step' | 'period'>) =>
  `${report.step.catalogueKey ? `${report.step.catalogueKey} ` : ''}${report.step.title} — ${report.period}`;
