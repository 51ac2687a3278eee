import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { SharedPlanResponse } from '../../api/models';

/**
 * Why a shared plan cannot be shown. The API answers 404 alike for a malformed, unknown, revoked or expired token
 * (so that a link's fate is not told to whoever guesses tokens): the page says just that the link does not work.
 */
export type SharedPlanProblem =
  | { kind: 'linkNotWorking' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'unavailable'; status: number };

/** Reads a shared plan by its link's token: public, no account, no session needed. */
@Injectable({ providedIn: 'root' })
export class SharedPlanApi {
  private readonly http = inject(HttpClient);

  /**
   * `period` (donor links): whose approved reports to show, the latest period with one when absent; `stepPage` and
   * `linePage`: which page of the steps and of the budget lines (the first when absent).
   */
  get(token: string, options: { period?: string; stepPage?: number; linePage?: number } = {}): Observable<SharedPlanResponse> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(options)) if (value !== undefined) params = params.set(name, String(value));
    return this.http.get<SharedPlanResponse>(apiUrl(`/share/${encodeURIComponent(token)}`), { params });
  }
}

/** Seconds to wait from a Retry-After header (seconds, or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: Date = new Date()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

export function sharedPlanProblem(error: unknown): SharedPlanProblem {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'unavailable', status: 0 };
  // A 400 is a token (or period) the API could not even read: to the reader the same as a wrong link.
  if (error.status === 404 || error.status === 400) return { kind: 'linkNotWorking' };
  if (error.status === 429) return { kind: 'rateLimited', retryAfterSeconds: retryAfterSeconds(error.headers.get('Retry-After')) };
  return { kind: 'unavailable', status: error.status };
}
