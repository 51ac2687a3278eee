import { computed, inject, Injectable, linkedSignal, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { toApiError } from '../../api/api-error';
import { PortfolioResponse } from '../../api/models';
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

  /**
   * What the page shows: the latest answer, kept while the next filters load (the table and the filters' choices
   * stay in place instead of flashing away), dropped when a request fails.
   */
  private readonly shown = linkedSignal<{ value: PortfolioResponse | undefined; failed: boolean }, PortfolioResponse | undefined>({
    source: () => ({
      value: this.resource.hasValue() ? this.resource.value() : undefined,
      failed: this.resource.status() === 'error',
    }),
    computation: (current, previous) => (current.failed ? undefined : (current.value ?? previous?.value)),
  });

  readonly plans = computed(() => this.shown()?.items ?? []);
  /** Countries of all the caller's plans, before filtering: the country filter's choices. */
  readonly countries = computed(() => this.shown()?.countries ?? []);
  readonly organisation = computed(() => this.shown()?.organisation ?? null);
  readonly readAt = computed(() => this.shown()?.readAt ?? null);
  readonly loading = this.resource.isLoading;
  readonly loaded = computed(() => this.shown() !== undefined);
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));

  connect(query: Signal<PortfolioQuery>): void {
    this.query.set(query);
  }

  reload(): void {
    this.resource.reload();
  }
}
