import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSnackBar } from '@angular/material/snack-bar';
import { errorSummaryKey, loadErrorSummaryKey } from '../../api/api-error';
import { ShareLinkResponse } from '../../api/models';
import { toApiError } from '../../api/api-error';
import { Translator } from '../../i18n/data/translator';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanStore } from '../../plans/data/plan-store';
import { PlanPageHeader } from '../../plans/ui/plan-page-header';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { ShareLinksStore } from '../data/share-links-store';
import { ShareLinkDialog, ShareLinkDialogData } from '../ui/share-link-dialog';
import { ShareLinksTable } from '../ui/share-links-table';

/**
 * The plan's share links, for its owners: read-only views for people without an account (a parliament committee,
 * the public, a donor's board). Create one, see how much each is used, revoke one. Anyone else is told the page is
 * the owners'.
 */
@Component({
  selector: 'app-share-links-page',
  imports: [MatButtonModule, MatProgressSpinnerModule, TranslatePipe, Icon, PlanPageHeader, ShareLinksTable],
  providers: [PlanStore, ShareLinksStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-links-page.html',
  styles: `.intro { max-width: 60rem; }`,
})
export class ShareLinksPage {
  protected readonly planStore = inject(PlanStore);
  protected readonly linksStore = inject(ShareLinksStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translator = inject(Translator);

  readonly planId = input.required<string>();

  protected readonly plan = this.planStore.plan;
  protected readonly isOwner = computed(() => this.plan()?.myRole === 'owner');
  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error() ?? this.linksStore.error();
    return error ? loadErrorSummaryKey(error) : null;
  });
  /** Why a revocation failed, shown above the table. */
  protected readonly actionErrorKey = signal<string | null>(null);

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    this.linksStore.connect(this.planId, this.isOwner);
  }

  protected createLink(): void {
    this.dialog.open<ShareLinkDialog, ShareLinkDialogData>(ShareLinkDialog, {
      data: {
        planId: this.planId(),
        // The secret and the address are the dialog's to show once; the table keeps only what the list shows.
        created: ({ token: _token, url: _url, ...link }) => this.linksStore.add(link),
      },
      direction: this.translator.direction(),
      maxWidth: '40rem',
    });
  }

  protected revokeLink(link: ShareLinkResponse): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          titleKey: 'sharing.revoke.title',
          messageKey: 'sharing.revoke.message',
          confirmKey: 'sharing.revoke.confirm',
          params: { name: link.name },
        },
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.actionErrorKey.set(null);
        this.linksStore.revoke(this.planId(), link.id).subscribe({
          next: () => this.snackBar.open(this.translator.t('sharing.revoke.done', { name: link.name }), undefined, { duration: 4000 }),
          error: (error: unknown) => this.actionErrorKey.set(errorSummaryKey(toApiError(error))),
        });
      });
  }
}
