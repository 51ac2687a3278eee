import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UsersService } from '../src/users/users.service.js';
import { openEventStream } from './event-stream.js';
import { planRequest } from './factories.js';
import { bearer, DEMO_PASSWORD, startTestApp, type TestApp } from './test-app.js';

const FIXTURE_PDF = Buffer.from('%PDF-1.7\n%%EOF\n');

const ROLES = ['owner', 'editor', 'contributor', 'viewer', 'nonMember', 'anonymous'] as const;
type Caller = (typeof ROLES)[number];

interface Fixture {
  planId: string;
  planVersion: number;
  /** A step assigned to the contributor. */
  stepId: string;
  stepVersion: number;
  /** The editor's user id. */
  memberId: string;
  invitationId: string;
  invitationToken: string;
  /** The owner's comment on the step, which notified the contributor (its assignee). */
  commentId: string;
  contributorNotificationId: string;
  /** A fresh refresh token of the viewer's. */
  refreshToken: string;
  /** An indicator of the plan (quarterly reporting, the default). */
  indicatorId: string;
  /** Unique per case, for bodies that must not repeat (emails, names). */
  unique: string;
  /** A draft report on another step assigned to the contributor (2027-Q1), with one evidence file. */
  reportId: string;
  fileId: string;
  /** A submitted report on the same step (2027-Q2), waiting for review. */
  submittedReportId: string;
  /** An organisation to fund budget lines, and a budget line on the step. */
  funderId: string;
  budgetLineId: string;
  /** A public share link of the plan, and its secret. */
  shareLinkId: string;
  shareToken: string;
}

interface RouteRule {
  /** Status for each caller; callers left out get the default for the route's kind. */
  allowed: Partial<Record<Caller, number>>;
  /** Whether the route belongs to a plan (non-members then get 404) or is public. */
  kind: 'plan' | 'account' | 'public';
  body?: (fixture: Fixture) => object;
  /** An endless event stream: only its status line is read. */
  stream?: boolean;
  /** Which of the fixture's reports :reportId names (the draft by default). */
  report?: 'submitted';
  /** Sends a small PDF as the multipart field `file`. */
  upload?: boolean;
}

/**
 * Every route the API serves must appear here. The routes come from the router itself, so a route
 * added later without a rule fails this test until someone decides who may call it.
 */
