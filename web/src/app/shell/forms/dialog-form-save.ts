import { LiveAnnouncer } from '@angular/cdk/a11y';
import { afterNextRender, DOCUMENT, inject, Injector, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { Observable } from 'rxjs';
import { ApiError, toApiError } from '../../api/api-error';
import { FieldError } from '../../api/models';
import { Translator } from '../../i18n/data/translator';

/**
 * The saving of a dialog's form: `saving` while the request runs, the server's refusal (`error`, shown as a summary
 * with the messages that fit no field, `unmatchedErrors`), and the focus moved where a keyboard user needs it.
 * Created in the dialog's injection context, with the dialog's selector (`app-budget-line-dialog`) to find its fields.
 */
export class DialogFormSave {
  readonly saving = signal(false);
  readonly error = signal<ApiError | null>(null);
  readonly unmatchedErrors = signal<FieldError[]>([]);

  private readonly translator = inject(Translator);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  constructor(private readonly host: string) {}

  /** When the form is not ready to send: marks its fields, says so, focuses the first in error; true if so. */
  refuseInvalid(form: AbstractControl): boolean {
    if (!form.invalid) return false;
    form.markAllAsTouched();
    void this.announcer.announce(this.translator.t('validation.fixErrors'));
    this.focusFirstInvalid();
    return true;
  }

  /**
   * Sends the request. Saved: `done`. Refused: `explain` either deals with the refusal itself (a conflict) and
   * returns null, or puts the server's messages on the form's fields and returns those that fit none.
   */
  send<T>(request: Observable<T>, done: (saved: T) => void, explain: (error: ApiError) => FieldError[] | null): void {
    this.saving.set(true);
    this.error.set(null);
    this.unmatchedErrors.set([]);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        done(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const apiError = toApiError(error);
        const unmatched = explain(apiError);
        if (unmatched === null) return;
        this.error.set(apiError);
        this.unmatchedErrors.set(unmatched);
        this.focusFirstInvalid();
      },
    });
  }

  /** Says something at once (a conflict shown) and moves the focus to its heading once it is rendered. */
  alert(message: string, headingId: string): void {
    void this.announcer.announce(message, 'assertive');
    this.focusLater(`#${headingId}`);
  }

  /** Says something politely. */
  say(message: string): void {
    void this.announcer.announce(message);
  }

  /** After the next render: the focus goes to the first element matching the selector. */
  focusLater(selector: string): void {
    afterNextRender(() => this.document.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }

  /** After the error messages are rendered: the first field in error gets the focus. */
  focusFirstInvalid(): void {
    const invalid = `${this.host} .mat-form-field-invalid`;
    this.focusLater(`${invalid} input, ${invalid} textarea, ${invalid} mat-select`);
  }
}
