import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LoginResponse } from '../../api/models';
import { authInterceptor } from './auth-interceptor';
import { SessionStore } from './session-store';

function loginResponse(partial: Partial<LoginResponse> = {}): LoginResponse {
  return {
    accessToken: 'token-123',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh-123',
    refreshExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'u1', email: 'amina@example.org', name: 'Amina', language: 'en', organisation: null },
    ...partial,
  };
}

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionStore;
  let router: Router;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
    // The translator loads its dictionary over HTTP; not under test here.
    backend.match(() => true);
  });

  afterEach(() => localStorage.clear());

  function signIn(): void {
    session.signIn('amina@example.org', 'secret').subscribe();
    backend.expectOne('/api/v1/auth/login').flush(loginResponse());
  }

  it('adds the bearer token to API calls once signed in', () => {
    signIn();
    http.get('/api/v1/plans').subscribe();
    const request = backend.expectOne('/api/v1/plans');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(localStorage.getItem('reform-roadmap.token')).toBe('token-123');
  });

  it('sends no token when signed out, nor to other origins', () => {
    http.get('/api/v1/catalogue').subscribe();
    expect(backend.expectOne('/api/v1/catalogue').request.headers.has('Authorization')).toBe(false);
    signIn();
    http.get('/i18n/fr.json').subscribe();
    expect(backend.expectOne('/i18n/fr.json').request.headers.has('Authorization')).toBe(false);
  });

  function unauthorised(path: string): void {
    backend.expectOne(path).flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
  }

  it('refreshes the session on a 401, stores the new pair and retries the request once', () => {
    signIn();
    let body: unknown;
    http.get('/api/v1/plans/p1').subscribe((response) => (body = response));
    unauthorised('/api/v1/plans/p1');

    const refresh = backend.expectOne('/api/v1/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-123' });
    refresh.flush(loginResponse({ accessToken: 'token-456', refreshToken: 'refresh-456' }));

    const retry = backend.expectOne('/api/v1/plans/p1');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-456');
    retry.flush({ id: 'p1' });
    expect(body).toEqual({ id: 'p1' });
    expect(session.token()).toBe('token-456');
    expect(localStorage.getItem('reform-roadmap.refreshToken')).toBe('refresh-456');
  });

  it('shares one refresh between concurrent 401s (the refresh token works only once)', () => {
    signIn();
    const results: unknown[] = [];
    http.get('/api/v1/plans/p1').subscribe((response) => results.push(response));
    http.get('/api/v1/plans/p2').subscribe((response) => results.push(response));
    unauthorised('/api/v1/plans/p1');
    unauthorised('/api/v1/plans/p2');

    const refreshes = backend.match('/api/v1/auth/refresh');
    expect(refreshes.length).toBe(1);
    refreshes[0].flush(loginResponse({ accessToken: 'token-456', refreshToken: 'refresh-456' }));

    for (const id of ['p1', 'p2']) {
      const retry = backend.expectOne(`/api/v1/plans/${id}`);
      expect(retry.request.headers.get('Authorization')).toBe('Bearer token-456');
      retry.flush({ id });
    }
    expect(results).toEqual([{ id: 'p1' }, { id: 'p2' }]);
  });

  it('does not refresh again when the retried request is refused too', () => {
    signIn();
    let failed = false;
    http.get('/api/v1/plans/p1').subscribe({ error: () => (failed = true) });
    unauthorised('/api/v1/plans/p1');
    backend.expectOne('/api/v1/auth/refresh').flush(loginResponse({ accessToken: 'token-456' }));
    unauthorised('/api/v1/plans/p1');
    backend.expectNone('/api/v1/auth/refresh');
    expect(failed).toBe(true);
  });

  it('signs out and goes to sign-in keeping the return URL when the refresh fails', async () => {
    signIn();
    await router.navigateByUrl('/');
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    vi.spyOn(router, 'url', 'get').mockReturnValue('/plans/p1?status=done');
    let failed = false;
    http.get('/api/v1/plans/p1').subscribe({ error: () => (failed = true) });
    unauthorised('/api/v1/plans/p1');
    unauthorised('/api/v1/auth/refresh');

    expect(failed).toBe(true);
    expect(session.isSignedIn()).toBe(false);
    expect(session.token()).toBeNull();
    expect(localStorage.getItem('reform-roadmap.token')).toBeNull();
    expect(localStorage.getItem('reform-roadmap.refreshToken')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/plans/p1?status=done' } });
  });

  it('renews the access token shortly before it expires', () => {
    vi.useFakeTimers();
    try {
      session.signIn('amina@example.org', 'secret').subscribe();
      backend
        .expectOne('/api/v1/auth/login')
        .flush(loginResponse({ expiresAt: new Date(Date.now() + 5 * 60_000).toISOString() }));
      backend.expectNone('/api/v1/auth/refresh');
      vi.advanceTimersByTime(4 * 60_000 + 1);
      backend.expectOne('/api/v1/auth/refresh').flush(loginResponse({ accessToken: 'token-456' }));
      expect(session.token()).toBe('token-456');
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the pair another tab already refreshed instead of reusing the old refresh token', () => {
    signIn();
    localStorage.setItem('reform-roadmap.token', 'token-from-other-tab');
    localStorage.setItem('reform-roadmap.refreshToken', 'refresh-from-other-tab');
    http.get('/api/v1/plans/p1').subscribe();
    unauthorised('/api/v1/plans/p1');
    backend.expectNone('/api/v1/auth/refresh');
    const retry = backend.expectOne('/api/v1/plans/p1');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer token-from-other-tab');
    expect(session.token()).toBe('token-from-other-tab');
  });

  it('signs out on the server with the bearer token before clearing the session', () => {
    signIn();
    let done = false;
    session.signOut().subscribe(() => (done = true));
    const logout = backend.expectOne('/api/v1/auth/logout');
    expect(logout.request.method).toBe('POST');
    expect(logout.request.headers.get('Authorization')).toBe('Bearer token-123');
    expect(session.isSignedIn()).toBe(true);
    logout.flush(null, { status: 204, statusText: 'No Content' });
    expect(done).toBe(true);
    expect(session.isSignedIn()).toBe(false);
  });

  it('does not treat a failed sign-in as an ended session', () => {
    const navigate = vi.spyOn(router, 'navigate');
    session.signIn('amina@example.org', 'wrong').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/login').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(navigate).not.toHaveBeenCalled();
  });
});
