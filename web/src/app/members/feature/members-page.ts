import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { ApiError, errorSummaryKey, loadErrorSummaryKey, toApiError } from '../../api/api-error';
import { InvitationResponse, MemberResponse, Role } from '../../api/models';
import { SessionStore } from '../../auth/data/session-store';
import { Translator } from '../../i18n/data/translator';
import { DateTimePipe } from '../../i18n/format-pipes';
import { languageOption } from '../../i18n/model/languages';
import { TranslatePipe } from '../../i18n/translate-pipe';
import { PlanStore } from '../../plans/data/plan-store';
import { loadPlanPage } from '../../plans/data/load-plan-page';
import { PlanPageHeader } from '../../plans/ui/plan-page-header';
import { ConfirmDialog, ConfirmDialogData } from '../../shell/ui/confirm-dialog';
import { Icon } from '../../shell/ui/icon';
import { PlanMembersStore } from '../data/plan-members-store';
import { ChangeRoleDialog, ChangeRoleDialogData } from '../ui/change-role-dialog';
import { RoleConflict, staleMembership } from '../model/role-conflict';
import { InviteDialog, InviteDialogData } from '../ui/invite-dialog';

/** Who works on a plan; owners change roles, remove people and invite new ones. */
@Component({
  selector: 'app-members-page',
  imports: [
    MatButtonModule, MatProgressSpinnerModule, MatSlideToggleModule, TranslatePipe, DateTimePipe, Icon, PlanPageHeader,
  ],
  providers: [PlanStore, PlanMembersStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-page.html',
  styles: `
    td.actions-cell { white-space: nowrap; }
    td.actions-cell button + button { margin-inline-start: 0.5rem; }
    .you { margin-inline-start: 0.5rem; }
    .role-conflict h3 { margin: 0 0 0.5rem; font-size: 1.05rem; }
    .role-conflict p { margin: 0.25rem 0; }
    .role-conflict button { margin-block-start: 0.5rem; }
  `,
})
export class MembersPage {
  protected readonly planStore = inject(PlanStore);
  protected readonly store = inject(PlanMembersStore);
  private readonly session = inject(SessionStore);
  private readonly translator = inject(Translator);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly document = inject(DOCUMENT);

  readonly planId = input.required<string>();

  protected readonly plan = this.planStore.plan;
  protected readonly languageOption = languageOption;
  protected readonly myUserId = computed(() => this.session.user()?.id);
  /** Only owners manage members; an archived plan is read-only. */
  protected readonly canManage = computed(() => {
    const plan = this.plan();
    return !!plan && plan.myRole === 'owner' && plan.status === 'active';
  });
  private readonly isOwner = computed(() => this.plan()?.myRole === 'owner');
  /** Errors from changing or removing members (e.g. the last owner), shown above the table. */
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly actionErrorKey = computed(() => {
    const error = this.actionError();
    if (!error) return null;
    const lastOwner = error.status === 409 && !error.fieldErrors.some((fieldError) => fieldError.field === 'version');
    return lastOwner ? 'members.lastOwner' : errorSummaryKey(error);
  });
  /** Someone else changed a role while the owner was choosing one: what it is now; the owner may choose again. */
  protected readonly roleConflict = signal<RoleConflict | null>(null);
  /** Someone else changed the membership while the owner named or un-named a reviewer: how it is now. */
  protected readonly reviewerConflict = signal<{ current: MemberResponse; wanted: boolean } | null>(null);
  protected readonly loadErrorKey = computed(() => {
    const error = this.planStore.error() ?? this.store.membersError();
    return error ? loadErrorSummaryKey(error) : null;
  });
  protected readonly invitationsErrorKey = computed(() => {
    const error = this.store.invitationsError();
    return error ? errorSummaryKey(error) : null;
  });

  constructor() {
    loadPlanPage(this.planStore, this.planId);
    this.store.connect(this.planId, this.isOwner);
  }

  protected changeRole(member: MemberResponse): void {
    this.dialog
      .open<ChangeRoleDialog, ChangeRoleDialogData, Role>(ChangeRoleDialog, {
        data: { member: this.store.member(member.userId) ?? member },
        direction: this.translator.direction(),
        maxWidth: '40rem',
      })
      .afterClosed()
      .subscribe((role) => {
        if (role) this.saveRole(member, role);
      });
  }

  private saveRole(member: MemberResponse, role: Role): void {
    this.actionError.set(null);
    const afterConflict = this.roleConflict() !== null;
    this.roleConflict.set(null);
    this.store.changeRole(member, role).subscribe({
      next: (saved) => {
        this.snackBar.open(
          this.translator.t('members.roleChanged', { name: saved.name, role: this.translator.t('role.' + saved.role) }),
          undefined,
          { duration: 4000 },
        );
        if (saved.userId === this.myUserId()) this.planStore.reload();
        // The conflict message (and its button) are gone: focus goes back to the member's row.
        if (afterConflict) this.focusLater(`change-role-${saved.userId}`);
      },
      error: (error: unknown) => {
        const apiError = toApiError(error);
        const current = staleMembership(apiError);
        if (!current) {
          this.actionError.set(apiError);
          return;
        }
        // The store has put the current membership in the row; say what happened and let the owner choose again.
        this.roleConflict.set({ current, wanted: role });
        const t = (key: string, params?: Record<string, unknown>) => this.translator.t(key, params);
        const roleNow = t('role.' + current.role);
        void this.announcer.announce(
          [
            t('members.roleConflict.title', { name: current.name }),
            t('members.roleConflict.now', { name: current.name, role: roleNow }),
            t('members.roleConflict.notSaved', { role: t('role.' + role) }),
          ].join(' '),
          'assertive',
        );
        this.focusLater('role-conflict-heading');
      },
    });
  }

  /** Names or un-names a reviewer of progress reports (owners review anyway). */
  protected setReviewer(member: MemberResponse, reviewer: boolean, change?: MatSlideToggleChange): void {
    this.actionError.set(null);
    const afterConflict = this.reviewerConflict() !== null;
    this.reviewerConflict.set(null);
    this.store.setReviewer(member, reviewer).subscribe({
      next: (saved) => {
        this.snackBar.open(
          this.translator.t(saved.reviewer ? 'reports.reviewer.named' : 'reports.reviewer.unnamed', { name: saved.name }),
          undefined,
          { duration: 4000 },
        );
        if (afterConflict) this.focusLater(`reviewer-${saved.userId}-button`);
      },
      error: (error: unknown) => {
        const apiError = toApiError(error);
        const current = staleMembership(apiError);
        // The switch shows the stored value again (the row itself changes only with the current membership).
        if (change) change.source.checked = current?.reviewer ?? member.reviewer;
        if (!current) {
          this.actionError.set(apiError);
          return;
        }
        this.reviewerConflict.set({ current, wanted: reviewer });
        const t = (key: string, params?: Record<string, unknown>) => this.translator.t(key, params);
        void this.announcer.announce(
          [
            t('reports.reviewer.conflictTitle', { name: current.name }),
            t(current.reviewer ? 'reports.reviewer.nowReviewer' : 'reports.reviewer.nowNotReviewer', { name: current.name, role: t('role.' + current.role) }),
            t('reports.reviewer.notSaved'),
          ].join(' '),
          'assertive',
        );
        this.focusLater('reviewer-conflict-heading');
      },
    });
  }

  private focusLater(id: string): void {
    setTimeout(() => this.document.getElementById(id)?.focus(), 0);
  }

  protected removeMember(member: MemberResponse): void {
    this.confirm({
      titleKey: 'members.remove.title',
      messageKey: 'members.remove.message',
      confirmKey: 'members.remove.confirm',
      params: { name: member.name },
    }, () => {
      this.actionError.set(null);
      this.store.remove(member).subscribe({
        next: () => {
          this.snackBar.open(this.translator.t('members.remove.done', { name: member.name }), undefined, {
            duration: 4000,
          });
          // Someone who left the plan can no longer see it.
          if (member.userId === this.myUserId()) void this.router.navigate(['/plans']);
        },
        error: (error: unknown) => this.actionError.set(toApiError(error)),
      });
    });
  }

  protected revokeInvitation(invitation: InvitationResponse): void {
    this.confirm({
      titleKey: 'members.revoke.title',
      messageKey: 'members.revoke.message',
      confirmKey: 'members.revoke.confirm',
      params: { email: invitation.email },
    }, () => {
      this.actionError.set(null);
      this.store.revoke(invitation).subscribe({
        next: () =>
          this.snackBar.open(this.translator.t('members.revoke.done', { email: invitation.email }), undefined, {
            duration: 4000,
          }),
        error: (error: unknown) => this.actionError.set(toApiError(error)),
      });
    });
  }

  protected inviteSomeone(): void {
    this.dialog
      .open<InviteDialog, InviteDialogData, boolean>(InviteDialog, {
        data: { planId: this.planId() },
        direction: this.translator.direction(),
        maxWidth: '42rem',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) this.store.reloadInvitations();
      });
  }

  private confirm(data: ConfirmDialogData, confirmed: () => void): void {
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data,
        direction: this.translator.direction(),
        role: 'alertdialog',
      })
      .afterClosed()
      .subscribe((yes) => {
        if (yes) confirmed();
      });
  }
}
