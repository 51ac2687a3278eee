import { ChangeDetectionStrategy, Component, computed, DOCUMENT, effect, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { AreaProgress } from '../../dashboard/ui/area-progress';
import { BudgetSummary } from '../../dashboard/ui/budget-summary';
import { IndicatorStandings } from '../../dashboard/ui/indicator-standings';
import { PrincipleProgress } from '../../dashboard/ui/principle-progress';
import { ReportingSummary } from '../../dashboard/ui/reporting-summary';
import { ScheduleSummary } from '../../dashboard/ui/schedule-summary';
import { StatusBreakdown } from '../../dashboard/ui/status-breakdown';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe, DayPipe, NumberPipe } from '../../i18n/format-pipes';
import { formatDateTime } from '../../i18n/model/format';
import { printRunningHead } from '../../dashboard/feature/print-running-head';
import { SharedPlanResponse } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { countryLabel } from '../../plans/model/countries';
import { cadenceOfPeriod } from '../../plans/model/reporting-periods';
import { TranslatedPaginatorIntl } from '../../shell/translated-paginator-intl';
import { TranslatedTitleStrategy } from '../../shell/translated-title-strategy';
import { SharedPlanApi, sharedPlanProblem } from '../data/shared-plan-api';
import { SharedBudgetLines } from '../ui/shared-budget-lines';
import { SharedReportsList } from '../ui/shared-reports';
import { SharedStepsTable } from '../ui/shared-steps-table';

/**
 * A plan as one of its share links lets people see it, without an account: the same sections as the dashboard (no
 * links into the plan, which its readers cannot open), the steps, and on a donor link the budget lines and the
 * approved reports. A link that does not work says only that.
 */
@Component({
  selector: 'app-shared-plan-page',
  imports: [
    MatButtonModule, MatProgressSpinnerModule, TranslatePipe, DateTimePipe, DayPipe, NumberPipe, AreaProgress, StatusBreakdown,
    ScheduleSummary, ReportingSummary, IndicatorStandings, BudgetSummary, PrincipleProgress, SharedStepsTable,
    SharedBudgetLines, SharedReportsList,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shared-plan-page.html',
  styleUrl: './shared-plan-page.scss',
})
export class SharedPlanPage {
  private readonly api = inject(SharedPlanApi);
  private readonly translator = inject(Translator);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  /** The link's token (route parameter). */
  readonly token = input.required<string>();
  /** Donor links: the period of approved reports to show (query parameter). */
  readonly period = input<string>();
  /** Which page of the steps, and (donor links) of the budget lines, to show (query parameters). */
  readonly stepPage = input<string>();
  readonly linePage = input<string>();

  private readonly resource = rxResource({
    // A period not written like one (2027-Q1, 2027-H1, 2027-03) is left out rather than refused.
    params: () => ({
      token: this.token(),
      period: cadenceOfPeriod(this.period() ?? '') ? this.period() : undefined,
      stepPage: pageNumber(this.stepPage()),
      linePage: pageNumber(this.linePage()),
    }),
    stream: ({ params: { token, ...options } }) => this.api.get(token, options),
  });

  /** The figures on screen; kept while another period's reports load. */
  protected readonly shared = linkedSignal<SharedPlanResponse | undefined, SharedPlanResponse | undefined>({
    source: () => (this.resource.hasValue() ? this.resource.value() : undefined),
    computation: (current, previous) => current ?? previous?.value,
  });
  protected readonly loading = computed(() => this.resource.isLoading() && !this.shared());
  protected readonly problem = computed(() => (this.resource.error() ? sharedPlanProblem(this.resource.error()) : null));
  protected readonly country = computed(() => {
    const shared = this.shared();
    this.translator.language();
    return shared ? countryLabel(shared.plan.country, this.translator.language(), (key) => this.translator.t(key)) : '';
  });

  constructor() {
    const titleStrategy = inject(TranslatedTitleStrategy);
    effect(() => titleStrategy.setContentTitle(this.shared()?.plan.title));
    printRunningHead(
      computed(() => {
        const shared = this.problem() ? undefined : this.shared();
        if (!shared) return null;
        const time = formatDateTime(shared.readAt, this.translator.language());
        return { title: shared.plan.title, date: this.translator.t('dashboard.printHeader', { time }), direction: this.translator.direction() };
      }),
    );
  }

  protected showPeriod(period: string): void {
    void this.router.navigate([], { queryParams: { period }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected turnPage(list: 'stepPage' | 'linePage', page: number): void {
    void this.router.navigate([], { queryParams: { [list]: page > 1 ? page : null }, queryParamsHandling: 'merge' });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}

/** A page number from the URL; anything but a whole number from 1 means the first page. */
function pageNumber(value: string | undefined): number | undefined {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page : undefined;
}
