import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { IndicatorResponse, StepResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatDay } from '../../i18n/model/format';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { IndicatorValuePipe, ProgressPipe } from './indicator-pipes';
import { MeasurementHistory } from './measurement-history';
import { ProgressToTarget } from './progress-to-target';
import { TrendChart } from './trend-chart';

/** One outcome indicator: what it measures, baseline → target, the latest value, progress, trend and history. */
@Component({
  selector: 'app-indicator-card',
  imports: [
    MatButtonModule, RouterLink, TranslatePipe, Icon, IndicatorValuePipe, PeriodPipe, ProgressPipe,
    MeasurementHistory, ProgressToTarget, TrendChart,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-card.html',
  styleUrl: './indicator-card.scss',
})
export class IndicatorCard {
  private readonly translator = inject(Translator);

  readonly indicator = input.required<IndicatorResponse>();
  /** The step it measures, when it names one and the step is known. */
  readonly step = input<StepResponse | null>(null);
  readonly canManage = input(false);
  readonly canRecord = input(false);

  readonly record = output<IndicatorResponse>();
  readonly edit = output<IndicatorResponse>();
  readonly remove = output<IndicatorResponse>();

  protected readonly historyOpen = signal(false);
  protected readonly historyKey = computed(() => {
    const indicator = this.indicator();
    return `${indicator.latest?.id ?? ''}:${indicator.trend.map((point) => point.value).join(',')}:${indicator.version}`;
  });

  /** "12 % (1 Jan 2026) → 30 % (31 Dec 2030)", with the arrow pointing the reading direction's way. */
  protected readonly baselineToTarget = computed(() => {
    const indicator = this.indicator();
    const language = this.translator.language();
    // Each value with its unit is isolated (U+2068 … U+2069), so that a unit in another script keeps its place.
    const withUnit = (value: string) => `\u2068${formatDecimal(value, language)} ${indicator.unit}\u2069`;
    return this.translator.t('indicators.baselineToTarget', {
      baseline: withUnit(indicator.baseline),
      baselineDate: formatDay(indicator.baselineDate, language),
      target: withUnit(indicator.target),
      targetDate: formatDay(indicator.targetDate, language),
    });
  });

  protected toggleHistory(): void {
    this.historyOpen.update((open) => !open);
  }
}
