import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { PortfolioResponse } from '../../api/models';
import { PortfolioQuery, toPortfolioQueryParams } from '../model/portfolio-query';

@Injectable({ providedIn: 'root' })
export class PortfolioApi {
  private readonly http = inject(HttpClient);

  /** Every plan the caller is a member of that matches the query, with its figures, read in one snapshot. */
  get(query: PortfolioQuery): Observable<PortfolioResponse> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(toPortfolioQueryParams(query))) {
      if (value !== null) params = params.set(name, value);
    }
    return this.http.get<PortfolioResponse>(apiUrl('/portfolio'), { params });
  }
}
