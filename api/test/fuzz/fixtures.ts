import { DEMO_PASSWORD, type TestApp } from '../test-app.js';

/** Ids of rows that exist, by path parameter (and a few kinds of their own, like tokens). */
export type Kind =
  | 'planId'
  | 'stepId'
  | 'memberId'
  | 'invitationId'
  | 'invitationToken'
  | 'reportId'
  | 'fileId'
  | 'indicatorId'
  | 'commentId'
  | 'lineId'
  | 'linkId'
  | 'shareToken'
  | 'notificationId';

/** One real row: its own id and those of the rows it belongs to ({planId, stepId, commentId}). */
export interface Row {
  values: Record<string, string>;
  /** The fixtures the fuzz needs all along: never deleted, archived, revoked or demoted by it. */
  kept: boolean;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
}

export class Fixtures {
  readonly rows = new Map<Kind, Row[]>();
  readonly versions = new Map<string, number>();
  organisationIds: string[] = [];
  userIds: string[] = [];
  ownerToken = '';
  viewerToken = '';
  contributorToken = '';
  editorToken = '';
  ownerId = '';
  viewerId = '';
  /** Sessions of their own for logout and refresh, so the fuzz never ends the sessions it calls with. */
  spareSessions: Session[] = [];

  add(kind: Kind, values: Record<string, string>, kept = false): void {
    const list = this.rows.get(kind) ?? [];
    if (!list.some((row) => row.values[kind] === values[kind])) list.push({ values, kept });
    this.rows.set(kind, list);
  }

  remove(kind: Kind, id: string): void {
    const list = this.rows.get(kind) ?? [];
    this.rows.set(kind, list.filter((row) => row.kept || row.values[kind] !== id));
  }

  all(kind: Kind): Row[] {
    return this.rows.get(kind) ?? [];
  }

  /** Remembers the version of every {id, version} (and membership {userId, version}) in an answer. */
  noteVersions(body: unknown, depth = 0): void {
    if (depth > 4 || body === null || typeof body !== 'object') return;
    if (Array.isArray(body)) {
      for (const item of body.slice(0, 300)) this.noteVersions(item, depth + 1);
      return;
    }
    const object = body as Record<string, unknown>;
    const id = typeof object.id === 'string' ? object.id : typeof object.userId === 'string' ? object.userId : undefined;
    if (id && typeof object.version === 'number') this.versions.set(id, object.version);
    for (const value of Object.values(object)) if (value && typeof value === 'object') this.noteVersions(value, depth + 1);
  }
}

