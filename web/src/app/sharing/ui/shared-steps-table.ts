import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { SharedStepPage } from '../../api/models';
import { DayPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';

/** Every step of a shared plan: what it is, where it stands, when it is due, who leads it and who works on it. */
@Component({
  selector: 'app-shared-steps-table',
  imports: [TranslatePipe, PercentPipe, DayPipe, MatPaginatorModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../dashboard/ui/dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="shared-steps-heading">
      <h2 id="shared-steps-heading">{{ 'sharedPlan.steps.heading' | t }}</h2>
      @if (steps().total === 0) {
        <p class="empty-note">{{ 'sharedPlan.steps.empty' | t }}</p>
      } @else {
        <p class="muted">{{ (showNames() ? 'sharedPlan.steps.peopleByName' : 'sharedPlan.steps.peopleByOrganisation') | t }}</p>
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{{ 'sharedPlan.steps.heading' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'sharedPlan.columns.step' | t }}</th>
                <th scope="col">{{ 'dashboard.columns.area' | t }}</th>
                <th scope="col">{{ 'dashboard.columns.status' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.progress' | t }}</th>
                <th scope="col">{{ 'sharedPlan.columns.due' | t }}</th>
                <th scope="col">{{ 'sharedPlan.columns.lead' | t }}</th>
                <th scope="col">{{ 'sharedPlan.columns.people' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (step of steps().items; track $index) {
                <tr>
                  <th scope="row">
                    <span class="key">{{ step.catalogueKey ?? ('steps.custom' | t) }}</span>
                    <span dir="auto">{{ step.title }}</span>
                  </th>
                  <td>{{ 'area.' + step.area | t }}</td>
                  <td><span [class]="'chip status-' + step.status">{{ 'status.' + step.status | t }}</span></td>
                  <td class="number">{{ step.progress | percent100 }}</td>
                  <td class="date">{{ step.dueDate ? (step.dueDate | day) : ('common.none' | t) }}</td>
                  <td dir="auto">{{ step.leadOrganisation ?? ('common.none' | t) }}</td>
                  <td>
                    @if (step.people.length === 0) {
                      {{ 'common.none' | t }}
                    } @else {
                      <ul class="plain">
                        @for (person of step.people; track person) {
                          <li dir="auto">{{ person }}</li>
                        }
                      </ul>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (steps().total > steps().pageSize) {
          <mat-paginator [length]="steps().total" [pageIndex]="steps().page - 1" [pageSize]="steps().pageSize" [hidePageSize]="true"
            [showFirstLastButtons]="true" (page)="turnPage($event)" />
        }
      }
    </section>
  `,
  styles: `
    .key { display: block; font-weight: 600; }
    th[scope='row'] { font-weight: 400; min-inline-size: 14rem; }
    .date { white-space: nowrap; }
  `,
})
export class SharedStepsTable {
  /** One page of the plan's steps, with how many there are in all. */
  readonly steps = input.required<SharedStepPage>();
  /** Whether `people` are names (a donor link with names shown) or organisations. */
  readonly showNames = input.required<boolean>();
  /** The page (from 1) the reader turned to. */
  readonly pageChange = output<number>();

  protected turnPage(event: PageEvent): void {
    this.pageChange.emit(event.pageIndex + 1);
  }
}
