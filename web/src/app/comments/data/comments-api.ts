import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { CommentListResponse, CommentResponse, CreateCommentRequest, UpdateCommentRequest } from '../../api/models';

/** A step's discussion. */
@Injectable({ providedIn: 'root' })
export class CommentsApi {
  private readonly http = inject(HttpClient);

  list(planId: string, stepId: string): Observable<CommentListResponse> {
    return this.http.get<CommentListResponse>(this.commentsUrl(planId, stepId));
  }

  create(planId: string, stepId: string, comment: CreateCommentRequest): Observable<CommentResponse> {
    return this.http.post<CommentResponse>(this.commentsUrl(planId, stepId), comment);
  }

  update(planId: string, stepId: string, commentId: string, change: UpdateCommentRequest): Observable<CommentResponse> {
    return this.http.patch<CommentResponse>(`${this.commentsUrl(planId, stepId)}/${encodeURIComponent(commentId)}`, change);
  }

  delete(planId: string, stepId: string, commentId: string): Observable<void> {
    return this.http.delete<void>(`${this.commentsUrl(planId, stepId)}/${encodeURIComponent(commentId)}`);
  }

  private commentsUrl(planId: string, stepId: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}/steps/${encodeURIComponent(stepId)}/comments`);
  }
}
