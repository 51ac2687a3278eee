import { describe, expect, it } from '@jest/globals';
import { errorShapeProblem } from './fuzzer.js';
import { Generator } from './generate.js';
import { Random, stringMatching } from './random.js';
import { check, loadDocument, operationsOf, parsed, RawJson } from './schema.js';

/** The fuzz's own oracle and generator: what they call valid and invalid must be so. */
describe('the fuzz oracle', () => {
  const document = loadDocument();
  const strict = { strict: true };

  it('refuses what the schema refuses and accepts what it accepts', () => {
    const schema = document.components.schemas.CreateBudgetLineRequest;
    const valid = { funderId: '0b5c9a8e-2f2a-4c1e-9a65-4f1f3f8b1c2d', currency: 'EUR', year: 2027, planned: '10.00', committed: '0', disbursed: '9999999999999999.99' };
    expect(check(schema, valid, document, strict)).toEqual([]);
    expect(check(schema, { ...valid, note: null }, document, strict)).toEqual([]);
    const refused: Record<string, unknown>[] = [
      { ...valid, year: 1999 },
      { ...valid, year: 2027.5 },
      { ...valid, year: '2027' },
      { ...valid, currency: 'EURO' },
      { ...valid, planned: '1.234' },
      { ...valid, planned: 10 },
      { ...valid, funderId: 'not-a-uuid' },
      { ...valid, funderId: null },
      { ...valid, extra: 1 },
      { ...valid, note: 'n'.repeat(2001) },
    ];
    for (const value of refused) expect(check(schema, value, document, strict)).not.toEqual([]);
    const { year: _year, ...withoutYear } = valid;
    expect(check(schema, withoutYear, document, strict)).not.toEqual([]);
    expect(check(schema, parsed(new RawJson('{')), document, strict)).not.toEqual([]);
    expect(check(schema, parsed(new RawJson('[]')), document, strict)).not.toEqual([]);
    // 1e309 is Infinity: above any maximum; -0 is 0.
    expect(check({ type: 'integer', maximum: 100 }, parsed(new RawJson('1e309')), document, strict)).not.toEqual([]);
    expect(check({ type: 'integer', minimum: 0 }, parsed(new RawJson('-0')), document, strict)).toEqual([]);
    // Lengths count code points, as JSON Schema does: one emoji is one.
    expect(check({ type: 'string', maxLength: 3 }, '😀😀😀', document, strict)).toEqual([]);
    expect(check({ type: 'string', format: 'date' }, '2027-02-29', document, strict)).not.toEqual([]);
    expect(check({ type: 'string', format: 'date' }, '2028-02-29', document, strict)).toEqual([]);
  });

  it('generates valid values that the schema accepts, for every request body', () => {
    const random = new Random(7);
    const generator = new Generator(document, random, () => undefined);
    const bodies = operationsOf(document).flatMap((op) => (op.jsonBody ? [op.jsonBody] : []));
    expect(bodies.length).toBeGreaterThan(20);
    for (const schema of bodies) {
      for (let i = 0; i < 50; i++) {
        const value = generator.valid(schema);
        expect([JSON.stringify(value).slice(0, 200), check(schema, parsed(value), document, strict)]).toEqual([JSON.stringify(value).slice(0, 200), []]);
      }
    }
  });

  it('mutates most valid bodies into ones the schema refuses', () => {
    const random = new Random(11);
    const generator = new Generator(document, random, () => undefined);
    let refused = 0;
    let total = 0;
    for (const op of operationsOf(document)) {
      if (!op.jsonBody) continue;
      for (let i = 0; i < 50; i++) {
        const mutated = generator.mutate(op.jsonBody, generator.valid(op.jsonBody));
        total += 1;
        if (check(op.jsonBody, parsed(mutated.value), document, strict).length) refused += 1;
      }
    }
    expect(refused / total).toBeGreaterThan(0.6);
  });

  it('makes strings that match the contract’s patterns', () => {
    const random = new Random(3);
    for (const pattern of ['^\\d{1,16}(\\.\\d{1,2})?$', '^-?\\d{1,15}(\\.\\d{1,6})?$', '^\\d{4}-(0[1-9]|1[0-2]|Q[1-4]|H[12])$']) {
      for (let i = 0; i < 200; i++) expect(stringMatching(pattern, random)).toMatch(new RegExp(pattern));
    }
  });

  it('knows the error shape', () => {
    expect(errorShapeProblem({ statusCode: 400, error: 'Bad Request', message: 'x', errors: [{ field: 'a', message: 'b' }] }, 400)).toBeUndefined();
    expect(errorShapeProblem({ statusCode: 409, error: 'Conflict', message: 'x', errors: [], current: {} }, 409)).toBeUndefined();
    expect(errorShapeProblem({ statusCode: 400, error: 'Bad Request', message: 'x' }, 404)).toMatch(/statusCode/);
    expect(errorShapeProblem({ statusCode: 400, error: 'Bad Request', message: ['x'] }, 400)).toMatch(/message/);
    expect(errorShapeProblem({ statusCode: 400, error: 'Bad Request', message: 'x', errors: [{ field: 'a' }] }, 400)).toMatch(/errors/);
    expect(errorShapeProblem({ statusCode: 400, error: 'Bad Request', message: 'x', stack: '…' }, 400)).toMatch(/unknown fields/);
    expect(errorShapeProblem('Bad Request', 400)).toMatch(/not an object/);
  });
});
