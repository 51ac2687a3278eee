import { CreatedShareLinkResponse, ShareLinkResponse } from '../../api/models';

/** A share link for tests: an active public link that has never been opened; override what a test is about. */
export function createShareLink(overrides: Partial<ShareLinkResponse> = {}): ShareLinkResponse {
  return {
    id: '5a1e0000-0000-4000-8000-000000000001',
    name: 'Health committee, March briefing',
    tier: 'public',
    showNames: false,
    state: 'active',
    createdBy: { id: 'u-1', name: 'Amina Diallo' },
    createdAt: '2026-11-30T10:00:00.000Z',
    expiresAt: null,
    revokedAt: null,
    lastOpenedAt: null,
    openCount: 0,
    ...overrides,
  };
}

export function createCreatedShareLink(overrides: Partial<CreatedShareLinkResponse> = {}): CreatedShareLinkResponse {
  return {
    ...createShareLink(),
    token: 'k3y-0nly-sh0wn-0nce',
    url: 'http://localhost:3000/share/k3y-0nly-sh0wn-0nce',
    ...overrides,
  };
}
