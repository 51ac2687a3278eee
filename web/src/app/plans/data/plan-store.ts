import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Observable, tap } from 'rxjs';
import { toApiError } from '../../api/api-error';
import { PlanResponse } from '../../api/models';
import { can } from '../model/permissions';
import { PlansApi } from './plans-api';

/** One plan, for the plan page and its step pages. */
@Injectable()
export class PlanStore {
  private readonly plansApi = inject(PlansApi);
  private readonly planId = signal<Signal<string | undefined> | undefined>(undefined);

  private readonly resource = rxResource({
    params: () => {
      const planId = this.planId()?.();
      return planId ? { planId } : undefined;
    },
    stream: ({ params }) => this.plansApi.get(params.planId),
  });

  readonly plan = computed(() => (this.resource.hasValue() ? this.resource.value() : undefined));
  readonly loading = this.resource.isLoading;
  readonly error = computed(() => (this.resource.error() ? toApiError(this.resource.error()) : null));
  readonly canEdit = computed(() => can(this.plan(), 'plan.update'));
  readonly canAddStep = computed(() => can(this.plan(), 'step.create'));
  readonly canArchive = computed(() => can(this.plan(), 'plan.archive'));
  readonly archived = computed(() => this.plan()?.status === 'archived');

  /** Follows the given plan id (usually the route's). */
  connect(planId: Signal<string | undefined>): void {
    this.planId.set(planId);
  }

  /** Replaces the plan with a newer copy from the server (after an edit). */
  replace(plan: PlanResponse): void {
    this.resource.set(plan);
  }

  reload(): void {
    this.resource.reload();
  }

  archive(): Observable<PlanResponse> {
    const plan = this.plan();
    if (!plan) throw new Error('No plan loaded');
    return this.plansApi.archive(plan.id).pipe(tap((archived) => this.replace(archived)));
  }
}
