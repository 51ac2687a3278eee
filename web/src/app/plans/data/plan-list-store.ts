import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { toApiError } from '../../api/api-error';
import { PlansApi } from '../data/plans-api';

/** The plans the user is a member of, with or without archived ones. */
@Injectable()
export class PlanListStore {
  private readonly plansApi = inject(PlansApi);

  readonly includeArchived = signal(false);
  private readonly resource = rxResource({
    params: () => ({ includeArchived: this.includeArchived() }),
    stream: ({ params }) => this.plansApi.list(params.includeArchived),
  });

  readonly plans = computed(() => (this.resource.hasValue() ? this.resource.value().items : []));
  readonly loading = this.resource.isLoading;
  readonly loaded = computed(() => this.resource.hasValue());
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));

  reload(): void {
    this.resource.reload();
  }
}
