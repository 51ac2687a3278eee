import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { VersionConflict } from './versioned-edit';

/** One field this dialog wanted to change, with its value as someone else saved it meanwhile. */
export interface ConflictRow {
  /** The field's label (a translation key). */
  label: string;
  /** The field's value now, as a reader sees it. */
  current: string;
}

/**
 * A save refused because someone else changed the same thing meanwhile: what they saved, and the choice between
 * saving this dialog's changes again on top of it or starting again from theirs. The texts are `<messages>.title`,
 * `.explanation`, `.saveMine` and `.useTheirs`; the heading (id `headingId`) takes the focus from the dialog.
 */
@Component({
  selector: 'app-version-conflict-panel',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: contents' },
  template: `
    <section class="conflict" [attr.aria-labelledby]="headingId()">
      <h3 [id]="headingId()" tabindex="-1">{{ keys().title | t }}</h3>
      <p>{{ keys().explanation | t }}</p>
      <dl>
        @for (row of rows(); track row.label) {
          <dt>{{ row.label | t }}</dt>
          <dd dir="auto">{{ row.current }}</dd>
        }
      </dl>
      <div class="conflict-actions">
        <button mat-flat-button type="button" (click)="saveMine.emit()">{{ keys().saveMine | t }}</button>
        <button mat-stroked-button type="button" (click)="useTheirs.emit()">{{ keys().useTheirs | t }}</button>
      </div>
    </section>
  `,
  styles: `
    .conflict { border: 2px solid var(--mat-sys-error); border-radius: 0.5rem; padding: 0.5rem 1rem; margin-block-end: 1rem; }
    .conflict h3 { margin-block-start: 0.25rem; }
    .conflict dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
    .conflict dd { margin: 0; }
    .conflict-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.5rem; }
  `,
})
export class VersionConflictPanel {
  readonly headingId = input.required<string>();
  /** Where the panel's texts are among the translations, e.g. `budget.conflict`. */
  readonly messages = input.required<string>();
  readonly rows = input.required<ConflictRow[]>();
  readonly saveMine = output<void>();
  readonly useTheirs = output<void>();

  protected readonly keys = computed(() => {
    const messages = this.messages();
    return {
      title: `${messages}.title`,
      explanation: `${messages}.explanation`,
      saveMine: `${messages}.saveMine`,
      useTheirs: `${messages}.useTheirs`,
    };
  });
}

/** The panel's rows: each field this dialog changed, labelled, with its value now. */
export function conflictRows<T, C extends object>(
  conflict: VersionConflict<T, C>,
  labels: Record<string, string>,
  currentValue: (current: T, field: keyof C) => string,
): ConflictRow[] {
  return (Object.keys(conflict.mine) as (keyof C & string)[]).map((field) => ({
    label: labels[field],
    current: currentValue(conflict.current, field),
  }));
}
