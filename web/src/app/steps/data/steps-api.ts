import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { EMPTY, expand, map, Observable, reduce } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { CreateStepRequest, StepListResponse, StepResponse, UpdateStepRequest } from '../../api/models';
import { StepQuery } from '../model/step-query';

@Injectable({ providedIn: 'root' })
export class StepsApi {
  private readonly http = inject(HttpClient);

  list(planId: string, query: StepQuery): Observable<StepListResponse> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    if (query.area) params = params.set('area', query.area);
    if (query.status) params = params.set('status', query.status);
    if (query.assignee) params = params.set('assignee', query.assignee);
    if (query.overdue) params = params.set('overdue', 'true');
    if (query.dueSoon) params = params.set('dueSoon', 'true');
    if (query.principle) params = params.set('principle', query.principle);
    if (query.q?.trim()) params = params.set('q', query.q.trim());
    return this.http.get<StepListResponse>(this.stepsUrl(planId), { params });
  }

  /** Every step of a plan, page by page (for dependency pickers). */
  listAll(planId: string): Observable<StepResponse[]> {
    const pageSize = 200;
    return this.list(planId, { page: 1, pageSize }).pipe(
      expand((response) =>
        response.page * response.pageSize < response.total
          ? this.list(planId, { page: response.page + 1, pageSize })
          : EMPTY,
      ),
      map((response) => response.items),
      reduce((all, items) => all.concat(items), [] as StepResponse[]),
    );
  }

  get(planId: string, stepId: string): Observable<StepResponse> {
    return this.http.get<StepResponse>(`${this.stepsUrl(planId)}/${encodeURIComponent(stepId)}`);
  }

  create(planId: string, step: CreateStepRequest): Observable<StepResponse> {
    return this.http.post<StepResponse>(this.stepsUrl(planId), step);
  }

  update(planId: string, stepId: string, changes: UpdateStepRequest): Observable<StepResponse> {
    return this.http.patch<StepResponse>(`${this.stepsUrl(planId)}/${encodeURIComponent(stepId)}`, changes);
  }

  delete(planId: string, stepId: string): Observable<void> {
    return this.http.delete<void>(`${this.stepsUrl(planId)}/${encodeURIComponent(stepId)}`);
  }

  private stepsUrl(planId: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}/steps`);
  }
}
