import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';
import { AuthApi } from './auth-api';

/** The people who can be assigned to steps; loaded once per session and shared. */
@Injectable({ providedIn: 'root' })
export class UsersStore {
  private readonly authApi = inject(AuthApi);
  private readonly resource = rxResource({
    stream: () => this.authApi.users().pipe(map((response) => response.items)),
  });

  readonly users = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  readonly loading = this.resource.isLoading;

  reload(): void {
    this.resource.reload();
  }
}
