import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardIndicators, IndicatorStanding } from '../../api/models';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { IndicatorValuePipe, ProgressPipe } from '../../indicators/ui/indicator-pipes';
import { ProgressToTarget } from '../../indicators/ui/progress-to-target';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { Icon, IconName } from '../../shell/ui/icon';
import { planSectionLink } from '../model/step-list-links';
import { TrendChart } from '../../indicators/ui/trend-chart';

const STANDING_ICONS: Record<IndicatorStanding, IconName | null> = {
  achieved: 'check',
  on_track: 'check',
  off_track: 'warning',
  no_data: null,
};

/**
 * Every outcome indicator: its standing in words (achieved, on track, off track, no data — an icon beside, never the
 * colour alone), its progress to target, where a straight line from baseline to target would be by now, and its trend.
 */
@Component({
  selector: 'app-indicator-standings',
  imports: [RouterLink, TranslatePipe, NumberPipe, IndicatorValuePipe, ProgressPipe, PeriodPipe, Icon, ProgressToTarget, TrendChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    @let figures = indicators();
    <section class="card" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{{ 'dashboard.indicators.heading' | t }}</h2>
      @if (figures.total === 0) {
        <div class="empty-note">
          <p>{{ 'dashboard.indicators.empty' | t }}</p>
          @if (link(); as link) {
            <p><a [routerLink]="link.commands">{{ 'dashboard.indicators.emptyAction' | t }}</a></p>
          }
        </div>
      } @else {
        <p>{{ 'dashboard.indicators.summary' | t: {
          total: (figures.total | num), achieved: (figures.achieved | num), onTrack: (figures.onTrack | num),
          offTrack: (figures.offTrack | num), noData: (figures.noData | num) } }}</p>
        <div class="items">
          @for (item of figures.items; track item.id) {
            <article class="indicator" [attr.aria-labelledby]="'indicator-' + item.id">
              <h3 [id]="'indicator-' + item.id" dir="auto">{{ item.name }}</h3>
              <p [class]="'standing standing-' + item.standing">
                @if (icons[item.standing]; as icon) {
                  <app-icon [name]="icon" />
                }
                {{ 'dashboard.standing.' + item.standing | t }}
              </p>
              @if (item.latest; as latest) {
                <p class="muted">{{ 'dashboard.indicators.latest' | t: { value: (latest.value | decimal), unit: item.unit, period: (latest.period | period) } }}</p>
              }
              <app-progress-to-target [progress]="item.progressToTarget" />
              <p class="muted">{{ 'dashboard.indicators.expected' | t: { value: (item.expectedProgress | progress) } }}</p>
              <app-trend-chart [indicator]="item" />
            </article>
          }
        </div>
        @if (link(); as link) {
          <p class="more"><a [routerLink]="link.commands">{{ 'dashboard.indicators.open' | t }}</a></p>
        }
      }
    </section>
  `,
  styles: `
    .items { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem 1.5rem; }
    .indicator { break-inside: avoid; page-break-inside: avoid; padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant); }
    h3 { margin-block: 0 0.25rem; }
    p { margin-block: 0.25rem; }
    .standing { display: inline-flex; align-items: center; gap: 0.25rem; padding: 0.1rem 0.6rem; border-radius: 1rem;
      font: var(--mat-sys-label-large); border: 1px solid currentColor; }
    .standing-achieved, .standing-on_track { color: #0d5626; }
    .standing-off_track { color: #8c1d18; }
    .standing-no_data { color: var(--mat-sys-on-surface-variant); border-style: dashed; }
  `,
})
export class IndicatorStandings {
  readonly indicators = input.required<DashboardIndicators>();
  readonly planId = input<string | null>(null);

  protected readonly icons = STANDING_ICONS;
  protected readonly link = computed(() => {
    const planId = this.planId();
    return planId ? planSectionLink(planId, 'indicators') : null;
  });
}
