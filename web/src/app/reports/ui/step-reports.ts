import {
  ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, input, output, signal, untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { CreateReportRequest, MemberResponse, PlanResponse, ReportResponse, StepResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { MessageRef } from '../../i18n/model/message-ref';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { ReportsApi } from '../data/reports-api';
import { currentReport, ReviewOutcome } from '../model/report-conflict';
import { periodLabel, periodOf, previousPeriod } from '../../plans/model/reporting-periods';
import {
  canReviewReports, canWriteReports, isCorrectable, originalReport, reportActions, ReportActions, sortReports,
} from '../model/report-rules';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { ReportEditor } from './report-editor';
import { ReportReview } from './report-review';
import { ReportStateChip } from './report-state-chip';
import { ReportView } from './report-view';

interface ListedReport {
  report: ReportResponse;
  /** "Q1 2027", or "Q1 2027 (correction)": names the report in its buttons. */
  name: string;
  actions: ReportActions;
  correctable: boolean;
}

/**
 * A step's progress reports, latest period first: writers start the current period's report, edit and submit
 * drafts and returned reports, and write corrections of approved ones; reviewers approve or return submitted ones;
 * everyone reads them, evidence included.
 */
@Component({
  selector: 'app-step-reports',
  imports: [
    MatButtonModule, MatProgressSpinnerModule, TranslatePipe, MessagePipe, Icon, PeriodPipe, ReportEditor, ReportReview,
    ReportStateChip, ReportView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './step-reports.html',
  styleUrl: './step-reports.scss',
})
export class StepReports {
  private readonly reportsApi = inject(ReportsApi);
  private readonly translator = inject(Translator);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();
  readonly step = input.required<StepResponse>();
  readonly plan = input<PlanResponse | null>(null);
  readonly userId = input<string | null>(null);
  /** The plan's members: whether the reader is a named reviewer. */
  readonly members = input<readonly MemberResponse[]>([]);
  /** A report was approved here: the step now has its status and progress. */
  readonly approved = output<ReportResponse>();

  protected readonly reports = signal<ReportResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly creating = signal<string | null>(null);
  protected readonly createError = signal<ApiError | null>(null);
  /** The report shown open; undefined until the first load chose one. */
  protected readonly openId = signal<string | null | undefined>(undefined);
  /** What just happened, said politely (and shown). */
  protected readonly notice = signal<MessageRef | null>(null);
  /** Something that happened elsewhere and undid what the reader was doing. */
  protected readonly warning = signal<MessageRef | null>(null);

  /** Only another step means another list: a newer copy of the same step keeps it. */
  private readonly stepId = computed(() => this.step().id);
  protected readonly canWrite = computed(() => canWriteReports(this.plan(), this.step().assigneeIds, this.userId()));
  protected readonly canReview = computed(() => canReviewReports(this.plan(), this.members(), this.userId()));
  protected readonly cadence = computed(() => this.plan()?.reportingCadence ?? null);
  protected readonly currentPeriod = computed(() => {
    const cadence = this.cadence();
    return cadence ? periodOf(new Date(), cadence) : null;
  });
  /** The current period and the one before (reports are often written just after a period ends), when not started. */
  protected readonly periodsToStart = computed(() => {
    const plan = this.plan();
    const current = this.currentPeriod();
    if (!plan || !current || !this.canWrite() || !this.loaded()) return [];
    const previous = previousPeriod(current, plan.reportingCadence);
    const firstPeriod = periodOf(new Date(`${plan.startDate}T00:00:00Z`), plan.reportingCadence);
    return [current, previous]
      .filter((period) => period >= firstPeriod)
      .filter((period) => !originalReport(this.reports(), period));
  });
  protected readonly listed = computed<ListedReport[]>(() => {
    const reports = this.reports();
    const rights = { canWrite: this.canWrite(), canReview: this.canReview() };
    return sortReports(reports).map((report) => {
      const period = this.label(report.period);
      return {
        report,
        name: report.correctsId ? this.translator.t('reports.correctionOf', { period }) : period,
        actions: reportActions(report, rights),
        correctable: reportActions(report, rights).correct && isCorrectable(reports, report),
      };
    });
  });
  protected readonly loadErrorKey = computed(() => {
    const error = this.loadError();
    return error ? errorSummaryKey(error) : null;
  });
  protected readonly createErrorKey = computed(() => {
    const error = this.createError();
    return error ? errorSummaryKey(error) : null;
  });

  constructor() {
    effect(() => {
      const planId = this.planId();
      const stepId = this.stepId();
      untracked(() => this.load(planId, stepId));
    });
    // Writers find their open draft or returned report already unfolded.
    effect(() => {
      if (!this.loaded() || !this.plan() || this.openId() !== undefined) return;
      const first = this.listed().find((item) => item.actions.edit);
      this.openId.set(first?.report.id ?? null);
    });
  }

  /** Reloads the list quietly (someone else changed a report of the plan). */
  reload(): void {
    this.load(this.planId(), this.step().id, true);
  }

  protected toggle(report: ReportResponse): void {
    this.openId.set(this.openId() === report.id ? null : report.id);
  }

  protected start(period: string): void {
    this.create({ period }, period);
  }

  /** A correction starts as a copy of the approved report: the writer changes what was wrong. */
  protected writeCorrection(report: ReportResponse): void {
    const { period, status, progress, narrative, blockers, nextSteps, links } = report;
    this.create({ period, correctsId: report.id, status, progress, narrative, blockers, nextSteps, links }, period);
  }

  protected edited(report: ReportResponse): void {
    const before = this.reports().find((item) => item.id === report.id);
    this.replace(report);
    if (before && before.state !== report.state && report.state === 'submitted') {
      this.say({ key: 'reports.list.submittedNotice', params: { period: this.label(report.period) } });
      this.focusHeading(report.id);
    }
  }

  protected closedElsewhere(report: ReportResponse): void {
    this.replace(report);
    this.warning.set({
      key: 'reports.list.closedElsewhere',
      params: { period: this.label(report.period), state: { key: 'reports.state.' + report.state } },
    });
    this.focusHeading(report.id);
  }

  protected reviewed({ outcome, report }: ReviewOutcome): void {
    this.replace(report);
    if (outcome === 'stale') {
      this.warning.set({
        key: 'reports.review.alreadyReviewed',
        params: { period: this.label(report.period), state: { key: 'reports.state.' + report.state } },
      });
    } else {
      this.say({ key: outcome === 'approved' ? 'reports.review.approvedNotice' : 'reports.review.returnedNotice', params: { period: this.label(report.period) } });
    }
    if (report.state === 'approved') this.approved.emit(report);
    this.focusHeading(report.id);
  }

  private create(request: CreateReportRequest, period: string): void {
    if (this.creating()) return;
    this.creating.set(period);
    this.createError.set(null);
    this.warning.set(null);
    this.reportsApi.create(this.planId(), this.step().id, request).subscribe({
      next: (report) => {
        this.creating.set(null);
        this.reports.update((items) => [...items, report]);
        this.openId.set(report.id);
        this.say({ key: 'reports.list.started', params: { period: this.label(period) } });
        this.focusHeading(report.id);
      },
      error: (error: unknown) => {
        this.creating.set(null);
        const apiError = toApiError(error);
        const current = currentReport(apiError);
        if (current) {
          // Someone started (or finished) this period's report meanwhile: show theirs.
          this.replace(current);
          this.openId.set(current.id);
          this.warning.set({ key: 'reports.list.alreadyStarted', params: { period: this.label(period) } });
          this.focusHeading(current.id);
          return;
        }
        this.createError.set(apiError);
      },
    });
  }

  private replace(report: ReportResponse): void {
    this.reports.update((items) =>
      items.some((item) => item.id === report.id) ? items.map((item) => (item.id === report.id ? report : item)) : [...items, report],
    );
  }

  private say(message: MessageRef): void {
    this.warning.set(null);
    this.notice.set(message);
  }

  private label(period: string): string {
    return periodLabel(period, this.translator.language(), (key, params) => this.translator.t(key, params));
  }

  private focusHeading(reportId: string): void {
    setTimeout(() => this.document.getElementById(`report-heading-${reportId}`)?.focus(), 0);
  }

  private load(planId: string, stepId: string, quietly = false): void {
    if (!quietly) {
      this.loading.set(true);
      this.loaded.set(false);
      this.reports.set([]);
      this.openId.set(undefined);
    }
    this.loadError.set(null);
    this.reportsApi.listForStep(planId, stepId).subscribe({
      next: (response) => {
        this.loading.set(false);
        this.loaded.set(true);
        this.reports.set(response.items);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(toApiError(error));
      },
    });
  }
}
