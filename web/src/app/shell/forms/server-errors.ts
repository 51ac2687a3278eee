import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiError } from '../../api/api-error';
import { FieldError } from '../../api/models';

import { MessageRef } from '../../i18n/model/message-ref';

/**
 * Maps a server field error to translated text. Known validation wording becomes a specific message;
 * anything else a generic one naming the field.
 */
export function fieldErrorMessage(error: FieldError, fieldLabelKey: string): MessageRef {
  const message = error.message.toLowerCase();
  const max = /(?:shorter than or equal to|at most|maximum|must not exceed|≤)\s*(\d+)/.exec(message);
  if (max && /character|length|long/.test(message)) return { key: 'validation.maxLength', params: { max: max[1] } };
  if (/should not be empty|must not be empty|is required|must be provided|should not be null/.test(message)) {
    return { key: 'validation.required' };
  }
  if (/cycle|circular/.test(message)) return { key: 'validation.dependencyCycle' };
  if (/(due|end)\s?date.*(before|after|start)/.test(message)) return { key: 'validation.dateOrder' };
  if (/iso 3166|country/.test(message)) return { key: 'validation.country' };
  if (/(not|must not be) (greater|less)|must be between|0.{1,5}100|max|min/.test(message)) {
    return { key: 'validation.range', params: { min: 0, max: 100 } };
  }
  if (/date|yyyy-mm-dd|iso 8601/.test(message)) return { key: 'validation.date' };
  return { key: 'validation.serverField', params: { field: { key: fieldLabelKey } } };
}

/**
 * Puts each server field error on the matching form control as `{ server: MessageRef }`.
 * Returns the errors that match no control, to be shown with the form's summary.
 */
export function applyServerErrors(
  form: FormGroup,
  error: ApiError,
  fieldLabelKeys: Record<string, string>,
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const fieldError of error.fieldErrors) {
    const name = fieldError.field.split('.')[0];
    const control: AbstractControl | null = form.get(name);
    if (!control) {
      unmatched.push(fieldError);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: fieldErrorMessage(fieldError, fieldLabelKeys[name] ?? name) });
    control.markAsTouched();
  }
  return unmatched;
}
