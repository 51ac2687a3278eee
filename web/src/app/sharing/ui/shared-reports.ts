import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { SharedReports } from '../../api/models';
import { DateTimePipe, NumberPipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { PeriodPipe } from '../../plans/ui/period-pipe';

/** A donor link's approved progress reports for one period, with a picker of the periods that have some. */
@Component({
  selector: 'app-shared-reports',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe, NumberPipe, PercentPipe, DateTimePipe, PeriodPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../../dashboard/ui/dashboard-card.scss',
  template: `
    @let shown = reports();
    <section class="card" aria-labelledby="shared-reports-heading">
      <h2 id="shared-reports-heading">{{ 'sharedPlan.reports.heading' | t }}</h2>
      @if (shown.period === null) {
        <p class="empty-note">{{ 'sharedPlan.reports.none' | t }}</p>
      } @else {
        <mat-form-field class="period-picker print-hidden" subscriptSizing="dynamic">
          <mat-label>{{ 'sharedPlan.reports.period' | t }}</mat-label>
          <mat-select [value]="shown.period" (valueChange)="periodChange.emit($event)">
            @for (period of shown.periods; track period) {
              <mat-option [value]="period">{{ period | period }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <p>{{ 'sharedPlan.reports.count' | t: { count: (shown.items.length | num), period: (shown.period | period) } }}</p>
        @for (report of shown.items; track $index) {
          <article class="report" [attr.aria-labelledby]="'shared-report-' + $index">
            <h3 [id]="'shared-report-' + $index">
              <span class="key">{{ report.stepKey ?? ('steps.custom' | t) }}</span>
              <span dir="auto">{{ report.stepTitle }}</span>
            </h3>
            <p class="muted">
              {{ 'status.' + report.status | t }} · {{ report.progress | percent100 }}
              @if (report.author; as author) { · <span dir="auto">{{ 'sharedPlan.reports.author' | t: { author } }}</span> }
              @if (report.approvedAt; as approvedAt) { · {{ 'sharedPlan.reports.approvedAt' | t: { time: (approvedAt | dateTime) } }} }
            </p>
            <dl>
              <dt>{{ 'reports.fields.narrative' | t }}</dt>
              <dd dir="auto">{{ report.narrative || ('common.none' | t) }}</dd>
              @if (report.blockers) {
                <dt>{{ 'reports.fields.blockers' | t }}</dt>
                <dd dir="auto">{{ report.blockers }}</dd>
              }
              @if (report.nextSteps) {
                <dt>{{ 'reports.fields.nextSteps' | t }}</dt>
                <dd dir="auto">{{ report.nextSteps }}</dd>
              }
              @if (report.links.length > 0) {
                <dt>{{ 'reports.fields.links' | t }}</dt>
                <dd>
                  <ul class="plain">
                    @for (link of report.links; track link.url) {
                      <li><a [href]="link.url" rel="noopener noreferrer" dir="auto">{{ link.label || link.url }}</a></li>
                    }
                  </ul>
                </dd>
              }
              @if (report.evidenceFiles.length > 0) {
                <dt>{{ 'sharedPlan.reports.evidence' | t }}</dt>
                <dd>
                  <ul class="plain">
                    @for (file of report.evidenceFiles; track $index) {
                      <li dir="auto">{{ file }}</li>
                    }
                  </ul>
                </dd>
              }
            </dl>
          </article>
        }
      }
    </section>
  `,
  styles: `
    .period-picker { inline-size: 14rem; margin-block-end: 0.5rem; }
    .report { padding-block: 0.5rem; border-block-start: 1px solid var(--mat-sys-outline-variant); break-inside: avoid; }
    h3 { margin-block: 0.25rem; }
    .key { font-weight: 700; margin-inline-end: 0.5rem; }
    dt { font-weight: 600; margin-block-start: 0.35rem; }
    dd { margin: 0; white-space: pre-line; }
  `,
})
export class SharedReportsList {
  readonly reports = input.required<SharedReports>();
  readonly periodChange = output<string>();
}
