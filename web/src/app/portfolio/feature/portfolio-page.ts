import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ActivatedRoute, Router } from '@angular/router';
import { errorSummaryKey } from '../../api/api-error';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe, NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { CountryOption, countryLabel } from '../../plans/model/countries';
import { PortfolioStore } from '../data/portfolio-store';
import { PortfolioRow } from '../model/portfolio-figures';
import {
  DEFAULT_PORTFOLIO_QUERY, isFilteredPortfolio, parsePortfolioQuery, PortfolioQuery, toPortfolioQueryParams,
} from '../model/portfolio-query';
import { PortfolioFilters } from '../ui/portfolio-filters';
import { PortfolioTable } from '../ui/portfolio-table';

/**
 * Every plan the signed-in person is a member of, compared in one table: progress, overdue steps, this period's
 * reporting, indicators, the budget per currency and what their organisation funds. Filters and order live in the
 * URL, so a view can be bookmarked or shared with a colleague.
 */
@Component({
  selector: 'app-portfolio-page',
  imports: [
    MatButtonModule, MatProgressSpinnerModule, TranslatePipe, NumberPipe, DateTimePipe, PortfolioFilters, PortfolioTable,
  ],
  providers: [PortfolioStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './portfolio-page.html',
  styles: `
    .intro { max-width: 60rem; }
    .empty p:first-child { font-weight: 500; }
    .empty-actions { display: flex; gap: 0.5rem; flex-wrap: wrap; }
  `,
})
export class PortfolioPage {
  protected readonly store = inject(PortfolioStore);
  private readonly translator = inject(Translator);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  // Query parameters, bound by the router.
  readonly country = input<string>();
  readonly status = input<string>();
  readonly role = input<string>();
  readonly sort = input<string>();
  readonly order = input<string>();

  protected readonly query = computed(() =>
    parsePortfolioQuery({ country: this.country(), status: this.status(), role: this.role(), sort: this.sort(), order: this.order() }),
  );
  protected readonly filtered = computed(() => isFilteredPortfolio(this.query()));

  protected readonly rows = computed<PortfolioRow[]>(() =>
    this.store.plans().map((plan) => ({ plan, countryName: this.countryName(plan.country) })),
  );
  /** The country filter's choices: the countries of all the caller's plans, by name in the reader's language. */
  protected readonly countryOptions = computed<CountryOption[]>(() => {
    const collator = new Intl.Collator(this.translator.language());
    return this.store
      .countries()
      .map((code) => ({ code, name: this.countryName(code) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  });
  /** The caller has no plan at all (not merely none that matches): nothing to filter. */
  protected readonly noPlansAtAll = computed(() => this.store.loaded() && this.store.countries().length === 0);
  protected readonly errorKey = computed(() => {
    const error = this.store.error();
    return error ? errorSummaryKey(error) : null;
  });

  constructor() {
    this.store.connect(this.query);
  }

  protected changeQuery(changes: Partial<PortfolioQuery>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toPortfolioQueryParams({ ...this.query(), ...changes }),
    });
  }

  /** Every active plan again; the chosen order stays, as it hides nothing. */
  protected clearFilters(): void {
    const { sort, order } = this.query();
    this.changeQuery({ ...DEFAULT_PORTFOLIO_QUERY, country: undefined, role: undefined, sort, order });
  }

  private countryName(code: string): string {
    return countryLabel(code, this.translator.language(), (key) => this.translator.t(key));
  }
}
