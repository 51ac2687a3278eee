import { DEMO_PASSWORD } from '../test-app.js';
import type { Fixtures, Kind, Row } from './fixtures.js';
import { describe, Generator } from './generate.js';
import type { Random } from './random.js';
import { check, parsed, RawJson, resolve, toJson, type OpenApiDocument, type Operation, type Schema } from './schema.js';

export interface Failure {
  index: number;
  method: string;
  path: string;
  caller: string;
  status: number;
  problem: string;
  request: string;
  response: string;
}

export interface Figures {
  requests: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  /** Requests the contract refuses (by schema or by its security requirement), and how many got a 4xx. */
  refused: number;
  refusedAnswered4xx: number;
  /** Answers to text over maxLength only by surrounding spaces, by status (see jsonBody). */
  overMaxLengthOnlyBySpaces: Record<string, number>;
  /** Error statuses an operation answered that its entry in the contract does not list (for the report, not failures). */
  undocumented: Record<string, number>;
  byOperation: Record<string, Record<string, number>>;
  /** Time spent on each operation's batches (shared out evenly within a batch). */
  millisecondsByOperation: Record<string, number>;
}

type Caller = 'owner' | 'editor' | 'contributor' | 'viewer' | 'anonymous' | 'badToken' | 'ownSession';

interface Planned {
  caller: Caller;
  token?: string;
  path: string;
  query: [string, string][];
  rawQuery?: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** What the request is, in words, for the failure list. */
  notes: string[];
  /** Why the contract refuses this request (empty: it does not). */
  refusedBecause: string[];
  row?: Row;
  rowKind?: Kind;
  /** Over a maxLength only by surrounding spaces (see jsonBody). */
  onlySurroundingSpaces?: boolean;
  /** A method the contract does not list for this path (PUT), instead of the operation's. */
  method?: string;
  /** Real rows' ids as they are, no query, no body: a read the contract accepts. */
  pristine: boolean;
}

const GARBAGE_IDS = ['not-a-uuid', '0', '-1', 'null', '%00', 'a'.repeat(300), '%F0%9F%98%80', '%ZZ', "'", '%20', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '{id}', '%ED%A0%80'];
const BAD_TOKENS = ['Bearer', 'Bearer ', 'Bearer not.a.jwt', 'Basic b3duZXI6cGFzcw==', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'bearer x', `Bearer ${'a'.repeat(9000)}`];

const PATH_KIND: Record<string, Kind> = {
  planId: 'planId',
  stepId: 'stepId',
  memberId: 'memberId',
  invitationId: 'invitationId',
  reportId: 'reportId',
  fileId: 'fileId',
  indicatorId: 'indicatorId',
  commentId: 'commentId',
  lineId: 'lineId',
  linkId: 'linkId',
  notificationId: 'notificationId',
};

export class Fuzzer {
  readonly failures: Failure[] = [];
  readonly figures: Figures = { requests: 0, byStatus: {}, serverErrors: 0, refused: 0, refusedAnswered4xx: 0, overMaxLengthOnlyBySpaces: {}, undocumented: {}, byOperation: {}, millisecondsByOperation: {} };

  constructor(
    private readonly document: OpenApiDocument,
    private readonly fixtures: Fixtures,
    private readonly random: Random,
    private readonly baseUrl: string,
  ) {}

  /**
   * Sends `total` requests, `concurrency` at a time: each batch is planned in order from the fixtures
   * as they stand, sent together, then judged (and learnt from) in order, so a seed gives the same
   * requests as long as the answers are the same.
   */
  async run(operations: Operation[], total: number, concurrency = 1): Promise<void> {
    let order: Operation[] = [];
    for (let start = 0; start < total; start += concurrency) {
      const batch: { op: Operation; index: number; planned: Planned }[] = [];
      for (let index = start; index < Math.min(total, start + concurrency); index++) {
        if (order.length === 0) order = this.random.shuffle(operations);
        const op = order.pop()!;
        batch.push({ op, index, planned: this.plan(op) });
      }
      const sent = Date.now();
      const answers = await Promise.all(batch.map(({ op, planned }) => this.send(op, planned)));
      const elapsed = Date.now() - sent;
      for (const { op } of batch) this.figures.millisecondsByOperation[`${op.method} ${op.path}`] = (this.figures.millisecondsByOperation[`${op.method} ${op.path}`] ?? 0) + elapsed / batch.length;
      batch.forEach(({ op, index, planned }, i) => this.record(op, index, planned, answers[i]));
    }
  }

