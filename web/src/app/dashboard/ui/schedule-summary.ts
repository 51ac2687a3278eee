import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardSchedule, DueStep } from '../../api/models';
import { DayPipe, NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { FigureLink, planSectionLink, stepListLink } from '../model/step-list-links';

interface DueList {
  key: 'overdue' | 'dueSoon';
  /** Translation keys of the list's heading, its figure's link and its empty line. */
  headingKey: string;
  linkKey: string;
  noneKey: string;
  count: number;
  steps: DueStep[];
  link: FigureLink | null;
}

/** Steps past their due date and due in the next days: the counts (linking to the filtered list) and the first five of each. */
@Component({
  selector: 'app-schedule-summary',
  imports: [RouterLink, TranslatePipe, NumberPipe, DayPipe, PercentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{{ 'dashboard.schedule.heading' | t }}</h2>
      <div class="lists">
        @for (list of lists(); track list.key) {
          <div class="due-list">
            <h3 [id]="'schedule-' + list.key">
              {{ list.headingKey | t: { days: (schedule().dueSoonDays | num) } }}
            </h3>
            <p class="headline">
              @if (list.link; as link) {
                <a class="figure" [attr.data-figure]="list.key" [routerLink]="link.commands" [queryParams]="link.queryParams"
                  [attr.aria-label]="list.linkKey | t: { count: (list.count | num), days: (schedule().dueSoonDays | num) }">{{ list.count | num }}</a>
              } @else {
                <span class="figure" [attr.data-figure]="list.key">{{ list.count | num }}</span>
              }
              <span>{{ 'dashboard.schedule.steps' | t }}</span>
            </p>
            @if (list.steps.length === 0) {
              <p class="muted">{{ list.noneKey | t: { days: (schedule().dueSoonDays | num) } }}</p>
            } @else {
              <ul class="plain" [attr.aria-labelledby]="'schedule-' + list.key">
                @for (step of list.steps; track step.id) {
                  <li>
                    <span class="key">{{ step.catalogueKey ?? ('steps.custom' | t) }}</span>
                    @if (planId(); as planId) {
                      <a [routerLink]="stepPage(planId, step.id).commands" dir="auto">{{ step.title }}</a>
                    } @else {
                      <span dir="auto">{{ step.title }}</span>
                    }
                    <span class="muted detail">
                      {{ 'dashboard.schedule.due' | t: { date: (step.dueDate | day) } }} ·
                      {{ 'status.' + step.status | t }} · {{ step.progress | percent100 }}
                    </span>
                  </li>
                }
              </ul>
              @if (list.count > list.steps.length && list.link; as link) {
                <p class="more"><a [routerLink]="link.commands" [queryParams]="link.queryParams">{{ 'dashboard.schedule.all' | t: { count: (list.count | num) } }}</a></p>
              }
            }
          </div>
        }
      </div>
    </section>
  `,
  styles: `
    .lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem 2rem; }
    h3 { margin-block: 0 0.25rem; }
    li { padding-block: 0.35rem; border-block-end: 1px solid var(--mat-sys-outline-variant); }
    .key { font-weight: 600; margin-inline-end: 0.5rem; }
    .detail { display: block; font: var(--mat-sys-body-small); }
  `,
})
export class ScheduleSummary {
  readonly schedule = input.required<DashboardSchedule>();
  readonly planId = input<string | null>(null);

  protected readonly stepPage = (planId: string, stepId: string) => planSectionLink(planId, 'steps', stepId);
  protected readonly lists = computed<DueList[]>(() => {
    const schedule = this.schedule();
    const planId = this.planId();
    return [
      { key: 'overdue', headingKey: 'dashboard.schedule.overdue', linkKey: 'dashboard.schedule.overdueLink',
        noneKey: 'dashboard.schedule.overdueNone', count: schedule.overdue, steps: schedule.overdueSteps, link: planId ? stepListLink(planId, { overdue: true }) : null },
      { key: 'dueSoon', headingKey: 'dashboard.schedule.dueSoon', linkKey: 'dashboard.schedule.dueSoonLink',
        noneKey: 'dashboard.schedule.dueSoonNone', count: schedule.dueSoon, steps: schedule.dueSoonSteps, link: planId ? stepListLink(planId, { dueSoon: true }) : null },
    ];
  });
}
