import { FormGroup } from '@angular/forms';
import { ApiError } from '../../api/api-error';
import { FieldError } from '../../api/models';
import { MessageRef } from '../../i18n/model/message-ref';
import { applyServerErrors } from './server-errors';

/**
 * Like `applyServerErrors`, with a form's own reading of the server's messages first (a rule only this form has,
 * such as "target must be above the baseline"); the generic reading for the rest.
 */
export function applyServerErrorsWith(
  form: FormGroup,
  error: ApiError,
  fieldLabelKeys: Record<string, string>,
  specific: (fieldError: FieldError) => MessageRef | null,
): FieldError[] {
  const unmatched = applyServerErrors(form, error, fieldLabelKeys);
  for (const fieldError of error.fieldErrors) {
    const control = form.get(fieldError.field.split('.')[0]);
    const message = control ? specific(fieldError) : null;
    if (control && message) control.setErrors({ ...(control.errors ?? {}), server: message });
  }
  return unmatched;
}
