import { computed, inject, Injectable, Signal, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map, Observable, of, tap } from 'rxjs';
import { toApiError } from '../../api/api-error';
import { InvitationResponse, MemberResponse, Role } from '../../api/models';
import { MembersApi } from './members-api';

/** A plan's members, and (for owners) its pending invitations. */
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

  /** Follows the plan id, loading invitations only while `isOwner` is true (others get 403). */
  connect(planId: Signal<string | undefined>, isOwner: Signal<boolean>): void {
    this.planId.set(planId);
    this.owner.set(isOwner);
  }

  changeRole(member: MemberResponse, role: Role): Observable<MemberResponse> {
    return this.membersApi.changeRole(this.requirePlanId(), member.userId, role).pipe(
      tap((saved) => this.membersResource.update((members) =>
        members?.map((item) => (item.userId === saved.userId ? saved : item)),
      )),
    );
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

  private requirePlanId(): string {
    const planId = this.planId()();
    if (!planId) throw new Error('No plan');
    return planId;
  }
}
