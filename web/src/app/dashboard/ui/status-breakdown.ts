import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { StatusCount, StepStatus } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatNumber } from '../../i18n/model/format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { stepListLink } from '../model/step-list-links';
import { ChartPart, ChartTone, StackedBar } from './stacked-bar';

const STATUS_TONES: Record<StepStatus, ChartTone> = {
  not_started: 'waiting',
  in_progress: 'moving',
  blocked: 'stuck',
  done: 'finished',
  cancelled: 'dropped',
};

/** How many steps are in each status: one stacked bar and its table, each count linking to those steps. */
@Component({
  selector: 'app-status-breakdown',
  imports: [TranslatePipe, StackedBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="status-heading">
      <h2 id="status-heading">{{ 'dashboard.status.heading' | t }}</h2>
      @if (total() === 0) {
        <p class="empty-note">{{ 'dashboard.status.empty' | t }}</p>
      } @else {
        <app-stacked-bar [parts]="parts()" [description]="description()" [caption]="'dashboard.status.caption' | t"
          [firstColumn]="'dashboard.columns.status' | t" />
      }
    </section>
  `,
})
export class StatusBreakdown {
  private readonly translator = inject(Translator);
  readonly byStatus = input.required<StatusCount[]>();
  readonly planId = input<string | null>(null);

  protected readonly total = computed(() => this.byStatus().reduce((sum, item) => sum + item.count, 0));
  protected readonly parts = computed<ChartPart[]>(() => {
    const planId = this.planId();
    return this.byStatus().map((item) => ({
      key: item.status,
      label: this.translator.t('status.' + item.status),
      count: item.count,
      tone: STATUS_TONES[item.status],
      link: planId ? stepListLink(planId, { status: item.status }) : null,
    }));
  });
  protected readonly description = computed(() => {
    const language = this.translator.language();
    const list = new Intl.ListFormat(language, { type: 'unit' }).format(
      this.parts().map((part) => `${part.label}: ${formatNumber(part.count, language)}`),
    );
    return this.translator.t('dashboard.status.description', { count: formatNumber(this.total(), language), list });
  });
}
