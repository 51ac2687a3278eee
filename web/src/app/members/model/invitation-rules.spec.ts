import { FormControl, FormGroup } from '@angular/forms';
import { invitationErrorKey, nameFromEmail, passwordProblemKey, passwordsMatchValidator } from './invitation-rules';

function apiError(status: number) {
  return { status, code: '', message: '', fieldErrors: [] };
}

describe('invitation rules', () => {
  it('flags a confirmation that differs from the password, not an empty one', () => {
    const form = new FormGroup(
      { password: new FormControl('long enough pass'), confirm: new FormControl('') },
      { validators: passwordsMatchValidator('password', 'confirm') },
    );
    expect(form.hasError('passwordMismatch')).toBe(false);
    form.controls.confirm.setValue('long enough pas');
    expect(form.hasError('passwordMismatch')).toBe(true);
    form.controls.confirm.setValue('long enough pass');
    expect(form.hasError('passwordMismatch')).toBe(false);
  });

  it('names the server’s password problems', () => {
    expect(passwordProblemKey('password is one of the most common passwords; choose another')).toBe(
      'invitation.errors.commonPassword',
    );
    expect(passwordProblemKey('password must not contain your email address')).toBe(
      'invitation.errors.passwordHasEmail',
    );
    expect(passwordProblemKey('password must be at least 10 characters long')).toBe(
      'invitation.errors.passwordTooShort',
    );
    expect(passwordProblemKey('something else')).toBe('invitation.errors.passwordRefused');
  });

  it('explains unusable links by status', () => {
    expect(invitationErrorKey(apiError(404))).toBe('invitation.errors.unknown');
    expect(invitationErrorKey(apiError(409))).toBe('invitation.errors.accepted');
    expect(invitationErrorKey(apiError(410))).toBe('invitation.errors.gone');
    expect(invitationErrorKey(apiError(500))).toBe('errors.server');
  });

  it('uses the email’s local part as the name of an existing account', () => {
    expect(nameFromEmail('amina@example.org')).toBe('amina');
  });
});
