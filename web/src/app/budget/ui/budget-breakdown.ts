import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { isNegativeAmount } from '../model/money';
import { MoneyPipe } from './money-pipe';

/** One row of a breakdown: its label (already translated, or user content) and the server's sums. */
export interface BreakdownRow {
  key: string;
  label: string;
  /** User content (a funder's name) is shown with `dir="auto"`. */
  userContent?: boolean;
  detail?: string;
  planned: string;
  committed: string;
  disbursed: string;
  gap: string;
  lines: number;
  flaggedLines: number;
}

/** A currency's budget broken down by area, funder or year: the server's sums, formatted, never added up here. */
@Component({
  selector: 'app-budget-breakdown',
  imports: [TranslatePipe, NumberPipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table">
        <caption>{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ firstColumn() }}</th>
            <th scope="col" class="amount">{{ 'budget.fields.planned' | t }}</th>
            <th scope="col" class="amount">{{ 'budget.fields.committed' | t }}</th>
            <th scope="col" class="amount">{{ 'budget.fields.disbursed' | t }}</th>
            <th scope="col" class="amount">{{ 'budget.fields.gap' | t }}</th>
            <th scope="col" class="amount">{{ 'budget.fields.lines' | t }}</th>
            <th scope="col" class="amount">{{ 'budget.fields.flaggedLines' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              <th scope="row">
                <span [attr.dir]="row.userContent ? 'auto' : null">{{ row.label }}</span>
                @if (row.detail) {
                  <span class="muted"> · {{ row.detail }}</span>
                }
              </th>
              <td class="amount">{{ row.planned | money: currency() }}</td>
              <td class="amount">{{ row.committed | money: currency() }}</td>
              <td class="amount">{{ row.disbursed | money: currency() }}</td>
              <td class="amount" [class.negative]="negative(row.gap)">{{ row.gap | money: currency() }}</td>
              <td class="amount">{{ row.lines | num }}</td>
              <td class="amount">{{ row.flaggedLines | num }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host { display: block; margin-block: 1rem 1.5rem; }
    caption { text-align: start; font: var(--mat-sys-title-medium); padding-block-end: 0.5rem; }
    .amount { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .negative { font-weight: 600; }
  `,
})
export class BudgetBreakdown {
  readonly caption = input.required<string>();
  readonly firstColumn = input.required<string>();
  readonly currency = input.required<string>();
  readonly rows = input.required<BreakdownRow[]>();
  protected readonly negative = isNegativeAmount;
}
