import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { generateOpenApiJson, OPENAPI_FILE } from './write-openapi.js';

describe('OpenAPI contract', () => {
  it('matches the committed api/openapi.json (run `npm run openapi -w api` after changing the API)', async () => {
    const generated = await generateOpenApiJson();
    expect(generated).toBe(readFileSync(OPENAPI_FILE, 'utf8'));
  });

  it('names every operation and documents the error shape', async () => {
    const document = JSON.parse(await generateOpenApiJson());
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path as object)) as { operationId?: string }[];
    expect(operations.every((operation) => typeof operation.operationId === 'string')).toBe(true);
    expect(document.components.schemas.ErrorResponse.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'message', 'errors']));
  });
});
