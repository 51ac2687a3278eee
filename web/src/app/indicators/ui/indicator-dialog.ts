import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { startWith } from 'rxjs';
import { errorSummaryKey } from '../../api/api-error';
import { IndicatorResponse, StepResponse, UpdateIndicatorRequest } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { formatDay } from '../../i18n/model/format';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { GroupErrorStateMatcher } from '../../shell/forms/date-order';
import { isDecimalString } from '../../i18n/model/decimal-format';
import { INDICATOR_VALUE } from '../../shell/forms/decimal-input';
import { LocaleNumberInput } from '../../shell/numbers/locale-number-input';
import { numberHintMessage } from '../../shell/numbers/number-rules';
import { applyServerErrorsWith } from '../../shell/forms/field-messages';
import { DialogFormSave } from '../../shell/forms/dialog-form-save';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { conflictRows, VersionConflictPanel } from '../../shell/forms/version-conflict-panel';
import { VersionedEdit } from '../../shell/forms/versioned-edit';
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

/** Defines an outcome indicator or changes one; closes with the saved indicator. */
@Component({
  selector: 'app-indicator-dialog',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule,
    MatSelectModule, TranslatePipe, MessagePipe, ServerErrorLines, VersionConflictPanel, LocaleNumberInput,
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
  `,
})
export class IndicatorDialog {
  protected readonly data = inject<IndicatorDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<IndicatorDialog, IndicatorResponse>);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly translator = inject(Translator);
  private readonly saver = new DialogFormSave('app-indicator-dialog');

  protected readonly editing = !!this.data.indicator;
  /** The server's copy the form started from (its version goes with the save), and a conflict over it. */
  private readonly edit = new VersionedEdit<IndicatorResponse, IndicatorChanges>(this.data.indicator);
  protected readonly form = createIndicatorForm(
    inject(NonNullableFormBuilder),
    this.data.indicator ? indicatorToFormValue(this.data.indicator) : emptyIndicatorFormValue(this.data.stepId ?? ''),
  );
  protected readonly targetMatcher = new GroupErrorStateMatcher('targetSide');
  protected readonly targetDateMatcher = new GroupErrorStateMatcher('targetDateOrder');
  protected readonly maxLabels = MAX_LABELS;
  protected readonly maxLabelLength = MAX_LABEL_LENGTH;
  protected readonly fieldLabels = INDICATOR_FIELD_LABELS;
  protected readonly valueRule = INDICATOR_VALUE;
  protected readonly numberHint = computed(() => numberHintMessage(this.translator.language()));

  protected readonly saving = this.saver.saving;
  protected readonly error = this.saver.error;
  protected readonly unmatchedErrors = this.saver.unmatchedErrors;
  protected readonly conflict = this.edit.conflict;
  protected readonly conflictRows = computed(() => {
    const conflict = this.conflict();
    return conflict ? conflictRows(conflict, INDICATOR_FIELD_LABELS, (indicator, field) => this.currentValue(indicator, field)) : [];
  });
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });

  private readonly values = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  /** What will be saved as the baseline and target, in the language's marks, shown under the fields. */
  protected readonly baselineReading = computed(() => this.reading(this.values().baseline, this.form.controls.baseline.valid));
  protected readonly targetReading = computed(() => this.reading(this.values().target, this.form.controls.target.valid));

  protected stepLabel(step: StepResponse): string {
    return `${step.catalogueKey ?? this.translator.t('steps.custom')} · ${step.title}`;
  }

  protected save(): void {
    if (this.saver.refuseInvalid(this.form)) return;
    const value = this.form.getRawValue();
    const base = this.edit.base;
    if (!base) {
      this.send(() => this.indicatorsApi.create(this.data.planId, toCreateRequest(value)));
      return;
    }
    const changes = changedIndicatorFields(base, value);
    if (Object.keys(changes).length === 0) {
      this.dialogRef.close();
      return;
    }
    this.update(base, changes);
  }

  /** After a conflict: the same changes again, on top of the indicator as it is now. */
  protected saveMineAgain(): void {
    const conflict = this.edit.settle();
    if (conflict) this.update(conflict.current, conflict.mine);
  }

  /** After a conflict: drop this dialog's changes and start from the indicator as it is now. */
  protected useTheirs(): void {
    const conflict = this.edit.settle();
    if (!conflict) return;
    this.form.reset(indicatorToFormValue(conflict.current));
    this.saver.say(this.translator.t('indicators.conflict.usedTheirs'));
    this.saver.focusLater('#indicator-name-field');
  }

  /** A field's value as a reader sees it, for the conflict panel. */
  private currentValue(indicator: IndicatorResponse, field: keyof IndicatorChanges): string {
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

  private update(base: IndicatorResponse, changes: IndicatorChanges): void {
    const request: UpdateIndicatorRequest = { ...changes, version: base.version };
    this.send(() => this.indicatorsApi.update(this.data.planId, base.id, request), changes);
  }

  private send(request: () => ReturnType<IndicatorsApi['create']>, changes?: IndicatorChanges): void {
    this.saver.send(request(), (saved) => this.dialogRef.close(saved), (error) => {
      const current = staleIndicator(error);
      if (current && changes) {
        this.edit.refused(current, changes);
        this.saver.alert(this.translator.t('indicators.conflict.title'), 'indicator-conflict-heading');
        return null;
      }
      return applyServerErrorsWith(this.form, error, INDICATOR_FIELD_LABELS, indicatorFieldMessage);
    });
  }

  private reading(value: string | undefined, valid: boolean): string | null {
    return isDecimalString(value) && valid ? formatDecimal(value, this.translator.language()) : null;
  }
}
