import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { startWith } from 'rxjs';
import { errorSummaryKey } from '../../api/api-error';
import { CreatedShareLinkResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { MessagePipe } from '../../i18n/message-pipe';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { DialogFormSave } from '../../shell/forms/dialog-form-save';
import { applyServerErrorsWith } from '../../shell/forms/field-messages';
import { ServerErrorLines } from '../../shell/forms/server-error-lines';
import { Icon } from '../../shell/ui/icon';
import { ShareLinksApi } from '../data/share-links-api';
import {
  createShareLinkForm, expiryRange, NAME_MAX_LENGTH, SHARE_LINK_FIELD_LABELS, SHARE_TIERS, shareLinkFieldMessage,
  toCreateShareLinkRequest,
} from '../model/share-link-form';

export interface ShareLinkDialogData {
  planId: string;
  /** Told at once when the link exists, even if the dialog is then closed with Escape. */
  created: (link: CreatedShareLinkResponse) => void;
}

/**
 * Creates a share link: who it is for, what it shows (public or donor), names or not, until when. Then shows its
 * address this one time, with a Copy button: the server keeps only a hash, so nobody can show it again.
 */
@Component({
  selector: 'app-share-link-dialog',
  imports: [
    ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDialogModule, MatFormFieldModule, MatInputModule,
    MatRadioModule, TranslatePipe, MessagePipe, ServerErrorLines, Icon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-link-dialog.html',
  styles: `
    .content { display: flex; flex-direction: column; gap: 0.5rem; min-width: min(34rem, 80vw); }
    fieldset { border: none; padding: 0; margin: 0; }
    legend { font-weight: 500; margin-block-end: 0.25rem; }
    .tiers { display: flex; flex-direction: column; gap: 0.5rem; }
    .tier-help { display: block; font-size: 0.9em; color: var(--mat-sys-on-surface-variant); }
    .link input { font-family: monospace; }
    .copy { display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
    .once { font-weight: 500; }
  `,
})
export class ShareLinkDialog {
  private readonly data = inject<ShareLinkDialogData>(MAT_DIALOG_DATA);
  private readonly shareLinksApi = inject(ShareLinksApi);
  private readonly translator = inject(Translator);
  private readonly navigator = inject(DOCUMENT).defaultView?.navigator;
  private readonly saver = new DialogFormSave('app-share-link-dialog');

  protected readonly tiers = SHARE_TIERS;
  protected readonly nameMaxLength = NAME_MAX_LENGTH;
  protected readonly fieldLabels = SHARE_LINK_FIELD_LABELS;
  protected readonly expiry = expiryRange(new Date());
  protected readonly form = createShareLinkForm(inject(NonNullableFormBuilder), new Date());
  private readonly tier = toSignal(this.form.controls.tier.valueChanges.pipe(startWith(this.form.controls.tier.value)), {
    initialValue: this.form.controls.tier.value,
  });
  /** Names can be shown only to donors: the checkbox is there only for a donor link. */
  protected readonly donorTier = computed(() => this.tier() === 'donor');

  protected readonly saving = this.saver.saving;
  protected readonly error = this.saver.error;
  protected readonly unmatchedErrors = this.saver.unmatchedErrors;
  protected readonly errorKey = computed(() => {
    const error = this.error();
    return error ? errorSummaryKey(error) : null;
  });
  protected readonly created = signal<CreatedShareLinkResponse | null>(null);
  protected readonly copyState = signal<'idle' | 'copied' | 'failed'>('idle');

  protected createLink(): void {
    if (this.saver.refuseInvalid(this.form)) return;
    this.saver.send(
      this.shareLinksApi.create(this.data.planId, toCreateShareLinkRequest(this.form.getRawValue())),
      (link) => {
        this.created.set(link);
        this.data.created(link);
        this.saver.say(this.translator.t('sharing.created.message', { name: link.name }));
        this.saver.focusLater('app-share-link-dialog .link input');
      },
      (error) => applyServerErrorsWith(this.form, error, SHARE_LINK_FIELD_LABELS, shareLinkFieldMessage),
    );
  }

  protected copyLink(url: string): void {
    const clipboard = this.navigator?.clipboard;
    if (!clipboard) {
      this.copyState.set('failed');
      return;
    }
    this.copyState.set('idle');
    clipboard.writeText(url).then(
      () => this.copyState.set('copied'),
      () => this.copyState.set('failed'),
    );
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
