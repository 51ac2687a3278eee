import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { catchError, finalize, map, Observable, of, shareReplay, tap, throwError } from 'rxjs';
import { Language, LoginResponse, UserResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { AuthApi } from './auth-api';

const TOKEN_KEY = 'reform-roadmap.token';
const EXPIRES_KEY = 'reform-roadmap.expiresAt';
const REFRESH_TOKEN_KEY = 'reform-roadmap.refreshToken';
const REFRESH_EXPIRES_KEY = 'reform-roadmap.refreshExpiresAt';
const USER_KEY = 'reform-roadmap.user';
const ALL_KEYS = [TOKEN_KEY, EXPIRES_KEY, REFRESH_TOKEN_KEY, REFRESH_EXPIRES_KEY, USER_KEY];

/** How long before the access token expires it is renewed. */
export const REFRESH_AHEAD_MS = 60_000;
/** setTimeout cannot wait longer than this. */
const MAX_TIMER_MS = 2_147_483_647;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // ignore unavailable storage
  }
}

function readUser(): UserResponse | null {
  const raw = read(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as UserResponse;
  } catch {
    return null;
  }
}

function isExpired(expiresAt: string | null): boolean {
  if (!expiresAt) return false;
  const time = Date.parse(expiresAt);
  return !Number.isNaN(time) && time <= Date.now();
}

/**
 * The signed-in session, kept in localStorage: a short-lived access token, a refresh token that works once
 * (each refresh returns a new pair) and the user as a signal. Renews the access token shortly before it expires.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly authApi = inject(AuthApi);
  private readonly translator = inject(Translator);

  private readonly tokenState = signal<string | null>(read(TOKEN_KEY));
  private readonly expiresAtState = signal<string | null>(read(EXPIRES_KEY));
  private readonly refreshTokenState = signal<string | null>(read(REFRESH_TOKEN_KEY));
  private readonly refreshExpiresAtState = signal<string | null>(read(REFRESH_EXPIRES_KEY));
  private readonly userState = signal<UserResponse | null>(readUser());
  /** The refresh under way, shared by everyone who needs a new token meanwhile. */
  private refreshInFlight: Observable<string> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();

  /**
   * A session that can still be used: an unexpired access token, or a refresh token that can get one.
   * Reads the clock each time, so an expired session ends without an event.
   */
  readonly isSignedIn = (): boolean =>
    this.tokenState() !== null &&
    (!isExpired(this.expiresAtState()) || this.canRefresh());

  constructor() {
    if (this.tokenState() && !this.isSignedIn()) this.clear();
    const user = this.userState();
    if (this.isSignedIn() && user) this.translator.use(user.language);
    this.scheduleRefresh();
    // Keep tabs in step: a refresh or sign-out in one applies to all.
    const onStorage = (event: StorageEvent) => {
      if (event.key === TOKEN_KEY || event.key === REFRESH_TOKEN_KEY) this.adoptStoredSession();
    };
    globalThis.addEventListener?.('storage', onStorage);
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.refreshTimer);
      globalThis.removeEventListener?.('storage', onStorage);
    });
  }

  signIn(email: string, password: string): Observable<LoginResponse> {
    return this.authApi.login({ email, password }).pipe(tap((response) => this.start(response)));
  }

  /** Starts a session the server handed out another way (e.g. on accepting an invitation). */
  start(response: LoginResponse): void {
    this.store(response);
    this.translator.use(response.user.language);
  }

  /** Whether a refresh token is held that has not expired. */
  canRefresh(): boolean {
    return this.refreshTokenState() !== null && !isExpired(this.refreshExpiresAtState());
  }

  /**
   * Exchanges the refresh token for a new pair and emits the new access token. Concurrent callers share one
   * request (the refresh token works only once). When the server refuses it, the session is cleared.
   */
  refreshSession(): Observable<string> {
    if (this.refreshInFlight) return this.refreshInFlight;
    // Another tab may have refreshed already: its new pair is in storage, and the old refresh token
    // would count as reused (which ends the session everywhere).
    const stored = read(TOKEN_KEY);
    if (stored && stored !== this.tokenState() && !isExpired(read(EXPIRES_KEY))) {
      this.adoptStoredSession();
      return of(stored);
    }
    const refreshToken = this.refreshTokenState();
    if (!refreshToken || !this.canRefresh()) return throwError(() => new Error('No session to refresh'));
    const inFlight = this.authApi.refresh({ refreshToken }).pipe(
      tap((response) => this.store(response)),
      map((response) => response.accessToken),
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500) this.clear();
        return throwError(() => error);
      }),
      finalize(() => {
        if (this.refreshInFlight === inFlight) this.refreshInFlight = null;
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.refreshInFlight = inFlight;
    return inFlight;
  }

  /** Refreshes the user from the server (e.g. at start-up). */
  refreshUser(): void {
    if (!this.isSignedIn()) return;
    this.authApi.me().subscribe({ next: (user) => this.setUser(user), error: () => undefined });
  }

  /** Applies a language now and stores it on the user's profile when signed in. */
  changeLanguage(language: Language): void {
    this.translator.use(language);
    if (!this.isSignedIn()) return;
    this.authApi.updateMe({ language }).subscribe({ next: (user) => this.setUser(user), error: () => undefined });
  }

  /** Ends the session on the server, then here (also when the server cannot be reached). */
  signOut(): Observable<void> {
    if (!this.tokenState()) {
      this.clear();
      return of(undefined);
    }
    return this.authApi.logout().pipe(
      catchError(() => of(undefined)),
      map(() => this.clear()),
    );
  }

  clear(): void {
    clearTimeout(this.refreshTimer);
    this.tokenState.set(null);
    this.expiresAtState.set(null);
    this.refreshTokenState.set(null);
    this.refreshExpiresAtState.set(null);
    this.userState.set(null);
    for (const key of ALL_KEYS) {
      try {
        localStorage.removeItem(key);
      } catch {
        // ignore unavailable storage
      }
    }
  }

  /** Takes over the session another tab stored (or its absence). */
  private adoptStoredSession(): void {
    this.tokenState.set(read(TOKEN_KEY));
    this.expiresAtState.set(read(EXPIRES_KEY));
    this.refreshTokenState.set(read(REFRESH_TOKEN_KEY));
    this.refreshExpiresAtState.set(read(REFRESH_EXPIRES_KEY));
    this.userState.set(readUser());
    this.scheduleRefresh();
  }

  private store(response: LoginResponse): void {
    this.tokenState.set(response.accessToken);
    this.expiresAtState.set(response.expiresAt);
    this.refreshTokenState.set(response.refreshToken);
    this.refreshExpiresAtState.set(response.refreshExpiresAt);
    write(TOKEN_KEY, response.accessToken);
    write(EXPIRES_KEY, response.expiresAt);
    write(REFRESH_TOKEN_KEY, response.refreshToken);
    write(REFRESH_EXPIRES_KEY, response.refreshExpiresAt);
    this.setUser(response.user);
    this.scheduleRefresh();
  }

  /** Renews the access token shortly before it expires (at once if it already has). */
  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const expiresAt = Date.parse(this.expiresAtState() ?? '');
    if (!this.canRefresh() || Number.isNaN(expiresAt)) return;
    const delay = Math.min(Math.max(expiresAt - Date.now() - REFRESH_AHEAD_MS, 0), MAX_TIMER_MS);
    this.refreshTimer = setTimeout(() => this.refreshSession().subscribe({ error: () => undefined }), delay);
  }

  private setUser(user: UserResponse): void {
    this.userState.set(user);
    write(USER_KEY, JSON.stringify(user));
  }
}
