import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DATABASE_MODE, startTestApp, type TestApp } from '../test-app.js';
import { gatherFixtures, type Fixtures } from './fixtures.js';
import { Fuzzer } from './fuzzer.js';
import { Random } from './random.js';
import { loadDocument, operationsOf } from './schema.js';

/**
 * Issue 9, deliverable 6: a schema-driven fuzz of every route of api/openapi.json against the real
 * application and database. Requests are generated from each operation's parameters and request
 * schema: valid values (types, formats, enums, bounds, lengths, patterns, required), and mutations
 * of them (wrong types, null, missing and extra properties, huge strings, NUL, lone surrogates,
 * deep nesting, 1e309 and -0, bad enums and formats, arrays of arrays, out of range, bad JSON,
 * random uploads). Path parameters name real rows of the seeded demo plan most of the time.
 *
 * It fails on any 5xx, any error answer outside the error shape, any 2xx to a request the contract
 * refuses (decided by checking the request against the schema, with unknown properties refused as
 * the API's whitelist does), and any 2xx whose body does not match its response schema.
 *
 * FUZZ_REQUESTS (default 5000 per database) and FUZZ_SEED (default below) reproduce or extend a run.
 * The figures go to `${tmpdir()}/reform-roadmap-fuzz-<server|embedded>.json` (tests run --silent).
 */
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** Requests in flight at once (PGlite runs one query at a time, but HTTP, validation and JSON overlap). */
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);

describe('schema-driven fuzz of every route of the OpenAPI document', () => {
  let sut: TestApp;
  let base: string;
  let fixtures: Fixtures;

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${base}${path}`, { method, headers, body: payload });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: true });
    base = await sut.listen();
    fixtures = await gatherFixtures(sut, call);
  }, 120_000);
  afterAll(() => sut?.close());

  it(`answers ${TOTAL} generated requests without a 5xx, in the error shape, refusing what the contract refuses`, async () => {
    const document = loadDocument();
    // The event stream never ends; route-permissions and the live tests cover it.
    const operations = operationsOf(document).filter((op) => !op.produces.has('text/event-stream'));
    const fuzzer = new Fuzzer(document, fixtures, new Random(SEED), base);
    const started = Date.now();
    await fuzzer.run(operations, TOTAL, CONCURRENCY);
    const seconds = (Date.now() - started) / 1000;

    const { figures, failures } = fuzzer;
    const successes = (label: string) => Object.entries(figures.byOperation[label] ?? {}).filter(([status]) => status.startsWith('2')).reduce((sum, [, n]) => sum + n, 0);
    const labels = operations.map((op) => `${op.method} ${op.path}`);
    const summary = {
      mode: DATABASE_MODE,
      seed: SEED,
      concurrency: CONCURRENCY,
      seconds,
      ...figures,
      operations: labels.length,
      operationsWithout2xx: labels.filter((label) => successes(label) === 0),
      failures: failures.length,
      firstFailures: failures.slice(0, 50),
    };
    writeFileSync(join(tmpdir(), `reform-roadmap-fuzz-${DATABASE_MODE}.json`), JSON.stringify(summary, null, 2));

    expect(figures.requests).toBe(TOTAL);
    // Every operation was called (TOTAL is far above the number of operations).
    expect(labels.filter((label) => !figures.byOperation[label])).toEqual([]);
    // The fuzz reaches past validation: most operations answered some requests with success.
    expect(summary.operationsWithout2xx.length).toBeLessThanOrEqual(Math.floor(labels.length / 5));
    const report = failures
      .slice(0, 20)
      .map((failure) => `#${failure.index} ${failure.method} ${failure.path} as ${failure.caller}: ${failure.problem}\n    request: ${failure.request}\n    answer: ${failure.status} ${failure.response}`)
      .join('\n');
    expect(failures.length === 0 ? 'no failures' : `${failures.length} failures (FUZZ_SEED=${SEED} FUZZ_REQUESTS=${TOTAL} FUZZ_CONCURRENCY=${CONCURRENCY}, ${DATABASE_MODE}); the first 20:\n${report}`).toBe('no failures');
  }, Math.max(300_000, TOTAL * 100));
});
