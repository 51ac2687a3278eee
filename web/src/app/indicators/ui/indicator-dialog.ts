import { LiveAnnouncer } from '@angular/cdk/a11y';
import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { startWith } from 'rxjs';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { FieldError, IndicatorResponse, StepResponse, UpdateIndicatorRequest } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatDay } from '../../i18n/model/format';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { GroupErrorStateMatcher } from '../../shell/forms/date-order';
import { INDICATOR_VALUE, normaliseDecimalInput } from '../../shell/forms/decimal-input';
import { applyServerErrorsWith } from '../../shell/forms/field-messages';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { IndicatorsApi } from '../data/indicators-api';
import {
  changedIndicatorFields, createIndicatorForm, emptyIndicatorFormValue, INDICATOR_FIELD_LABELS, IndicatorChanges,
  indicatorFieldMessage, indicatorToFormValue, MAX_LABEL_LENGTH, MAX_LABELS, staleIndicator, toCreateRequest,
} from '../model/indicator-form';

export interface IndicatorDialogData {
  planId: string;
  /** The indicator to change; none to define a new one. */
  indicator?: IndicatorResponse;
  /** The plan's steps, for "measures the step". */
  steps: StepResponse[];
  /** A new indicator's step, when defined from a step. */
  stepId?: string;
}

/** The indicator as someone else saved it meanwhile, and the changes this dialog wanted to make. */
interface IndicatorConflict {
  current: IndicatorResponse;
  mine: IndicatorChanges;
}

/** Defines an outcome indicator or changes one; closes with the saved indicator. */
@Component({
  selector: 'app-indicator-dialog',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule,
    MatSelectModule, TranslatePipe, MessagePipe, ServerErrorLines,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indicator-dialog.html',
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.25rem; min-width: min(36rem, 80vw); }
    .row { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .row mat-form-field { flex: 1 1 12rem; }
    fieldset { border: none; padding: 0; margin: 0 0 1rem; }
    legend { font-weight: 500; margin-block-end: 0.25rem; }
    .directions { display: flex; flex-direction: column; }
    .conflict { border: 2px solid var(--mat-sys-error); border-radius: 0.5rem; padding: 0.5rem 1rem; margin-block-end: 1rem; }
    .conflict h3 { margin-block-start: 0.25rem; }
    .conflict dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    .conflict dd { margin: 0; }
    .conflict-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.5rem; }
  `,
})
export class IndicatorDialog {
  protected readonly data = inject<IndicatorDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<IndicatorDialog, IndicatorResponse>);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly translator = inject(Translator);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly editing = !!this.data.indicator;
  /** The server's copy the form started from; its version goes with the save. */
  private base: IndicatorResponse | undefined = this.data.indicator;
  protected readonly form = createIndicatorForm(
    inject(NonNullableFormBuilder),
    this.data.indicator ? indicatorToFormValue(this.data.indicator) : emptyIndicatorFormValue(this.data.stepId ?? ''),
  );
  protected readonly targetMatcher = new GroupErrorStateMatcher('targetSide');
  protected readonly targetDateMatcher = new GroupErrorStateMatcher('targetDateOrder');
  protected readonly maxLabels = MAX_LABELS;
  protected readonly maxLabelLength = MAX_LABEL_LENGTH;
  protected readonly fieldLabels = INDICATOR_FIELD_LABELS;

  protected readonly saving = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly conflict = signal<IndicatorConflict | null>(null);
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });

  private readonly values = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  /** How the baseline and target were read ("1,5" → 1.5), shown under the fields. */
  protected readonly baselineReading = computed(() => this.reading(this.values().baseline));
  protected readonly targetReading = computed(() => this.reading(this.values().target));

  protected stepLabel(step: StepResponse): string {
    return `${step.catalogueKey ?? this.translator.t('steps.custom')} · ${step.title}`;
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      void this.announcer.announce(this.translator.t('validation.fixErrors'));
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    if (!this.base) {
      this.send(() => this.indicatorsApi.create(this.data.planId, toCreateRequest(value)));
      return;
    }
    const changes = changedIndicatorFields(this.base, value);
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.update(this.base, changes);
  }

  /** After a conflict: the same changes again, on top of the indicator as it is now. */
  protected saveMineAgain(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.base = conflict.current;
    this.conflict.set(null);
    this.update(conflict.current, conflict.mine);
  }

  /** After a conflict: drop this dialog's changes and start from the indicator as it is now. */
  protected useTheirs(): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.base = conflict.current;
    this.conflict.set(null);
    this.form.reset(indicatorToFormValue(conflict.current));
    void this.announcer.announce(this.translator.t('indicators.conflict.usedTheirs'));
    afterNextRender(() => this.document.getElementById('indicator-name-field')?.focus(), { injector: this.injector });
  }

  /** A field's value as a reader sees it, for the conflict panel. */
  protected currentValue(indicator: IndicatorResponse, field: keyof IndicatorChanges): string {
    const language = this.translator.language();
    switch (field) {
      case 'baseline':
      case 'target':
        return formatDecimal(indicator[field], language);
      case 'baselineDate':
      case 'targetDate':
        return formatDay(indicator[field], language);
      case 'direction':
        return this.translator.t('indicators.direction.' + indicator.direction);
      case 'stepId': {
        const step = this.data.steps.find((item) => item.id === indicator.stepId);
        return step ? this.stepLabel(step) : this.translator.t('common.none');
      }
      case 'disaggregation':
        return indicator.disaggregation.join(', ') || this.translator.t('common.none');
      default:
        return String(indicator[field] ?? '');
    }
  }

  protected conflictFields(conflict: IndicatorConflict): (keyof IndicatorChanges)[] {
    return Object.keys(conflict.mine) as (keyof IndicatorChanges)[];
  }

  private update(base: IndicatorResponse, changes: IndicatorChanges): void {
    const request: UpdateIndicatorRequest = { ...changes, version: base.version };
    this.send(() => this.indicatorsApi.update(this.data.planId, base.id, request), changes);
  }

  private send(request: () => ReturnType<IndicatorsApi['create']>, changes?: IndicatorChanges): void {
    this.saving.set(true);
    this.error.set(null);
    this.unmatchedErrors.set([]);
    request().subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.dialogRef.close(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const current = staleIndicator(apiError);
        if (current && changes) {
          this.conflict.set({ current, mine: changes });
          void this.announcer.announce(this.translator.t('indicators.conflict.title'), 'assertive');
          afterNextRender(() => this.document.getElementById('indicator-conflict-heading')?.focus(), { injector: this.injector });
          return;
        }
        this.error.set(apiError);
        this.unmatchedErrors.set(applyServerErrorsWith(this.form, apiError, INDICATOR_FIELD_LABELS, indicatorFieldMessage));
        this.focusFirstInvalid();
      },
    });
  }

  private reading(text: string | undefined): string | null {
    const value = normaliseDecimalInput(text, INDICATOR_VALUE);
    return value === null || value === text?.trim() ? null : formatDecimal(value, this.translator.language());
  }

  /** After the error messages are rendered: the first field in error gets the focus. */
  private focusFirstInvalid(): void {
    afterNextRender(
      () => {
        this.document
          .querySelector<HTMLElement>(
            'app-indicator-dialog .mat-form-field-invalid input, app-indicator-dialog .mat-form-field-invalid textarea, app-indicator-dialog .mat-form-field-invalid mat-select',
          )
          ?.focus();
      },
      { injector: this.injector },
    );
  }
}

