import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyPipe } from '../../budget/ui/money-pipe';
import { isNegativeAmount } from '../../budget/model/money';
import { ProgressPipe } from '../../indicators/ui/indicator-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { BudgetRowView } from '../model/budget-view';
import { FundingBar } from './funding-bar';

/** A currency's budget by area or by funder: the server's sums and, per row, how much of the planned is funded. */
@Component({
  selector: 'app-budget-table',
  imports: [TranslatePipe, MoneyPipe, ProgressPipe, FundingBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-scroll">
      <table class="data-table">
        <caption>{{ caption() }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ firstColumn() }}</th>
            <th scope="col" class="number">{{ 'budget.fields.planned' | t }}</th>
            <th scope="col" class="number">{{ 'budget.fields.committed' | t }}</th>
            <th scope="col" class="number">{{ 'budget.fields.disbursed' | t }}</th>
            <th scope="col" class="number">{{ 'budget.fields.gap' | t }}</th>
            <th scope="col">{{ 'dashboard.budget.funded' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr>
              <th scope="row"><span [attr.dir]="row.userContent ? 'auto' : null">{{ row.label }}</span></th>
              <td class="number">{{ row.planned | money: currency() }}</td>
              <td class="number">{{ row.committed | money: currency() }}</td>
              <td class="number">{{ row.disbursed | money: currency() }}</td>
              <td class="number" [class.negative]="negative(row.gap)">
                {{ row.gap | money: currency() }}
                @if (negative(row.gap)) {
                  <span class="note">{{ 'budget.overCommitted' | t }}</span>
                }
              </td>
              <td class="funded">
                <app-funding-bar [committedShare]="row.committedShare" [disbursedShare]="row.disbursedShare" />
                @if (row.committedShare !== null) {
                  <span class="share">{{ 'dashboard.budget.shares' | t: { committed: (row.committedShare | progress), disbursed: (row.disbursedShare | progress) } }}</span>
                } @else {
                  <span class="share">{{ 'dashboard.budget.nothingPlanned' | t }}</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host { display: block; margin-block: 0.75rem 1rem; }
    caption { text-align: start; font: var(--mat-sys-title-small); padding-block-end: 0.35rem; }
    .number { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .negative { font-weight: 600; }
    .note { display: block; font: var(--mat-sys-body-small); }
    .funded { min-inline-size: 10rem; }
    .share { display: block; font: var(--mat-sys-body-small); margin-block-start: 0.2rem; }
  `,
})
export class BudgetTable {
  readonly caption = input.required<string>();
  readonly firstColumn = input.required<string>();
  readonly currency = input.required<string>();
  readonly rows = input.required<BudgetRowView[]>();
  protected readonly negative = isNegativeAmount;
}
