import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { MeterBar } from './meter-bar';

/** A table cell's progress: the bar, and the value written beside it (or "none" without steps to count). */
@Component({
  selector: 'app-progress-meter',
  imports: [MeterBar, PercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-meter-bar [percent]="percent()" />
    <span class="number">{{ percent() === null ? ('common.none' | t) : (percent() | percent100) }}</span>
  `,
  styles: `
    :host { display: flex; align-items: center; gap: 0.5rem; min-inline-size: 10rem; }
    app-meter-bar { flex: 1 1 auto; }
    .number { white-space: nowrap; font-variant-numeric: tabular-nums; }
  `,
})
export class ProgressMeter {
  /** 0–100, or null when nothing is counted. */
  readonly percent = input.required<number | null>();
}
