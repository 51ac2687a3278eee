import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import { CatalogueResponse } from '../../api/models';

@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  get(): Observable<CatalogueResponse> {
    return this.http.get<CatalogueResponse>(apiUrl('/catalogue'));
  }
}
