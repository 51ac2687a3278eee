import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { OrganisationResponse } from '../../api/models';
import { OrganisationsApi } from './organisations-api';

/** The organisations that can lead a step; loaded once and shared, sorted by name. */
@Injectable({ providedIn: 'root' })
export class OrganisationsStore {
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly resource = rxResource({
    stream: () => this.organisationsApi.list().pipe(map((response) => response.items)),
  });

  readonly organisations = computed(() =>
    [...(this.resource.hasValue() ? this.resource.value() : [])].sort((a, b) => a.name.localeCompare(b.name)),
  );
  readonly loading = this.resource.isLoading;

  /** Adds one the server just created, without reloading the list. */
  add(organisation: OrganisationResponse): void {
    const current = this.resource.hasValue() ? this.resource.value() : [];
    this.resource.set([...current.filter((item) => item.id !== organisation.id), organisation]);
  }

  reload(): void {
    this.resource.reload();
  }
}
