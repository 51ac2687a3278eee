import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { ActivityListResponse } from '../../api/models';
import { ActivityQuery } from '../model/activity-query';

@Injectable({ providedIn: 'root' })
export class ActivityApi {
  private readonly http = inject(HttpClient);

  /** A plan's audit trail, newest first. */
  list(planId: string, query: ActivityQuery): Observable<ActivityListResponse> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.entityId) params = params.set('entityId', query.entityId);
    if (query.actorId) params = params.set('actorId', query.actorId);
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    return this.http.get<ActivityListResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}/activity`), { params });
  }
}
