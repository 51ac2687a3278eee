import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { PlanResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { DayPipe, NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { countryLabel } from '../model/countries';

@Component({
  selector: 'app-plan-card',
  imports: [MatCardModule, MatProgressBarModule, RouterLink, TranslatePipe, DayPipe, NumberPipe, PercentPipe, Icon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header>
        <mat-card-title>
          <h2 class="card-title" dir="auto"><a [routerLink]="['/plans', plan().id]">{{ plan().title }}</a></h2>
        </mat-card-title>
        <mat-card-subtitle>{{ country() }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <p>{{ 'plans.dates' | t: { start: (plan().startDate | day), end: (plan().endDate | day) } }}</p>
        <p>
          {{ 'plans.yourRole' | t }}: <strong>{{ 'role.' + plan().myRole | t }}</strong>
          @if (plan().status === 'archived') {
            <span class="chip"><app-icon name="archive" />{{ 'plans.archived' | t }}</span>
          }
        </p>
        <div class="progress">
          <mat-progress-bar
            mode="determinate"
            [value]="plan().progress"
            [attr.aria-label]="'plans.progressLabel' | t: { title: plan().title }"
          />
          <span>{{ plan().progress | percent100 }}</span>
        </div>
        <ul class="counts">
          <li>{{ 'plans.stepCount' | t: { count: (plan().stepCount | num) } }}</li>
          <li>{{ 'plans.doneCount' | t: { count: (plan().doneCount | num) } }}</li>
          <li [class.overdue]="plan().overdueCount > 0">
            @if (plan().overdueCount > 0) {
              <app-icon name="warning" />
            }
            {{ 'plans.overdueCount' | t: { count: (plan().overdueCount | num) } }}
          </li>
        </ul>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card { height: 100%; }
    .card-title { margin: 0; font: var(--mat-sys-title-large); }
    .progress { display: flex; align-items: center; gap: 0.75rem; }
    .progress mat-progress-bar { flex: 1; }
    .counts { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; margin: 0.75rem 0 0; }
    .overdue { color: #8a3b00; font-weight: 600; }
  `,
})
export class PlanCard {
  private readonly translator = inject(Translator);
  readonly plan = input.required<PlanResponse>();
  protected readonly country = computed(() =>
    countryLabel(this.plan().country, this.translator.language(), (key) => this.translator.t(key)),
  );
}
