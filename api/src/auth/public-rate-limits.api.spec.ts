import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PUBLIC_REQUESTS_PER_MINUTE } from '../access/public-rate-limit.decorator.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const LIMIT = PUBLIC_REQUESTS_PER_MINUTE;
const PARALLEL = 100;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: { message?: string; errors?: { field: string }[] };
}

const fromAddressLimit = (answer: Answer) => answer.status === 429 && /from your address/.test(answer.body.message ?? '');

/**
 * The default limit (no PUBLIC_RATE_LIMIT), on a database of this file's own: every request here
 * comes from 127.0.0.1, as an attacker's would from one address.
 */
describe('rate limits on the public routes', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  /** Each flood below starts a window of its own (a window starts at its first request). */
  const forgetCounts = () => sut.running.app.get<DataSource>(getDataSourceToken()).query(`DELETE FROM rate_limit_hits`);

  /** "POST /api/v1/auth/login" for every route Express has registered. */
  function routes(): string[] {
    const express = sut.running.app.getHttpAdapter().getInstance() as unknown as {
      router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
    };
    return express.router.stack
      .filter((layer) => layer.route && layer.route.path.startsWith('/api/v1'))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
  }

  const call = (route: string) => {
    const [method, pattern] = route.split(' ');
    const path = pattern.replace(/:[A-Za-z]+/g, '6f1f6c3e-7d4e-4b9b-9a3e-2f1f6c3e7d4e');
    return sut.http()[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path).send({});
  };

  it('puts every route reachable without a token under a limit, except the health probes', async () => {
    const unlimited: string[] = [];
    const limited: string[] = [];
    for (const route of routes()) {
      const answer = await call(route);
      // Anything but 401 without a token is a public route (stream routes answer 401 too without a ticket).
      if (answer.status === 401 && answer.body.errors?.[0]?.field === 'authorization') continue;
      (answer.headers['ratelimit-limit'] ? limited : unlimited).push(route);
    }
    // Liveness and readiness probes come every few seconds from the orchestrator's own address.
    expect(unlimited.sort()).toEqual(['GET /api/v1/health', 'GET /api/v1/health/ready']);
    expect(limited.sort()).toEqual(
      expect.arrayContaining(['GET /api/v1/invitations/:token', 'GET /api/v1/share/:token', 'POST /api/v1/auth/login', 'POST /api/v1/auth/refresh', 'POST /api/v1/invitations/:token/accept']),
    );
  });

  /** Sends PARALLEL requests at once, and checks that exactly LIMIT of them got past the limit. */
  async function flood(send: (index: number) => PromiseLike<unknown>, passed: number[]): Promise<void> {
    const answers = (await Promise.all(Array.from({ length: PARALLEL }, (_, index) => send(index)))) as Answer[];
    const refused = answers.filter(fromAddressLimit);
    const through = answers.filter((answer) => !fromAddressLimit(answer));
    expect(refused).toHaveLength(PARALLEL - LIMIT);
    expect(through).toHaveLength(LIMIT);
    expect([...new Set(through.map((answer) => answer.status))].every((status) => passed.includes(status))).toBe(true);
    for (const answer of answers) {
      expect(answer.headers['ratelimit-limit']).toBe(String(LIMIT));
      expect(Number(answer.headers['ratelimit-reset'])).toBeGreaterThanOrEqual(1);
      expect(Number(answer.headers['ratelimit-reset'])).toBeLessThanOrEqual(60);
    }
    for (const answer of refused) {
      expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(answer.headers['ratelimit-remaining']).toBe('0');
    }
    // Each request that got through saw its own count: the remainders are LIMIT-1 … 0, once each.
    expect(through.map((answer) => Number(answer.headers['ratelimit-remaining'])).sort((a, b) => a - b)).toEqual(Array.from({ length: LIMIT }, (_, index) => index));
  }

  it(`lets ${LIMIT} of ${PARALLEL} parallel sign-ins from one address through, and refuses the rest with 429`, async () => {
    await forgetCounts();
    // Unknown accounts, so only the address counts; the failed sign-in throttle (30 per address over
    // 15 minutes) answers some of those that got through with its own 429.
    await flood((index) => sut.http().post('/api/v1/auth/login').send({ email: `guess-${index}@example.org`, password: 'a wrong guess' }), [401, 429]);
    // The limit holds for the rest of the window, for the right password too.
    const after = await sut.http().post('/api/v1/auth/login').send({ email: 'owner@demo.org', password: 'demo-password-for-tests' });
    expect(fromAddressLimit(after as unknown as Answer)).toBe(true);
    await sut.running.app.get<DataSource>(getDataSourceToken()).query(`DELETE FROM login_failures`);
  });

  it(`lets ${LIMIT} of ${PARALLEL} parallel refreshes through`, async () => {
    await forgetCounts();
    await flood((index) => sut.http().post('/api/v1/auth/refresh').send({ refreshToken: `not-a-refresh-token-${index}` }), [401]);
  });

  it(`lets ${LIMIT} of ${PARALLEL} parallel invitation acceptances through`, async () => {
    await forgetCounts();
    await flood((index) => sut.http().post(`/api/v1/invitations/${'a'.repeat(40)}${String(index).padStart(3, '0')}/accept`).send({ name: 'x', password: 'a long enough passphrase' }), [404]);
  });
});
