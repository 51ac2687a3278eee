import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertCurrentVersion, badRequest, conflict, notFound } from '../common/errors/api-exception.js';
import { MailService, type OutgoingMail } from '../mail/mail.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Language } from '../users/user.entity.js';
import type { StepStatus } from '../steps/step.constants.js';
import type { CreateReportRequest, ListReportsQuery, UpdateReportRequest } from './dto/report-request.dto.js';
import type { ReportingStatusResponse, ReportResponse } from './dto/report-response.dto.js';
import { cadenceMismatch, fitsCadence, periodOf, type ReportingCadence } from './periods.js';
import { reportingStatus } from './reporting-status.query.js';
import { reportMail, type ReportNotice } from './report-mail.js';
import { reportLabel, reportSnapshot, selectReports, toReportResponse } from './report-read.query.js';

type Transition = 'submit' | 'approve' | 'return';

/** Which states each transition may start from, and why it is refused otherwise. */
const NOTICES: Record<Transition, ReportNotice> = { submit: 'report_submitted', approve: 'report_approved', return: 'report_returned' };

const TRANSITIONS: Record<Transition, { from: ReportResponse['state'][]; refusal: string }> = {
  submit: { from: ['draft', 'returned'], refusal: 'Only a draft or a returned report can be submitted' },
  approve: { from: ['submitted'], refusal: 'Only a submitted report can be approved' },
  return: { from: ['submitted'], refusal: 'Only a submitted report can be returned' },
};

