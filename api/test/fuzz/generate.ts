import type { Random } from './random.js';
import { stringMatching } from './random.js';
import { RawJson, resolve, type OpenApiDocument, type Schema } from './schema.js';

/** Real values for fields by name (ids of rows that exist, the current version…); undefined: make one up. */
export type Hints = (name: string, schema: Schema) => unknown;

const WORDS = ['plan', 'reform', 'community', 'peer', 'support', 'budget', 'Ministry', 'NGO', 'OPD', 'étape', 'Gesundheit', 'салют', '中文', 'عربى', 'mañana', '😀', 'x', '@Amina', '@', '%', '_', '\\', "'", '"', 'a(b', '[x', '*+?', '$1', '<b>', '&amp;'];
const PERIOD = '^(2026|2027|2028|2029|2030|2031)-(0[1-9]|1[0-2]|Q[1-4]|H[12])$';

/** Odd text: none of it breaks a schema of type string without limits, all of it must be handled. */
const ODD_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ud83d',
  "'; DROP TABLE plans; --",
  '%00%ff',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  '   ',
  '\t\n\r',
  '\u202e\u0645\u0631\u062d\u0628\u0627',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  '{}',
  '\\',
  '\u00ad\u200b\ufeff',
  '𝕏'.repeat(50),
];

export class Generator {
  /** Values made from patterns lately: reused now and then, so equal values meet (baseline = target…). */
  private static readonly recent = new Map<string, string[]>();

  constructor(
    private readonly document: OpenApiDocument,
    private readonly random: Random,
    private readonly hints: Hints,
  ) {}

  /** A value the schema accepts (as far as cross-field rules allow: dates may come in any order). */
  valid(schema: Schema, name = '', depth = 0): unknown {
    const r = this.random;
    const s = resolve(schema, this.document);
    const hinted = this.hints(name, s);
    if (hinted !== undefined) return hinted;
    if (s.enum) return r.pick(s.enum);
    if (s.oneOf) return this.valid(r.pick(s.oneOf), name, depth);
    switch (s.type) {
      case 'string':
        return this.validString(s, name);
      case 'integer':
      case 'number': {
        const min = s.minimum ?? (name === 'year' ? 2000 : 0);
        const max = s.maximum ?? (name === 'year' ? 2100 : 1000);
        const value = r.chance(0.2) ? r.pick([min, max]) : r.int(min, max);
        return s.type === 'number' && r.chance(0.2) && value < max ? value + 0.5 : value;
      }
      case 'boolean':
        return r.chance(0.5);
      case 'array': {
        const min = s.minItems ?? 0;
        const max = Math.min(s.maxItems ?? 4, min + 4);
        const items = Array.from({ length: r.int(min, max) }, () => this.valid(s.items ?? {}, name, depth + 1));
        return s.uniqueItems ? items.filter((item, index) => items.findIndex((other) => JSON.stringify(other) === JSON.stringify(item)) === index) : items;
      }
      default: {
        if (!s.properties) return r.pick(['x', 1, true]);
        const object: Record<string, unknown> = {};
        for (const [key, property] of Object.entries(s.properties)) {
          const required = s.required?.includes(key);
          // correctsId must name an approved report of the same step and period: rarely so, so rarely sent.
          if (!required && !r.chance(key === 'correctsId' ? 0.1 : 0.5)) continue;
          const p = resolve(property, this.document);
          object[key] = !required && p.nullable && r.chance(0.15) ? null : this.valid(property, key, depth + 1);
        }
        return object;
      }
    }
  }

