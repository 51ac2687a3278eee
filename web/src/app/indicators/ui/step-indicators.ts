import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import { errorSummaryKey, toApiError } from '../../api/api-error';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { IndicatorsApi } from '../data/indicators-api';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { IndicatorValuePipe, ProgressPipe } from './indicator-pipes';

/** The outcome indicators that measure a step, briefly, each linking to its place on the indicators page. */
@Component({
  selector: 'app-step-indicators',
  imports: [MatProgressSpinnerModule, RouterLink, TranslatePipe, IndicatorValuePipe, PeriodPipe, ProgressPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="step-indicators-heading">
      <h2 id="step-indicators-heading">{{ 'indicators.step.heading' | t }}</h2>
      <div role="alert">
        @if (errorKey(); as key) {
          <p class="banner error">{{ key | t }}</p>
        }
      </div>
      @if (resource.isLoading() && !resource.hasValue()) {
        <div role="status" class="loading">
          <mat-progress-spinner mode="indeterminate" diameter="20" [attr.aria-label]="'common.loading' | t" />
          <span>{{ 'common.loading' | t }}</span>
        </div>
      } @else if (resource.hasValue()) {
        @if (indicators().length === 0) {
          <p class="muted">{{ 'indicators.step.none' | t }}</p>
        } @else {
          <ul>
            @for (indicator of indicators(); track indicator.id) {
              <li>
                <a [routerLink]="['/plans', planId(), 'indicators']" [fragment]="'indicator-' + indicator.id" dir="auto">{{ indicator.name }}</a>:
                @if (indicator.latest; as latest) {
                  {{ 'indicators.step.latest' | t: { value: (latest.value | decimal), unit: indicator.unit, period: (latest.period | period: 'short') } }}
                  @if (indicator.progressToTarget !== null) {
                    · {{ 'indicators.step.progress' | t: { value: (indicator.progressToTarget | progress) } }}
                  }
                } @else {
                  {{ 'indicators.noMeasurement' | t }}
                }
              </li>
            }
          </ul>
        }
        <p><a [routerLink]="['/plans', planId(), 'indicators']">{{ 'indicators.step.allLink' | t }}</a></p>
      }
    </section>
  `,
  styles: `
    :host { display: block; margin-block: 2rem; }
    ul { padding-inline-start: 1.25rem; }
    li { margin-block: 0.25rem; }
  `,
})
export class StepIndicators {
  private readonly indicatorsApi = inject(IndicatorsApi);
  readonly planId = input.required<string>();
  readonly stepId = input.required<string>();

  protected readonly resource = rxResource({
    params: () => ({ planId: this.planId(), stepId: this.stepId() }),
    stream: ({ params }) => this.indicatorsApi.list(params.planId, params.stepId).pipe(map((response) => response.items)),
  });
  protected readonly indicators = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  protected readonly errorKey = computed(() => {
    const error = this.resource.error();
    return error ? errorSummaryKey(toApiError(error)) : null;
  });

  reload(): void {
    this.resource.reload();
  }
}
