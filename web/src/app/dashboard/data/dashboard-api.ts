import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { DashboardResponse } from '../../api/models';

@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  /** Every figure of the plan's dashboard, read from one snapshot. */
  get(planId: string): Observable<DashboardResponse> {
    return this.http.get<DashboardResponse>(apiUrl(`/plans/${encodeURIComponent(planId)}/dashboard`));
  }
}
