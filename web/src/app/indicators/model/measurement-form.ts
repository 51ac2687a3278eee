import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { ApiError } from '../../api/api-error';
import { CreateMeasurementRequest, FieldError, MeasurementResponse, ReportingCadence } from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';
import { INDICATOR_VALUE } from '../../shell/forms/decimal-input';
import { canonicalDecimalValidator } from '../../shell/numbers/number-rules';
import { normalisePeriod, PERIOD_FORMATS, periodValidator } from './period-field';

export const MEASUREMENT_FIELD_LABELS: Record<string, string> = {
  period: 'indicators.measurement.period',
  value: 'indicators.measurement.value',
  source: 'indicators.measurement.source',
  note: 'indicators.measurement.note',
};

export interface MeasurementFormValue {
  period: string;
  /** The canonical decimal ("1250.5"): the value input reads the person's text in the UI language. */
  value: string;
  source: string;
  note: string;
}

const notBlank = Validators.pattern(/\S/);

export function createMeasurementForm(formBuilder: NonNullableFormBuilder, cadence: () => ReportingCadence | undefined) {
  return formBuilder.group({
    period: ['', [Validators.required, periodValidator(cadence)]],
    value: ['', [Validators.required, canonicalDecimalValidator(INDICATOR_VALUE)]],
    source: ['', [Validators.required, notBlank, Validators.maxLength(500)]],
    note: ['', Validators.maxLength(2000)],
  });
}

export function toMeasurementRequest(value: MeasurementFormValue, replaces = false): CreateMeasurementRequest {
  const note = value.note.trim();
  return {
    period: normalisePeriod(value.period),
    value: value.value,
    source: value.source.trim(),
    ...(note ? { note } : {}),
    ...(replaces ? { replaces: true } : {}),
  };
}

function isMeasurement(value: unknown): value is MeasurementResponse {
  if (typeof value !== 'object' || value === null) return false;
  const measurement = value as Partial<MeasurementResponse>;
  return typeof measurement.id === 'string' && typeof measurement.period === 'string' && typeof measurement.value === 'string';
}

/** The measurement a period already has, from the 409 refusing a second one (null for any other error). */
export function existingMeasurement(error: ApiError): MeasurementResponse | null {
  if (error.status !== 409) return null;
  return isMeasurement(error.current) ? error.current : null;
}

/** The server's refusals this form explains better than the generic wording. */
export function measurementFieldMessage(fieldError: FieldError, cadence: ReportingCadence | undefined): MessageRef | null {
  const message = fieldError.message.toLowerCase();
  if (fieldError.field === 'period' && cadence) {
    return { key: `indicators.period.invalid.${cadence}`, params: { example: PERIOD_FORMATS[cadence].example } };
  }
  if (/decimal number/.test(message)) return { key: 'indicators.validation.decimal' };
  if (fieldError.field === 'source' && /empty/.test(message)) return { key: 'indicators.validation.source' };
  return null;
}

