import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { API_BASE } from '../../api/api-base';
import { SessionStore } from './session-store';

/** Requests whose 401 means "wrong credentials", not "session ended". */
const SESSION_ENDPOINTS = new Set([`${API_BASE}/auth/login`, `${API_BASE}/auth/refresh`, `${API_BASE}/auth/logout`]);

function withToken<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

/**
 * Adds the bearer token to API calls. On a 401 it refreshes the session once (concurrent 401s share the
 * refresh) and retries the request once; when that is not possible the session ends and the user is sent
 * to sign in, coming back to the same page afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  // Check the URL first: the translator's own requests must not pull in the session (which needs the translator).
  if (!request.url.startsWith(API_BASE)) return next(request);
  const session = inject(SessionStore);
  const router = inject(Router);

  const sentToken = session.token();
  // The public invitation routes check a password themselves: their 401 is a wrong password.
  const isSessionEndpoint = SESSION_ENDPOINTS.has(request.url) || request.url.startsWith(`${API_BASE}/invitations/`);

  const endSession = (error: unknown) => {
    session.clear();
    const returnUrl = router.url.startsWith('/sign-in') ? undefined : router.url;
    void router.navigate(['/sign-in'], { queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {} });
    return throwError(() => error);
  };

  return next(withToken(request, sentToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || isSessionEndpoint) {
        return throwError(() => error);
      }
      const currentToken = session.token();
      // Another request already refreshed the session while this one was under way: just retry.
      if (sentToken && currentToken && currentToken !== sentToken) {
        return next(withToken(request, currentToken));
      }
      if (!session.canRefresh()) return endSession(error);
      return session.refreshSession().pipe(
        catchError(() => endSession(error)),
        switchMap((token) => next(withToken(request, token))),
      );
    }),
  );
};
