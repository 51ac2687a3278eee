import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import {
  CreatedShareLinkResponse, CreateShareLinkRequest, ShareLinkListResponse, ShareLinkResponse,
} from '../../api/models';

/** A plan's share links (its owners' business: anyone else gets 403). */
@Injectable({ providedIn: 'root' })
export class ShareLinksApi {
  private readonly http = inject(HttpClient);

  /** Newest first, revoked and expired ones included. */
  list(planId: string): Observable<ShareLinkListResponse> {
    return this.http.get<ShareLinkListResponse>(this.linksUrl(planId));
  }

  /** The answer holds the link's secret and address, this once: the server keeps only a hash of it. */
  create(planId: string, request: CreateShareLinkRequest): Observable<CreatedShareLinkResponse> {
    return this.http.post<CreatedShareLinkResponse>(this.linksUrl(planId), request);
  }

  /** Stops the link working at once; revoking a revoked link changes nothing. */
  revoke(planId: string, linkId: string): Observable<ShareLinkResponse> {
    return this.http.delete<ShareLinkResponse>(`${this.linksUrl(planId)}/${encodeURIComponent(linkId)}`);
  }

  private linksUrl(planId: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}/share-links`);
  }
}