  private async send(op: Operation, planned: Planned): Promise<{ url: string; status: number; contentType: string; text: string; error?: string }> {
    const search = new URLSearchParams(planned.query).toString();
    const query = [search, planned.rawQuery].filter(Boolean).join('&');
    const url = `${this.baseUrl}${planned.path}${query ? `?${query}` : ''}`;
    const headers: Record<string, string> = { ...planned.headers };
    if (planned.token !== undefined) headers.Authorization = planned.token;
    try {
      const response = await fetch(url, { method: planned.method ?? op.method, headers, body: planned.body });
      const contentType = response.headers.get('content-type') ?? '';
      const text = contentType.includes('json') || contentType.startsWith('text/') || contentType === '' ? await response.text() : `(${(await response.arrayBuffer()).byteLength} bytes of ${contentType})`;
      return { url, status: response.status, contentType, text };
    } catch (error) {
      return { url, status: 0, contentType: '', text: '', error: `the request failed: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? '')}` };
    }
  }

  private record(op: Operation, index: number, planned: Planned, answer: { url: string; status: number; contentType: string; text: string; error?: string }): void {
    const { url, status, contentType, text } = answer;
    const label = `${planned.method ?? op.method} ${op.path}`;
    const problem = answer.error ?? this.judge(op, planned, url, status, contentType, text);
    const figures = this.figures;
    figures.requests += 1;
    figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
    if (status >= 500) figures.serverErrors += 1;
    const perOperation = (figures.byOperation[label] ??= {});
    perOperation[status] = (perOperation[status] ?? 0) + 1;
    if (planned.onlySurroundingSpaces) figures.overMaxLengthOnlyBySpaces[status] = (figures.overMaxLengthOnlyBySpaces[status] ?? 0) + 1;
    if (planned.refusedBecause.length) {
      figures.refused += 1;
      if (status >= 400 && status < 500) figures.refusedAnswered4xx += 1;
    }
    if (process.env.FUZZ_DEBUG) {
      const samples = ((this.figures as unknown as { samples?: Record<string, string[]> }).samples ??= {});
      const key = `${label} ${status}`;
      const list = (samples[key] ??= []);
      if (list.length < 3) list.push(`${planned.notes.join('; ')} => ${text.slice(0, 300)}`);
    }
    if (problem) {
      const body = typeof planned.body === 'string' ? planned.body : planned.body ? '(multipart)' : '';
      this.failures.push({
        index,
        method: op.method,
        path: url.replace(this.baseUrl, ''),
        caller: planned.caller,
        status,
        problem,
        request: `${planned.notes.join('; ')} | body ${body.length > 300 ? `${body.slice(0, 300)}… (${body.length} chars)` : body}`,
        response: text.slice(0, 400),
      });
    }
  }

