import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../api/api-error';
import { InvitationPreviewResponse } from '../../api/models';
import { SessionStore } from '../../auth/data/session-store';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { GroupErrorStateMatcher } from '../../shell/forms/date-order';
import { MembersApi } from '../data/members-api';
import {
  invitationErrorKey, MIN_PASSWORD_LENGTH, nameFromEmail, passwordProblemKey, passwordsMatchValidator,
} from '../model/invitation-rules';

/** Where an invitation link leads: join the plan with a new account, or with the password of an existing one. */
@Component({
  selector: 'app-invitation-page',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule, RouterLink,
    TranslatePipe, DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation-page.html',
  styles: `
    :host { display: block; max-width: 36rem; }
    form { display: flex; flex-direction: column; gap: 0.25rem; }
    .invitation { padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 0.75rem;
      margin-block: 1rem; }
    .invitation p { margin: 0.25rem 0; }
  `,
})
export class InvitationPage {
  private readonly membersApi = inject(MembersApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  private readonly announcer = inject(LiveAnnouncer);

  readonly token = input.required<string>();

  protected readonly minLength = MIN_PASSWORD_LENGTH;
  protected readonly preview = signal<InvitationPreviewResponse | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly acceptError = signal<ApiError | null>(null);
  protected readonly accepting = signal(false);
  protected readonly confirmMatcher = new GroupErrorStateMatcher('passwordMismatch');

  protected readonly newAccountForm = inject(NonNullableFormBuilder).group(
    {
      name: ['', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]],
      password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH), Validators.maxLength(200)]],
      confirmPassword: ['', Validators.required],
    },
    { validators: passwordsMatchValidator('password', 'confirmPassword') },
  );
  protected readonly existingAccountForm = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.maxLength(200)]],
  });

  protected readonly loadErrorKey = computed(() => {
    const error = this.loadError();
    return error ? invitationErrorKey(error) : null;
  });
  /** Errors of the whole invitation (already used, expired…), not of a field. */
  protected readonly acceptErrorKey = computed(() => {
    const error = this.acceptError();
    if (!error) return null;
    // A wrong or refused password is said at the password field.
    if (error.status === 401) return null;
    if (error.status === 400 && error.fieldErrors.some((fieldError) => fieldError.field === 'password')) return null;
    if (error.status === 400) return 'errors.validation';
    return invitationErrorKey(error);
  });
  protected readonly linkUnusable = computed(() => {
    const status = this.acceptError()?.status ?? this.loadError()?.status;
    return status === 409 || status === 410 || status === 404;
  });

  /** The language the page opened in: the invitation's own replaces it only if the visitor has not switched since. */
  private readonly startLanguage = this.translator.language();

  constructor() {
    effect(() => this.load(this.token()));
  }

  protected acceptWithNewAccount(): void {
    const form = this.newAccountForm;
    if (form.invalid) {
      form.markAllAsTouched();
      void this.announcer.announce(this.translator.t('validation.fixErrors'));
      return;
    }
    const { name, password } = form.getRawValue();
    this.accept(name.trim(), password);
  }

  protected acceptWithExistingAccount(): void {
    const preview = this.preview();
    const form = this.existingAccountForm;
    if (!preview) return;
    if (form.invalid) {
      form.markAllAsTouched();
      void this.announcer.announce(this.translator.t('validation.fixErrors'));
      return;
    }
    this.accept(nameFromEmail(preview.email), form.getRawValue().password);
  }

  private accept(name: string, password: string): void {
    this.accepting.set(true);
    this.acceptError.set(null);
    this.membersApi.acceptInvitation(this.token(), { name, password }).subscribe({
      next: (accepted) => {
        this.session.start(accepted.session);
        void this.router.navigate(['/plans', accepted.planId]);
      },
      error: (error: unknown) => {
        this.accepting.set(false);
        const apiError = toApiError(error);
        this.acceptError.set(apiError);
        const passwordProblem = apiError.fieldErrors.find((fieldError) => fieldError.field === 'password');
        const passwordControl = this.preview()?.accountExists
          ? this.existingAccountForm.controls.password
          : this.newAccountForm.controls.password;
        if (apiError.status === 400 && passwordProblem) {
          passwordControl.setErrors({ server: passwordProblemKey(passwordProblem.message) });
          passwordControl.markAsTouched();
        } else if (apiError.status === 401) {
          passwordControl.setErrors({ wrongPassword: true });
          passwordControl.markAsTouched();
        }
      },
    });
  }

  /**
   * Someone not signed in reads the invitation in the language it was written in (the new account's language too).
   * Not remembered on the device; the language switch still works, and its choice is kept.
   */
  private startInInvitationLanguage(preview: InvitationPreviewResponse): void {
    if (this.session.isSignedIn()) return;
    if (this.translator.language() !== this.startLanguage) return;
    this.translator.use(preview.language, { remember: false });
  }

  private load(token: string): void {
    this.preview.set(null);
    this.loadError.set(null);
    this.acceptError.set(null);
    this.membersApi.previewInvitation(token).subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.startInInvitationLanguage(preview);
      },
      error: (error: unknown) => this.loadError.set(toApiError(error)),
    });
  }
}
