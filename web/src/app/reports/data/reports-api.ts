import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import {
  CreateReportRequest, ReportingStatusResponse, ReportListResponse, ReportResponse, ReportState, ReturnReportRequest,
  ReviewReportRequest, UpdateReportRequest,
} from '../../api/models';
import { EvidenceUploadHttp } from './evidence-upload-http';

export interface ReportQuery {
  period?: string;
  state?: ReportState;
  stepId?: string;
}

/** Progress reports, their review, and their evidence files. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);
  private readonly uploadHttp = inject(EvidenceUploadHttp);

  /** Every step's report state for a period (the plan's current one when left out). */
  status(planId: string, period?: string): Observable<ReportingStatusResponse> {
    const params = period ? new HttpParams().set('period', period) : undefined;
    return this.http.get<ReportingStatusResponse>(this.planUrl(planId, '/reporting'), { params });
  }

  list(planId: string, query: ReportQuery = {}): Observable<ReportListResponse> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) if (value) params = params.set(name, value);
    return this.http.get<ReportListResponse>(this.planUrl(planId, '/reports'), { params });
  }

  listForStep(planId: string, stepId: string): Observable<ReportListResponse> {
    return this.http.get<ReportListResponse>(this.planUrl(planId, `/steps/${encodeURIComponent(stepId)}/reports`));
  }

  /** Starts a draft; one per step and period (409 with `current`), or a correction of an approved one. */
  create(planId: string, stepId: string, request: CreateReportRequest): Observable<ReportResponse> {
    return this.http.post<ReportResponse>(this.planUrl(planId, `/steps/${encodeURIComponent(stepId)}/reports`), request);
  }

  get(planId: string, reportId: string): Observable<ReportResponse> {
    return this.http.get<ReportResponse>(this.reportUrl(planId, reportId));
  }

  /** A stale `version`, or a report no longer draft or returned, gets 409 with `current`. */
  update(planId: string, reportId: string, request: UpdateReportRequest): Observable<ReportResponse> {
    return this.http.patch<ReportResponse>(this.reportUrl(planId, reportId), request);
  }

  submit(planId: string, reportId: string): Observable<ReportResponse> {
    return this.http.post<ReportResponse>(`${this.reportUrl(planId, reportId)}/submit`, {});
  }

  approve(planId: string, reportId: string, request: ReviewReportRequest): Observable<ReportResponse> {
    return this.http.post<ReportResponse>(`${this.reportUrl(planId, reportId)}/approve`, request);
  }

  return(planId: string, reportId: string, request: ReturnReportRequest): Observable<ReportResponse> {
    return this.http.post<ReportResponse>(`${this.reportUrl(planId, reportId)}/return`, request);
  }

  /**
   * Uploads one evidence file as multipart field `file`, reporting the upload's progress: through XHR, as fetch
   * reports none.
   */
  uploadFile(planId: string, reportId: string, file: File): Observable<HttpEvent<ReportResponse>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.uploadHttp.client.post<ReportResponse>(`${this.reportUrl(planId, reportId)}/files`, body, {
      observe: 'events',
      reportProgress: true,
    });
  }

  /** The file's content: downloads need the bearer token, so they go through HttpClient. */
  downloadFile(planId: string, reportId: string, fileId: string): Observable<Blob> {
    return this.http.get(`${this.reportUrl(planId, reportId)}/files/${encodeURIComponent(fileId)}`, { responseType: 'blob' });
  }

  deleteFile(planId: string, reportId: string, fileId: string): Observable<ReportResponse> {
    return this.http.delete<ReportResponse>(`${this.reportUrl(planId, reportId)}/files/${encodeURIComponent(fileId)}`);
  }

  private reportUrl(planId: string, reportId: string): string {
    return this.planUrl(planId, `/reports/${encodeURIComponent(reportId)}`);
  }

  private planUrl(planId: string, path: string): string {
    return apiUrl(`/plans/${encodeURIComponent(planId)}${path}`);
  }
}
