import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { catchError, debounceTime, EMPTY, map, merge, Subject, switchMap, tap } from 'rxjs';
import { ApiError, toApiError } from '../../api/api-error';
import { DashboardResponse } from '../../api/models';
import { DashboardApi } from './dashboard-api';

/** Changes often come in bursts (an approval moves a report and its step): one reload for a burst. */
export const REFRESH_DEBOUNCE_MS = 600;

interface Load {
  planId: string;
  /** A reload after someone's change: say when it is done. */
  refresh: boolean;
}

/**
 * The dashboard's figures. A reload keeps the figures on screen until the new ones arrive (no flicker, no spinner
 * over them) and, when it was caused by a change elsewhere, says when they were updated. A failed reload keeps the old
 * figures and says they could not be updated.
 */
@Injectable()
export class DashboardStore {
  private readonly api = inject(DashboardApi);
  private readonly opens = new Subject<string>();
  private readonly changes = new Subject<string>();

  readonly dashboard = signal<DashboardResponse | undefined>(undefined);
  /** Why the figures could not be read at all (nothing to show). */
  readonly error = signal<ApiError | null>(null);
  /** Why the last reload failed while older figures are still shown. */
  readonly refreshError = signal<ApiError | null>(null);
  readonly loading = signal(false);
  /** When figures last came in after a change elsewhere (readAt), for the polite "Figures updated" note. */
  readonly refreshedAt = signal<string | null>(null);

  constructor() {
    const loads = merge(
      this.opens.pipe(map((planId): Load => ({ planId, refresh: false }))),
      this.changes.pipe(debounceTime(REFRESH_DEBOUNCE_MS), map((planId): Load => ({ planId, refresh: true }))),
    );
    loads
      .pipe(
        tap(() => this.loading.set(true)),
        // A newer load replaces one still under way: the figures shown are always the latest asked for.
        switchMap((load) =>
          this.api.get(load.planId).pipe(
            map((dashboard) => ({ load, dashboard })),
            catchError((error: unknown) => {
              this.failed(load, toApiError(error));
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(({ load, dashboard }) => {
        this.loading.set(false);
        this.dashboard.set(dashboard);
        this.error.set(null);
        this.refreshError.set(null);
        if (load.refresh) this.refreshedAt.set(dashboard.readAt);
      });
  }

  /** Reads the plan's figures now (opening the page, or another plan). */
  open(planId: string): void {
    if (this.dashboard()?.plan.id !== planId) {
      this.dashboard.set(undefined);
      this.refreshedAt.set(null);
    }
    this.opens.next(planId);
  }

  /** Something changed in the plan: read the figures again, once the burst of changes is over. */
  changed(planId: string): void {
    this.changes.next(planId);
  }

  private failed(load: Load, error: ApiError): void {
    this.loading.set(false);
    if (this.dashboard() && load.refresh) this.refreshError.set(error);
    else this.error.set(error);
  }
}