const RULES: Record<string, RouteRule> = {
  'GET /api/v1/health': { kind: 'public', allowed: {} },
  'GET /api/v1/health/ready': { kind: 'public', allowed: {} },
  'POST /api/v1/auth/login': { kind: 'public', allowed: {}, body: () => ({ email: 'viewer@demo.org', password: DEMO_PASSWORD }) },
  'GET /api/v1/auth/me': { kind: 'account', allowed: {} },
  'POST /api/v1/auth/refresh': { kind: 'public', allowed: {}, body: (f) => ({ refreshToken: f.refreshToken }) },
  'POST /api/v1/auth/logout': { kind: 'account', allowed: { owner: 204, editor: 204, contributor: 204, viewer: 204, nonMember: 204 } },
  'PATCH /api/v1/auth/me': { kind: 'account', allowed: {}, body: () => ({ language: 'fr' }) },
  'GET /api/v1/catalogue': { kind: 'account', allowed: {} },
  'GET /api/v1/plans': { kind: 'account', allowed: {} },
  'POST /api/v1/plans': { kind: 'account', allowed: { owner: 201, editor: 201, contributor: 201, viewer: 201, nonMember: 201 }, body: () => planRequest({ fromCatalogue: false }) },
  'GET /api/v1/plans/:planId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'PATCH /api/v1/plans/:planId': { kind: 'plan', allowed: { owner: 200, editor: 200 }, body: (f) => ({ version: f.planVersion, title: 'Renamed' }) },
  'DELETE /api/v1/plans/:planId': { kind: 'plan', allowed: { owner: 200 } },
  'GET /api/v1/plans/:planId/steps': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'POST /api/v1/plans/:planId/steps': { kind: 'plan', allowed: { owner: 201, editor: 201 }, body: () => ({ area: 'CIV', title: 'A new step' }) },
  'GET /api/v1/plans/:planId/steps/:stepId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'PATCH /api/v1/plans/:planId/steps/:stepId': {
    kind: 'plan',
    allowed: { owner: 200, editor: 200, contributor: 200 },
    body: (f) => ({ version: f.stepVersion, progress: 40 }),
  },
  'DELETE /api/v1/plans/:planId/steps/:stepId': { kind: 'plan', allowed: { owner: 204, editor: 204 } },
  'GET /api/v1/plans/:planId/activity': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'GET /api/v1/organisations': { kind: 'account', allowed: {} },
  'GET /api/v1/plans/:planId/steps/:stepId/comments': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'POST /api/v1/plans/:planId/steps/:stepId/comments': { kind: 'plan', allowed: { owner: 201, editor: 201, contributor: 201 }, body: () => ({ body: 'Agreed.' }) },
  'PATCH /api/v1/plans/:planId/steps/:stepId/comments/:commentId': { kind: 'plan', allowed: { owner: 200 }, body: () => ({ body: 'Agreed, with changes.', version: 1 }) },
  'DELETE /api/v1/plans/:planId/steps/:stepId/comments/:commentId': { kind: 'plan', allowed: { owner: 204 } },
  'GET /api/v1/notifications': { kind: 'account', allowed: {} },
  'POST /api/v1/notifications/read-all': { kind: 'account', allowed: { owner: 204, editor: 204, contributor: 204, viewer: 204, nonMember: 204 } },
  'POST /api/v1/notifications/:notificationId/read': { kind: 'account', allowed: { owner: 404, editor: 404, contributor: 204, viewer: 404, nonMember: 404 } },
  'POST /api/v1/plans/:planId/events/tickets': { kind: 'plan', allowed: { owner: 201, editor: 201, contributor: 201, viewer: 201 } },
  'GET /api/v1/plans/:planId/events': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 }, stream: true },
  'GET /api/v1/plans/:planId/indicators': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'POST /api/v1/plans/:planId/indicators': {
    kind: 'plan',
    allowed: { owner: 201, editor: 201 },
    body: () => ({ name: 'OPD members on boards', unit: 'people', direction: 'increase', baseline: '2', baselineDate: '2027-01-01', target: '12', targetDate: '2030-12-31' }),
  },
  'GET /api/v1/plans/:planId/indicators/:indicatorId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'PATCH /api/v1/plans/:planId/indicators/:indicatorId': { kind: 'plan', allowed: { owner: 200, editor: 200 }, body: () => ({ version: 1, target: '60' }) },
  'DELETE /api/v1/plans/:planId/indicators/:indicatorId': { kind: 'plan', allowed: { owner: 204, editor: 204 } },
  'GET /api/v1/indicators/:indicatorId/measurements': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'POST /api/v1/indicators/:indicatorId/measurements': {
    kind: 'plan',
    allowed: { owner: 201, editor: 201, contributor: 201 },
    body: () => ({ period: '2027-Q1', value: '12.5', source: 'HMIS extract' }),
  },
  'POST /api/v1/organisations': {
    kind: 'account',
    allowed: { owner: 201, editor: 403, contributor: 403, viewer: 403, nonMember: 403 },
    body: (f) => ({ name: `Organisation ${f.unique}`, kind: 'ngo' }),
  },
  'GET /api/v1/plans/:planId/members': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'PATCH /api/v1/plans/:planId/members/:memberId': { kind: 'plan', allowed: { owner: 200 }, body: () => ({ role: 'viewer', version: 1 }) },
  'DELETE /api/v1/plans/:planId/members/:memberId': { kind: 'plan', allowed: { owner: 204 } },
  'GET /api/v1/plans/:planId/invitations': { kind: 'plan', allowed: { owner: 200 } },
  'POST /api/v1/plans/:planId/invitations': { kind: 'plan', allowed: { owner: 201 }, body: (f) => ({ email: `invitee-${f.unique}@example.org`, role: 'editor' }) },
  'DELETE /api/v1/plans/:planId/invitations/:invitationId': { kind: 'plan', allowed: { owner: 204 } },
  'GET /api/v1/plans/:planId/reports': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'GET /api/v1/plans/:planId/reporting': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'GET /api/v1/plans/:planId/steps/:stepId/reports': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'POST /api/v1/plans/:planId/steps/:stepId/reports': { kind: 'plan', allowed: { owner: 201, editor: 201, contributor: 201 }, body: () => ({ period: '2027-Q3', progress: 10 }) },
  'GET /api/v1/plans/:planId/reports/:reportId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'PATCH /api/v1/plans/:planId/reports/:reportId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200 }, body: () => ({ version: 1, progress: 15 }) },
  'POST /api/v1/plans/:planId/reports/:reportId/submit': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200 } },
  'POST /api/v1/plans/:planId/reports/:reportId/approve': { kind: 'plan', allowed: { owner: 200 }, report: 'submitted', body: () => ({}) },
  'POST /api/v1/plans/:planId/reports/:reportId/return': { kind: 'plan', allowed: { owner: 200 }, report: 'submitted', body: () => ({ comment: 'Add the list.' }) },
  'POST /api/v1/plans/:planId/reports/:reportId/files': { kind: 'plan', allowed: { owner: 201, editor: 201, contributor: 201 }, upload: true },
  'GET /api/v1/plans/:planId/reports/:reportId/files/:fileId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'DELETE /api/v1/plans/:planId/reports/:reportId/files/:fileId': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200 } },
  'GET /api/v1/invitations/:token': { kind: 'public', allowed: {} },
  'POST /api/v1/invitations/:token/accept': {
    kind: 'public',
    allowed: { owner: 201, editor: 201, contributor: 201, viewer: 201, nonMember: 201, anonymous: 201 },
    body: () => ({ name: 'New Member', password: 'a long and uncommon passphrase' }),
  },
  'GET /api/v1/plans/:planId/budget': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'GET /api/v1/plans/:planId/steps/:stepId/budget-lines': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'POST /api/v1/plans/:planId/steps/:stepId/budget-lines': {
    kind: 'plan',
    allowed: { owner: 201, editor: 201 },
    body: (f) => ({ funderId: f.funderId, currency: 'EUR', year: 2027, planned: '1000.00', committed: '500.00', disbursed: '0.00' }),
  },
  'PATCH /api/v1/plans/:planId/steps/:stepId/budget-lines/:lineId': { kind: 'plan', allowed: { owner: 200, editor: 200 }, body: () => ({ version: 1, committed: '750.00' }) },
  'DELETE /api/v1/plans/:planId/steps/:stepId/budget-lines/:lineId': { kind: 'plan', allowed: { owner: 204, editor: 204 } },
  'GET /api/v1/plans/:planId/dashboard': { kind: 'plan', allowed: { owner: 200, editor: 200, contributor: 200, viewer: 200 } },
  'GET /api/v1/portfolio': { kind: 'account', allowed: {} },
  'GET /api/v1/plans/:planId/share-links': { kind: 'plan', allowed: { owner: 200 } },
  'POST /api/v1/plans/:planId/share-links': { kind: 'plan', allowed: { owner: 201 }, body: () => ({ name: 'Parliament', tier: 'public' }) },
  'DELETE /api/v1/plans/:planId/share-links/:linkId': { kind: 'plan', allowed: { owner: 200 } },
  'GET /api/v1/share/:token': { kind: 'public', allowed: {} },
};

