import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PrincipleProgress as PrincipleFigures } from '../../api/models';
import { NumberPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { stepListLink } from '../model/step-list-links';
import { ProgressMeter } from './progress-meter';

/** How many steps serve each CRPD principle and how far they have got; each principle links to its steps. */
@Component({
  selector: 'app-principle-progress',
  imports: [RouterLink, TranslatePipe, NumberPipe, ProgressMeter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './dashboard-card.scss',
  template: `
    <section class="card" aria-labelledby="principles-heading">
      <h2 id="principles-heading">{{ 'dashboard.principles.heading' | t }}</h2>
      @if (noneServed()) {
        <p class="empty-note">{{ 'dashboard.principles.empty' | t }}</p>
      } @else {
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{{ 'dashboard.principles.caption' | t }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'dashboard.columns.principle' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.steps' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.done' | t }}</th>
                <th scope="col" class="number">{{ 'dashboard.columns.cancelled' | t }}</th>
                <th scope="col">{{ 'dashboard.columns.progress' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.figures.principle) {
                <tr>
                  <th scope="row">
                    @if (row.link; as link) {
                      <a [routerLink]="link.commands" [queryParams]="link.queryParams">{{ 'principle.' + row.figures.principle | t }}</a>
                    } @else {
                      {{ 'principle.' + row.figures.principle | t }}
                    }
                  </th>
                  <td class="number">{{ row.figures.steps | num }}</td>
                  <td class="number">{{ row.figures.done | num }}</td>
                  <td class="number">{{ row.figures.cancelled | num }}</td>
                  <td><app-progress-meter [percent]="row.figures.progress" /></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
})
export class PrincipleProgress {
  readonly principles = input.required<PrincipleFigures[]>();
  readonly planId = input<string | null>(null);

  protected readonly noneServed = computed(() => this.principles().every((row) => row.steps === 0));
  protected readonly rows = computed(() => {
    const planId = this.planId();
    return this.principles().map((figures) => ({
      figures,
      link: planId ? stepListLink(planId, { principle: figures.principle }) : null,
    }));
  });
}
