import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { ReportResponse } from '../../api/models';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { ReportsApi } from '../data/reports-api';
import { ReviewOutcome } from '../model/report-conflict';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { ReportReview } from './report-review';
import { ReportStateChip } from './report-state-chip';
import { ReportView } from './report-view';

export interface ReviewReportDialogData {
  planId: string;
  report: ReportResponse;
  /** The reader approves or returns submitted reports. */
  canReview: boolean;
}

/** One report from the reporting page, as it is now; reviewers approve or return it here. Closes with the outcome. */
@Component({
  selector: 'app-review-report-dialog',
  imports: [MatButtonModule, MatDialogModule, MatProgressSpinnerModule, TranslatePipe, PeriodPipe, ReportReview, ReportStateChip, ReportView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let shown = report();
    <h2 mat-dialog-title dir="auto">
      {{ 'reports.dialog.title' | t: { step: stepName(shown), period: (shown.period | period) } }}
    </h2>
    <mat-dialog-content>
      <p class="state">
        <app-report-state-chip [state]="shown.state" />
        @if (shown.correctsId) {
          <span>{{ 'reports.dialog.correction' | t }}</span>
        }
      </p>
      <div role="status" aria-live="polite">
        @if (loading()) {
          <div class="loading">
            <mat-progress-spinner mode="indeterminate" diameter="24" [attr.aria-label]="'common.loading' | t" />
            <span>{{ 'common.loading' | t }}</span>
          </div>
        }
      </div>
      <div role="alert">
        @if (loadErrorKey(); as key) {
          <p class="banner error">{{ key | t }}</p>
        }
      </div>
      <app-report-view [planId]="data.planId" [report]="shown" />
      @if (data.canReview && shown.state === 'submitted' && !loading()) {
        <app-report-review [planId]="data.planId" [report]="shown" (reviewed)="dialogRef.close($event)" />
      } @else if (shown.state === 'submitted') {
        <p class="muted">{{ 'reports.step.awaitingReview' | t }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.close' | t }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .state { display: flex; gap: 0.75rem; align-items: center; margin-top: 0; }
    mat-dialog-content { max-width: 48rem; }
  `,
})
export class ReviewReportDialog {
  protected readonly data = inject<ReviewReportDialogData>(MAT_DIALOG_DATA);
  protected readonly dialogRef = inject(MatDialogRef<ReviewReportDialog, ReviewOutcome>);
  private readonly reportsApi = inject(ReportsApi);

  protected readonly report = signal<ReportResponse>(this.data.report);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly loadErrorKey = computed(() => {
    const error = this.loadError();
    return error ? errorSummaryKey(error) : null;
  });

  constructor() {
    // The queue may be older than the report: show it as it is now.
    this.reportsApi.get(this.data.planId, this.data.report.id).subscribe({
      next: (report) => {
        this.loading.set(false);
        this.report.set(report);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.loadError.set(toApiError(error));
      },
    });
  }

  protected stepName(report: ReportResponse): string {
    return report.step.catalogueKey ? `${report.step.catalogueKey} ${report.step.title}` : report.step.title;
  }
}