function expectedStatus(rule: RouteRule, method: string, caller: Caller): number {
  const success = method === 'POST' && rule.kind !== 'public' ? 201 : 200;
  if (rule.kind === 'public') return rule.allowed[caller] ?? 200;
  if (caller === 'anonymous') return 401;
  if (rule.kind === 'account') return rule.allowed[caller] ?? success;
  if (caller === 'nonMember') return 404;
  return rule.allowed[caller] ?? 403;
}

/** "GET /api/v1/plans/:planId" for every route Express has registered. */
function routesOf(app: TestApp): string[] {
  const express = app.running.app.getHttpAdapter().getInstance() as unknown as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .filter((layer) => layer.route && layer.route.path.startsWith('/api/v1'))
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
}

describe('every route × every role', () => {
  let sut: TestApp;
  const emails = new Map<Caller, string>();
  let cases = 0;
  const ids = new Map<Caller, string>();

  beforeAll(async () => {
    // Hundreds of sign-ins from one address, far past the per-address limit (src/auth/public-rate-limits.api.spec.ts).
    sut = await startTestApp({ env: { PUBLIC_RATE_LIMIT: '100000' } });
    const users = sut.running.app.get(UsersService);
    await users.create({ email: 'stranger@example.org', name: 'Stranger', password: 'stranger-password' });
    const accounts: [Caller, string][] = [
      ['owner', 'owner@demo.org'],
      ['editor', 'editor@demo.org'],
      ['contributor', 'contributor@demo.org'],
      ['viewer', 'viewer@demo.org'],
      ['nonMember', 'stranger@example.org'],
    ];
    for (const [caller, email] of accounts) {
      emails.set(caller, email);
      ids.set(caller, (await users.findByEmail(email))!.id);
    }
  });

  let base: string;
  beforeAll(async () => {
    base = await sut.listen();
  });

  const signIn = (caller: Caller) => sut.tokenFor(emails.get(caller)!, caller === 'nonMember' ? 'stranger-password' : DEMO_PASSWORD);
  afterAll(() => sut.close());

  /** A plan of its own, so that one case's change never decides another's answer. */
  async function freshFixture(): Promise<Fixture> {
    const owner = await signIn('owner');
    const plan = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201);
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    for (const role of ['editor', 'contributor', 'viewer'] as const) {
      await dataSource.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, $3)`, [plan.body.id, ids.get(role), role]);
    }
    const step = await sut.http().post(`/api/v1/plans/${plan.body.id}/steps`).set(bearer(owner))
      .send({ area: 'LAW', title: 'Assigned to the contributor', assigneeIds: [ids.get('contributor')] }).expect(201);
    const unique = `${++cases}-${Date.now()}`;
    const comment = await sut.http().post(`/api/v1/plans/${plan.body.id}/steps/${step.body.id}/comments`).set(bearer(owner)).send({ body: 'Who leads this?' }).expect(201);
    const [notification] = await dataSource.query(`SELECT id FROM notifications WHERE user_id = $1 AND step_id = $2`, [ids.get('contributor'), step.body.id]);
    const invitation = await sut.http().post(`/api/v1/plans/${plan.body.id}/invitations`).set(bearer(owner))
      .send({ email: `fixture-${unique}@example.org`, role: 'viewer' }).expect(201);
    const indicator = await sut.http().post(`/api/v1/plans/${plan.body.id}/indicators`).set(bearer(owner))
      .send({ name: 'Peer workers', unit: 'people', direction: 'increase', baseline: '0', baselineDate: '2027-01-01', target: '50', targetDate: '2031-12-31' }).expect(201);
    const [funder] = await dataSource.query(`SELECT id FROM organisations ORDER BY name LIMIT 1`);
    const budgetLine = await sut.http().post(`/api/v1/plans/${plan.body.id}/steps/${step.body.id}/budget-lines`).set(bearer(owner))
      .send({ funderId: funder.id, currency: 'USD', year: 2028, planned: '100.00', committed: '0.00', disbursed: '0.00' }).expect(201);
    // Reports on a step of their own: a step with reports cannot be deleted, and the step routes delete `step`.
    const reportedStep = await sut.http().post(`/api/v1/plans/${plan.body.id}/steps`).set(bearer(owner))
      .send({ area: 'LAW', title: 'Reported on', assigneeIds: [ids.get('contributor')] }).expect(201);
    const reports = `/api/v1/plans/${plan.body.id}/steps/${reportedStep.body.id}/reports`;
    const draftReport = await sut.http().post(reports).set(bearer(owner)).send({ period: '2027-Q1' }).expect(201);
    const withFile = await sut.http().post(`/api/v1/plans/${plan.body.id}/reports/${draftReport.body.id}/files`).set(bearer(owner))
      .attach('file', FIXTURE_PDF, { filename: 'minutes.pdf', contentType: 'application/pdf' }).expect(201);
    const submittedReport = await sut.http().post(reports).set(bearer(owner)).send({ period: '2027-Q2' }).expect(201);
    await sut.http().post(`/api/v1/plans/${plan.body.id}/reports/${submittedReport.body.id}/submit`).set(bearer(owner)).expect(200);
    const shareLink = await sut.http().post(`/api/v1/plans/${plan.body.id}/share-links`).set(bearer(owner)).send({ name: 'Donor board', tier: 'donor' }).expect(201);
    return {
      shareLinkId: shareLink.body.id,
      shareToken: shareLink.body.token,
      planId: plan.body.id,
      planVersion: plan.body.version,
      stepId: step.body.id,
      stepVersion: step.body.version,
      memberId: ids.get('editor')!,
      invitationId: invitation.body.id,
      commentId: comment.body.id,
      contributorNotificationId: notification.id,
      invitationToken: invitation.body.acceptUrl.split('/').at(-1),
      refreshToken: (await sut.http().post('/api/v1/auth/login').send({ email: 'viewer@demo.org', password: DEMO_PASSWORD }).expect(200)).body.refreshToken,
      unique,
      indicatorId: indicator.body.id,
      funderId: funder.id,
      budgetLineId: budgetLine.body.id,
      reportId: draftReport.body.id,
      fileId: withFile.body.files[0].id,
      submittedReportId: submittedReport.body.id,
    };
  }

  /** Creating a plan makes its creator an owner; undo that so every case starts with the same rights. */
  async function forgetPlanOwnership(): Promise<void> {
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    await dataSource.query(`DELETE FROM plan_members WHERE role = 'owner' AND user_id <> $1`, [ids.get('owner')]);
  }

  it('has a rule for every route the API serves, and no rule for a route that is gone', () => {
    const routes = routesOf(sut);
    expect(routes.filter((route) => !(route in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers each caller exactly as the rules say', async () => {
    const mismatches: string[] = [];
    let readFixture: Fixture | undefined;
    let checked = 0;
    for (const route of routesOf(sut)) {
      const rule = RULES[route];
      if (!rule) continue;
      const [method, pattern] = route.split(' ');
      for (const caller of ROLES) {
        // Reads change nothing, so they share one plan; every other case gets a plan of its own.
        const fixture = method === 'GET' ? (readFixture ??= await freshFixture()) : await freshFixture();
        const path = pattern
          .replace(':planId', fixture.planId)
          .replace(':stepId', fixture.stepId)
          .replace(':memberId', fixture.memberId)
          .replace(':invitationId', fixture.invitationId)
          .replace(':token', pattern.startsWith('/api/v1/share/') ? fixture.shareToken : fixture.invitationToken)
          .replace(':linkId', fixture.shareLinkId)
          .replace(':commentId', fixture.commentId)
          .replace(':indicatorId', fixture.indicatorId)
          .replace(':notificationId', fixture.contributorNotificationId)
          .replace(':lineId', fixture.budgetLineId)
          .replace(':reportId', rule.report === 'submitted' ? fixture.submittedReportId : fixture.reportId)
          .replace(':fileId', fixture.fileId);
        // A session of its own per case: the logout case ends the session it is called with.
        const headers = caller === 'anonymous' ? {} : bearer(await signIn(caller));
        let response: { status: number; body: unknown };
        if (rule.stream) {
          const stream = await openEventStream(`${base}${path}`, headers);
          response = { status: stream.status, body: '(event stream)' };
          stream.close();
        } else {
          let call = sut.http()[method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](path).set(headers);
          if (rule.body) call = call.send(rule.body(fixture));
          if (rule.upload) call = call.attach('file', FIXTURE_PDF, { filename: 'evidence.pdf', contentType: 'application/pdf' });
          response = await call;
        }
        const expected = expectedStatus(rule, method, caller);
        await forgetPlanOwnership();
        checked += 1;
        if (response.status !== expected) mismatches.push(`${route} as ${caller}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(Object.keys(RULES).length * ROLES.length);
    // Hundreds of cases, most on a fresh plan: a generous limit, not a speed requirement.
  }, 1_200_000);
});
