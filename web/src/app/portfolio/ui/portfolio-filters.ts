import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { PortfolioSort, PortfolioStatus, Role } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { CountryOption } from '../../plans/model/countries';
import {
  DEFAULT_PORTFOLIO_QUERY, PORTFOLIO_ROLES, PORTFOLIO_SORTS, PORTFOLIO_STATUSES, PortfolioQuery, SORT_ORDERS, SortOrder,
} from '../model/portfolio-query';

/** Filters and order of the portfolio; each change is emitted for the page to put in the URL. */
@Component({
  selector: 'app-portfolio-filters',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" role="search" [attr.aria-label]="'portfolio.filters.label' | t" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portfolio.filters.country' | t }}</mat-label>
        <mat-select [value]="query().country ?? ''" (valueChange)="queryChange.emit({ country: $event || undefined })">
          <mat-option value="">{{ 'portfolio.filters.allCountries' | t }}</mat-option>
          @for (country of countries(); track country.code) {
            <mat-option [value]="country.code">{{ country.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portfolio.filters.status' | t }}</mat-label>
        <mat-select [value]="query().status" (valueChange)="changeStatus($event)">
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ 'portfolio.status.' + status | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portfolio.filters.role' | t }}</mat-label>
        <mat-select [value]="query().role ?? ''" (valueChange)="changeRole($event)">
          <mat-option value="">{{ 'portfolio.filters.anyRole' | t }}</mat-option>
          @for (role of roles; track role) {
            <mat-option [value]="role">{{ 'role.' + role | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portfolio.filters.sort' | t }}</mat-label>
        <mat-select [value]="query().sort" (valueChange)="changeSort($event)">
          @for (sort of sorts; track sort) {
            <mat-option [value]="sort">{{ 'portfolio.sort.' + sort | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'portfolio.filters.order' | t }}</mat-label>
        <mat-select [value]="query().order" (valueChange)="changeOrder($event)">
          @for (order of orders; track order) {
            <mat-option [value]="order">{{ 'portfolio.order.' + order | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <button mat-button type="button" (click)="clear.emit()">{{ 'portfolio.filters.clear' | t }}</button>
    </form>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-block: 1rem; }
    mat-form-field { width: 13rem; }
  `,
})
export class PortfolioFilters {
  readonly query = input.required<PortfolioQuery>();
  /** The countries of the caller's plans, named in the reader's language. */
  readonly countries = input.required<readonly CountryOption[]>();
  readonly queryChange = output<Partial<PortfolioQuery>>();
  /** Back to every active plan, in the default order. */
  readonly clear = output<void>();

  protected readonly statuses = PORTFOLIO_STATUSES;
  protected readonly roles = PORTFOLIO_ROLES;
  protected readonly sorts = PORTFOLIO_SORTS;
  protected readonly orders = SORT_ORDERS;

  protected changeStatus(status: PortfolioStatus): void {
    this.queryChange.emit({ status: status ?? DEFAULT_PORTFOLIO_QUERY.status });
  }

  protected changeRole(role: Role | ''): void {
    this.queryChange.emit({ role: role || undefined });
  }

  protected changeSort(sort: PortfolioSort): void {
    this.queryChange.emit({ sort });
  }

  protected changeOrder(order: SortOrder): void {
    this.queryChange.emit({ order });
  }
}
