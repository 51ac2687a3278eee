import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { apiUrl } from '../../api/api-base';
import {
  LoginRequest, LoginResponse, RefreshRequest, UpdateProfileRequest, UserResponse,
} from '../../api/models';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(credentials: LoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(apiUrl('/auth/login'), credentials);
  }

  /** Exchanges a refresh token (usable once) for a new session. */
  refresh(request: RefreshRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(apiUrl('/auth/refresh'), request);
  }

  /** Ends the session on the server (the bearer token says which). */
  logout(): Observable<void> {
    return this.http.post<void>(apiUrl('/auth/logout'), null);
  }

  me(): Observable<UserResponse> {
    return this.http.get<UserResponse>(apiUrl('/auth/me'));
  }

  updateMe(changes: UpdateProfileRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(apiUrl('/auth/me'), changes);
  }
}
