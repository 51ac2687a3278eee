import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import {
  AcceptInvitationRequest, AcceptInvitationResponse, ChangeRoleRequest, CreatedInvitationResponse, CreateInvitationRequest,
  InvitationListResponse, InvitationPreviewResponse, MemberListResponse, MemberResponse,
} from '../../api/models';

/** A plan's members and invitations, and the public invitation links. */
@Injectable({ providedIn: 'root' })
export class MembersApi {
  private readonly http = inject(HttpClient);

  members(planId: string): Observable<MemberListResponse> {
    return this.http.get<MemberListResponse>(this.planUrl(planId, '/members'));
  }

  /** A stale `version` gets 409 with the current membership in `current`. */
  changeRole(planId: string, memberId: string, request: ChangeRoleRequest): Observable<MemberResponse> {
    return this.http.patch<MemberResponse>(this.planUrl(planId, `/members/${encodeURIComponent(memberId)}`), request);
  }

  removeMember(planId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(this.planUrl(planId, `/members/${encodeURIComponent(memberId)}`));
  }

  invitations(planId: string): Observable<InvitationListResponse> {
    return this.http.get<InvitationListResponse>(this.planUrl(planId, '/invitations'));
  }

  invite(planId: string, invitation: CreateInvitationRequest): Observable<CreatedInvitationResponse> {
    return this.http.post<CreatedInvitationResponse>(this.planUrl(planId, '/invitations'), invitation);
  }

  revokeInvitation(planId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(this.planUrl(planId, `/invitations/${encodeURIComponent(invitationId)}`));
  }

  /** Public: what an invitation link is for. */
  previewInvitation(token: string): Observable<InvitationPreviewResponse> {
    return this.http.get<InvitationPreviewResponse>(apiUrl(`/invitations/${encodeURIComponent(token)}`));
  }

  /** Public: joins the plan (creating the account if needed) and starts a session. */
  acceptInvitation(token: string, request: AcceptInvitationRequest): Observable<AcceptInvitationResponse> {
    return this.http.post<AcceptInvitationResponse>(apiUrl(`/invitations/${encodeURIComponent(token)}/accept`), request);
  }

  private planUrl(planId: string, path: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}${path}`);
  }
}
