import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { SharedBudgetLinePage } from '../../api/models';
import { isNegativeAmount } from '../../budget/model/money';
import { MoneyPipe } from '../../budget/ui/money-pipe';
import { Translator } from '../../i18n/data/translator';
import { TranslatePipe } from '../../i18n/translate-pipe';

/** A donor link's budget lines: one row per step, funder, currency and year, with the server's amounts. */
@Component({
  selector: 'app-shared-budget-lines',
  imports: [TranslatePipe, MoneyPipe, MatPaginatorModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../dashboard/ui/dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="budget-lines-heading">
      <h2 id="budget-lines-heading">{{ 'sharedPlan.budgetLines.heading' | t }}</h2>
      @if (lines().total === 0) {
        <p class="empty-note">{{ 'sharedPlan.budgetLines.empty' | t }}</p>
      } @else {
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{{ 'sharedPlan.budgetLines.heading' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'sharedPlan.columns.step' | t }}</th>
                <th scope="col">{{ 'dashboard.columns.funder' | t }}</th>
                <th scope="col">{{ 'sharedPlan.columns.year' | t }}</th>
                <th scope="col" class="number">{{ 'budget.fields.planned' | t }}</th>
                <th scope="col" class="number">{{ 'budget.fields.committed' | t }}</th>
                <th scope="col" class="number">{{ 'budget.fields.disbursed' | t }}</th>
                <th scope="col" class="number">{{ 'budget.fields.gap' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (line of lines().items; track $index) {
                <tr>
                  <th scope="row">
                    <span class="key">{{ line.stepKey ?? ('steps.custom' | t) }}</span>
                    <span dir="auto">{{ line.stepTitle }}</span>
                  </th>
                  <td dir="auto">{{ line.funder }}</td>
                  <td>{{ year(line.year) }}</td>
                  <td class="number">{{ line.planned | money: line.currency }}</td>
                  <td class="number">{{ line.committed | money: line.currency }}</td>
                  <td class="number">{{ line.disbursed | money: line.currency }}</td>
                  <td class="number" [class.negative]="negative(line.gap)">{{ line.gap | money: line.currency }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (lines().total > lines().pageSize) {
          <mat-paginator [length]="lines().total" [pageIndex]="lines().page - 1" [pageSize]="lines().pageSize" [hidePageSize]="true"
            [showFirstLastButtons]="true" (page)="turnPage($event)" />
        }
      }
    </section>
  `,
  styles: `
    .key { display: block; font-weight: 600; }
    th[scope='row'] { font-weight: 400; min-inline-size: 12rem; }
    .negative { font-weight: 700; }
  `,
})
export class SharedBudgetLines {
  /** One page of the lines, with how many there are in all. */
  readonly lines = input.required<SharedBudgetLinePage>();
  /** The page (from 1) the reader turned to. */
  readonly pageChange = output<number>();
  private readonly translator = inject(Translator);
  protected readonly negative = isNegativeAmount;

  protected turnPage(event: PageEvent): void {
    this.pageChange.emit(event.pageIndex + 1);
  }

  /** 2027 in the language's digits, without a thousands separator. */
  protected year(value: number): string {
    return new Intl.NumberFormat(this.translator.language(), { useGrouping: false }).format(value);
  }
}