  private validString(s: Schema, name: string): string {
    const r = this.random;
    if (s.example !== undefined && typeof s.example === 'string' && r.chance(0.3)) return s.example;
    switch (s.format) {
      case 'uuid':
        return r.uuid();
      case 'date':
        return this.date();
      case 'date-time':
        return `${this.date()}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00.000Z`;
      case 'email':
        return `fuzz-${r.hex(8)}@example.org`;
    }
    if (s.pattern) {
      const recent = Generator.recent.get(s.pattern) ?? [];
      Generator.recent.set(s.pattern, recent);
      if (recent.length && r.chance(0.2)) return r.pick(recent);
      const made = r.chance(0.15) ? boundaryMatch(s.pattern) : stringMatching(s.pattern, r);
      if (recent.push(made) > 50) recent.shift();
      return made;
    }
    if (name === 'period') return stringMatching(PERIOD, r);
    if (name === 'email') {
      return r.weighted<() => string>([
        [6, () => `fuzz-${r.hex(8)}@example.org`],
        // Long, but still addresses: the contract sets no limit.
        [1, () => `${'l'.repeat(r.pick([64, 65, 250]))}@${'d'.repeat(r.pick([10, 63, 300]))}.example.org`],
        [1, () => r.pick(['Editor@Demo.org', 'OWNER@demo.org', 'viewer@demo.org', ' owner@demo.org ', 'fuzz-fixture@example.org', 'ünïcode@exämple.org', 'a+b@example.org', '"quoted"@example.org'])],
      ])();
    }
    if (name === 'url') return r.pick(['https://example.org/evidence.pdf', `https://health.example.gov/${r.hex(6)}`, 'http://example.org']);
    if (name === 'currency') return r.pick(['EUR', 'USD', 'KES', 'XOF']);
    if (name === 'country') return r.pick(['KEN', 'FRA', 'XDM', 'GHA', 'NPL']);
    if (name === 'password') return `a long fuzz passphrase ${r.hex(6)}`;
    const min = s.minLength ?? 0;
    // Exactly at the limit (in code points, some of them outside the BMP): the contract allows it, so must the database.
    if (s.maxLength !== undefined && r.chance(0.15)) {
      const unit = r.pick(['a', 'é', '😀', '中']);
      return unit.repeat(s.maxLength);
    }
    if (s.maxLength === undefined && r.chance(0.05)) return 'w'.repeat(r.pick([256, 321, 1000, 20_000]));
    const max = Math.min(s.maxLength ?? 60, Math.max(min, 60));
    let text = r.chance(0.5) ? '' : r.pick(WORDS);
    const length = r.int(min, max);
    while ([...text].length < length) text += r.pick(WORDS) + ' ';
    text = [...text].slice(0, length).join('');
    // Leading or trailing spaces might be trimmed before the length rule: keep the ends letters.
    return text.replace(/^\s|\s$/g, 'a');
  }

