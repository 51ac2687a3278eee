import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { IndicatorResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { periodLabel } from '../../plans/model/reporting-periods';
import { trendGeometry } from '../model/trend-geometry';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { IndicatorValuePipe } from './indicator-pipes';

/** What the chart needs of an indicator: the indicators page's and the dashboard's both have it. */
export type TrendSource = Pick<IndicatorResponse, 'name' | 'unit' | 'baseline' | 'target' | 'trend'>;

/**
 * A small line chart of an indicator's trend (the current value of each period), with its baseline and target.
 * The drawing is one image with a description in words; the values are also a table, behind a disclosure that
 * keyboard and screen-reader users can open.
 */
@Component({
  selector: 'app-trend-chart',
  imports: [TranslatePipe, IndicatorValuePipe, PeriodPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = indicator();
    @if (item.trend.length === 0) {
      <p class="muted">{{ 'indicators.trend.none' | t }}</p>
    } @else {
      @let chart = geometry();
      <svg role="img" [attr.aria-label]="description()" [attr.viewBox]="'0 0 ' + chart.width + ' ' + chart.height"
        [attr.width]="chart.width" [attr.height]="chart.height" focusable="false">
        <line class="target" x1="0" [attr.x2]="chart.width" [attr.y1]="chart.targetY" [attr.y2]="chart.targetY" />
        <line class="baseline" x1="0" [attr.x2]="chart.width" [attr.y1]="chart.baselineY" [attr.y2]="chart.baselineY" />
        @if (chart.line) {
          <polyline class="trend" [attr.points]="chart.line" />
        }
        @for (point of chart.points; track point.period) {
          <circle [attr.cx]="point.x" [attr.cy]="point.y" r="3.5" />
        }
      </svg>
      <p class="legend">
        <span class="key target-key"></span>{{ 'indicators.trend.targetLine' | t: { value: (item.target | decimal) } }}
        <span class="key baseline-key"></span>{{ 'indicators.trend.baselineLine' | t: { value: (item.baseline | decimal) } }}
      </p>
      <details>
        <summary>{{ 'indicators.trend.showValues' | t: { count: item.trend.length } }}</summary>
        <table class="data-table">
          <caption class="visually-hidden">{{ 'indicators.trend.caption' | t: { name: item.name } }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'indicators.measurement.period' | t }}</th>
              <th scope="col">{{ 'indicators.trend.valueIn' | t: { unit: item.unit } }}</th>
            </tr>
          </thead>
          <tbody>
            @for (point of item.trend; track point.period) {
              <tr>
                <th scope="row">{{ point.period | period: 'short' }}</th>
                <td>{{ point.value | decimal }}</td>
              </tr>
            }
          </tbody>
        </table>
      </details>
    }
  `,
  styles: `
    :host { display: block; }
    svg { display: block; max-inline-size: 100%; block-size: auto; overflow: visible; }
    :host-context([dir='rtl']) svg { transform: scaleX(-1); }
    line { stroke-width: 1.5; }
    .target { stroke: var(--mat-sys-tertiary); stroke-dasharray: 6 3; }
    .baseline { stroke: var(--mat-sys-on-surface-variant); stroke-dasharray: 2 3; }
    .trend { fill: none; stroke: var(--mat-sys-primary); stroke-width: 2.5; }
    circle { fill: var(--mat-sys-primary); }
    .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.35rem 0.5rem; margin: 0.25rem 0;
      font: var(--mat-sys-body-small); }
    .key { display: inline-block; inline-size: 1.5rem; border-block-start: 2px dashed var(--mat-sys-tertiary); }
    .baseline-key { border-block-start: 2px dotted var(--mat-sys-on-surface-variant); margin-inline-start: 0.5rem; }
    summary { cursor: pointer; padding-block: 0.25rem; color: var(--mat-sys-primary); }
    table { max-inline-size: 24rem; }
    /* On paper nobody can open the disclosure: its table is printed open. */
    @media print { details::details-content { content-visibility: visible; display: block; } summary { display: none; } }
  `,
})
export class TrendChart {
  private readonly translator = inject(Translator);
  readonly indicator = input.required<TrendSource>();

  protected readonly geometry = computed(() => {
    const indicator = this.indicator();
    return trendGeometry(indicator.trend, indicator.baseline, indicator.target);
  });

  /** The chart in words: how many periods, the first and the last value, and the target. */
  protected readonly description = computed(() => {
    const indicator = this.indicator();
    const language = this.translator.language();
    const t = (key: string, params?: Record<string, unknown>) => this.translator.t(key, params);
    const period = (value: string) => periodLabel(value, language, t, 'short');
    const value = (text: string) => `${formatDecimal(text, language)} ${indicator.unit}`;
    const first = indicator.trend[0];
    const last = indicator.trend[indicator.trend.length - 1];
    if (!first || !last) return t('indicators.trend.none');
    const params = {
      name: indicator.name,
      count: indicator.trend.length,
      first: period(first.period),
      firstValue: value(first.value),
      last: period(last.period),
      lastValue: value(last.value),
      baseline: value(indicator.baseline),
      target: value(indicator.target),
    };
    return t(indicator.trend.length === 1 ? 'indicators.trend.descriptionOne' : 'indicators.trend.description', params);
  });
}
