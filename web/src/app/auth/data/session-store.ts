import { inject, Injectable, signal } from '@angular/core';
import { Observable, tap } from 'rxjs';
import { Language, LoginResponse, UserResponse } from '../../api/models';
import { Translator } from '../../i18n/data/translator';
import { AuthApi } from './auth-api';

const TOKEN_KEY = 'reform-roadmap.token';
const EXPIRES_KEY = 'reform-roadmap.expiresAt';
const USER_KEY = 'reform-roadmap.user';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
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

/** The signed-in session: token and expiry kept in localStorage, the user as a signal. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly authApi = inject(AuthApi);
  private readonly translator = inject(Translator);

  private readonly tokenState = signal<string | null>(read(TOKEN_KEY));
  private readonly expiresAtState = signal<string | null>(read(EXPIRES_KEY));
  private readonly userState = signal<UserResponse | null>(readUser());

  readonly token = this.tokenState.asReadonly();
  readonly user = this.userState.asReadonly();
  /** A token that has not expired. Reads the clock each time, so an expired session ends without an event. */
  readonly isSignedIn = (): boolean => this.tokenState() !== null && !this.isExpired(this.expiresAtState());

  constructor() {
    if (this.tokenState() && this.isExpired(this.expiresAtState())) this.clear();
    const user = this.userState();
    if (this.isSignedIn() && user) this.translator.use(user.language);
  }

  signIn(email: string, password: string): Observable<LoginResponse> {
    return this.authApi.login({ email, password }).pipe(tap((response) => this.start(response)));
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

  signOut(): void {
    this.clear();
  }

  clear(): void {
    this.tokenState.set(null);
    this.expiresAtState.set(null);
    this.userState.set(null);
    for (const key of [TOKEN_KEY, EXPIRES_KEY, USER_KEY]) {
      try {
        localStorage.removeItem(key);
      } catch {
        // ignore unavailable storage
      }
    }
  }

  private start(response: LoginResponse): void {
    this.tokenState.set(response.accessToken);
    this.expiresAtState.set(response.expiresAt);
    try {
      localStorage.setItem(TOKEN_KEY, response.accessToken);
      localStorage.setItem(EXPIRES_KEY, response.expiresAt);
    } catch {
      // ignore unavailable storage
    }
    this.setUser(response.user);
    this.translator.use(response.user.language);
  }

  private setUser(user: UserResponse): void {
    this.userState.set(user);
    try {
      localStorage.setItem(USER_KEY, JSON.stringify(user));
    } catch {
      // ignore unavailable storage
    }
  }

  private isExpired(expiresAt: string | null): boolean {
    if (!expiresAt) return false;
    const time = Date.parse(expiresAt);
    return !Number.isNaN(time) && time <= Date.now();
  }
}
