import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { API_BASE } from '../../api/api-base';
import { SessionStore } from './session-store';

/** Adds the bearer token to API calls; a 401 ends the session and sends the user to sign in. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  // Check the URL first: the translator's own requests must not pull in the session (which needs the translator).
  if (!request.url.startsWith(API_BASE)) return next(request);
  const session = inject(SessionStore);
  const router = inject(Router);

  const token = session.token();
  const authorised = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  const isLogin = request.url === `${API_BASE}/auth/login`;

  return next(authorised).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isLogin) {
        session.clear();
        const returnUrl = router.url.startsWith('/sign-in') ? undefined : router.url;
        void router.navigate(['/sign-in'], { queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {} });
      }
      return throwError(() => error);
    }),
  );
};
