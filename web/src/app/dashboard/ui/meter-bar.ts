import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { barLength } from '../model/chart-geometry';

/**
 * A 0–100 value as a horizontal bar. Decorative only (aria-hidden): the value is always written next to it, so
 * neither the colour nor the length carries the meaning alone. Built with logical properties, so it grows from the
 * right in Arabic.
 */
@Component({
  selector: 'app-meter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `<span class="fill" [style.inline-size.%]="length()"></span>`,
  styles: `
    :host { display: block; position: relative; block-size: 0.75rem; min-inline-size: 4rem; border-radius: 0.2rem;
      background: var(--mat-sys-surface-container-highest); outline: 1px solid var(--mat-sys-outline); overflow: hidden;
      print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .fill { position: absolute; inset-block: 0; inset-inline-start: 0; background: var(--mat-sys-primary); }
  `,
})
export class MeterBar {
  /** 0–100; null draws an empty track. */
  readonly percent = input.required<number | null | undefined>();
  protected readonly length = computed(() => barLength(this.percent()));
}
