import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import {
  BudgetLineListResponse, BudgetLineResponse, CreateBudgetLineRequest, PlanBudgetResponse, UpdateBudgetLineRequest,
} from '../../api/models';

/** Budget lines of a step, and the plan's budget per currency. */
@Injectable({ providedIn: 'root' })
export class BudgetApi {
  private readonly http = inject(HttpClient);

  /** The step's lines (by year, currency, then funder) and its totals per currency. */
  lines(planId: string, stepId: string): Observable<BudgetLineListResponse> {
    return this.http.get<BudgetLineListResponse>(this.linesUrl(planId, stepId));
  }

  create(planId: string, stepId: string, line: CreateBudgetLineRequest): Observable<BudgetLineResponse> {
    return this.http.post<BudgetLineResponse>(this.linesUrl(planId, stepId), line);
  }

  /** A stale `version` gets 409 with the current line in `current`. */
  update(planId: string, stepId: string, lineId: string, changes: UpdateBudgetLineRequest): Observable<BudgetLineResponse> {
    return this.http.patch<BudgetLineResponse>(`${this.linesUrl(planId, stepId)}/${encodeURIComponent(lineId)}`, changes);
  }

  delete(planId: string, stepId: string, lineId: string): Observable<void> {
    return this.http.delete<void>(`${this.linesUrl(planId, stepId)}/${encodeURIComponent(lineId)}`);
  }

  /** Per currency (never added across currencies): totals, and the same by area, funder and year. */
  planBudget(planId: string): Observable<PlanBudgetResponse> {
    return this.http.get<PlanBudgetResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}/budget`));
  }

  private linesUrl(planId: string, stepId: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}/steps/${encodeURIComponent(stepId)}/budget-lines`);
  }
}
