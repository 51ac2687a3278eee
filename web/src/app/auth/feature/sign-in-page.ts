import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { errorSummaryKey, toApiError } from '../../api/api-error';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { homePath } from '../data/home-page';
import { SessionStore } from '../data/session-store';

/** Only same-site paths are followed after sign-in; otherwise the person's home page. */
export function safeReturnUrl(value: string | undefined, home = '/plans'): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : home;
}

@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatCardModule, MatFormFieldModule, MatInputModule,
    MatProgressSpinnerModule, TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly errorKey = signal<string | null>(null);

  protected signIn(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, password } = this.form.getRawValue();
    this.submitting.set(true);
    this.errorKey.set(null);
    this.session.signIn(email.trim(), password).subscribe({
      next: (response) => {
        this.submitting.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), homePath(response.user)));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        const apiError = toApiError(error);
        this.errorKey.set(apiError.status === 401 ? 'signIn.invalidCredentials' : errorSummaryKey(apiError));
      },
    });
  }
}
