import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, signal } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { ApiError, errorSummaryKey, toApiError } from '../../api/api-error';
import { CreatedInvitationResponse, FieldError, Language, Role } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { LANGUAGES } from '../../i18n/model/languages';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { applyServerErrors } from '../../shell/forms/server-errors';
import { Icon } from '../../shell/ui/icon';
import { MembersApi } from '../data/members-api';
import { ROLES } from '../model/roles';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';

export interface InviteDialogData {
  planId: string;
}

const FIELD_LABELS: Record<string, string> = {
  email: 'members.invite.email', role: 'members.invite.role', language: 'members.invite.language',
};

/** Invites someone by email and shows the link to share; closes with true once an invitation exists. */
@Component({
  selector: 'app-invite-dialog',
  imports: [
    ServerErrorLines,
    ReactiveFormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule,
    TranslatePipe, MessagePipe, Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'members.invite.title' | t }}</h2>
    @if (created(); as invitation) {
      <mat-dialog-content class="content">
        <p role="status">{{ 'members.invite.created' | t: { email: invitation.email } }}</p>
        <p>{{ (invitation.emailSent ? 'members.invite.emailSent' : 'members.invite.emailNotSent') | t }}</p>
        <mat-form-field class="link">
          <mat-label>{{ 'members.invite.link' | t }}</mat-label>
          <input matInput readonly [value]="invitation.acceptUrl" dir="ltr" (focus)="selectAll($event)" />
          <mat-hint>{{ 'members.invite.linkHint' | t }}</mat-hint>
        </mat-form-field>
        <div class="copy">
          <button mat-stroked-button type="button" (click)="copyLink(invitation.acceptUrl)">
            <app-icon name="copy" />{{ 'members.invite.copy' | t }}
          </button>
          <span role="status" aria-live="polite">
            @if (copyState() === 'copied') {
              {{ 'members.invite.copied' | t }}
            } @else if (copyState() === 'failed') {
              {{ 'members.invite.copyFailed' | t }}
            }
          </span>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="true">{{ 'common.close' | t }}</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="invite()" novalidate>
        <mat-dialog-content class="content">
          <mat-form-field>
            <mat-label>{{ 'members.invite.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" required autocomplete="off" cdkFocusInitial />
            @if (form.controls.email.hasError('required')) {
              <mat-error>{{ 'validation.required' | t }}</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>{{ 'validation.email' | t }}</mat-error>
            } @else if (form.controls.email.hasError('alreadyMember')) {
              <mat-error>{{ 'members.invite.alreadyMember' | t }}</mat-error>
            } @else if (form.controls.email.hasError('server')) {
              <mat-error>{{ form.controls.email.getError('server') | message }}</mat-error>
            }
          </mat-form-field>
          <fieldset>
            <legend>{{ 'members.invite.role' | t }}</legend>
            <mat-radio-group formControlName="role" class="roles">
              @for (role of roles; track role) {
                <mat-radio-button [value]="role">
                  <strong>{{ 'role.' + role | t }}</strong> — {{ 'members.roleHelp.' + role | t }}
                </mat-radio-button>
              }
            </mat-radio-group>
          </fieldset>
          <mat-form-field>
            <mat-label>{{ 'members.invite.language' | t }}</mat-label>
            <mat-select formControlName="language">
              @for (option of languages; track option.code) {
                <mat-option [value]="option.code" [attr.lang]="option.code" [attr.dir]="option.dir">
                  {{ option.nativeName }}
                </mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'members.invite.languageHint' | t }}</mat-hint>
            @if (form.controls.language.hasError('server')) {
              <mat-error>{{ form.controls.language.getError('server') | message }}</mat-error>
            }
          </mat-form-field>
          <div role="alert">
            @if (errorKey(); as key) {
              <div class="banner error">
                <app-server-error-lines [summaryKey]="key" [message]="error()?.message" [unmatched]="unmatchedErrors()" [labels]="fieldLabels" />
              </div>
            }
          </div>
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" [mat-dialog-close]="false">{{ 'common.cancel' | t }}</button>
          <button mat-flat-button type="submit" [disabled]="saving()">{{ 'members.invite.submit' | t }}</button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.5rem; min-width: min(32rem, 80vw); }
    fieldset { border: none; padding: 0; margin: 0; }
    legend { font-weight: 500; margin-block-end: 0.25rem; }
    .roles { display: flex; flex-direction: column; gap: 0.25rem; }
    .link input { font-family: monospace; }
    .copy { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
  `,
})
export class InviteDialog {
  private readonly membersApi = inject(MembersApi);
  private readonly translator = inject(Translator);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly navigator = inject(DOCUMENT).defaultView?.navigator;
  private readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly roles = ROLES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['contributor' as Role, Validators.required],
    /** The email's and the new account's language: the inviter's own (the page's) unless chosen otherwise. */
    language: [this.translator.language() as Language, Validators.required],
  });
  /** Each language by its own name. */
  protected readonly languages = LANGUAGES;
  protected readonly saving = signal(false);
  protected readonly created = signal<CreatedInvitationResponse | null>(null);
  protected readonly copyState = signal<'idle' | 'copied' | 'failed'>('idle');
  protected readonly error = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly errorKey = computed(() => {
    const error = this.error();
    if (!error || error.status === 409) return null;
    return errorSummaryKey(error);
  });

  protected invite(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      void this.announcer.announce(this.translator.t('validation.fixErrors'));
      return;
    }
    const { email, role, language } = this.form.getRawValue();
    this.saving.set(true);
    this.error.set(null);
    this.unmatchedErrors.set([]);
    this.membersApi.invite(this.data.planId, { email: email.trim(), role, language }).subscribe({
      next: (invitation) => {
        this.saving.set(false);
        this.created.set(invitation);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        this.error.set(apiError);
        if (apiError.status === 409) {
          this.form.controls.email.setErrors({ alreadyMember: true });
          this.form.controls.email.markAsTouched();
          return;
        }
        this.unmatchedErrors.set(applyServerErrors(this.form, apiError, FIELD_LABELS));
      },
    });
  }

  protected copyLink(link: string): void {
    const clipboard = this.navigator?.clipboard;
    if (!clipboard) {
      this.copyState.set('failed');
      return;
    }
    this.copyState.set('idle');
    clipboard.writeText(link).then(
      () => this.copyState.set('copied'),
      () => this.copyState.set('failed'),
    );
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected readonly fieldLabels = FIELD_LABELS;
}