  /** What is wrong with an answer, or undefined. */
  private judge(op: Operation, planned: Planned, url: string, status: number, contentType: string, text: string): string | undefined {
    if (status >= 500) return `a ${status}`;
    if (status < 200 || (status >= 300 && status < 400)) return `an unexpected status ${status}`;
    if (status >= 400) {
      // Generic answers (bad input, no session, too large, too many) can meet any route; others are worth a line in the contract.
      if (!planned.method && !op.responses.has(status) && ![400, 401, 413, 415, 429, 431].includes(status)) this.figures.undocumented[`${op.method} ${op.path} ${status}`] = (this.figures.undocumented[`${op.method} ${op.path} ${status}`] ?? 0) + 1;
      if (!contentType.includes('application/json')) return `an error answer of type ${contentType || 'none'}`;
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return 'an error answer that is not JSON';
      }
      const shape = errorShapeProblem(body, status);
      if (shape) return shape;
      // A conflict names the current state: the next change starts from its version, as a client would.
      if (status === 409) this.fixtures.noteVersions((body as { current?: unknown }).current);
      // A plain read of real rows has nothing to be wrong about: a 400 there blames the caller for the data.
      if (status === 400 && op.method === 'GET' && planned.pristine && ['owner', 'editor', 'contributor', 'viewer'].includes(planned.caller)) return 'a 400 to a plain read of real rows';
      return undefined;
    }
    if (planned.method) return `a ${status} to ${planned.method}, which the contract does not list for this path`;
    if (planned.refusedBecause.length) return `a ${status} to a request the contract refuses (${planned.refusedBecause.join(', ')})`;
    if (!op.responses.has(status)) return `a ${status}, which the contract does not list (${[...op.responses.keys()].join(', ')})`;
    const schema = op.responses.get(status);
    let body: unknown;
    if (schema) {
      if (!contentType.includes('application/json')) return `a ${status} of type ${contentType}, not JSON`;
      try {
        body = JSON.parse(text);
      } catch {
        return `a ${status} whose body is not JSON`;
      }
      const errors = check(schema, body, this.document, { strict: false });
      if (errors.length) return `a ${status} that does not match its schema: ${errors.join('; ')}`;
    } else if (status === 204 && text !== '') {
      return 'a 204 with a body';
    }
    this.learn(op, planned, status, body);
    return undefined;
  }

  /** Keeps the fixtures up to date: new rows, versions, rows that are gone. */
  private learn(op: Operation, planned: Planned, status: number, body: any): void {
    const f = this.fixtures;
    f.noteVersions(body);
    const params = paramsOf(op, planned.path);
    if (op.method === 'DELETE' && planned.rowKind && planned.row && !planned.row.kept) {
      f.remove(planned.rowKind, planned.row.values[planned.rowKind]);
      // A plan that is deleted is archived; its rows stay but cannot change: forget the plan only.
      return;
    }
    if (op.method !== 'POST' || status !== 201 || !body || typeof body !== 'object') return;
    if (op.path.endsWith('/invitations')) {
      f.add('invitationId', { ...params, invitationId: body.id });
      f.add('invitationToken', { invitationToken: String(body.acceptUrl).split('/').at(-1)! });
      return;
    }
    if (op.path.endsWith('/share-links')) {
      f.add('linkId', { ...params, linkId: body.id });
      f.add('shareToken', { shareToken: body.token });
      return;
    }
    if (op.path.endsWith('/steps/{stepId}/reports')) return f.add('reportId', { planId: params.planId, reportId: body.id });
    if (op.path.endsWith('/files')) {
      for (const file of body.files ?? []) f.add('fileId', { ...params, fileId: file.id });
      return;
    }
    if (op.path === '/api/v1/organisations') return void f.organisationIds.push(body.id);
    if (op.path.endsWith('/accept') && body.session?.user?.id) return f.add('memberId', { planId: body.planId, memberId: body.session.user.id });
    // POST /collection creating what /collection/{xId} addresses.
    const item = Object.keys(this.document.paths).find((path) => path.startsWith(`${op.path}/{`) && /^\/\{\w+\}$/.test(path.slice(op.path.length)));
    const kind = item ? PATH_KIND[item.slice(op.path.length + 2, -1)] : undefined;
    if (kind && typeof body.id === 'string') f.add(kind, { ...params, [kind]: body.id });
  }

  private plan(op: Operation): Planned {
    const r = this.random;
    const f = this.fixtures;
    const planned: Planned = { caller: 'owner', path: '', query: [], headers: {}, notes: [], refusedBecause: [], pristine: true };
    // Different network addresses, so the per-address limits of public routes do not answer everything with 429.
    planned.headers['X-Forwarded-For'] = r.chance(0.3) ? '203.0.113.7' : `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

    if (r.chance(0.1)) planned.headers.Accept = r.pick(['text/html', 'application/xml', '*/*', 'text/event-stream', 'application/json;q=0']);

    // Caller: the owner most of the time.
    if (op.path === '/api/v1/auth/logout') {
      const session = r.chance(0.5) ? f.spareSessions.shift() : undefined;
      planned.caller = session ? 'ownSession' : r.pick(['anonymous', 'badToken'] as const);
      if (session) planned.token = `Bearer ${session.accessToken}`;
    } else {
      planned.caller = r.weighted<Caller>([[76, 'owner'], [3, 'editor'], [5, 'contributor'], [7, 'viewer'], [5, 'anonymous'], [4, 'badToken']]);
      const tokens: Partial<Record<Caller, string>> = { owner: f.ownerToken, editor: f.editorToken, contributor: f.contributorToken, viewer: f.viewerToken };
      if (tokens[planned.caller]) planned.token = `Bearer ${tokens[planned.caller]}`;
    }
    if (planned.caller === 'badToken') planned.token = r.pick(BAD_TOKENS);
    if (op.secured && (planned.caller === 'anonymous' || planned.caller === 'badToken')) planned.refusedBecause.push('no valid bearer token');

    // Path: a real row's ids most of the time.
    planned.path = this.fillPath(op, planned);

    // Query.
    const mutateQuery = r.chance(0.4);
    const queryParams = op.parameters.filter((parameter) => parameter.in === 'query');
    const target = mutateQuery && queryParams.length ? r.pick(queryParams) : undefined;
    for (const parameter of queryParams) {
      const schema = resolve(parameter.schema, this.document);
      if (parameter !== target && !parameter.required && !r.chance(0.4)) continue;
      const generator = this.generator(op, planned);
      let value: unknown = generator.valid(schema, parameter.name);
      if (parameter === target) {
        value = r.weighted<() => unknown>([
          [3, () => generator.mutate(schema, value, parameter.name).value],
          [1, () => [String(value), String(value)]],
          [1, () => r.pick(['', ' ', '%', '\u0000', '\ud800', 'x'.repeat(3000), '1e3', '-0', ' 1', '+1', '01'])],
        ])();
        if (value === null || value === undefined || value instanceof RawJson) value = value instanceof RawJson ? value.text : '';
      }
      const values = Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : toJson(item))) : [typeof value === 'string' ? value : toJson(value)];
      for (const item of values) planned.query.push([parameter.name, item]);
      const why = queryProblem(schema, values, this.document);
      if (why) planned.refusedBecause.push(`query ${parameter.name}: ${why}`);
    }
    if (r.chance(0.05)) {
      planned.rawQuery = r.pick(['unknown=1', 'page=%ZZ', '__proto__[x]=1', 'a[b][c][d][e][f]=1', `q=${'%00'.repeat(10)}`]);
      planned.notes.push(`raw query ${planned.rawQuery}`);
    }
    if (planned.query.length || planned.rawQuery) planned.pristine = false;
    if (planned.query.length) planned.notes.push(`query ${planned.query.map(([name, value]) => `${name}=${describe(value)}`).join(' ')}`);

    // Now and then a method the path does not have (every path of the contract lacks PUT).
    if (r.chance(0.02)) {
      planned.method = 'PUT';
      planned.pristine = false;
      planned.notes.push('PUT instead');
    }

    // Body.
    if (op.jsonBody) this.jsonBody(op, op.jsonBody, planned);
    else if (op.multipart) this.multipartBody(planned);
    else if (op.method !== 'GET' && r.chance(0.1)) {
      planned.headers['Content-Type'] = 'application/json';
      planned.body = r.pick(['{"unexpected":true}', '[]', '{', 'null']);
      planned.notes.push('a body where none is expected');
    }
    return planned;
  }

  private fillPath(op: Operation, planned: Planned): string {
    const r = this.random;
    const f = this.fixtures;
    const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    if (names.length === 0) return op.path;
    const last = names[names.length - 1];
    const kind: Kind = last === 'token' ? (op.path.startsWith('/api/v1/share/') ? 'shareToken' : 'invitationToken') : PATH_KIND[last];
    let rows = f.all(kind);
    // Deleting, archiving, revoking, demoting: only rows the fuzz made itself.
    const destructive = op.method === 'DELETE' || (kind === 'memberId' && op.method === 'PATCH');
    if (destructive) rows = rows.filter((row) => !row.kept);
    const row = rows.length ? r.pick(rows) : undefined;
    planned.row = row;
    planned.rowKind = kind;
    let path = op.path;
    for (const name of names) {
      const key = name === 'token' ? kind : name;
      let value = row?.values[key] ?? r.uuid();
      const roll = r.next();
      if (roll < 0.06) value = r.uuid();
      else if (roll < 0.1) value = r.pick(GARBAGE_IDS);
      else if (roll < 0.13) {
        const others = [...f.rows.values()].flat();
        value = others.length ? (Object.values(r.pick(others).values).at(-1) ?? value) : value;
      }
      if (roll < 0.13 || !row) {
        planned.pristine = false;
        planned.notes.push(`${name}=${describe(value)}`);
      }
      const encoded = GARBAGE_IDS.includes(value) ? value : encodeURIComponent(value);
      path = path.replace(`{${name}}`, encoded);
    }
    if (!row) planned.notes.push(`no row for ${kind}`);
    return path;
  }

  private generator(op: Operation, planned: Planned): Generator {
    const r = this.random;
    const f = this.fixtures;
    const targetId = planned.row?.values[planned.rowKind ?? 'planId'];
    const steps = f.all('stepId').map((row) => row.values.stepId);
    return new Generator(this.document, r, (name, schema) => {
      if (schema.type === 'integer' && name === 'version') {
        const known = targetId ? f.versions.get(targetId) : undefined;
        return known !== undefined && r.chance(0.8) ? known : r.int(1, 5);
      }
      if (schema.type === 'number' && name === 'version') return targetId && r.chance(0.8) ? (f.versions.get(targetId) ?? 1) : r.int(1, 5);
      if (schema.type !== 'string') return undefined;
      if (op.path === '/api/v1/auth/login') {
        if (name === 'email') return r.pick(['owner@demo.org', 'viewer@demo.org', 'editor@demo.org', `fuzz-${r.hex(4)}@example.org`, 'nobody@demo.org']);
        if (name === 'password' && r.chance(0.5)) return DEMO_PASSWORD;
      }
      if (name === 'refreshToken' && f.spareSessions.length && r.chance(0.5)) return f.spareSessions[f.spareSessions.length - 1].refreshToken;
      if (schema.format !== 'uuid' || !r.chance(0.9)) return undefined;
      if (name === 'funderId' || name === 'leadOrganisationId') return r.pick(f.organisationIds);
      if (name === 'assigneeIds' || name === 'mentionIds') return r.pick(f.userIds);
      if ((name === 'dependsOn' || name === 'stepId') && steps.length) return r.pick(steps);
      if (name === 'correctsId' && f.all('reportId').length) return r.pick(f.all('reportId')).values.reportId;
      return undefined;
    });
  }

  private jsonBody(op: Operation, schema: Schema, planned: Planned): void {
    const r = this.random;
    const generator = this.generator(op, planned);
    let value: unknown = generator.valid(schema);
    let contentType = 'application/json';
    const kind = r.weighted<'valid' | 'mutated' | 'twice' | 'raw' | 'contentType' | 'none'>([
      [35, 'valid'],
      [45, 'mutated'],
      [6, 'twice'],
      [7, 'raw'],
      [4, 'contentType'],
      [3, 'none'],
    ]);
    let text: string | undefined;
    if (kind === 'mutated' || kind === 'twice') {
      const first = generator.mutate(schema, value);
      planned.notes.push(first.note);
      value = first.value;
      if (kind === 'twice') {
        const second = generator.mutate(schema, value);
        planned.notes.push(second.note);
        value = second.value;
      }
    }
    if (kind === 'raw') {
      text = r.pick([
        '{',
        '{"a":',
        '[1,]',
        "{'title':'x'}",
        'nul',
        '"just a string"',
        '42',
        'true',
        'null',
        '[]',
        '[{}]',
        '{"a":1}{"b":2}',
        '{"a":"\\ud800"}',
        '{"a":"\\u0000"}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `{"x":"${'y'.repeat(1_100_000)}"}`,
        `{${'"k":1,'.repeat(2000)}"k":2}`,
      ]);
      value = new RawJson(text);
      planned.notes.push(`raw body ${describe(value)}`);
    }
    if (kind === 'contentType') {
      if (r.chance(0.3)) {
        // JSON that claims to be compressed but is not (or in an encoding no one speaks).
        planned.headers['Content-Encoding'] = r.pick(['gzip', 'deflate', 'br', 'x-unknown', 'gzip, gzip']);
        planned.notes.push(`content encoding ${planned.headers['Content-Encoding']}`);
      } else {
        contentType = r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'application/json; charset=utf-16', 'application/json; charset=latin1', 'multipart/form-data; boundary=x']);
        planned.notes.push(`content type ${contentType}`);
      }
    }
    if (kind === 'none') {
      planned.notes.push('no body');
      // The API reads a missing body as {}: refused when something is required.
      const errors = check(schema, {}, this.document, { strict: true });
      if (errors.length) planned.refusedBecause.push(...errors);
      return;
    }
    text ??= toJson(value);
    planned.headers['Content-Type'] = contentType;
    planned.body = text;
    // The oracle decides from what the server will parse, not from what the mutation meant.
    if (kind === 'contentType') return; // not under the contract, which speaks of JSON only: any 4xx or 2xx will do
    const seen = parsed(value);
    const errors = check(schema, seen, this.document, { strict: true });
    // Allowed, and counted apart: the API trims surrounding spaces off text before its rules
    // (common/validation/trim.ts), so text over maxLength only by those spaces is stored within the
    // limit. JSON Schema cannot say "after trimming"; reported to the lead, not counted as refused.
    if (errors.length && errors.every((error) => /: longer than \d+$/.test(error)) && check(schema, trimmed(seen), this.document, { strict: true }).length === 0) {
      planned.onlySurroundingSpaces = true;
      planned.notes.push('over maxLength only by surrounding spaces');
      return;
    }
    planned.refusedBecause.push(...errors.map((error) => `body ${error}`));
  }

  private multipartBody(planned: Planned): void {
    const r = this.random;
    const kind = r.weighted<'file' | 'noFile' | 'otherField' | 'json' | 'twoFiles'>([[70, 'file'], [8, 'noFile'], [8, 'otherField'], [7, 'json'], [7, 'twoFiles']]);
    const content = r.weighted<() => Buffer>([
      [4, () => Buffer.concat([Buffer.from('%PDF-1.7\n'), r.bytes(r.int(0, 200)), Buffer.from('\n%%EOF\n')])],
      [2, () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), r.bytes(r.int(0, 100))])],
      [1, () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), r.bytes(r.int(0, 100))])],
      [2, () => r.bytes(r.int(0, 300))],
      [1, () => Buffer.from('just text, no magic bytes')],
      [1, () => Buffer.alloc(0)],
      [1, () => Buffer.from('MZ\x90\x00 an executable')],
    ])();
    if (kind === 'file' && r.chance(0.4)) {
      // A file the allow-list accepts, so uploads get past the type check too.
      const [coherent, fileName, fileType] = r.pick<[Buffer, string, string]>([
        [Buffer.concat([Buffer.from('%PDF-1.7\n'), r.bytes(r.int(0, 200)), Buffer.from('\n%%EOF\n')]), r.pick(['evidence.pdf', 'ü😀 minutes.pdf', `${'n'.repeat(250)}.pdf`, '../../up.pdf', 'a"b.pdf']), 'application/pdf'],
        [Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), r.bytes(r.int(0, 100))]), 'photo.png', 'image/png'],
        [Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), r.bytes(r.int(0, 100))]), 'scan.jpg', 'image/jpeg'],
      ]);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(coherent)], { type: fileType }), fileName);
      planned.notes.push(`file: ${coherent.length} bytes as ${JSON.stringify(fileName)} (${fileType})`);
      planned.body = form;
      return;
    }
    const name = r.pick(['evidence.pdf', 'photo.png', 'scan.jpg', 'notes.txt', '../../etc/passwd.pdf', 'ü😀 report.pdf', `${'x'.repeat(300)}.pdf`, 'noextension', '.pdf', 'virus.exe', 'CON.pdf', 'a\u202egpj.exe', '%00.pdf', 'a"b.pdf']);
    const type = r.pick(['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'application/octet-stream', 'application/x-msdownload', '']);
    planned.notes.push(`${kind}: ${content.length} bytes as ${JSON.stringify(name)} (${type || 'no type'})`);
    if (kind === 'json') {
      planned.headers['Content-Type'] = 'application/json';
      planned.body = JSON.stringify({ file: content.toString('base64') });
      planned.refusedBecause.push('no multipart file');
      return;
    }
    const form = new FormData();
    const blob = new Blob([new Uint8Array(content)], type ? { type } : {});
    if (kind === 'file' || kind === 'twoFiles') form.append('file', blob, name);
    if (kind === 'twoFiles') form.append('file', new Blob([new Uint8Array(content)], type ? { type } : {}), `second-${name}`);
    if (kind === 'otherField') form.append(r.pick(['files', 'upload', 'File']), blob, name);
    if (kind === 'noFile') form.append('comment', 'no file here');
    if (kind === 'noFile' || kind === 'otherField') planned.refusedBecause.push('no multipart file');
    planned.body = form;
  }
}

/** A JSON value with every string trimmed, as the API's trim transform leaves it. */
function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimmed);
  if (value && typeof value === 'object' && !(value instanceof RawJson)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)]));
  return value;
}

/** The path parameters of a request, by name, from its filled path. */
function paramsOf(op: Operation, path: string): Record<string, string> {
  const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const pattern = new RegExp(`^${op.path.replace(/\{\w+\}/g, '([^/]*)')}$`);
  const match = pattern.exec(path);
  const params: Record<string, string> = {};
  names.forEach((name, index) => {
    try {
      params[name] = decodeURIComponent(match?.[index + 1] ?? '');
    } catch {
      params[name] = match?.[index + 1] ?? '';
    }
  });
  return params;
}

/** Why the contract refuses a query parameter's values (undefined: it accepts them). */
function queryProblem(schema: Schema, values: string[], document: OpenApiDocument): string | undefined {
  if (values.length === 0) return undefined;
  if (values.length > 1) return schema.type === 'array' ? undefined : 'given more than once';
  const [value] = values;
  if (schema.type === 'integer' || schema.type === 'number') {
    if (!/^-?\d+$/.test(value) && !(schema.type === 'number' && /^-?\d+(\.\d+)?$/.test(value))) return `${describe(value)} is not a number`;
    const errors = check(schema, Number(value), document, { strict: true });
    return errors.length ? errors.join(', ') : undefined;
  }
  if (schema.type === 'boolean') return value === 'true' || value === 'false' ? undefined : 'not a boolean';
  const errors = check(schema, value, document, { strict: true });
  return errors.length ? errors.join(', ') : undefined;
}

/** The API's one error shape: {statusCode, error, message, errors?: [{field, message}]} (and `current` on conflicts). */
export function errorShapeProblem(body: unknown, status: number): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'an error answer that is not an object';
  const b = body as Record<string, unknown>;
  if (b.statusCode !== status) return `statusCode ${JSON.stringify(b.statusCode)} in a ${status}`;
  if (typeof b.error !== 'string' || b.error === '') return 'an error answer without `error`';
  if (typeof b.message !== 'string' || b.message === '') return 'an error answer without `message`';
  if (b.errors !== undefined) {
    if (!Array.isArray(b.errors)) return '`errors` is not a list';
    for (const item of b.errors) {
      if (!item || typeof item !== 'object' || typeof item.field !== 'string' || typeof item.message !== 'string' || Object.keys(item).length !== 2) {
        return `an entry of \`errors\` is not {field, message}: ${JSON.stringify(item).slice(0, 80)}`;
      }
    }
  }
  const extra = Object.keys(b).filter((key) => !['statusCode', 'error', 'message', 'errors', 'current'].includes(key));
  if (extra.length) return `an error answer with unknown fields ${extra.join(', ')}`;
  if (b.current !== undefined && status !== 409) return '`current` outside a 409';
  return undefined;
}
