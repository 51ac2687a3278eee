import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { FieldError, OrganisationKind, OrganisationResponse } from '../../api/models';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { applyServerErrors } from '../../shell/forms/server-errors';
import { OrganisationsApi } from '../data/organisations-api';
import { ORGANISATION_KINDS } from '../model/organisation-kinds';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';

const FIELD_LABELS: Record<string, string> = {
  name: 'organisations.fields.name',
  kind: 'organisations.fields.kind',
};

/** Adds an organisation (plan owners); closes with the created one. */
@Component({
  selector: 'app-add-organisation-dialog',
  imports: [
    ServerErrorLines,
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule,
    TranslatePipe, MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'organisations.add.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="addOrganisation()" novalidate>
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'organisations.fields.name' | t }}</mat-label>
          <input matInput formControlName="name" required maxlength="200" dir="auto" cdkFocusInitial />
          @if (form.controls.name.hasError('required') || form.controls.name.hasError('pattern')) {
            <mat-error>{{ 'validation.required' | t }}</mat-error>
          } @else if (form.controls.name.hasError('server')) {
            <mat-error>{{ form.controls.name.getError('server') | message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'organisations.fields.kind' | t }}</mat-label>
          <mat-select formControlName="kind" required>
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ 'organisationKind.' + kind | t }}</mat-option>
            }
          </mat-select>
          @if (form.controls.kind.hasError('server')) {
            <mat-error>{{ form.controls.kind.getError('server') | message }}</mat-error>
          }
        </mat-form-field>
        <div role="alert">
          @if (errorKey(); as key) {
            <div class="banner error">
              <app-server-error-lines [summaryKey]="key" [message]="error()?.message" [unmatched]="unmatchedErrors()" [labels]="fieldLabels" />
            </div>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'organisations.add.submit' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.fields { display: flex; flex-direction: column; gap: 0.25rem; min-width: min(28rem, 80vw); }`,
})
export class AddOrganisationDialog {
  private readonly organisationsApi = inject(OrganisationsApi);
  private readonly dialogRef = inject(MatDialogRef<AddOrganisationDialog, OrganisationResponse>);

  protected readonly kinds = ORGANISATION_KINDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]],
    kind: ['ngo' as OrganisationKind, Validators.required],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly errorKey = computed(() => {
    const error = this.error();
    if (!error) return null;
    return error.status === 409 ? 'organisations.add.exists' : errorSummaryKey(error);
  });

  protected addOrganisation(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, kind } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    this.unmatchedErrors.set([]);
    this.organisationsApi.create({ name: name.trim(), kind }).subscribe({
      next: (organisation) => this.dialogRef.close(organisation),
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        this.error.set(apiError);
        this.unmatchedErrors.set(applyServerErrors(this.form, apiError, FIELD_LABELS));
      },
    });
  }

  protected readonly fieldLabels = FIELD_LABELS;
}
