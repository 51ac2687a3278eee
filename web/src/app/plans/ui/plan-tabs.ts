import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../i18n/translate-pipe';

export type PlanSection = 'dashboard' | 'steps' | 'members' | 'activity' | 'reports' | 'indicators' | 'budget' | 'sharing';

/** The plan's sections as a row of links; the current one is marked for screen readers. */
@Component({
  selector: 'app-plan-tabs',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'plans.sections.label' | t">
      <a [routerLink]="['/plans', planId(), 'dashboard']" [attr.aria-current]="current() === 'dashboard' ? 'page' : null"
        [class.active]="current() === 'dashboard'">{{ 'plans.sections.dashboard' | t }}</a>
      <a [routerLink]="['/plans', planId()]" [attr.aria-current]="current() === 'steps' ? 'page' : null"
        [class.active]="current() === 'steps'">{{ 'plans.sections.steps' | t }}</a>
      <a [routerLink]="['/plans', planId(), 'reports']" [attr.aria-current]="current() === 'reports' ? 'page' : null"
        [class.active]="current() === 'reports'">{{ 'reports.section' | t }}</a>
      <a [routerLink]="['/plans', planId(), 'indicators']" [attr.aria-current]="current() === 'indicators' ? 'page' : null"
        [class.active]="current() === 'indicators'">{{ 'indicators.tab' | t }}</a>
      <a [routerLink]="['/plans', planId(), 'budget']" [attr.aria-current]="current() === 'budget' ? 'page' : null"
        [class.active]="current() === 'budget'">{{ 'budget.tab' | t }}</a>
      <a [routerLink]="['/plans', planId(), 'members']" [attr.aria-current]="current() === 'members' ? 'page' : null"
        [class.active]="current() === 'members'">{{ 'plans.sections.members' | t }}</a>
      <a [routerLink]="['/plans', planId(), 'activity']" [attr.aria-current]="current() === 'activity' ? 'page' : null"
        [class.active]="current() === 'activity'">{{ 'plans.sections.activity' | t }}</a>
      @if (canShare()) {
        <a [routerLink]="['/plans', planId(), 'sharing']" [attr.aria-current]="current() === 'sharing' ? 'page' : null"
          [class.active]="current() === 'sharing'">{{ 'plans.sections.sharing' | t }}</a>
      }
    </nav>
  `,
  styles: `
    .tabs { display: flex; gap: 0.25rem; flex-wrap: wrap; border-block-end: 1px solid var(--mat-sys-outline-variant);
      margin-block: 1rem; }
    a { padding: 0.6rem 1rem; color: inherit; text-decoration: none; border-block-end: 3px solid transparent;
      font-weight: 500; }
    a:hover { text-decoration: underline; }
    a:focus-visible { outline: 2px solid var(--mat-sys-primary); outline-offset: 2px; }
    a.active { border-block-end-color: var(--mat-sys-primary); color: var(--mat-sys-primary); }
  `,
})
export class PlanTabs {
  readonly planId = input.required<string>();
  readonly current = input.required<PlanSection>();
  /** Whether the caller may manage the plan's share links (its owners): the Sharing tab is theirs. */
  readonly canShare = input(false);
}