  date(): string {
    const r = this.random;
    if (r.chance(0.1)) return r.pick(['0001-01-01', '1970-01-01', '1999-12-31', '2000-02-29', '9999-12-31', '2026-12-01', '2100-01-01']);
    const month = r.int(1, 12);
    const day = r.int(1, new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 ? 1 : 0));
    return `${r.int(2024, 2035)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  /**
   * A variant of a valid value: most break the schema (the oracle decides which by checking the
   * result against the schema), some are only odd (NUL, lone surrogates, big numbers).
   */
  mutate(schema: Schema, value: unknown, name = '', depth = 0): { value: unknown; note: string } {
    const r = this.random;
    const s = resolve(schema, this.document);
    const isObject = s.type === 'object' || (s.type === undefined && !!s.properties);
    if (isObject && value !== null && typeof value === 'object' && !Array.isArray(value) && r.chance(0.8)) {
      const object = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(s.properties ?? {});
      const required = (s.required ?? []).filter((key) => key in object);
      const action = r.weighted<'missing' | 'extra' | 'property'>([
        [required.length ? 1 : 0, 'missing'],
        [1, 'extra'],
        [keys.length ? 5 : 0, 'property'],
      ]);
      if (action === 'missing') {
        const key = r.pick(required);
        delete object[key];
        return { value: object, note: `${name || 'body'}: without ${key}` };
      }
      if (action === 'extra') {
        const key = r.pick(['extra', 'isAdmin', 'role', 'id', 'planId', '__proto__', 'constructor', 'version2', '', 'a.b', '$where']);
        Object.defineProperty(object, key, { value: this.odd(), enumerable: true, configurable: true, writable: true });
        return { value: object, note: `${name || 'body'}: extra property ${JSON.stringify(key)}` };
      }
      const key = r.pick(keys);
      const current = key in object ? object[key] : this.valid(s.properties![key], key, depth + 1);
      const mutated = this.mutate(s.properties![key], current, key, depth + 1);
      object[key] = mutated.value;
      return { value: object, note: mutated.note };
    }
    if (s.type === 'array' && Array.isArray(value) && r.chance(0.6)) {
      const items = s.items ?? {};
      const action = r.weighted<'tooMany' | 'huge' | 'duplicates' | 'nested' | 'item'>([
        [s.maxItems !== undefined ? 1 : 0, 'tooMany'],
        // No limit in the contract: thousands of items (a statement must not take one parameter each).
        [s.maxItems === undefined ? 1 : 0, 'huge'],
        [1, 'duplicates'],
        [1, 'nested'],
        [2, 'item'],
      ]);
      if (action === 'huge') {
        const item = this.valid(items, name, depth + 1);
        const count = r.pick([1000, 5000, 20_000]);
        return { value: Array.from({ length: count }, (_, index) => (index % 2 ? item : this.valid(items, name, depth + 1))), note: `${name}: ${count} items` };
      }
      if (action === 'duplicates') {
        const item = value.length ? value[0] : this.valid(items, name, depth + 1);
        return { value: [item, item, ...value], note: `${name}: the same item twice` };
      }
      if (action === 'tooMany') {
        return { value: Array.from({ length: s.maxItems! + r.int(1, 30) }, () => this.valid(items, name, depth + 1)), note: `${name}: more than ${s.maxItems} items` };
      }
      if (action === 'nested') return { value: [[this.valid(items, name, depth + 1)], []], note: `${name}: array of arrays` };
      const list = value.length ? [...value] : [this.valid(items, name, depth + 1)];
      const index = r.int(0, list.length - 1);
      const mutated = this.mutate(items, list[index], `${name}.${index}`, depth + 1);
      list[index] = mutated.value;
      return { value: list, note: mutated.note };
    }
    return this.mutateScalar(s, value, name);
  }

  private mutateScalar(s: Schema, value: unknown, name: string): { value: unknown; note: string } {
    const r = this.random;
    const choices: [number, () => unknown][] = [
      [2, () => null],
      [3, () => this.wrongType(s)],
      [1, () => this.deep(r.int(20, 200))],
      [1, () => this.odd()],
    ];
    if (s.type === 'string') {
      const text = typeof value === 'string' ? value : 'text';
      if (s.maxLength !== undefined) {
        choices.push([3, () => 'x'.repeat(s.maxLength! + r.pick([1, 2, 100, 100_000]))]);
        // Over the limit only by surrounding spaces, or by astral characters (one code point, two UTF-16 units).
        choices.push([1, () => r.pick([`${'x'.repeat(s.maxLength!)} `, ` ${'x'.repeat(s.maxLength!)}`, '😀'.repeat(s.maxLength! + 1)])]);
      }
      if (s.minLength) choices.push([2, () => 'y'.repeat(s.minLength! - 1)]);
      if (s.maxLength === undefined) choices.push([1, () => 'z'.repeat(r.pick([10_000, 500_000]))]);
      if (s.pattern) choices.push([3, () => r.pick(['', '1.234', '-1', '١٢', '12,5', ' 12', '12 ', '1e3', '0x10', '99999999999999999.99', '2027-Q5', '2027-13', 'abc', `${text}\n`])]);
      if (s.format) choices.push([3, () => this.badFormat(s.format!)]);
      if (s.enum) choices.push([3, () => r.pick(['', 'OTHER', String(s.enum![0]).toUpperCase(), ` ${String(s.enum![0])}`, `${String(s.enum![0])}\u0000`])]);
      choices.push([2, () => text + r.pick(['\u0000', '\ud800', '\udfff', '\u0000\u0000'])]);
      choices.push([1, () => r.pick(ODD_TEXT)]);
    }
    if (s.type === 'integer' || s.type === 'number') {
      if (s.maximum !== undefined) choices.push([3, () => r.pick([s.maximum! + 1, s.maximum! + 0.5, new RawJson('1e309'), 2 ** 53, 1e21])]);
      if (s.minimum !== undefined) choices.push([3, () => r.pick([s.minimum! - 1, s.minimum! - 0.5, new RawJson('-1e309'), -(2 ** 53), -1e21])]);
      if (s.type === 'integer') choices.push([2, () => r.pick([1.5, 0.1, 1e-7, -1.25])]);
      choices.push([2, () => r.pick([new RawJson('-0'), new RawJson('1e309'), new RawJson('-1e309'), 2 ** 31, 2 ** 53 + 2, -(2 ** 31) - 1, 1e300, new RawJson('1E2'), new RawJson('0.0000')])]);
    }
    const pick = r.weighted(choices);
    const mutated = pick();
    return { value: mutated, note: `${name || 'body'}: ${describe(mutated)}` };
  }

  wrongType(s: Schema): unknown {
    const r = this.random;
    switch (s.type) {
      case 'string':
        return r.pick([42, -1, true, false, {}, [], ['x'], { a: 'b' }, 0]);
      case 'integer':
      case 'number':
        return r.pick(['12', '1', 'NaN', 'Infinity', true, {}, [], [1], '', '0x10']);
      case 'boolean':
        return r.pick(['true', 'false', 1, 0, '', 'yes', [], {}]);
      case 'array':
        return r.pick([{}, 'a', 1, true, { 0: 'a', length: 1 }]);
      default:
        return r.pick([[], 'a', 1, true, [{}]]);
    }
  }

  badFormat(format: string): string {
    const r = this.random;
    switch (format) {
      case 'uuid':
        return r.pick(['not-a-uuid', '', '12345', r.uuid().slice(0, 35), `${r.uuid()}0`, r.uuid().replace(/-/g, ''), `{${r.uuid()}}`, 'g0000000-0000-4000-8000-000000000000', `${r.uuid()}\u0000`, ' ' + r.uuid()]);
      case 'date':
        return r.pick(['2027-02-30', '2027-13-01', '2027-00-10', '2027-1-1', '20270101', '27-01-01', 'yesterday', '2027-01-01T00:00:00Z', '', '0000-00-00', '2027-02-29', '+2027-01-01', '2027-01-32', '١٢٣٤-٠١-٠١']);
      case 'date-time':
        return r.pick(['2027-02-30T00:00:00Z', 'now', '2027-01-01', '2027-01-01T25:00:00Z', '']);
      case 'email':
        return r.pick(['not-an-email', '@example.org', 'a@', 'a b@example.org', '']);
      default:
        return '\u0000';
    }
  }

  /** A JSON value nested this deep (objects and arrays by turns). */
  deep(levels: number): RawJson {
    return new RawJson('{"a":['.repeat(levels) + '1' + ']}'.repeat(levels));
  }

  odd(): unknown {
    const r = this.random;
    return r.pick<unknown>([...ODD_TEXT, 0, -1, true, null, [], {}, [[[]]], new RawJson('1e309'), new RawJson('-0'), 'x'.repeat(5000)]);
  }
}

/** The longest string of the decimal patterns (all digits at their most). */
function boundaryMatch(pattern: string): string {
  const decimal = /^\^(-\?)?\\d\{1,(\d+)\}\(\\\.\\d\{1,(\d+)\}\)\?\$$/.exec(pattern);
  if (!decimal) return pattern.includes('Q') ? '9999-12' : '0';
  return `${decimal[1] ? '-' : ''}${'9'.repeat(Number(decimal[2]))}.${'9'.repeat(Number(decimal[3]))}`;
}

export function describe(value: unknown): string {
  if (value instanceof RawJson) return `raw ${value.text.slice(0, 40)}${value.text.length > 40 ? `… (${value.text.length} chars)` : ''}`;
  if (typeof value === 'string') return value.length > 40 ? `string of ${value.length} chars (${JSON.stringify(value.slice(0, 20))}…)` : `string ${JSON.stringify(value)}`;
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}
