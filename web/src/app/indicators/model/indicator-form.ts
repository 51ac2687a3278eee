import { AbstractControl, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { ApiError } from '../../api/api-error';
import {
  CreateIndicatorRequest, FieldError, IndicatorDirection, IndicatorResponse, UpdateIndicatorRequest,
} from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';
import { isDecimalString } from '../../i18n/model/decimal-format';
import { compareDecimals, INDICATOR_VALUE } from '../../shell/forms/decimal-input';
import { canonicalDecimalValidator } from '../../shell/numbers/number-rules';

export const MAX_LABELS = 10;
export const MAX_LABEL_LENGTH = 50;

export const INDICATOR_FIELD_LABELS: Record<string, string> = {
  name: 'indicators.fields.name',
  unit: 'indicators.fields.unit',
  direction: 'indicators.fields.direction',
  baseline: 'indicators.fields.baseline',
  baselineDate: 'indicators.fields.baselineDate',
  target: 'indicators.fields.target',
  targetDate: 'indicators.fields.targetDate',
  stepId: 'indicators.fields.step',
  disaggregation: 'indicators.fields.disaggregation',
};

export interface IndicatorFormValue {
  name: string;
  unit: string;
  direction: IndicatorDirection;
  /** Canonical decimals ("1250.5"): the inputs read the person's text in the UI language. */
  baseline: string;
  baselineDate: string;
  target: string;
  targetDate: string;
  /** '' for none. */
  stepId: string;
  /** Labels separated by commas. */
  disaggregation: string;
}

export function emptyIndicatorFormValue(stepId = ''): IndicatorFormValue {
  return {
    name: '', unit: '', direction: 'increase', baseline: '', baselineDate: '', target: '', targetDate: '', stepId,
    disaggregation: '',
  };
}

export function indicatorToFormValue(indicator: IndicatorResponse): IndicatorFormValue {
  return {
    name: indicator.name,
    unit: indicator.unit,
    direction: indicator.direction,
    baseline: indicator.baseline,
    baselineDate: indicator.baselineDate,
    target: indicator.target,
    targetDate: indicator.targetDate,
    stepId: indicator.stepId ?? '',
    disaggregation: indicator.disaggregation.join(', '),
  };
}

/** "sex, age group; region" → ['sex', 'age group', 'region'] (commas, Arabic commas, semicolons or new lines). */
export function parseLabels(text: string): string[] {
  return text
    .split(/[,\u060C;\n]/)
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
}

const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === '' ? { required: true } : null;

const labelsValidator: ValidatorFn = (control) => {
  const labels = parseLabels((control.value as string) ?? '');
  if (labels.length > MAX_LABELS) return { labelsTooMany: { max: MAX_LABELS } };
  if (labels.some((label) => label.length > MAX_LABEL_LENGTH)) return { labelTooLong: { max: MAX_LABEL_LENGTH } };
  const lower = labels.map((label) => label.toLocaleLowerCase());
  if (new Set(lower).size !== lower.length) return { labelsRepeat: true };
  return null;
};

/**
 * On the group: the target lies on the direction's side of the baseline (`targetSide`) and the target date comes
 * after the baseline date (`targetDateOrder`). Compared exactly, as decimals.
 */
export const indicatorRulesValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const errors: ValidationErrors = {};
  const direction = group.get('direction')?.value as IndicatorDirection;
  const baselineControl = group.get('baseline');
  const targetControl = group.get('target');
  const baseline = baselineControl?.value as string;
  const target = targetControl?.value as string;
  // Until both read as numbers, their fields say what is wrong (a French "1.250" is kept as text, and looks like a
  // decimal): there is nothing to compare yet.
  if (baselineControl?.valid && targetControl?.valid && isDecimalString(baseline) && isDecimalString(target)) {
    const order = compareDecimals(target, baseline);
    if ((direction === 'increase' && order <= 0) || (direction === 'decrease' && order >= 0)) {
      errors['targetSide'] = { direction };
    }
  }
  const baselineDate = group.get('baselineDate')?.value as string;
  const targetDate = group.get('targetDate')?.value as string;
  if (baselineDate && targetDate && targetDate <= baselineDate) errors['targetDateOrder'] = true;
  return Object.keys(errors).length ? errors : null;
};

