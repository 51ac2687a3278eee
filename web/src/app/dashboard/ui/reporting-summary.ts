import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardReporting, ReportingState } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { NumberPipe } from '../../i18n/format-pipes';
import { formatNumber } from '../../i18n/model/format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { periodLabel } from '../../plans/model/reporting-periods';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { REPORTING_STATES } from '../../reports/model/report-rules';
import { reportingLink } from '../model/step-list-links';
import { ChartPart, ChartTone, StackedBar } from './stacked-bar';

const STATE_TONES: Record<ReportingState, ChartTone> = {
  missing: 'waiting',
  draft: 'started',
  submitted: 'moving',
  returned: 'stuck',
  approved: 'finished',
};

/** This period's reporting: where each step's report stands, linking to the reporting page for the period. */
@Component({
  selector: 'app-reporting-summary',
  imports: [RouterLink, TranslatePipe, NumberPipe, PeriodPipe, StackedBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    @let figures = reporting();
    <section class="card" aria-labelledby="reporting-heading">
      <h2 id="reporting-heading">{{ 'dashboard.reporting.heading' | t: { period: (figures.period | period) } }}</h2>
      @if (figures.due === 0) {
        <p class="empty-note">{{ 'dashboard.reporting.nothingDue' | t }}</p>
      } @else {
        <p>{{ 'dashboard.reporting.summary' | t: { due: (figures.due | num), approved: (figures.counts.approved | num) } }}</p>
        @if (figures.counts.missing === figures.due) {
          <div class="empty-note">
            <p>{{ 'dashboard.reporting.noneYet' | t }}</p>
            @if (link(); as link) {
              <p><a [routerLink]="link.commands" [queryParams]="link.queryParams">{{ 'dashboard.reporting.emptyAction' | t }}</a></p>
            }
          </div>
        }
        <app-stacked-bar [parts]="parts()" [description]="description()"
          [caption]="'dashboard.reporting.caption' | t: { period: (figures.period | period) }"
          [firstColumn]="'dashboard.columns.reportState' | t" />
        @if (link(); as link) {
          <p class="more"><a [routerLink]="link.commands" [queryParams]="link.queryParams">{{ 'dashboard.reporting.open' | t: { period: (figures.period | period) } }}</a></p>
        }
      }
    </section>
  `,
})
export class ReportingSummary {
  private readonly translator = inject(Translator);
  readonly reporting = input.required<DashboardReporting>();
  readonly planId = input<string | null>(null);

  protected readonly link = computed(() => {
    const planId = this.planId();
    return planId ? reportingLink(planId, this.reporting().period) : null;
  });
  protected readonly parts = computed<ChartPart[]>(() => {
    const { counts } = this.reporting();
    const link = this.link();
    return REPORTING_STATES.map((state) => ({
      key: state,
      label: this.translator.t('reports.state.' + state),
      count: counts[state],
      tone: STATE_TONES[state],
      link,
    }));
  });
  protected readonly description = computed(() => {
    const language = this.translator.language();
    const reporting = this.reporting();
    const t = (key: string, params?: Record<string, unknown>) => this.translator.t(key, params);
    const list = new Intl.ListFormat(language, { type: 'unit' }).format(
      this.parts().map((part) => `${part.label}: ${formatNumber(part.count, language)}`),
    );
    return t('dashboard.reporting.description', {
      period: periodLabel(reporting.period, language, t),
      due: formatNumber(reporting.due, language),
      list,
    });
  });
}
