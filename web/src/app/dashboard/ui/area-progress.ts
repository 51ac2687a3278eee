import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardProgress } from '../../api/models';
import { NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { planSectionLink, stepListLink } from '../model/step-list-links';
import { MeterBar } from './meter-bar';
import { ProgressMeter } from './progress-meter';

/**
 * Overall progress (the areas' average, each area weighing the same) and each area's: its steps, how many are done,
 * its average progress as a number and a bar. With a plan id, every figure links to the steps behind it.
 */
@Component({
  selector: 'app-area-progress',
  imports: [RouterLink, TranslatePipe, NumberPipe, PercentPipe, MeterBar, ProgressMeter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="area-progress-heading">
      <h2 id="area-progress-heading">{{ 'dashboard.progress.heading' | t }}</h2>
      @let figures = progress();
      @if (figures.steps === 0 || figures.overall === null) {
        <div class="empty-note">
          <p>{{ 'dashboard.progress.empty' | t }}</p>
          @if (planId(); as planId) {
            <p><a [routerLink]="stepsPage(planId).commands">{{ 'dashboard.progress.emptyAction' | t }}</a></p>
          }
        </div>
      } @else {
        <p class="headline">
          @if (planId(); as planId) {
            <a class="figure" data-figure="overall" [routerLink]="stepsPage(planId).commands"
              [attr.aria-label]="'dashboard.progress.overallLink' | t: { value: (figures.overall | percent100) }">{{ figures.overall | percent100 }}</a>
          } @else {
            <span class="figure" data-figure="overall">{{ figures.overall | percent100 }}</span>
          }
          <span>{{ 'dashboard.progress.overall' | t: { areas: (figures.areas.length | num), steps: (figures.steps | num) } }}</span>
        </p>
        <app-meter-bar [percent]="figures.overall" />
        <div class="table-scroll">
          <table class="data-table">
            <caption>{{ 'dashboard.progress.byArea' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'dashboard.columns.area' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.steps' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.done' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.cancelled' | t }}</th>
                <th scope="col" class="progress-column">{{ 'dashboard.columns.progress' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (area of figures.areas; track area.area) {
                <tr>
                  <th scope="row">
                    @if (areaLinks()[area.area]; as link) {
                      <a [routerLink]="link.commands" [queryParams]="link.queryParams">{{ 'area.' + area.area | t }}</a>
                    } @else {
                      {{ 'area.' + area.area | t }}
                    }
                  </th>
                  <td class="number">{{ area.steps | num }}</td>
                  <td class="number">{{ area.done | num }}</td>
                  <td class="number">{{ area.cancelled | num }}</td>
                  <td><app-progress-meter [percent]="area.progress" /></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .progress-column { min-inline-size: 10rem; }
  `,
})
export class AreaProgress {
  readonly progress = input.required<DashboardProgress>();
  /** The plan whose step list the figures link to; null on a shared page (no links). */
  readonly planId = input<string | null>(null);

  protected readonly stepsPage = (planId: string) => planSectionLink(planId);
  protected readonly areaLinks = computed(() => {
    const planId = this.planId();
    return Object.fromEntries(this.progress().areas.map((area) => [area.area, planId ? stepListLink(planId, { area: area.area }) : null]));
  });
}
