import { inject } from '@angular/core';
import { UserResponse } from '../../api/models';
import { SessionStore } from './session-store';

/**
 * Where a signed-in person starts: a donor follows several countries' plans at once, so their home is the portfolio
 * that compares them; everyone else works in one plan at a time and starts from the plan list.
 */
export function homePath(user: Pick<UserResponse, 'organisation'> | null | undefined): '/portfolio' | '/plans' {
  // A user stored before the API named organisations has none: the plan list, as before.
  return user?.organisation?.kind === 'donor' ? '/portfolio' : '/plans';
}

/** The app's root address: the signed-in person's home page; signed out, the sign-in page (which then sends them home). */
export function homeRedirect(): string {
  const session = inject(SessionStore);
  return session.isSignedIn() ? homePath(session.user()) : '/sign-in';
}
