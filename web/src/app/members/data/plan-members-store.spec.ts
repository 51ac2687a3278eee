import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { toApiError } from '../../api/api-error';
import { MemberResponse } from '../../api/models';
import { staleMembership } from '../model/role-conflict';
import { PlanMembersStore } from './plan-members-store';

const PLAN = '7c0f6f1e-0000-4000-8000-000000000001';
const MEMBERS_URL = `/api/v1/plans/${PLAN}/members`;

function member(partial: Partial<MemberResponse> = {}): MemberResponse {
  return {
    userId: 'u-leila',
    name: 'Leila Haddad',
    email: 'leila@peer-voices.example',
    organisation: null,
    role: 'contributor',
    reviewer: false,
    version: 1,
    joinedAt: '2026-11-01T09:00:00.000Z',
    ...partial,
  };
}

const owner = member({ userId: 'u-amina', name: 'Amina Diallo', email: 'amina@ministry.example', role: 'owner' });

describe(PlanMembersStore.name, () => {
  let store: PlanMembersStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PlanMembersStore] });
    store = TestBed.inject(PlanMembersStore);
    http = TestBed.inject(HttpTestingController);
    store.connect(signal(PLAN));
    TestBed.tick();
    http.expectOne(MEMBERS_URL).flush({ items: [owner, member()] });
    TestBed.tick();
  });

  afterEach(() => http.verify());

  it('loads only the members when it is not told the reader is an owner (no invitations request)', () => {
    expect(store.members().map((item) => item.name)).toEqual(['Amina Diallo', 'Leila Haddad']);
    http.expectNone(`/api/v1/plans/${PLAN}/invitations`);
  });

  it('sends the membership’s version with the new role and puts the saved membership in the list', () => {
    let saved: MemberResponse | undefined;
    store.changeRole(member(), 'editor').subscribe((result) => (saved = result));
    const request = http.expectOne(`${MEMBERS_URL}/u-leila`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ role: 'editor', version: 1 });
    request.flush(member({ role: 'editor', version: 2 }));
    expect(saved?.role).toBe('editor');
    expect(store.member('u-leila')).toEqual(member({ role: 'editor', version: 2 }));
  });

  it('on a stale version, replaces the row with the current membership, passes the error on, and retries from it', () => {
    const current = member({ role: 'viewer', version: 2 });
    let failure: unknown;
    store.changeRole(member(), 'editor').subscribe({ error: (error: unknown) => (failure = error) });
    http.expectOne(`${MEMBERS_URL}/u-leila`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'The membership was changed by someone else.',
        errors: [{ field: 'version', message: 'version 1 is not the current version (2)' }],
        current,
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(staleMembership(toApiError(failure))).toEqual(current);
    expect(store.members()).toEqual([owner, current]);

    // The owner chooses again: the version sent is now the current one, even from the old row object.
    store.changeRole(member(), 'editor').subscribe();
    const retry = http.expectOne(`${MEMBERS_URL}/u-leila`);
    expect(retry.request.body).toEqual({ role: 'editor', version: 2 });
    retry.flush(member({ role: 'editor', version: 3 }));
    expect(store.member('u-leila')?.role).toBe('editor');
  });

  it('leaves the list as it is when the refusal is the last owner’s (409 on role, no current)', () => {
    let failure: unknown;
    store.changeRole(owner, 'editor').subscribe({ error: (error: unknown) => (failure = error) });
    http.expectOne(`${MEMBERS_URL}/u-amina`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'The plan must keep at least one owner.',
        errors: [{ field: 'role', message: 'The plan must keep at least one owner.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(toApiError(failure).status).toBe(409);
    expect(staleMembership(toApiError(failure))).toBeNull();
    expect(store.members()).toEqual([owner, member()]);
  });
});
