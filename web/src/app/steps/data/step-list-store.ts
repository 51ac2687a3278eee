import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { toApiError } from '../../api/api-error';
import { StepQuery } from '../model/step-query';
import { StepsApi } from './steps-api';

/** One page of a plan's steps for the current filters. */
@Injectable()
export class StepListStore {
  private readonly stepsApi = inject(StepsApi);
  private readonly source = signal<{ planId: Signal<string | undefined>; query: Signal<StepQuery> } | undefined>(
    undefined,
  );

  private readonly resource = rxResource({
    params: () => {
      const source = this.source();
      const planId = source?.planId();
      return source && planId ? { planId, query: source.query() } : undefined;
    },
    stream: ({ params }) => this.stepsApi.list(params.planId, params.query),
  });

  readonly steps = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly total = computed(() => (this.resource.hasValue() ? this.resource.value().total : 0));
  readonly loading = this.resource.isLoading;
  readonly loaded = computed(() => this.resource.hasValue());
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));

  connect(planId: Signal<string | undefined>, query: Signal<StepQuery>): void {
    this.source.set({ planId, query });
  }

  reload(): void {
    this.resource.reload();
  }
}
