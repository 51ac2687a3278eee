import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The part of OpenAPI 3.0's schema object the contract uses. */
export interface Schema {
  $ref?: string;
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  example?: unknown;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** As in the document: /api/v1/plans/{planId}. */
  path: string;
  parameters: Parameter[];
  /** The JSON body's schema, if the operation takes one. */
  jsonBody?: Schema;
  bodyRequired: boolean;
  multipart?: Schema;
  secured: boolean;
  /** Status → schema of a JSON answer (null: documented without a JSON body). */
  responses: Map<number, Schema | null>;
  produces: Set<string>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
}

export function loadDocument(): OpenApiDocument {
  // Jest runs from api/, where `npm run openapi` writes the committed contract.
  return JSON.parse(readFileSync(join(process.cwd(), 'openapi.json'), 'utf8')) as OpenApiDocument;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const content = raw.requestBody?.content ?? {};
      const responses = new Map<number, Schema | null>();
      const produces = new Set<string>();
      for (const [status, response] of Object.entries(raw.responses)) {
        for (const type of Object.keys(response.content ?? {})) produces.add(type);
        responses.set(Number(status), response.content?.['application/json']?.schema ?? null);
      }
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: raw.parameters ?? [],
        jsonBody: content['application/json']?.schema,
        bodyRequired: raw.requestBody?.required ?? false,
        multipart: content['multipart/form-data']?.schema,
        secured: (raw.security ?? []).length > 0,
        responses,
        produces,
      });
    }
  }
  return operations;
}

/**
 * Follows $ref and folds allOf into one schema (the contract uses allOf only to attach a
 * description or nullable to a referenced enum or object); the outer keywords win.
 */
export function resolve(schema: Schema, document: OpenApiDocument): Schema {
  let current: Schema = schema;
  if (current.$ref) {
    const { $ref, ...rest } = current;
    const target = document.components.schemas[$ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`Unknown schema ${$ref}`);
    current = { ...resolve(target, document), ...rest };
  }
  if (current.allOf) {
    const { allOf, ...rest } = current;
    let merged: Schema = {};
    for (const part of allOf) merged = { ...merged, ...resolve(part, document) };
    current = { ...merged, ...rest };
    // A nested object given as allOf + type: object keeps its properties from the reference.
  }
  return current;
}

/** A JSON text spliced in as it is (1e309, -0, malformed JSON…), which JSON.stringify cannot write. */
export class RawJson {
  constructor(readonly text: string) {}
}

export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).map((key) => `${JSON.stringify(key)}:${toJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What the server's JSON parser makes of a value (a RawJson that is not JSON stays a RawJson). */
export function parsed(value: unknown): unknown {
  try {
    return JSON.parse(toJson(value));
  } catch {
    return value instanceof RawJson ? value : new RawJson(toJson(value));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function matchesFormat(format: string | undefined, text: string): boolean {
  switch (format) {
    case 'uuid':
      return UUID.test(text);
    case 'date':
      return isCalendarDate(text);
    case 'date-time': {
      const match = DATE_TIME.exec(text);
      return !!match && isCalendarDate(match[1]);
    }
    case 'email':
      return EMAIL.test(text);
    default:
      return true;
  }
}

export interface CheckOptions {
  /** Request bodies: unknown properties are refused (the API's whitelist with forbidNonWhitelisted). */
  strict: boolean;
}

/**
 * Whether a value matches a schema, as a list of what does not (empty: it matches). JSON Schema's
 * meaning: lengths in code points, integers are numbers without a fraction, null only where nullable.
 */
export function check(schema: Schema, value: unknown, document: OpenApiDocument, options: CheckOptions, at = '$', errors: string[] = []): string[] {
  if (errors.length >= 5) return errors;
  const s = resolve(schema, document);
  if (value instanceof RawJson) return (errors.push(`${at}: not JSON`), errors);
  if (value === undefined) return errors;
  if (value === null) {
    if (!s.nullable && (s.type || s.oneOf || s.enum)) errors.push(`${at}: null`);
    return errors;
  }
  if (s.oneOf) {
    if (!s.oneOf.some((option) => check(option, value, document, options, at).length === 0)) errors.push(`${at}: matches none of oneOf`);
    return errors;
  }
  if (s.enum && !s.enum.includes(value)) errors.push(`${at}: ${JSON.stringify(value).slice(0, 40)} not in enum`);
  switch (s.type) {
    case 'string': {
      if (typeof value !== 'string') return (errors.push(`${at}: not a string`), errors);
      const length = [...value].length;
      if (s.minLength !== undefined && length < s.minLength) errors.push(`${at}: shorter than ${s.minLength}`);
      if (s.maxLength !== undefined && length > s.maxLength) errors.push(`${at}: longer than ${s.maxLength}`);
      if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${at}: does not match ${s.pattern}`);
      if (s.format !== 'binary' && !matchesFormat(s.format, value)) errors.push(`${at}: not a ${s.format}`);
      break;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number') return (errors.push(`${at}: not a number`), errors);
      if (s.type === 'integer' && !Number.isInteger(value)) errors.push(`${at}: not an integer`);
      if (s.minimum !== undefined && !(value >= s.minimum)) errors.push(`${at}: below ${s.minimum}`);
      if (s.maximum !== undefined && !(value <= s.maximum)) errors.push(`${at}: above ${s.maximum}`);
      break;
    }
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(`${at}: not a boolean`);
      break;
    case 'array': {
      if (!Array.isArray(value)) return (errors.push(`${at}: not an array`), errors);
      if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${at}: fewer than ${s.minItems} items`);
      if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${at}: more than ${s.maxItems} items`);
      if (s.uniqueItems && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) errors.push(`${at}: repeats an item`);
      if (s.items) value.forEach((item, index) => check(s.items!, item, document, options, `${at}.${index}`, errors));
      break;
    }
    case 'object':
    case undefined: {
      if (s.type === undefined && !s.properties) break; // no constraint (`{}`)
      if (typeof value !== 'object' || Array.isArray(value)) return (errors.push(`${at}: not an object`), errors);
      const object = value as Record<string, unknown>;
      for (const name of s.required ?? []) if (!Object.hasOwn(object, name)) errors.push(`${at}.${name}: missing`);
      for (const key of Object.keys(object)) {
        const property = s.properties?.[key];
        if (property) check(property, object[key], document, options, `${at}.${key}`, errors);
        else if (options.strict || s.additionalProperties === false) errors.push(`${at}.${key}: unknown property`);
      }
      break;
    }
  }
  return errors;
}
