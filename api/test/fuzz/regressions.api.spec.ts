import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
import { demoPlan } from '../factories.js';
import { bearer, startTestApp, type TestApp } from '../test-app.js';
import { loadDocument, resolve, type Schema } from './schema.js';

/**
 * Defects the OpenAPI fuzz found, kept fixed. The API refused more list items, and repeated items,
 * than the contract said it would: a client built from the contract could not know.
 */
describe('fuzz regressions: list limits in the contract are the API’s', () => {
  let sut: TestApp;
  let owner: string;
  let planId: string;
  let stepId: string;
  let userId: string;
  const document = loadDocument();
  const property = (schema: string, name: string): Schema => resolve(document.components.schemas[schema].properties![name], document);

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: true });
    owner = await sut.tokenFor('owner@demo.org');
    planId = (await demoPlan(sut, owner)).id;
    stepId = (await sut.http().get(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).expect(200)).body.items[0].id;
    userId = (await sut.http().get('/api/v1/auth/me').set(bearer(owner)).expect(200)).body.id;
  });
  afterAll(() => sut.close());

  it('states maxItems and uniqueItems for assignees, dependencies, principles, mentions and disaggregation', () => {
    for (const schema of ['CreateStepRequest', 'UpdateStepRequest']) {
      expect(property(schema, 'assigneeIds')).toMatchObject({ maxItems: 50, uniqueItems: true });
      expect(property(schema, 'dependsOn')).toMatchObject({ maxItems: 100, uniqueItems: true });
      expect(property(schema, 'principles')).toMatchObject({ uniqueItems: true });
    }
    expect(property('CreateCommentRequest', 'mentionIds')).toMatchObject({ maxItems: 50, uniqueItems: true });
    for (const schema of ['CreateIndicatorRequest', 'UpdateIndicatorRequest']) {
      expect(property(schema, 'disaggregation')).toMatchObject({ maxItems: 10, uniqueItems: true, items: { minLength: 1, maxLength: 50 } });
    }
  });

  it('refuses one item over maxItems and a repeated item with 400 naming the field, as the contract now says', async () => {
    const step = (body: object) => sut.http().post(`/api/v1/plans/${planId}/steps`).set(bearer(owner)).send({ area: 'LAW', title: 'Limits', ...body });
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    for (const [body, field] of [
      [{ assigneeIds: ids(51) }, 'assigneeIds'],
      [{ assigneeIds: [userId, userId] }, 'assigneeIds'],
      [{ dependsOn: ids(101) }, 'dependsOn'],
      [{ principles: ['participation', 'participation'] }, 'principles'],
    ] as const) {
      const response = await step(body).expect(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
    const comment = await sut.http().post(`/api/v1/plans/${planId}/steps/${stepId}/comments`).set(bearer(owner)).send({ body: 'Hi', mentionIds: ids(51) }).expect(400);
    expect(comment.body.errors.map((error: { field: string }) => error.field)).toContain('mentionIds');
    // At the limits, and without repeats, it is fine.
    await step({ assigneeIds: [userId], principles: ['participation', 'recovery'] }).expect(201);
  });
});

/** Node's HTTP parser answered these with a bare status line; clients need the error shape everywhere. */
describe('fuzz regressions: requests Node cannot parse', () => {
  let sut: TestApp;
  let base: string;

  beforeAll(async () => {
    sut = await startTestApp({ seedDemo: false });
    base = await sut.listen();
  });
  afterAll(() => sut.close());

  it('answers headers above the parser limit with 431 in the error shape', async () => {
    const response = await fetch(`${base}/api/v1/catalogue?q=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toMatchObject({ statusCode: 431, error: 'Request Header Fields Too Large', errors: [] });
  });

  it('answers broken HTTP with 400 in the error shape', async () => {
    const { port } = new URL(base);
    const answer = await new Promise<string>((resolveAnswer, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolveAnswer(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ statusCode: 400, error: 'Bad Request', errors: [] });
  });
});
