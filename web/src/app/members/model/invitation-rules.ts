import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ApiError } from '../../api/api-error';

/** The API's minimum for a new password. */
export const MIN_PASSWORD_LENGTH = 10;

/** On a group: the confirmation field repeats the password. */
export function passwordsMatchValidator(passwordField: string, confirmField: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const password = group.get(passwordField)?.value as string | undefined;
    const confirmation = group.get(confirmField)?.value as string | undefined;
    if (!confirmation) return null;
    return password === confirmation ? null : { passwordMismatch: true };
  };
}

/** Translation key for the server's refusal of a new password (400 naming `password`). */
export function passwordProblemKey(message: string): string {
  const lower = message.toLowerCase();
  if (/common|guess/.test(lower)) return 'invitation.errors.commonPassword';
  if (/email/.test(lower)) return 'invitation.errors.passwordHasEmail';
  if (/at least|characters/.test(lower)) return 'invitation.errors.passwordTooShort';
  return 'invitation.errors.passwordRefused';
}

/** Translation key for why an invitation link cannot be used (previewing or accepting it). */
export function invitationErrorKey(error: ApiError): string {
  switch (error.status) {
    case 400:
    case 404:
      return 'invitation.errors.unknown';
    case 409:
      return 'invitation.errors.accepted';
    case 410:
      return 'invitation.errors.gone';
    case 0:
      return 'errors.network';
    default:
      return error.status >= 500 ? 'errors.server' : 'errors.generic';
  }
}

/** The name sent for an existing account (the server ignores it, but it must not be empty). */
export function nameFromEmail(email: string): string {
  return email.split('@')[0] || email;
}
