import { ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { errorSummaryKey, loadErrorSummaryKey, toApiError } from '../../api/api-error';
import { PlanResponse, ReportingState, ReportResponse } from '../../api/models';
import { SessionStore } from '../../auth/data/session-store';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe, NumberPipe } from '../../i18n/format-pipes';
import { MessagePipe } from '../../i18n/message-pipe';
import { MessageRef } from '../../i18n/model/message-ref';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { PlanMembersStore } from '../../members/data/plan-members-store';
import { LiveState, PlanEvents } from '../../plans/data/plan-events';
import { PlanStore } from '../../plans/data/plan-store';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanFormDialog, PlanFormDialogData } from '../../plans/ui/plan-form-dialog';
import { PlanPageHeader } from '../../plans/ui/plan-page-header';
import { Icon } from '../../shell/ui/icon';
import { ReportsApi } from '../data/reports-api';
import { ReviewOutcome } from '../model/report-conflict';
import { nextPeriod, parsePeriod, periodLabel, periodOf, previousPeriod } from '../../plans/model/reporting-periods';
import { canReviewReports, REPORTING_STATES } from '../model/report-rules';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { ReportStateChip } from '../ui/report-state-chip';
import { ReviewReportDialog, ReviewReportDialogData } from '../ui/review-report-dialog';

/**
 * A plan's reporting: for a period of its cadence, where every step's report stands; and the review queue, where
 * owners and reviewers approve or return submitted reports.
 */
@Component({
  selector: 'app-reporting-page',
  imports: [
    MatButtonModule, MatProgressSpinnerModule, RouterLink, TranslatePipe, MessagePipe, NumberPipe, DateTimePipe, Icon,
    PlanPageHeader, PeriodPipe, ReportStateChip,
  ],
  providers: [PlanStore, PlanMembersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-live]': 'live()' },
  templateUrl: './reporting-page.html',
  styleUrl: './reporting-page.scss',
})
export class ReportingPage {
  protected readonly planStore = inject(PlanStore);
  private readonly membersStore = inject(PlanMembersStore);
  private readonly reportsApi = inject(ReportsApi);
  private readonly session = inject(SessionStore);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();
  /** The period shown (query parameter); the plan's current one when absent or not in the plan's cadence. */
  readonly period = input<string>();

  protected readonly states = REPORTING_STATES;
  protected readonly plan = this.planStore.plan;
  protected readonly live = signal<LiveState>('connecting');
  /** What just happened (a review), said politely. */
  protected readonly notice = signal<MessageRef | null>(null);
  protected readonly warning = signal<MessageRef | null>(null);
  /** Only the steps whose report is in this state; all when null. */
  protected readonly filter = signal<ReportingState | null>(null);

  /** The period asked for, if it is written in the plan's cadence. */
  private readonly askedPeriod = computed(() => {
    const plan = this.plan();
    const period = this.period();
    return plan && parsePeriod(period, plan.reportingCadence) ? period : undefined;
  });
  private readonly statusResource = rxResource({
    params: () => {
      const plan = this.plan();
      // The cadence is part of the key: changing it reloads the status in the new cadence.
      return plan ? { planId: plan.id, cadence: plan.reportingCadence, period: this.askedPeriod() } : undefined;
    },
    stream: ({ params }) => this.reportsApi.status(params.planId, params.period),
  });
  private readonly queueResource = rxResource({
    params: () => ({ planId: this.planId() }),
    stream: ({ params }) =>
      this.reportsApi.list(params.planId, { state: 'submitted' }).pipe(
        map((response) => [...response.items].sort((a, b) => ((a.submittedAt ?? '') < (b.submittedAt ?? '') ? -1 : 1))),
      ),
  });

