import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { toApiError } from '../../api/api-error';
import { CatalogueApi } from './catalogue-api';

/** The catalogue of action steps; it changes only with a new version, so it is loaded once. */
@Injectable({ providedIn: 'root' })
export class CatalogueStore {
  private readonly catalogueApi = inject(CatalogueApi);
  private readonly resource = rxResource({ stream: () => this.catalogueApi.get() });

  readonly catalogue = computed(() => (this.resource.hasValue() ? this.resource.value() : undefined));
  readonly loading = this.resource.isLoading;
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));

  reload(): void {
    this.resource.reload();
  }
}
