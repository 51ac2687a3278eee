import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './test-app.js';

/** A well-formed share token that opens nothing: the rate limit counts it before the 404. */
const SHARE_URL = `/api/v1/share/${'x'.repeat(43)}`;

/**
 * Sends requests "from" `first` until the share page's per-address limit is spent, then one "from"
 * `second`, and returns that last status. supertest connects over loopback, like a proxy on this host.
 */
async function exhaustThenTry(app: TestApp, first: string, second: string): Promise<number> {
  const opening = await app.http().get(SHARE_URL).set('X-Forwarded-For', first);
  const limit = Number(opening.headers['ratelimit-limit']);
  expect(limit).toBeGreaterThan(0);
  for (let sent = 1; sent < limit; sent++) await app.http().get(SHARE_URL).set('X-Forwarded-For', first);
  await app.http().get(SHARE_URL).set('X-Forwarded-For', first).expect(429);
  return (await app.http().get(SHARE_URL).set('X-Forwarded-For', second)).status;
}

describe('TRUST_PROXY decides whose address the rate limits count', () => {
  let trusting: TestApp;
  let distrusting: TestApp;

  beforeAll(async () => {
    trusting = await startTestApp({ seedDemo: false, env: { TRUST_PROXY: 'loopback' } });
    distrusting = await startTestApp({ seedDemo: false, env: { TRUST_PROXY: 'false' } });
  }, 120_000);
  afterAll(async () => {
    await trusting?.close();
    await distrusting?.close();
  });

  it('behind a trusted proxy, each forwarded client address has a limit of its own', async () => {
    expect(await exhaustThenTry(trusting, '203.0.113.1', '203.0.113.2')).toBe(404);
  });

  it('with TRUST_PROXY=false, X-Forwarded-For is ignored: a client cannot dodge the limit by inventing addresses', async () => {
    expect(await exhaustThenTry(distrusting, '203.0.113.1', '203.0.113.2')).toBe(429);
  });

  it('believes only the proxy named: the hop before it counts, not what the client wrote further left', async () => {
    // "spoofed, real": the trusted loopback proxy appended the real client; the left entry is the client's own claim.
    const first = await trusting.http().get(SHARE_URL).set('X-Forwarded-For', '198.51.100.7, 203.0.113.9');
    const second = await trusting.http().get(SHARE_URL).set('X-Forwarded-For', '198.51.100.8, 203.0.113.9');
    expect(Number(second.headers['ratelimit-remaining'])).toBe(Number(first.headers['ratelimit-remaining']) - 1);
  });
});
