import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { toApiError } from '../../api/api-error';
import { PortfolioQuery } from '../model/portfolio-query';
import { PortfolioApi } from './portfolio-api';

/** The portfolio for the current filters: the plans, their countries (for the filter) and the caller's organisation. */
@Injectable()
export class PortfolioStore {
  private readonly portfolioApi = inject(PortfolioApi);
  private readonly query = signal<Signal<PortfolioQuery> | undefined>(undefined);

  private readonly resource = rxResource({
    params: () => this.query()?.(),
    stream: ({ params }) => this.portfolioApi.get(params),
  });

  readonly plans = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  /** Countries of all the caller's plans, before filtering: the country filter's choices. */
  readonly countries = computed(() => (this.resource.hasValue() ? this.resource.value().countries : []));
  readonly organisation = computed(() => (this.resource.hasValue() ? this.resource.value().organisation : null));
  readonly readAt = computed(() => (this.resource.hasValue() ? this.resource.value().readAt : null));
  readonly loading = this.resource.isLoading;
  readonly loaded = computed(() => this.resource.hasValue());
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));

  connect(query: Signal<PortfolioQuery>): void {
    this.query.set(query);
  }

  reload(): void {
    this.resource.reload();
  }
}
