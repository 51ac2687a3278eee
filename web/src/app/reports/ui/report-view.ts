import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReportResponse } from '../../api/models';
import { DateTimePipe, PercentPipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { Icon } from '../../shell/ui/icon';
import { EvidenceFileList } from './evidence-file-list';

/** A report as its readers see it: what was reported, the evidence, who wrote, submitted and reviewed it. */
@Component({
  selector: 'app-report-view',
  imports: [TranslatePipe, DateTimePipe, PercentPipe, Icon, EvidenceFileList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = report();
    @if (r.locked) {
      <p class="banner locked"><app-icon name="lock" />{{ 'reports.locked' | t }}</p>
    }
    <dl class="report-fields">
      <div>
        <dt>{{ 'reports.fields.status' | t }}</dt>
        <dd><span class="chip" [class]="'chip status-' + r.status">{{ 'status.' + r.status | t }}</span></dd>
      </div>
      <div>
        <dt>{{ 'reports.fields.progress' | t }}</dt>
        <dd>{{ r.progress | percent100 }}</dd>
      </div>
      <div class="text">
        <dt>{{ 'reports.fields.narrative' | t }}</dt>
        <dd dir="auto">{{ r.narrative || ('common.none' | t) }}</dd>
      </div>
      <div class="text">
        <dt>{{ 'reports.fields.blockers' | t }}</dt>
        <dd dir="auto">{{ r.blockers || ('common.none' | t) }}</dd>
      </div>
      <div class="text">
        <dt>{{ 'reports.fields.nextSteps' | t }}</dt>
        <dd dir="auto">{{ r.nextSteps || ('common.none' | t) }}</dd>
      </div>
    </dl>

    <h4>{{ 'reports.fields.links' | t }}</h4>
    @if (r.links.length === 0) {
      <p class="muted">{{ 'reports.links.none' | t }}</p>
    } @else {
      <ul class="links">
        @for (link of r.links; track $index) {
          <li><a [href]="link.url" target="_blank" rel="noopener noreferrer" dir="auto">{{ link.label || link.url }}</a></li>
        }
      </ul>
    }

    <h4>{{ 'reports.files.heading' | t }}</h4>
    <app-evidence-file-list [planId]="planId()" [reportId]="r.id" [files]="r.files" />

    <ul class="trail muted">
      <li>{{ 'reports.trail.written' | t: { name: r.author.name, date: (r.createdAt | dateTime) } }}</li>
      @if (r.submittedBy && r.submittedAt) {
        <li>{{ 'reports.trail.submitted' | t: { name: r.submittedBy.name, date: (r.submittedAt | dateTime) } }}</li>
      }
      @if (r.reviewedBy && r.reviewedAt) {
        <li>{{ (r.state === 'approved' ? 'reports.trail.approved' : 'reports.trail.returned') | t: { name: r.reviewedBy.name, date: (r.reviewedAt | dateTime) } }}</li>
      }
    </ul>
    @if (r.state === 'approved' && r.reviewComment) {
      <p class="review-note"><strong>{{ 'reports.review.approvalNote' | t }}</strong><span dir="auto">{{ r.reviewComment }}</span></p>
    }
  `,
  styles: `
    .report-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem 1.5rem; margin: 0.5rem 0; }
    .report-fields .text { grid-column: 1 / -1; }
    dt { font-weight: 600; }
    dd { margin: 0.15rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    h4 { font: var(--mat-sys-title-small); margin: 0.75rem 0 0.25rem; }
    .links { margin: 0.25rem 0; padding-inline-start: 1.25rem; overflow-wrap: anywhere; }
    .trail { list-style: none; padding: 0; margin: 0.75rem 0 0; font: var(--mat-sys-body-small); }
    .locked { margin-top: 0; }
    .review-note strong { margin-inline-end: 0.4rem; }
  `,
})
export class ReportView {
  readonly planId = input.required<string>();
  readonly report = input.required<ReportResponse>();
}
