import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PUBLIC_REQUESTS_PER_MINUTE } from '../access/public-rate-limit.decorator.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

describe('invitation previews, per address', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: false });
  });
  afterAll(() => sut.close());

  it(`answer ${PUBLIC_REQUESTS_PER_MINUTE} guesses a minute, then 429 with Retry-After (tokens cannot be tried in bulk)`, async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess <= PUBLIC_REQUESTS_PER_MINUTE; guess++) {
      statuses.push((await sut.http().get(`/api/v1/invitations/${'a'.repeat(42)}${guess % 10}`)).status);
    }
    expect(statuses.slice(0, PUBLIC_REQUESTS_PER_MINUTE).every((status) => status === 404)).toBe(true);
    const limited = await sut.http().get(`/api/v1/invitations/${'b'.repeat(43)}`).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.headers['ratelimit-limit']).toBe(String(PUBLIC_REQUESTS_PER_MINUTE));
  });
});