/**
 * Progress reports: draft → submitted → approved | returned → (edited) → submitted. Approval
 * applies the reported status and progress to the step, in the same transaction, and locks the
 * report for good; a correction is a new report referring to it.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailService,
  ) {}

  /** A step asked for (in the path or as a filter) must be a step of the plan: 404 otherwise, not an empty list. */
  async list(planId: string, query: ListReportsQuery): Promise<ReportResponse[]> {
    const rows = await selectReports(this.dataSource.manager, { planId, ...query });
    if (rows.length === 0 && query.stepId !== undefined) {
      const [step] = await this.dataSource.query(`SELECT 1 FROM steps WHERE id = $1 AND plan_id = $2`, [query.stepId, planId]);
      if (!step) throw notFound('The step');
    }
    return rows.map(toReportResponse);
  }

  /** Which steps have reported for the period (the plan's current one by default). */
  async status(planId: string, period?: string): Promise<ReportingStatusResponse> {
    const [{ reporting_cadence: cadence }] = (await this.dataSource.query(`SELECT reporting_cadence FROM plans WHERE id = $1`, [planId])) as {
      reporting_cadence: ReportingCadence;
    }[];
    const asked = period ?? periodOf(new Date(), cadence);
    if (!fitsCadence(asked, cadence)) throw badRequest('period', cadenceMismatch(asked, cadence));
    return reportingStatus(this.dataSource.manager, planId, asked, cadence);
  }

  async get(planId: string, reportId: string, manager: EntityManager = this.dataSource.manager): Promise<ReportResponse> {
    const [row] = await selectReports(manager, { planId, reportId });
    if (!row) throw notFound('The report');
    return toReportResponse(row);
  }

  async create(planId: string, stepId: string, request: CreateReportRequest, actorId: string): Promise<ReportResponse> {
    return this.dataSource.transaction(async (manager) => {
      // Locking the step makes two people starting the same period's report wait for each other.
      const [step] = (await manager.query(
        `SELECT s.status, s.progress, p.reporting_cadence FROM steps s JOIN plans p ON p.id = s.plan_id
          WHERE s.id = $1 AND s.plan_id = $2 FOR UPDATE OF s`,
        [stepId, planId],
      )) as { status: StepStatus; progress: number; reporting_cadence: ReportingCadence }[];
      if (!step) throw notFound('The step');
      if (!fitsCadence(request.period, step.reporting_cadence)) throw badRequest('period', cadenceMismatch(request.period, step.reporting_cadence));
      await this.assertNewReportAllowed(manager, planId, stepId, request);
      const [{ id }] = await manager.query(
        `INSERT INTO step_reports (plan_id, step_id, period, status, progress, narrative, blockers, next_steps, links, corrects_id, author_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11) RETURNING id`,
        [
          planId, stepId, request.period, request.status ?? step.status, request.progress ?? step.progress,
          request.narrative ?? '', request.blockers ?? '', request.nextSteps ?? '', JSON.stringify(request.links ?? []),
          request.correctsId ?? null, actorId,
        ],
      );
      const created = await this.get(planId, id, manager);
      await this.audit.record(manager, { ...auditTarget(planId, created), actorId, action: 'create', before: null, after: reportSnapshot(created) });
      return created;
    });
  }

  /** Edits a draft or returned report, if it is still at the version the author saw. */
  async update(planId: string, reportId: string, request: UpdateReportRequest, actorId: string): Promise<ReportResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lock(manager, planId, reportId);
      assertCurrentVersion('report', before.version, request.version, before);
      if (before.state === 'approved') throw conflict('This report is approved and locked; write a correction instead.', 'state', before);
      if (before.state === 'submitted') throw conflict('This report is waiting for review; it can be changed again if it is returned.', 'state', before);
      await manager.query(
        `UPDATE step_reports SET status = coalesce($3, status), progress = coalesce($4, progress), narrative = coalesce($5, narrative),
                blockers = coalesce($6, blockers), next_steps = coalesce($7, next_steps), links = coalesce($8::jsonb, links),
                updated_at = now(), version = version + 1
          WHERE id = $1 AND plan_id = $2`,
        [
          reportId, planId, request.status ?? null, request.progress ?? null, request.narrative ?? null, request.blockers ?? null,
          request.nextSteps ?? null, request.links === undefined ? null : JSON.stringify(request.links),
        ],
      );
      const after = await this.get(planId, reportId, manager);
      await this.audit.record(manager, { ...auditTarget(planId, after), actorId, action: 'update', before: reportSnapshot(before), after: reportSnapshot(after) });
      return after;
    });
  }

  async transition(planId: string, reportId: string, transition: Transition, actorId: string, comment?: string): Promise<ReportResponse> {
    const mails: OutgoingMail[] = [];
    const after = await this.dataSource.transaction(async (manager) => {
      const before = await this.lock(manager, planId, reportId);
      const rule = TRANSITIONS[transition];
      if (!rule.from.includes(before.state)) throw conflict(`${rule.refusal}; this one is ${before.state}.`, 'state', before);
      if (transition === 'submit') {
        await manager.query(
          `UPDATE step_reports SET state = 'submitted', submitted_by = $2, submitted_at = now(), updated_at = now(), version = version + 1 WHERE id = $1`,
          [reportId, actorId],
        );
      } else {
        // Approving the same step's period twice at once: the unique index on approved originals turns the loser into a 409.
        await manager.query(
          `UPDATE step_reports SET state = $2, reviewed_by = $3, reviewed_at = now(), review_comment = $4, updated_at = now(), version = version + 1
            WHERE id = $1`,
          [reportId, transition === 'approve' ? 'approved' : 'returned', actorId, comment?.trim() || null],
        );
        if (transition === 'approve') await this.applyToStep(manager, planId, before, actorId);
      }
      const after = await this.get(planId, reportId, manager);
      await this.audit.record(manager, { ...auditTarget(planId, after), actorId, action: 'update', before: reportSnapshot(before), after: reportSnapshot(after) });
      mails.push(...(await this.notify(manager, planId, after, transition, actorId)));
      return after;
    });
    // After the commit, and never failing the change: the mail service logs what it could not send.
    for (const mail of mails) await this.mail.send(mail);
    return after;
  }

  /**
   * Submitting tells the owners and reviewers; returning or approving tells the author and the
   * submitter. Everyone but the person acting, in the app and by email in their language.
   */
  private async notify(manager: EntityManager, planId: string, report: ReportResponse, transition: Transition, actorId: string): Promise<OutgoingMail[]> {
    const notice = NOTICES[transition];
    const recipients = (await manager.query(
      transition === 'submit'
        ? `SELECT u.id, u.email, u.language FROM plan_members m JOIN users u ON u.id = m.user_id
            WHERE m.plan_id = $1 AND (m.role = 'owner' OR m.reviewer) AND u.id <> $2`
        : `SELECT u.id, u.email, u.language FROM users u
            WHERE u.id IN ($3::uuid, $4::uuid) AND u.id <> $2
              AND EXISTS (SELECT 1 FROM plan_members m WHERE m.plan_id = $1 AND m.user_id = u.id)`,
      transition === 'submit' ? [planId, actorId] : [planId, actorId, report.author.id, report.submittedBy?.id ?? report.author.id],
    )) as { id: string; email: string; language: Language }[];
    const label = reportLabel(report);
    await this.notifications.notify(
      manager,
      recipients.map((recipient) => ({ userId: recipient.id, planId, stepId: report.step.id, actorId, kind: notice, summary: label })),
    );
    const [{ name: actorName }] = await manager.query(`SELECT name FROM users WHERE id = $1`, [actorId]);
    const comment = transition === 'submit' ? null : report.reviewComment;
    return recipients.map((recipient) => reportMail(recipient.language, notice, { to: recipient.email, actorName, reportLabel: label, comment }));
  }

  /** The report, locked for this transaction. */
  async lock(manager: EntityManager, planId: string, reportId: string): Promise<ReportResponse> {
    const [locked] = await manager.query(`SELECT 1 FROM step_reports WHERE id = $1 AND plan_id = $2 FOR UPDATE`, [reportId, planId]);
    if (!locked) throw notFound('The report');
    return this.get(planId, reportId, manager);
  }

  private async assertNewReportAllowed(manager: EntityManager, planId: string, stepId: string, request: CreateReportRequest): Promise<void> {
    const sameStepAndPeriod = await selectReports(manager, { planId, stepId, period: request.period });
    if (request.correctsId) {
      const corrected = sameStepAndPeriod.find((row) => row.id === request.correctsId);
      if (!corrected || corrected.state !== 'approved') {
        throw badRequest('correctsId', 'correctsId must name an approved report of the same step and period');
      }
      return;
    }
    const original = sameStepAndPeriod.find((row) => row.corrects_id === null);
    if (original?.state === 'approved') {
      throw conflict(
        `The report for ${request.period} is already approved and locked; write a correction that refers to it (correctsId).`,
        'period',
        toReportResponse(original),
      );
    }
    if (original) {
      throw conflict(`This step already has a ${original.state} report for ${request.period}; continue that one.`, 'period', toReportResponse(original));
    }
  }

  /** An approved report's status and progress become the step's, as a normal audited step change. */
  private async applyToStep(manager: EntityManager, planId: string, report: ReportResponse, actorId: string): Promise<void> {
    const [step] = (await manager.query(
      `SELECT id, status, progress, title, catalogue_key FROM steps WHERE id = $1 AND plan_id = $2 FOR UPDATE`,
      [report.step.id, planId],
    )) as { id: string; status: StepStatus; progress: number; title: string; catalogue_key: string | null }[];
    if (step.status === report.status && step.progress === report.progress) return;
    await manager.query(
      `UPDATE steps SET status = $2, progress = $3, updated_at = now(), version = version + 1 WHERE id = $1`,
      [step.id, report.status, report.progress],
    );
    await this.audit.record(manager, {
      planId,
      actorId,
      entityType: 'step',
      entityId: step.id,
      entityLabel: step.catalogue_key ? `${step.catalogue_key} ${step.title}` : step.title,
      action: 'update',
      before: { status: step.status, progress: step.progress },
      after: { status: report.status, progress: report.progress },
    });
  }
}

const auditTarget = (planId: string, report: ReportResponse) => ({
  planId,
  entityType: 'report' as const,
  entityId: report.id,
  entityLabel: reportLabel(report),
});
