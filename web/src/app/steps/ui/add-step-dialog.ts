import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { AreaKey, CreateStepRequest, FieldError, Priority, StepResponse } from '../../api/models';
import { AREA_KEYS } from '../../catalogue/model/catalogue-labels';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { dateOrderValidator, GroupErrorStateMatcher } from '../../shell/forms/date-order';
import { applyServerErrors } from '../../shell/forms/server-errors';
import { StepsApi } from '../data/steps-api';
import { PRIORITIES } from '../model/step-labels';
import { STEP_FIELD_LABELS } from '../model/step-form';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';

export interface AddStepDialogData {
  planId: string;
  area?: AreaKey;
}

/** Adds a custom step (one not from the catalogue) to a plan; closes with the new step. */
@Component({
  selector: 'app-add-step-dialog',
  imports: [
    ServerErrorLines,
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    TranslatePipe, MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-step-dialog.html',
  styles: `
    form { min-width: min(32rem, 80vw); }
    mat-form-field { width: 100%; }
    .row { display: flex; gap: 1rem; flex-wrap: wrap; }
    .row mat-form-field { flex: 1 1 12rem; width: auto; }
  `,
})
export class AddStepDialog {
  private readonly stepsApi = inject(StepsApi);
  private readonly dialogRef = inject(MatDialogRef<AddStepDialog, StepResponse>);
  private readonly data = inject<AddStepDialogData>(MAT_DIALOG_DATA);

  protected readonly areas = AREA_KEYS;
  protected readonly priorities = PRIORITIES;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      area: [this.data.area ?? ('' as AreaKey | ''), Validators.required],
      title: ['', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]],
      description: ['', Validators.maxLength(4000)],
      startDate: [''],
      dueDate: [''],
      priority: ['medium' as Priority],
    },
    { validators: dateOrderValidator('startDate', 'dueDate') },
  );
  protected readonly dueDateMatcher = new GroupErrorStateMatcher('dateOrder');
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly errorSummaryKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });

  protected addStep(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const step: CreateStepRequest = {
      area: value.area as AreaKey,
      title: value.title.trim(),
      priority: value.priority,
      ...(value.description.trim() ? { description: value.description.trim() } : {}),
      ...(value.startDate ? { startDate: value.startDate } : {}),
      ...(value.dueDate ? { dueDate: value.dueDate } : {}),
    };
    this.saving.set(true);
    this.error.set(null);
    this.stepsApi.create(this.data.planId, step).subscribe({
      next: (created) => {
        this.saving.set(false);
        this.dialogRef.close(created);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        this.error.set(apiError);
        this.unmatchedErrors.set(applyServerErrors(this.form, apiError, STEP_FIELD_LABELS));
      },
    });
  }

  protected readonly fieldLabels = STEP_FIELD_LABELS;
}
