import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { map } from 'rxjs';
import { errorSummaryKey, toApiError } from '../../api/api-error';
import { DateTimePipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { IndicatorsApi } from '../data/indicators-api';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { IndicatorValuePipe } from './indicator-pipes';

/** Every measurement of an indicator, most recently recorded first; a replaced one stays, marked as superseded. */
@Component({
  selector: 'app-measurement-history',
  imports: [MatProgressSpinnerModule, TranslatePipe, DateTimePipe, IndicatorValuePipe, PeriodPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" aria-live="polite">
      @if (resource.isLoading()) {
        <div class="loading">
          <mat-progress-spinner mode="indeterminate" diameter="20" [attr.aria-label]="'common.loading' | t" />
          <span>{{ 'common.loading' | t }}</span>
        </div>
      }
    </div>
    <div role="alert">
      @if (errorKey(); as key) {
        <p class="banner error">{{ key | t }}</p>
      }
    </div>
    @if (resource.hasValue()) {
      @if (measurements().length === 0) {
        <p class="muted">{{ 'indicators.history.none' | t }}</p>
      } @else {
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">{{ 'indicators.history.caption' | t: { name: name() } }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'indicators.measurement.period' | t }}</th>
                <th scope="col">{{ 'indicators.trend.valueIn' | t: { unit: unit() } }}</th>
                <th scope="col">{{ 'indicators.measurement.source' | t }}</th>
                <th scope="col">{{ 'indicators.history.recorded' | t }}</th>
                <th scope="col">{{ 'indicators.history.state' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (measurement of measurements(); track measurement.id) {
                <tr [class.superseded]="measurement.supersededAt">
                  <th scope="row">{{ measurement.period | period: 'short' }}</th>
                  <td>{{ measurement.value | decimal }}</td>
                  <td>
                    <span dir="auto">{{ measurement.source }}</span>
                    @if (measurement.note) {
                      <br /><span class="muted" dir="auto">{{ measurement.note }}</span>
                    }
                  </td>
                  <td>
                    <span dir="auto">{{ measurement.recordedBy.name }}</span>,
                    <time [attr.datetime]="measurement.recordedAt">{{ measurement.recordedAt | dateTime }}</time>
                  </td>
                  <td>
                    @if (measurement.supersededAt) {
                      <span class="chip">{{ 'indicators.history.superseded' | t }}</span>
                      <span class="muted"> {{ 'indicators.history.supersededAt' | t: { date: (measurement.supersededAt | dateTime) } }}</span>
                    } @else {
                      <span class="chip current">{{ 'indicators.history.current' | t }}</span>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styles: `
    :host { display: block; }
    tr.superseded td, tr.superseded th { color: var(--mat-sys-on-surface-variant); }
    .chip.current { background: #d7f0dc; color: #0d3b1a; border-color: #6aa57a; }
  `,
})
export class MeasurementHistory {
  private readonly indicatorsApi = inject(IndicatorsApi);
  readonly indicatorId = input.required<string>();
  readonly name = input.required<string>();
  readonly unit = input.required<string>();
  /** Changes when the indicator's measurements may have changed (its latest value or version): reloads. */
  readonly refreshKey = input<string>('');

  protected readonly resource = rxResource({
    params: () => ({ indicatorId: this.indicatorId(), refresh: this.refreshKey() }),
    stream: ({ params }) => this.indicatorsApi.measurements(params.indicatorId).pipe(map((response) => response.items)),
  });
  protected readonly measurements = computed(() => (this.resource.hasValue() ? this.resource.value() : []));
  protected readonly errorKey = computed(() => {
    const error = this.resource.error();
    return error ? errorSummaryKey(toApiError(error)) : null;
  });
}
