import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { FieldError, PlanResponse, UpdatePlanRequest } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { dateOrderValidator, GroupErrorStateMatcher } from '../../shell/forms/date-order';
import { applyServerErrors } from '../../shell/forms/server-errors';
import { PlansApi } from '../data/plans-api';
import { countryLabel, countryOptions } from '../model/countries';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { REPORTING_CADENCES } from '../model/reporting-periods';

export interface PlanFormDialogData {
  /** Present when editing an existing plan. */
  plan?: PlanResponse;
  /** Starts on the reporting cadence (from the reporting page) instead of the title. */
  focus?: 'reportingCadence';
}

const FIELD_LABELS: Record<string, string> = {
  title: 'plans.form.title',
  country: 'plans.form.country',
  startDate: 'plans.form.startDate',
  endDate: 'plans.form.endDate',
  description: 'plans.form.description',
  reportingCadence: 'reports.cadence.label',
};

/** Creates a plan, or edits the details of one; closes with the saved plan. */
@Component({
  selector: 'app-plan-form-dialog',
  imports: [
    ServerErrorLines,
    ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule,
    MatSelectModule, TranslatePipe, MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-form-dialog.html',
  styles: `
    form { display: flex; flex-direction: column; gap: 0.25rem; min-width: min(32rem, 80vw); }
    .dates { display: flex; gap: 1rem; flex-wrap: wrap; }
    .dates mat-form-field { flex: 1 1 12rem; }
  `,
})
export class PlanFormDialog {
  private readonly plansApi = inject(PlansApi);
  private readonly translator = inject(Translator);
  private readonly dialogRef = inject(MatDialogRef<PlanFormDialog, PlanResponse>);
  private readonly data = inject<PlanFormDialogData>(MAT_DIALOG_DATA, { optional: true });
  protected readonly plan = this.data?.plan;
  protected readonly focusCadence = this.data?.focus === 'reportingCadence';
  protected readonly cadences = REPORTING_CADENCES;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      title: [this.plan?.title ?? '', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]],
      country: [this.plan?.country ?? '', Validators.required],
      startDate: [this.plan?.startDate ?? '', Validators.required],
      endDate: [this.plan?.endDate ?? '', Validators.required],
      description: [this.plan?.description ?? '', Validators.maxLength(4000)],
      fromCatalogue: [true],
      reportingCadence: [this.plan?.reportingCadence ?? 'quarterly'],
    },
    { validators: dateOrderValidator('startDate', 'endDate') },
  );
  protected readonly endDateMatcher = new GroupErrorStateMatcher('dateOrder');
  protected readonly countries = computed(() => {
    const language = this.translator.language();
    const options = countryOptions(language);
    // Keep a plan's current country selectable even when it is not a UN member state (the demo's XDM).
    const current = this.plan?.country;
    if (current && !options.some((option) => option.code === current)) {
      options.unshift({ code: current, name: countryLabel(current, language, (key) => this.translator.t(key)) });
    }
    return options;
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly errorSummaryKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    const request = this.plan
      ? this.plansApi.update(this.plan.id, this.changes(this.plan, value))
      : this.plansApi.create({
          title: value.title.trim(),
          country: value.country,
          startDate: value.startDate,
          endDate: value.endDate,
          fromCatalogue: value.fromCatalogue,
          reportingCadence: value.reportingCadence,
          ...(value.description.trim() ? { description: value.description.trim() } : {}),
        });
    request.subscribe({
      next: (plan) => {
        this.saving.set(false);
        this.dialogRef.close(plan);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        this.error.set(apiError);
        this.unmatchedErrors.set(applyServerErrors(this.form, apiError, FIELD_LABELS));
      },
    });
  }

  protected readonly fieldLabels = FIELD_LABELS;

  private changes(plan: PlanResponse, value: ReturnType<typeof this.form.getRawValue>): UpdatePlanRequest {
    const changes: UpdatePlanRequest = { version: plan.version };
    if (value.title.trim() !== plan.title) changes.title = value.title.trim();
    if (value.country !== plan.country) changes.country = value.country;
    if (value.startDate !== plan.startDate) changes.startDate = value.startDate;
    if (value.endDate !== plan.endDate) changes.endDate = value.endDate;
    if (value.description.trim() !== (plan.description ?? '')) changes.description = value.description.trim();
    if (value.reportingCadence !== plan.reportingCadence) changes.reportingCadence = value.reportingCadence;
    return changes;
  }
}
