import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { progressGeometry } from '../model/progress-geometry';
import { formatProgress, progressSentence } from '../model/progress-text';

/**
 * Progress to target as a number, a sentence and a bar. The bar's scale runs from the baseline to the target and
 * stretches past either end to show an overshoot (striped, beyond the target mark) or a regression (striped, before
 * the baseline mark); the sentence says which, so that neither colour nor length carries the meaning alone.
 */
@Component({
  selector: 'app-progress-to-target',
  imports: [MessagePipe, TranslatePipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="sentence" [class.moving-away]="geometry().kind === 'regression'">
      @if (geometry().kind === 'regression') {
        <app-icon name="warning" />
      } @else if (geometry().kind === 'reached' || geometry().kind === 'overshoot') {
        <app-icon name="check" />
      }
      <span>
        @for (line of sentence(); track $index) {
          {{ line | message }}
        }
      </span>
    </p>
    @if (geometry().kind !== 'none') {
      <div class="bar" aria-hidden="true">
        <div class="track">
          @for (segment of geometry().segments; track $index) {
            <span [class]="'segment ' + segment.kind" [style.inset-inline-start.%]="segment.start"
              [style.width.%]="segment.size"></span>
          }
          <span class="mark" [style.inset-inline-start.%]="geometry().baselineAt"></span>
          <span class="mark" [style.inset-inline-start.%]="geometry().targetAt"></span>
          @if (geometry().beyondScale) {
            <span class="cut" [class.low]="geometry().kind === 'regression'"></span>
          }
        </div>
        <div class="scale">
          <span [style.inset-inline-start.%]="geometry().baselineAt">{{ 'indicators.progress.baselineMark' | t }}</span>
          <span [style.inset-inline-start.%]="geometry().targetAt">{{ 'indicators.progress.targetMark' | t }}</span>
        </div>
      </div>
    }
  `,
  styles: `
    :host { display: block; }
    .sentence { display: flex; gap: 0.35rem; align-items: center; margin: 0 0 0.5rem; font-weight: 500; }
    .sentence.moving-away { color: var(--mat-sys-error); }
    .bar { padding-inline: 1.5rem; }
    .track { position: relative; height: 0.9rem; border-radius: 0.2rem; background: var(--mat-sys-surface-container-highest);
      outline: 1px solid var(--mat-sys-outline); }
    .segment { position: absolute; inset-block: 0; }
    .progress { background: var(--mat-sys-primary); }
    .overshoot { background: repeating-linear-gradient(45deg, var(--mat-sys-tertiary) 0 4px, var(--mat-sys-on-tertiary-container) 4px 8px); }
    .regression { background: repeating-linear-gradient(-45deg, var(--mat-sys-error) 0 4px, var(--mat-sys-on-error-container) 4px 8px); }
    .mark { position: absolute; inset-block: -0.3rem; width: 2px; margin-inline-start: -1px; background: var(--mat-sys-on-surface); }
    .cut { position: absolute; inset-block: -0.2rem; inset-inline-end: -0.6rem; width: 0.6rem;
      background: repeating-linear-gradient(90deg, var(--mat-sys-on-surface) 0 2px, transparent 2px 4px); }
    .cut.low { inset-inline-end: auto; inset-inline-start: -0.6rem; }
    .scale { position: relative; height: 1.4rem; font: var(--mat-sys-label-small); color: var(--mat-sys-on-surface-variant); }
    .scale span { position: absolute; top: 0.3rem; transform: translateX(-50%); white-space: nowrap; }
    :host-context([dir='rtl']) .scale span { transform: translateX(50%); }
  `,
})
export class ProgressToTarget {
  private readonly translator = inject(Translator);
  /** The server's percentage (not clamped); null without a measurement. */
  readonly progress = input<number | null>(null);

  protected readonly geometry = computed(() => progressGeometry(this.progress()));
  protected readonly sentence = computed(() => {
    const language = this.translator.language();
    const geometry = this.geometry();
    return progressSentence(geometry, formatProgress(this.progress(), language), formatProgress(geometry.scaleLimit, language));
  });
}
