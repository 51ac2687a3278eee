import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Observable } from 'rxjs';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { ReportResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { formatPercent } from '../../i18n/model/format';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { fieldErrorMessage } from '../../shell/forms/server-errors';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { ReportsApi } from '../data/reports-api';
import { currentReport, ReviewOutcome } from '../model/report-conflict';
import { periodLabel } from '../../plans/model/reporting-periods';

const MAX_COMMENT = 5000;

/**
 * The reviewer's part of a submitted report: a comment, and Return (the comment says what to change, so it is
 * required) or Approve (after a confirmation, since approval locks the report and updates the step).
 */
@Component({
  selector: 'app-report-review',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule, TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="review" (submit)="$event.preventDefault()" [attr.aria-label]="'reports.review.formLabel' | t" novalidate>
      <mat-form-field class="wide">
        <mat-label>{{ 'reports.review.comment' | t }}</mat-label>
        <textarea matInput [formControl]="comment" rows="3" [attr.maxlength]="maxComment" dir="auto"
          [id]="'review-comment-' + report().id"></textarea>
        <mat-hint>{{ 'reports.review.commentHint' | t }}</mat-hint>
        @if (comment.hasError('required')) {
          <mat-error>{{ 'reports.review.commentRequired' | t }}</mat-error>
        } @else if (comment.hasError('maxlength')) {
          <mat-error>{{ 'validation.maxLength' | t: { max: maxComment } }}</mat-error>
        } @else if (comment.hasError('server')) {
          <mat-error>{{ comment.getError('server') | message }}</mat-error>
        }
      </mat-form-field>
      <div role="alert">
        @if (errorKey(); as key) {
          <div class="banner error">
            <div>
              <p>{{ key | t }}</p>
              @if (error()?.message; as message) {
                <p>{{ 'errors.serverSaid' | t: { message } }}</p>
              }
            </div>
          </div>
        }
      </div>
      <div role="status" aria-live="polite">
        @if (busy()) {
          <div class="loading">
            <mat-progress-spinner mode="indeterminate" diameter="24" [attr.aria-label]="'common.saving' | t" />
            <span>{{ 'common.saving' | t }}</span>
          </div>
        }
      </div>
      <div class="review-actions">
        <button mat-stroked-button type="button" (click)="returnReport()" [attr.aria-disabled]="busy()">
          {{ 'reports.review.return' | t }}
        </button>
        <button mat-flat-button type="button" (click)="approve()" [attr.aria-disabled]="busy()">
          {{ 'reports.review.approve' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .review { display: flex; flex-direction: column; gap: 0.25rem; margin-top: 0.75rem; }
    .wide { width: 100%; }
    .review-actions { display: flex; flex-wrap: wrap; gap: 1rem; }
  `,
})
export class ReportReview {
  private readonly reportsApi = inject(ReportsApi);
  private readonly dialog = inject(MatDialog);
  private readonly translator = inject(Translator);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();
  readonly report = input.required<ReportResponse>();
  /** The review is done (or someone else had done it: `stale`), with the report as it is now. */
  readonly reviewed = output<ReviewOutcome>();

  protected readonly maxComment = MAX_COMMENT;
  protected readonly comment = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(MAX_COMMENT)] });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });

  protected returnReport(): void {
    if (this.busy()) return;
    // Returning needs to say what to change.
    this.comment.setValidators([Validators.required, Validators.pattern(/\S/), Validators.maxLength(MAX_COMMENT)]);
    this.comment.updateValueAndValidity();
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      void this.announcer.announce(this.translator.t('reports.review.commentRequired'), 'assertive');
      this.document.getElementById(`review-comment-${this.report().id}`)?.focus();
      return;
    }
    this.send('returned', this.reportsApi.return(this.planId(), this.report().id, { comment: this.comment.value.trim() }));
  }

  protected approve(): void {
    if (this.busy()) return;
    this.comment.setValidators([Validators.maxLength(MAX_COMMENT)]);
    this.comment.updateValueAndValidity();
    if (this.comment.invalid) {
      this.comment.markAsTouched();
      return;
    }
    const report = this.report();
    const period = periodLabel(report.period, this.translator.language(), (key, params) => this.translator.t(key, params));
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'reports.review.confirmTitle',
          messageKey: 'reports.review.confirmMessage',
          confirmKey: 'reports.review.confirm',
          params: {
            period,
            step: report.step.catalogueKey ?? report.step.title,
            progress: formatPercent(report.progress, this.translator.language()),
          },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        const comment = this.comment.value.trim();
        this.send('approved', this.reportsApi.approve(this.planId(), report.id, comment ? { comment } : {}));
      });
  }

  private send(outcome: 'approved' | 'returned', request: Observable<ReportResponse>): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (report) => {
        this.busy.set(false);
        this.comment.reset('');
        this.reviewed.emit({ outcome, report });
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        const current = currentReport(apiError);
        // Someone else reviewed it first (or it was taken back): say so with the report as it is now.
        if (apiError.status === 409 && current) {
          this.reviewed.emit({ outcome: 'stale', report: current });
          return;
        }
        const commentError = apiError.fieldErrors.find((fieldError) => fieldError.field === 'comment');
        if (commentError) {
          this.comment.setErrors({ server: fieldErrorMessage(commentError, 'reports.review.comment') });
          this.comment.markAsTouched();
        }
        this.error.set(apiError);
      },
    });
  }
}
