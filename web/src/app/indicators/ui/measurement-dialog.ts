import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { startWith } from 'rxjs';
import { errorSummaryKey } from '../../api/api-error';
import { IndicatorResponse, MeasurementResponse, ReportingCadence } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { formatDecimal } from '../../i18n/model/decimal-format';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { isDecimalString } from '../../i18n/model/decimal-format';
import { INDICATOR_VALUE } from '../../shell/forms/decimal-input';
import { LocaleNumberInput } from '../../shell/numbers/locale-number-input';
import { numberHintMessage } from '../../shell/numbers/number-rules';
import { applyServerErrorsWith } from '../../shell/forms/field-messages';
import { DialogFormSave } from '../../shell/forms/dialog-form-save';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { IndicatorsApi } from '../data/indicators-api';
import {
  createMeasurementForm, existingMeasurement, MEASUREMENT_FIELD_LABELS, measurementFieldMessage, toMeasurementRequest,
} from '../model/measurement-form';
import { periodLabel } from '../../plans/model/reporting-periods';
import { normalisePeriod, PERIOD_FORMATS, periodHint } from '../model/period-field';
import { PeriodPipe } from '../../plans/ui/period-pipe';
import { IndicatorValuePipe } from './indicator-pipes';

export interface MeasurementDialogData {
  indicator: IndicatorResponse;
  /** The plan's reporting cadence: how periods are written. */
  cadence: ReportingCadence;
}

/**
 * Records the value of a period. A period that already has one is not overwritten silently: the dialog shows the
 * value recorded and offers to replace it (the old one stays in the history, as superseded).
 */
@Component({
  selector: 'app-measurement-dialog',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, TranslatePipe, MessagePipe,
    DateTimePipe, IndicatorValuePipe, PeriodPipe, ServerErrorLines, LocaleNumberInput,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measurement-dialog.html',
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.25rem; min-width: min(32rem, 80vw); }
    .existing { border: 2px solid var(--mat-sys-tertiary); border-radius: 0.5rem; padding: 0.5rem 1rem; margin-block: 0.5rem 1rem; }
    .existing h3 { margin-block-start: 0.25rem; }
    .existing dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    .existing dd { margin: 0; }
    .existing-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.5rem; }
  `,
})
export class MeasurementDialog {
  protected readonly data = inject<MeasurementDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<MeasurementDialog, MeasurementResponse>);
  private readonly indicatorsApi = inject(IndicatorsApi);
  private readonly translator = inject(Translator);
  private readonly saver = new DialogFormSave('app-measurement-dialog');

  protected readonly form = createMeasurementForm(inject(NonNullableFormBuilder), () => this.data.cadence);
  protected readonly hint = periodHint(this.data.cadence);
  protected readonly example = PERIOD_FORMATS[this.data.cadence].example;
  protected readonly fieldLabels = MEASUREMENT_FIELD_LABELS;
  protected readonly valueRule = INDICATOR_VALUE;
  protected readonly numberHint = computed(() => numberHintMessage(this.translator.language()));
  protected readonly saving = this.saver.saving;
  protected readonly error = this.saver.error;
  protected readonly unmatchedErrors = this.saver.unmatchedErrors;
  /** The measurement the period already has (after a 409): shown, with the offer to replace it. */
  protected readonly existing = signal<MeasurementResponse | null>(null);
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });
  private readonly values = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  /** What will be saved, in the language's marks, once the text reads as a number the API takes. */
  protected readonly valueReading = computed(() => {
    const value = this.values().value;
    return isDecimalString(value) && this.form.controls.value.valid ? formatDecimal(value, this.translator.language()) : null;
  });

  constructor() {
    // Another period: the offer to replace the old one's value no longer applies.
    this.form.controls.period.valueChanges.subscribe((period) => {
      const existing = this.existing();
      if (existing && normalisePeriod(period) !== existing.period) this.existing.set(null);
    });
  }

  protected save(): void {
    if (this.saver.refuseInvalid(this.form)) return;
    this.send(false);
  }

  /** Sends the same values again, replacing the period's measurement. */
  protected replace(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.send(true);
  }

  /** Keeps the measurement recorded: back to the period, to choose another one. */
  protected keepExisting(): void {
    this.existing.set(null);
    this.saver.focusLater('#measurement-period');
  }

  private send(replaces: boolean): void {
    const request = this.indicatorsApi.record(this.data.indicator.id, toMeasurementRequest(this.form.getRawValue(), replaces));
    this.saver.send(request, (measurement) => this.dialogRef.close(measurement), (error) => {
      const existing = existingMeasurement(error);
      if (existing) {
        this.existing.set(existing);
        const t = (key: string, params?: Record<string, unknown>) => this.translator.t(key, params);
        const period = periodLabel(existing.period, this.translator.language(), t, 'short');
        this.saver.alert(t('indicators.existing.title', { period }), 'existing-measurement-heading');
        return null;
      }
      return applyServerErrorsWith(this.form, error, MEASUREMENT_FIELD_LABELS, (fieldError) =>
        measurementFieldMessage(fieldError, this.data.cadence),
      );
    });
  }
}
