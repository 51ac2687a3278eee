import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyPipe } from '../../budget/ui/money-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';

/** Planned, committed and disbursed amounts as the server summed them. */
export interface CurrencyAmounts {
  currency: string;
  planned: string;
  committed: string;
  disbursed: string;
}

/** One plan's money in a portfolio cell: a block per currency (never added across currencies), or a note when none. */
@Component({
  selector: 'app-currency-amounts',
  imports: [TranslatePipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (money of amounts(); track money.currency) {
      <div class="money">
        <span class="currency">{{ money.currency }}</span>
        <dl>
          <dt>{{ 'budget.fields.planned' | t }}</dt><dd>{{ money.planned | money: money.currency }}</dd>
          <dt>{{ 'budget.fields.committed' | t }}</dt><dd>{{ money.committed | money: money.currency }}</dd>
          <dt>{{ 'budget.fields.disbursed' | t }}</dt><dd>{{ money.disbursed | money: money.currency }}</dd>
        </dl>
      </div>
    } @empty {
      {{ emptyKey() | t }}
    }
  `,
  styles: `
    .money + .money { margin-block-start: 0.5rem; }
    dl { margin: 0; display: grid; grid-template-columns: auto auto; gap: 0 0.5rem; font-size: 0.9em; }
    dt { color: var(--mat-sys-on-surface-variant); }
    dd { margin: 0; text-align: end; white-space: nowrap; }
    .currency { font-weight: 600; }
  `,
})
export class CurrencyAmountsCell {
  readonly amounts = input.required<readonly CurrencyAmounts[]>();
  /** Translation key of what to say when there is no money to show. */
  readonly emptyKey = input.required<string>();
}
