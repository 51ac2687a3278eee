import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import {
  CreateIndicatorRequest, CreateMeasurementRequest, IndicatorListResponse, IndicatorResponse, MeasurementListResponse,
  MeasurementResponse, UpdateIndicatorRequest,
} from '../../api/models';

/** A plan's outcome indicators and their measurements. */
@Injectable({ providedIn: 'root' })
export class IndicatorsApi {
  private readonly http = inject(HttpClient);

  /** Oldest first; `stepId` narrows them to the indicators of one step. */
  list(planId: string, stepId?: string): Observable<IndicatorListResponse> {
    const params = stepId ? new HttpParams().set('stepId', stepId) : undefined;
    return this.http.get<IndicatorListResponse>(this.indicatorsUrl(planId), { params });
  }

  get(planId: string, indicatorId: string): Observable<IndicatorResponse> {
    return this.http.get<IndicatorResponse>(`${this.indicatorsUrl(planId)}/${encodeURIComponent(indicatorId)}`);
  }

  create(planId: string, indicator: CreateIndicatorRequest): Observable<IndicatorResponse> {
    return this.http.post<IndicatorResponse>(this.indicatorsUrl(planId), indicator);
  }

  /** A stale `version` gets 409 with the current indicator in `current`. */
  update(planId: string, indicatorId: string, changes: UpdateIndicatorRequest): Observable<IndicatorResponse> {
    return this.http.patch<IndicatorResponse>(`${this.indicatorsUrl(planId)}/${encodeURIComponent(indicatorId)}`, changes);
  }

  /** Removes the indicator and its measurements. */
  delete(planId: string, indicatorId: string): Observable<void> {
    return this.http.delete<void>(`${this.indicatorsUrl(planId)}/${encodeURIComponent(indicatorId)}`);
  }

  /** The whole history, superseded measurements included, most recently recorded first. */
  measurements(indicatorId: string): Observable<MeasurementListResponse> {
    return this.http.get<MeasurementListResponse>(this.measurementsUrl(indicatorId));
  }

  /** A period that already has a value gets 409 with it in `current`, unless `replaces` is true. */
  record(indicatorId: string, measurement: CreateMeasurementRequest): Observable<MeasurementResponse> {
    return this.http.post<MeasurementResponse>(this.measurementsUrl(indicatorId), measurement);
  }

  private indicatorsUrl(planId: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}/indicators`);
  }

  private measurementsUrl(indicatorId: string): string {
    return apiUrl(`/indicators/${encodeURIComponent(indicatorId)}/measurements`);
  }
}
