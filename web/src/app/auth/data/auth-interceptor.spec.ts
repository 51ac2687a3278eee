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
    user: { id: 'u1', email: 'amina@example.org', name: 'Amina', language: 'en' },
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

  it('clears the session on a 401 and goes to sign-in keeping the return URL', async () => {
    signIn();
    await router.navigateByUrl('/');
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    vi.spyOn(router, 'url', 'get').mockReturnValue('/plans/p1?status=done');
    let failed = false;
    http.get('/api/v1/plans/p1').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/v1/plans/p1').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });

    expect(failed).toBe(true);
    expect(session.isSignedIn()).toBe(false);
    expect(session.token()).toBeNull();
    expect(localStorage.getItem('reform-roadmap.token')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/plans/p1?status=done' } });
  });

  it('does not treat a failed sign-in as an ended session', () => {
    const navigate = vi.spyOn(router, 'navigate');
    session.signIn('amina@example.org', 'wrong').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/login').flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    expect(navigate).not.toHaveBeenCalled();
  });
});
