import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, map, Observable, of, tap, throwError } from 'rxjs';
import { toApiError } from '../../api/api-error';
import { InvitationResponse, MemberResponse, Role } from '../../api/models';
import { staleMembership } from '../model/role-conflict';
import { MembersApi } from './members-api';

/** A plan's members (who can also be assigned to its steps), and (for owners) its pending invitations. */
@Injectable()
export class PlanMembersStore {
  private readonly membersApi = inject(MembersApi);
  private readonly planId = signal<Signal<string | undefined>>(signal(undefined));
  private readonly owner = signal<Signal<boolean>>(signal(false));

  private readonly membersResource = rxResource({
    params: () => {
      const planId = this.planId()();
      return planId ? { planId } : undefined;
    },
    stream: ({ params }) => this.membersApi.members(params.planId).pipe(map((response) => response.items)),
  });
  private readonly invitationsResource = rxResource({
    params: () => {
      const planId = this.planId()();
      return planId && this.owner()() ? { planId } : undefined;
    },
    stream: ({ params }) =>
      params ? this.membersApi.invitations(params.planId).pipe(map((response) => response.items)) : of([]),
  });

  readonly members = computed<MemberResponse[]>(() =>
    this.membersResource.hasValue() ? this.membersResource.value() : [],
  );
  readonly membersLoaded = computed(() => this.membersResource.hasValue());
  readonly membersLoading = this.membersResource.isLoading;
  readonly membersError = computed(() =>
    this.membersResource.error() ? toApiError(this.membersResource.error()) : null,
  );
  readonly invitations = computed<InvitationResponse[]>(() =>
    this.invitationsResource.hasValue() ? this.invitationsResource.value() : [],
  );
  readonly invitationsLoaded = computed(() => this.invitationsResource.hasValue());
  readonly invitationsLoading = this.invitationsResource.isLoading;
  readonly invitationsError = computed(() =>
    this.invitationsResource.error() ? toApiError(this.invitationsResource.error()) : null,
  );

  /**
   * Follows the plan id, loading invitations only while `isOwner` is true (others get 403). Pages that need only
   * the members (the people who can be assigned to steps) leave `isOwner` out.
   */
  connect(planId: Signal<string | undefined>, isOwner: Signal<boolean> = signal(false)): void {
    this.planId.set(planId);
    this.owner.set(isOwner);
  }

  /**
   * Changes the role, based on the membership's version as this store has it. When someone else changed it
   * meanwhile (409, field `version`), the row is replaced by the current membership and the error passed on.
   */
  changeRole(member: MemberResponse, role: Role): Observable<MemberResponse> {
    const base = this.member(member.userId) ?? member;
    return this.membersApi.changeRole(this.requirePlanId(), member.userId, { role, version: base.version }).pipe(
      tap((saved) => this.replace(saved)),
      catchError((error: unknown) => {
        const current = staleMembership(toApiError(error));
        if (current) this.replace(current);
        return throwError(() => error);
      }),
    );
  }

  /**
   * Names the member reviewer of progress reports, or un-names them, keeping their role; versioned like a role
   * change (a stale version puts the current membership in the row and passes the 409 on).
   */
  setReviewer(member: MemberResponse, reviewer: boolean): Observable<MemberResponse> {
    const base = this.member(member.userId) ?? member;
    return this.membersApi
      .changeRole(this.requirePlanId(), member.userId, { role: base.role, reviewer, version: base.version })
      .pipe(
        tap((saved) => this.replace(saved)),
        catchError((error: unknown) => {
          const current = staleMembership(toApiError(error));
          if (current) this.replace(current);
          return throwError(() => error);
        }),
      );
  }

  /** The member as this store has it now. */
  member(userId: string): MemberResponse | undefined {
    return this.members().find((item) => item.userId === userId);
  }

  remove(member: MemberResponse): Observable<void> {
    return this.membersApi.removeMember(this.requirePlanId(), member.userId).pipe(
      tap(() => this.membersResource.update((members) => members?.filter((item) => item.userId !== member.userId))),
    );
  }

  revoke(invitation: InvitationResponse): Observable<void> {
    return this.membersApi.revokeInvitation(this.requirePlanId(), invitation.id).pipe(
      tap(() => this.invitationsResource.update((items) => items?.filter((item) => item.id !== invitation.id))),
    );
  }

  reloadMembers(): void {
    this.membersResource.reload();
  }

  reloadInvitations(): void {
    this.invitationsResource.reload();
  }

  private replace(member: MemberResponse): void {
    this.membersResource.update((members) => members?.map((item) => (item.userId === member.userId ? member : item)));
  }

  private requirePlanId(): string {
    const planId = this.planId()();
    if (!planId) throw new Error('No plan');
    return planId;
  }
}
