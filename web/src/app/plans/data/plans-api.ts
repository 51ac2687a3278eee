import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { CreatePlanRequest, PlanListResponse, PlanResponse, UpdatePlanRequest } from '../../api/models';

@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly http = inject(HttpClient);

  list(includeArchived: boolean): Observable<PlanListResponse> {
    const params = new HttpParams().set('includeArchived', String(includeArchived));
    return this.http.get<PlanListResponse>(apiUrl('/plans'), { params });
  }

  get(planId: string): Observable<PlanResponse> {
    return this.http.get<PlanResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}`));
  }

  create(plan: CreatePlanRequest): Observable<PlanResponse> {
    return this.http.post<PlanResponse>(apiUrl('/plans'), plan);
  }

  update(planId: string, changes: UpdatePlanRequest): Observable<PlanResponse> {
    return this.http.patch<PlanResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}`), changes);
  }

  /** Archiving is the API's DELETE: the plan stays, read-only. */
  archive(planId: string): Observable<PlanResponse> {
    return this.http.delete<PlanResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}`));
  }
}
