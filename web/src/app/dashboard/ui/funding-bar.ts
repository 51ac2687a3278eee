import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { barLength } from '../model/chart-geometry';

/**
 * How much of what is planned is committed (hatched) and disbursed (solid), as one bar on the planned amount.
 * Decorative only (aria-hidden): the amounts and shares are written beside it.
 */
@Component({
  selector: 'app-funding-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `
    <span class="committed" [style.inline-size.%]="committed()"></span>
    <span class="disbursed" [style.inline-size.%]="disbursed()"></span>
  `,
  styles: `
    :host { display: block; position: relative; block-size: 0.85rem; min-inline-size: 5rem; border-radius: 0.2rem;
      background: var(--mat-sys-surface-container-highest); outline: 1px solid var(--mat-sys-outline); overflow: hidden;
      print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    span { position: absolute; inset-block: 0; inset-inline-start: 0; }
    .committed { background: repeating-linear-gradient(45deg, #1a5fb4 0 3px, #fff 3px 6px); }
    .disbursed { background: #1a5fb4; }
  `,
})
export class FundingBar {
  /** Committed and disbursed in % of planned (may pass 100: the bar stops at the end, the text says more). */
  readonly committedShare = input.required<number | null>();
  readonly disbursedShare = input.required<number | null>();
  protected readonly committed = computed(() => barLength(this.committedShare()));
  protected readonly disbursed = computed(() => barLength(this.disbursedShare()));
}