  protected readonly status = computed(() => (this.statusResource.hasValue() ? this.statusResource.value() : undefined));
  protected readonly statusLoading = this.statusResource.isLoading;
  protected readonly queue = computed(() => (this.queueResource.hasValue() ? this.queueResource.value() : []));
  protected readonly queueLoaded = computed(() => this.queueResource.hasValue());
  protected readonly queueLoading = this.queueResource.isLoading;
  /** The period on screen: the one the status is for (the server's current one by default). */
  protected readonly shownPeriod = computed(() => this.status()?.period ?? this.askedPeriod() ?? null);
  protected readonly currentPeriod = computed(() => {
    const plan = this.plan();
    return plan ? periodOf(new Date(), plan.reportingCadence) : null;
  });
  protected readonly counts = computed(() => {
    const status = this.status();
    const raw = (status?.counts ?? {}) as Record<string, unknown>;
    return this.states.map((state) => ({ state, count: Number(raw[state] ?? 0) }));
  });
  protected readonly shownItems = computed(() => {
    const items = this.status()?.items ?? [];
    const filter = this.filter();
    return filter ? items.filter((item) => item.state === filter) : items;
  });
  protected readonly canReview = computed(() =>
    canReviewReports(this.plan(), this.membersStore.members(), this.session.user()?.id),
  );
  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error();
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly statusErrorKey = computed(() => {
    const error = this.statusResource.error();
    return error ? errorSummaryKey(toApiError(error)) : null;
  });
  protected readonly queueErrorKey = computed(() => {
    const error = this.queueResource.error();
    return error ? errorSummaryKey(toApiError(error)) : null;
  });

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    this.membersStore.connect(this.planId);
    // Reports submitted, reviewed or started elsewhere: keep the status and the queue current.
    const planEvents = inject(PlanEvents);
    effect((onCleanup) => {
      const subscription = planEvents.follow(this.planId(), (state) => this.live.set(state)).subscribe((event) =>
        untracked(() => {
          if (event.entityType === 'report' || event.entityType === 'step') this.reloadLists();
          if (event.entityType === 'plan') this.planStore.reload();
          if (event.entityType === 'member') this.membersStore.reloadMembers();
        }),
      );
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected toggleFilter(state: ReportingState): void {
    this.filter.set(this.filter() === state ? null : state);
  }

  protected periodLabelOf(period: string): string {
    return periodLabel(period, this.translator.language(), (key, params) => this.translator.t(key, params));
  }

  protected previous(): string | null {
    const plan = this.plan();
    const period = this.shownPeriod();
    return plan && period ? previousPeriod(period, plan.reportingCadence) : null;
  }

  protected next(): string | null {
    const plan = this.plan();
    const period = this.shownPeriod();
    return plan && period ? nextPeriod(period, plan.reportingCadence) : null;
  }

  protected goTo(period: string | null, focusId: string): void {
    if (!period) return;
    this.notice.set(null);
    this.warning.set(null);
    this.filter.set(null);
    void this.router
      .navigate([], { relativeTo: this.route, queryParams: { period: period === this.currentPeriod() ? null : period } })
      .then(() => this.document.getElementById(focusId)?.focus());
  }

  protected stepName(step: { catalogueKey: string | null; title: string }): string {
    return step.catalogueKey ? `${step.catalogueKey} ${step.title}` : step.title;
  }

  protected openReport(report: ReportResponse): void {
    this.dialog
      .open<ReviewReportDialog, ReviewReportDialogData, ReviewOutcome>(ReviewReportDialog, {
        data: { planId: this.planId(), report, canReview: this.canReview() },
        direction: this.translator.direction(),
        maxWidth: '52rem',
        width: '95vw',
        autoFocus: 'dialog',
      })
      .afterClosed()
      .subscribe((result) => {
        this.reloadLists();
        if (!result) return;
        const period = this.periodLabelOf(result.report.period);
        const step = this.stepName(result.report.step);
        if (result.outcome === 'stale') {
          this.notice.set(null);
          this.warning.set({
            key: 'reports.review.alreadyReviewed',
            params: { period: `${step} · ${period}`, state: { key: 'reports.state.' + result.report.state } },
          });
        } else {
          this.warning.set(null);
          this.notice.set({
            key: result.outcome === 'approved' ? 'reports.review.approvedNotice' : 'reports.review.returnedNotice',
            params: { period: `${step} · ${period}` },
          });
        }
        // The row's button is gone with the review: the focus goes to the queue's heading.
        setTimeout(() => this.document.getElementById('queue-heading')?.focus(), 0);
      });
  }

  protected changeCadence(): void {
    const plan = this.plan();
    if (!plan) return;
    this.dialog
      .open<PlanFormDialog, PlanFormDialogData, PlanResponse>(PlanFormDialog, {
        data: { plan, focus: 'reportingCadence' },
        direction: this.translator.direction(),
        maxWidth: '40rem',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.planStore.replace(saved);
        this.snackBar.open(this.translator.t('plans.saved'), undefined, { duration: 4000 });
        if (saved.reportingCadence !== plan.reportingCadence && this.period()) {
          void this.router.navigate([], { relativeTo: this.route, queryParams: { period: null } });
        }
      });
  }

  private reloadLists(): void {
    this.statusResource.reload();
    this.queueResource.reload();
  }
}