type Call = (method: string, path: string, token: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** The demo plan's rows, found through the API as its owner, plus a few made for the fuzz. */
export async function gatherFixtures(app: TestApp, call: Call): Promise<Fixtures> {
  const f = new Fixtures();
  // Each sign-in from an address of its own, so that no per-address limit on sign-ins meets the set-up.
  let address = 0;
  const login = async (email: string): Promise<Session> => {
    const response = await app.http().post('/api/v1/auth/login').set('X-Forwarded-For', `198.51.100.${++address}`).send({ email, password: DEMO_PASSWORD });
    if (response.status !== 200) throw new Error(`fixture sign-in of ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    return { accessToken: response.body.accessToken, refreshToken: response.body.refreshToken };
  };
  f.ownerToken = (await login('owner@demo.org')).accessToken;
  f.viewerToken = (await login('viewer@demo.org')).accessToken;
  f.contributorToken = (await login('contributor@demo.org')).accessToken;
  f.editorToken = (await login('editor@demo.org')).accessToken;
  for (let i = 0; i < 8; i++) f.spareSessions.push(await login('viewer@demo.org'));
  const must = async (method: string, path: string, body?: unknown, status = method === 'POST' ? 201 : 200) => {
    const response = await call(method, path, f.ownerToken, body);
    if (response.status !== status) throw new Error(`fixture ${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    f.noteVersions(response.body);
    return response.body;
  };
  f.ownerId = (await must('GET', '/api/v1/auth/me')).id;
  f.viewerId = (await call('GET', '/api/v1/auth/me', f.viewerToken)).body.id;

  const plans = (await must('GET', '/api/v1/plans')).items as { id: string; country: string }[];
  const demo = plans.find((plan) => plan.country === 'XDM');
  if (!demo) throw new Error('The demo plan is missing');
  const planId = demo.id;
  f.add('planId', { planId }, true);
  // A second plan of the owner's: its rows are real, but never the demo plan's (cross-plan ids).
  const other = await must('POST', '/api/v1/plans', { title: 'Fuzz: another plan', country: 'KEN', startDate: '2027-01-01', endDate: '2031-12-31', fromCatalogue: false });
  f.add('planId', { planId: other.id }, true);
  const otherStep = await must('POST', `/api/v1/plans/${other.id}/steps`, { area: 'LAW', title: 'Step of another plan' });
  f.add('stepId', { planId: other.id, stepId: otherStep.id }, true);

  const steps = (await must('GET', `/api/v1/plans/${planId}/steps?pageSize=200`)).items as { id: string }[];
  for (const step of steps) f.add('stepId', { planId, stepId: step.id }, true);
  const members = (await must('GET', `/api/v1/plans/${planId}/members`)).items as { userId: string }[];
  for (const member of members) {
    f.userIds.push(member.userId);
    // The demo's members call the fuzz's requests: they keep their roles (members the fuzz lets in may go).
    f.add('memberId', { planId, memberId: member.userId }, true);
  }
  f.organisationIds = ((await must('GET', '/api/v1/organisations')).items as { id: string }[]).map((item) => item.id);

  const invitation = await must('POST', `/api/v1/plans/${planId}/invitations`, { email: 'fuzz-fixture@example.org', role: 'viewer' });
  f.add('invitationId', { planId, invitationId: invitation.id }, true);
  f.add('invitationToken', { invitationToken: String(invitation.acceptUrl).split('/').at(-1)! }, true);
  for (const item of (await must('GET', `/api/v1/plans/${planId}/invitations`)).items as { id: string }[]) f.add('invitationId', { planId, invitationId: item.id }, true);

  const link = await must('POST', `/api/v1/plans/${planId}/share-links`, { name: 'Fuzz donor link', tier: 'donor', showNames: true });
  f.add('linkId', { planId, linkId: link.id }, true);
  f.add('shareToken', { shareToken: link.token }, true);
  const publicLink = await must('POST', `/api/v1/plans/${planId}/share-links`, { name: 'Fuzz public link', tier: 'public' });
  f.add('linkId', { planId, linkId: publicLink.id }, true);
  f.add('shareToken', { shareToken: publicLink.token }, true);

  // A draft report with a file, so report and file routes hit real rows.
  const pdf = new Blob([new TextEncoder().encode('%PDF-1.7\n%%EOF\n')], { type: 'application/pdf' });
  for (const step of steps.slice(0, 40)) {
    const created = await call('POST', `/api/v1/plans/${planId}/steps/${step.id}/reports`, f.ownerToken, { period: '2031-Q4', narrative: 'Fuzz fixture' });
    if (created.status !== 201) continue;
    const form = new FormData();
    form.append('file', pdf, 'fixture.pdf');
    await call('POST', `/api/v1/plans/${planId}/reports/${created.body.id}/files`, f.ownerToken, form);
    break;
  }
  for (const report of (await must('GET', `/api/v1/plans/${planId}/reports`)).items as { id: string; files?: { id: string }[] }[]) {
    f.add('reportId', { planId, reportId: report.id }, true);
    const full = await must('GET', `/api/v1/plans/${planId}/reports/${report.id}`);
    for (const file of (full.files ?? []) as { id: string }[]) f.add('fileId', { planId, reportId: report.id, fileId: file.id }, true);
  }
  for (const indicator of (await must('GET', `/api/v1/plans/${planId}/indicators`)).items as { id: string }[]) {
    f.add('indicatorId', { planId, indicatorId: indicator.id }, true);
  }
  for (const step of steps.slice(0, 30)) {
    for (const comment of (await must('GET', `/api/v1/plans/${planId}/steps/${step.id}/comments`)).items as { id: string }[]) {
      f.add('commentId', { planId, stepId: step.id, commentId: comment.id }, true);
    }
    for (const line of (await must('GET', `/api/v1/plans/${planId}/steps/${step.id}/budget-lines`)).items as { id: string }[]) {
      f.add('lineId', { planId, stepId: step.id, lineId: line.id }, true);
    }
  }
  // Make sure there is at least one of each, whatever the demo holds.
  const first = steps[0].id;
  if (f.all('commentId').length === 0) {
    const comment = await must('POST', `/api/v1/plans/${planId}/steps/${first}/comments`, { body: 'Fuzz fixture comment' });
    f.add('commentId', { planId, stepId: first, commentId: comment.id }, true);
  }
  if (f.all('lineId').length === 0) {
    const line = await must('POST', `/api/v1/plans/${planId}/steps/${first}/budget-lines`, { funderId: f.organisationIds[0], currency: 'EUR', year: 2028, planned: '100.00', committed: '0.00', disbursed: '0.00' });
    f.add('lineId', { planId, stepId: first, lineId: line.id }, true);
  }
  if (f.all('indicatorId').length === 0) {
    const indicator = await must('POST', `/api/v1/plans/${planId}/indicators`, { name: 'Fuzz', unit: 'people', direction: 'increase', baseline: '0', baselineDate: '2027-01-01', target: '10', targetDate: '2030-01-01' });
    f.add('indicatorId', { planId, indicatorId: indicator.id }, true);
  }
  // Notifications of the owner's (and the viewer's), from the editor's comments mentioning them.
  const editorToken = f.editorToken;
  for (const step of steps.slice(0, 3)) {
    await call('POST', `/api/v1/plans/${planId}/steps/${step.id}/comments`, editorToken, { body: 'Fuzz: please look', mentionIds: [f.ownerId, f.viewerId] });
  }
  for (const token of [f.ownerToken, f.viewerToken]) {
    for (const notification of (await call('GET', '/api/v1/notifications', token)).body.items as { id: string }[]) {
      f.add('notificationId', { notificationId: notification.id }, true);
    }
  }
  return f;
}
