import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { CreateOrganisationRequest, OrganisationListResponse, OrganisationResponse } from '../../api/models';

@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<OrganisationListResponse> {
    return this.http.get<OrganisationListResponse>(apiUrl('/organisations'));
  }

  /** Plan owners only (others get 403). */
  create(organisation: CreateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.post<OrganisationResponse>(apiUrl('/organisations'), organisation);
  }
}
