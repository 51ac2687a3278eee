import { effect, inject, Signal } from '@angular/core';
import { TranslatedTitleStrategy } from '../../shell/translated-title-strategy';
import { PlanStore } from './plan-store';

/**
 * What every page of a plan does first: loads the plan into the page's store and names the browser tab after
 * its title. Called from the page's constructor.
 */
export function loadPlanPage(planStore: PlanStore, planId: Signal<string>): void {
  planStore.connect(planId);
  const titleStrategy = inject(TranslatedTitleStrategy);
  effect(() => titleStrategy.setContentTitle(planStore.plan()?.title));
}