export function createIndicatorForm(formBuilder: NonNullableFormBuilder, value: IndicatorFormValue) {
  return formBuilder.group(
    {
      name: [value.name, [Validators.required, notBlank, Validators.maxLength(200)]],
      unit: [value.unit, [Validators.required, notBlank, Validators.maxLength(50)]],
      direction: [value.direction, Validators.required],
      baseline: [value.baseline, [Validators.required, canonicalDecimalValidator(INDICATOR_VALUE)]],
      baselineDate: [value.baselineDate, Validators.required],
      target: [value.target, [Validators.required, canonicalDecimalValidator(INDICATOR_VALUE)]],
      targetDate: [value.targetDate, Validators.required],
      stepId: [value.stepId],
      disaggregation: [value.disaggregation, labelsValidator],
    },
    { validators: indicatorRulesValidator },
  );
}

/** The request for a new indicator from a valid form. */
export function toCreateRequest(value: IndicatorFormValue): CreateIndicatorRequest {
  return {
    name: value.name.trim(),
    unit: value.unit.trim(),
    direction: value.direction,
    baseline: value.baseline,
    baselineDate: value.baselineDate,
    target: value.target,
    targetDate: value.targetDate,
    stepId: value.stepId || null,
    disaggregation: parseLabels(value.disaggregation),
  };
}

export type IndicatorChanges = Omit<UpdateIndicatorRequest, 'version'>;

/** Only what differs from the indicator the form started from (so that a save does not undo someone else's change). */
export function changedIndicatorFields(base: IndicatorResponse, value: IndicatorFormValue): IndicatorChanges {
  const wanted = toCreateRequest(value);
  const changes: IndicatorChanges = {};
  if (wanted.name !== base.name) changes.name = wanted.name;
  if (wanted.unit !== base.unit) changes.unit = wanted.unit;
  if (wanted.direction !== base.direction) changes.direction = wanted.direction;
  if (compareDecimals(wanted.baseline, base.baseline) !== 0) changes.baseline = wanted.baseline;
  if (wanted.baselineDate !== base.baselineDate) changes.baselineDate = wanted.baselineDate;
  if (compareDecimals(wanted.target, base.target) !== 0) changes.target = wanted.target;
  if (wanted.targetDate !== base.targetDate) changes.targetDate = wanted.targetDate;
  if ((wanted.stepId ?? null) !== (base.stepId ?? null)) changes.stepId = wanted.stepId ?? null;
  const labels = wanted.disaggregation ?? [];
  if (labels.join('\u0000') !== base.disaggregation.join('\u0000')) changes.disaggregation = labels;
  return changes;
}

/** The server's refusals this form explains better than the generic wording. */
export function indicatorFieldMessage(fieldError: FieldError): MessageRef | null {
  const message = fieldError.message.toLowerCase();
  if (fieldError.field === 'target' && message.includes('above the baseline')) {
    return { key: 'indicators.validation.targetAbove' };
  }
  if (fieldError.field === 'target' && message.includes('below the baseline')) {
    return { key: 'indicators.validation.targetBelow' };
  }
  if (fieldError.field === 'targetDate' && message.includes('after')) return { key: 'indicators.validation.targetDateOrder' };
  if (/decimal number/.test(message)) return { key: 'indicators.validation.decimal' };
  if (fieldError.field === 'stepId') return { key: 'indicators.validation.step' };
  if (fieldError.field === 'disaggregation') return { key: 'indicators.validation.labels', params: { max: MAX_LABELS } };
  return null;
}

/** The indicator as it is now, from a save refused because someone else changed it (409 with `current`). */
export function staleIndicator(error: ApiError): IndicatorResponse | null {
  if (error.status !== 409 || typeof error.current !== 'object' || error.current === null) return null;
  const current = error.current as Partial<IndicatorResponse>;
  return typeof current.id === 'string' && typeof current.version === 'number' && typeof current.name === 'string'
    ? (current as IndicatorResponse)
    : null;
}
