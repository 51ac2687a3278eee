import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { PlanResponse } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { PlanSection, PlanTabs } from './plan-tabs';

/**
 * The top of a plan's section page: the way back to the plans, the plan loading (said politely), why it could
 * not be loaded (an alert), then the plan's title and its section tabs.
 */
@Component({
  selector: 'app-plan-page-header',
  imports: [MatProgressSpinnerModule, RouterLink, TranslatePipe, Icon, PlanTabs],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <p><a routerLink="/plans" class="back"><app-icon name="arrowBack" />{{ 'plans.backToPlans' | t }}</a></p>

    <div role="status" aria-live="polite">
      @if (!plan() && !loadErrorKey()) {
        <div class="loading">
          <mat-progress-spinner mode="indeterminate" diameter="32" [attr.aria-label]="'common.loading' | t" />
          <span>{{ 'common.loading' | t }}</span>
        </div>
      }
    </div>
    <div role="alert">
      @if (loadErrorKey(); as key) {
        <p class="banner error">{{ key | t }}</p>
      }
    </div>

    @if (plan(); as plan) {
      <h1 dir="auto">{{ plan.title }}</h1>
      <app-plan-tabs [planId]="plan.id" [current]="section()" [canShare]="plan.myRole === 'owner'" />
    }
  `,
})
export class PlanPageHeader {
  /** The plan, once loaded. */
  readonly plan = input.required<PlanResponse | null | undefined>();
  /** The translation key of why the page could not be loaded, if it could not. */
  readonly loadErrorKey = input.required<string | null>();
  /** The section this page shows, marked in the tabs. */
  readonly section = input.required<PlanSection>();
}
