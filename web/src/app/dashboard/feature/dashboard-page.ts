import { ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { errorSummaryKey, loadErrorSummaryKey } from '../../api/api-error';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { formatDateTime } from '../../i18n/model/format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { LiveState, PlanEvents } from '../../plans/data/plan-events';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanStore } from '../../plans/data/plan-store';
import { PlanPageHeader } from '../../plans/ui/plan-page-header';
import { DashboardStore } from '../data/dashboard-store';
import { AreaProgress } from '../ui/area-progress';
import { BudgetSummary } from '../ui/budget-summary';
import { IndicatorStandings } from '../ui/indicator-standings';
import { LatestActivity } from '../ui/latest-activity';
import { PrincipleProgress } from '../ui/principle-progress';
import { ReportingSummary } from '../ui/reporting-summary';
import { ScheduleSummary } from '../ui/schedule-summary';
import { StatusBreakdown } from '../ui/status-breakdown';
import { printRunningHead } from './print-running-head';

/**
 * The plan at a glance, for a briefing: progress overall and by area, steps by status, what is overdue or due soon,
 * this period's reporting, the indicators, the budget per currency, the CRPD principles and the latest changes. Every
 * figure is the server's and links to the list behind it; the page follows the plan's changes and prints on A4.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    MatButtonModule, MatProgressSpinnerModule, TranslatePipe, DateTimePipe, PlanPageHeader, AreaProgress, StatusBreakdown,
    ScheduleSummary, ReportingSummary, IndicatorStandings, BudgetSummary, PrincipleProgress, LatestActivity,
  ],
  providers: [PlanStore, DashboardStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.data-live]': 'live()' },
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  protected readonly planStore = inject(PlanStore);
  protected readonly store = inject(DashboardStore);
  private readonly document = inject(DOCUMENT);
  private readonly translator = inject(Translator);

  readonly planId = input.required<string>();

  protected readonly plan = this.planStore.plan;
  protected readonly dashboard = this.store.dashboard;
  /** Whether the plan's event stream is open (data-live on this element). */
  protected readonly live = signal<LiveState>('connecting');
  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error();
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly figuresErrorKey = computed(() => {
    const error = this.store.error();
    return error && !this.planStore.error() ? errorSummaryKey(error) : null;
  });

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    printRunningHead(
      computed(() => {
        const plan = this.plan();
        const figures = this.dashboard();
        if (!plan || !figures) return null;
        const time = formatDateTime(figures.readAt, this.translator.language());
        return { title: plan.title, date: this.translator.t('dashboard.printHeader', { time }), direction: this.translator.direction() };
      }),
    );
    effect(() => {
      const planId = this.planId();
      untracked(() => this.store.open(planId));
    });
    const planEvents = inject(PlanEvents);
    effect((onCleanup) => {
      const planId = this.planId();
      // Any change to the plan can move a figure: every event reloads (the store waits for a burst to end).
      const subscription = planEvents.follow(planId, (state) => this.live.set(state)).subscribe(() => this.store.changed(planId));
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
