import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FieldError } from '../../api/models';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { fieldErrorMessage } from './server-errors';

/**
 * The lines of a form's error summary: what went wrong, what the server said, and the field errors
 * that belong to no control of the form. The caller supplies the surrounding alert or banner.
 */
@Component({
  selector: 'app-server-error-lines',
  imports: [TranslatePipe, MessagePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <p>{{ summaryKey() | t }}</p>
    @if (message(); as message) {
      <p>{{ 'errors.serverSaid' | t: { message } }}</p>
    }
    @for (line of unmatchedLines(); track $index) {
      <p>{{ line | message }}</p>
    }
  `,
})
export class ServerErrorLines {
  readonly summaryKey = input.required<string>();
  readonly message = input<string | null | undefined>(null);
  readonly unmatched = input<FieldError[]>([]);
  /** Translation keys of the form's field labels, by API field name. */
  readonly labels = input<Record<string, string>>({});

  protected readonly unmatchedLines = computed(() =>
    this.unmatched().map((fieldError) => fieldErrorMessage(fieldError, this.labels()[fieldError.field] ?? fieldError.field)),
  );
}
