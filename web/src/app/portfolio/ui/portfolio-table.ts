import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FunderSummary, PortfolioSort } from '../../api/models';
import { DayPipe, NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { OTHER_REPORTING_STATES, PortfolioColumn, PortfolioRow, SORTED_COLUMN } from '../model/portfolio-figures';
import { SortOrder } from '../model/portfolio-query';
import { CurrencyAmountsCell } from './currency-amounts';

/**
 * The caller's plans side by side, one row each, so a donor can compare countries at a glance. Money stays per
 * currency (never added across currencies); when the caller belongs to an organisation, a last column shows what it
 * funds in each plan. The table scrolls sideways on a narrow screen (its region takes the focus for the keyboard).
 */
@Component({
  selector: 'app-portfolio-table',
  imports: [RouterLink, TranslatePipe, DayPipe, NumberPipe, PercentPipe, PeriodPipe, CurrencyAmountsCell],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portfolio-table.html',
  styles: `
    .table-scroll:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    caption { text-align: start; font: var(--mat-sys-title-medium); padding-block: 0.5rem; }
    caption .muted { display: block; font: var(--mat-sys-body-small); }
    /* A row's header is a cell of the body: the body's thin line under it, not the column headers' thick one. */
    th[scope='row'] { font-weight: 500; min-width: 12rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    td, th { vertical-align: top !important; }
    .figures { list-style: none; margin: 0; padding: 0; font-size: 0.9em; }
    .lead { font-weight: 600; }
    .figures li, .lead { white-space: nowrap; }
    .overdue { color: var(--mat-sys-error); font-weight: 600; }
  `,
})
export class PortfolioTable {
  readonly rows = input.required<readonly PortfolioRow[]>();
  /** The caller's organisation: its funding gets a column. None: no such column. */
  readonly organisation = input.required<FunderSummary | null>();
  readonly sort = input.required<PortfolioSort>();
  readonly order = input.required<SortOrder>();

  protected readonly otherStates = OTHER_REPORTING_STATES;
  private readonly sortedColumn = computed(() => SORTED_COLUMN[this.sort()]);

  /** aria-sort of a column header: said only on the column the rows are sorted by. */
  protected ariaSort(column: PortfolioColumn): 'ascending' | 'descending' | null {
    if (this.sortedColumn() !== column) return null;
    return this.order() === 'asc' ? 'ascending' : 'descending';
  }
}
