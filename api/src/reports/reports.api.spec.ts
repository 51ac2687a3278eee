import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import smtpTester, { type MailServer } from 'smtp-tester';
import { demoPlan, signInPersonas, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

const SMTP_PORT = 20000 + Math.floor(Math.random() * 20000);

describe('progress reports over HTTP', () => {
  let sut: TestApp;
  let mailServer: MailServer;
  let owner: string;
  let editor: string;
  let contributor: string;
  let viewer: string;
  let stranger: string;
  let planId: string;

  beforeAll(async () => {
    mailServer = smtpTester.init(SMTP_PORT);
    sut = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true` } });
    ({ owner, editor, contributor, viewer, stranger } = await signInPersonas(sut));
    planId = (await demoPlan(sut, owner)).id;
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => mailServer.stop(resolve));
  });

  const stepReports = (stepId: string) => `/api/v1/plans/${planId}/steps/${stepId}/reports`;
  const report = (reportId: string, action = '') => `/api/v1/plans/${planId}/reports/${reportId}${action}`;

  it('takes a report from draft through return and resubmission to approval, which updates the step and locks the report', async () => {
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    const wrongForm = await sut.http().post(stepReports(step.id)).set(bearer(contributor)).send({ period: '2027-03' }).expect(400);
    expect(wrongForm.body.errors).toEqual([{ field: 'period', message: 'period must be written like 2027-Q1: this plan reports quarterly' }]);
    const badFields = await sut.http().post(stepReports(step.id)).set(bearer(contributor))
      .send({ period: '2027-Q1', progress: 140, status: 'finished', links: [{ url: 'javascript:alert(1)' }] }).expect(400);
    expect(badFields.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['links.0.url', 'progress', 'status']);

    const draft = await sut.http().post(stepReports(step.id)).set(bearer(contributor)).send({
      period: '2027-Q1', status: 'in_progress', progress: 40, narrative: 'Trained 12 peer workers.',
      links: [{ url: 'https://health.example.gov/training-list.pdf', label: 'Attendance list' }],
    }).expect(201);
    expect(draft.body).toMatchObject({
      state: 'draft', period: '2027-Q1', progress: 40, status: 'in_progress', locked: false, version: 1,
      step: { id: step.id, catalogueKey: 'WFD-03' }, author: { email: 'contributor@demo.org' }, files: [],
    });
    const twice = await sut.http().post(stepReports(step.id)).set(bearer(editor)).send({ period: '2027-Q1' }).expect(409);
    expect(twice.body.current.id).toBe(draft.body.id);

    const edited = await sut.http().patch(report(draft.body.id)).set(bearer(contributor)).send({ version: 1, progress: 45, blockers: 'Late stipends.' }).expect(200);
    expect(edited.body).toMatchObject({ progress: 45, blockers: 'Late stipends.', narrative: 'Trained 12 peer workers.', version: 2 });
    const stale = await sut.http().patch(report(draft.body.id)).set(bearer(editor)).send({ version: 1, progress: 50 }).expect(409);
    expect(stale.body.current.progress).toBe(45);

    await sut.http().post(report(draft.body.id, '/approve')).set(bearer(owner)).send({}).expect(409);
    const toReview = mailServer.captureOne('owner@demo.org', { wait: 10_000 });
    const submitted = await sut.http().post(report(draft.body.id, '/submit')).set(bearer(contributor)).expect(200);
    expect((await toReview).email.headers.subject).toBe(`Report to review: WFD-03 ${step.title} — 2027-Q1`);
    const ownerBell = await sut.http().get('/api/v1/notifications').set(bearer(owner)).expect(200);
    expect(ownerBell.body.items[0]).toMatchObject({ kind: 'report_submitted', stepId: step.id, actor: { email: 'contributor@demo.org' } });
    expect(submitted.body).toMatchObject({ state: 'submitted', submittedBy: { email: 'contributor@demo.org' } });
    const frozen = await sut.http().patch(report(draft.body.id)).set(bearer(contributor)).send({ version: 3, progress: 50 }).expect(409);
    expect(frozen.body.message).toMatch(/waiting for review/);
    await sut.http().post(report(draft.body.id, '/approve')).set(bearer(contributor)).send({}).expect(403);
    await sut.http().post(report(draft.body.id, '/approve')).set(bearer(editor)).send({}).expect(403);

    const noComment = await sut.http().post(report(draft.body.id, '/return')).set(bearer(owner)).send({ comment: '  ' }).expect(400);
    expect(noComment.body.errors[0].field).toBe('comment');
    const returned = await sut.http().post(report(draft.body.id, '/return')).set(bearer(owner)).send({ comment: 'Add the attendance list.' }).expect(200);
    expect(returned.body).toMatchObject({ state: 'returned', reviewComment: 'Add the attendance list.', reviewedBy: { email: 'owner@demo.org' } });
    const contributorBell = await sut.http().get('/api/v1/notifications').set(bearer(contributor)).expect(200);
    expect(contributorBell.body.items[0]).toMatchObject({ kind: 'report_returned', stepId: step.id, actor: { email: 'owner@demo.org' } });

    const revised = await sut.http().patch(report(draft.body.id)).set(bearer(contributor)).send({ version: returned.body.version, progress: 60, status: 'in_progress' }).expect(200);
    await sut.http().post(report(draft.body.id, '/submit')).set(bearer(contributor)).expect(200);
    const approved = await sut.http().post(report(draft.body.id, '/approve')).set(bearer(owner)).send({ comment: 'Thank you.' }).expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', locked: true, progress: revised.body.progress });
    const stepNow = await sut.http().get(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(viewer)).expect(200);
    expect(stepNow.body).toMatchObject({ progress: 60, status: 'in_progress', version: step.version + 1 });

    await sut.http().post(report(draft.body.id, '/approve')).set(bearer(owner)).send({}).expect(409);
    const locked = await sut.http().patch(report(draft.body.id)).set(bearer(owner)).send({ version: approved.body.version, progress: 70 }).expect(409);
    expect(locked.body.message).toMatch(/approved and locked/);
    const again = await sut.http().post(stepReports(step.id)).set(bearer(contributor)).send({ period: '2027-Q1' }).expect(409);
    expect(again.body.message).toMatch(/correction/);
    const wrongCorrection = await sut.http().post(stepReports(step.id)).set(bearer(contributor))
      .send({ period: '2027-Q2', correctsId: draft.body.id }).expect(400);
    expect(wrongCorrection.body.errors[0].field).toBe('correctsId');
    const correction = await sut.http().post(stepReports(step.id)).set(bearer(contributor))
      .send({ period: '2027-Q1', correctsId: draft.body.id, progress: 55, narrative: 'Twelve trained, not fifteen.' }).expect(201);
    expect(correction.body).toMatchObject({ state: 'draft', correctsId: draft.body.id });

    const activity = await sut.http().get(`/api/v1/plans/${planId}/activity`).query({ entityId: draft.body.id }).set(bearer(viewer)).expect(200);
    expect(activity.body.items.length).toBeGreaterThanOrEqual(6);
    expect(activity.body.items[0]).toMatchObject({ entityType: 'report', action: 'update' });

    const deleteStep = await sut.http().delete(`/api/v1/plans/${planId}/steps/${step.id}`).set(bearer(owner)).expect(409);
    expect(deleteStep.body.message).toMatch(/cancelled/);
  });

  it('lets a reviewer the owner names approve, and keeps everyone else to their role', async () => {
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    const submitted = await sut.http().post(stepReports(step.id)).set(bearer(editor)).send({ period: '2027-Q3', progress: 70 }).expect(201);
    await sut.http().post(report(submitted.body.id, '/submit')).set(bearer(editor)).expect(200);
    await sut.http().post(report(submitted.body.id, '/approve')).set(bearer(editor)).send({}).expect(403);

    const members = (await sut.http().get(`/api/v1/plans/${planId}/members`).set(bearer(owner)).expect(200)).body.items;
    const editorMember = members.find((member: { email: string }) => member.email === 'editor@demo.org');
    const named = await sut.http().patch(`/api/v1/plans/${planId}/members/${editorMember.userId}`).set(bearer(owner))
      .send({ role: editorMember.role, reviewer: true, version: editorMember.version }).expect(200);
    expect(named.body).toMatchObject({ role: 'editor', reviewer: true });
    await sut.http().post(report(submitted.body.id, '/approve')).set(bearer(editor)).send({}).expect(200);

    const unassigned = await stepByKey(sut, owner, planId, 'LAW-01');
    await sut.http().post(stepReports(unassigned.id)).set(bearer(contributor)).send({ period: '2027-Q1' }).expect(403);
    await sut.http().post(stepReports(step.id)).set(bearer(viewer)).send({ period: '2027-Q4' }).expect(403);
    await sut.http().get(`/api/v1/plans/${planId}/reports`).set(bearer(stranger)).expect(404);
    await sut.http().get(report(submitted.body.id)).set(bearer(stranger)).expect(404);
    const byOther = await sut.http().post(stepReports(unassigned.id)).set(bearer(editor)).send({ period: '2027-Q1' }).expect(201);
    await sut.http().patch(report(byOther.body.id)).set(bearer(contributor)).send({ version: 1, progress: 5 }).expect(403);
    await sut.http().patch(report('00000000-0000-4000-8000-000000000000')).set(bearer(contributor)).send({ version: 1 }).expect(404);
  });

  it('shows which steps reported for a period, and filters the review queue', async () => {
    const status = await sut.http().get(`/api/v1/plans/${planId}/reporting`).query({ period: '2027-Q1' }).set(bearer(viewer)).expect(200);
    expect(status.body).toMatchObject({ period: '2027-Q1', cadence: 'quarterly' });
    const wfd03 = status.body.items.find((item: { step: { catalogueKey: string } }) => item.step.catalogueKey === 'WFD-03');
    expect(wfd03).toMatchObject({ state: 'approved', assignees: [expect.objectContaining({ email: 'contributor@demo.org' })] });
    const law01 = status.body.items.find((item: { step: { catalogueKey: string } }) => item.step.catalogueKey === 'LAW-01');
    expect(law01.state).toBe('draft');
    const total = Object.values(status.body.counts as Record<string, number>).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(status.body.items.length);
    expect(status.body.counts.missing).toBe(status.body.items.length - 2);

    const current = await sut.http().get(`/api/v1/plans/${planId}/reporting`).set(bearer(viewer)).expect(200);
    expect(current.body.period).toMatch(/^\d{4}-Q[1-4]$/);
    const badPeriod = await sut.http().get(`/api/v1/plans/${planId}/reporting`).query({ period: '2027-H1' }).set(bearer(viewer)).expect(400);
    expect(badPeriod.body.errors[0].field).toBe('period');

    const queue = await sut.http().get(`/api/v1/plans/${planId}/reports`).query({ state: 'approved' }).set(bearer(viewer)).expect(200);
    // The demo plan's own approved reports are of earlier periods; this file's are of 2027.
    const periods = queue.body.items.map((item: { period: string }) => item.period);
    expect(periods.filter((period: string) => period.startsWith('2027'))).toEqual(['2027-Q3', '2027-Q1']);
    expect([...periods].sort().reverse()).toEqual(periods);
    const badQuery = await sut.http().get(`/api/v1/plans/${planId}/reports`).query({ state: 'lost', period: 'soon' }).set(bearer(viewer)).expect(400);
    expect(badQuery.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['period', 'state']);
  });

  it('lets the plan change its reporting cadence', async () => {
    const plan = await sut.http().get(`/api/v1/plans/${planId}`).set(bearer(owner)).expect(200);
    expect(plan.body.reportingCadence).toBe('quarterly');
    const monthly = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: plan.body.version, reportingCadence: 'monthly' }).expect(200);
    expect(monthly.body.reportingCadence).toBe('monthly');
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    await sut.http().post(stepReports(step.id)).set(bearer(contributor)).send({ period: '2027-05' }).expect(201);
    const bad = await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: monthly.body.version, reportingCadence: 'weekly' }).expect(400);
    expect(bad.body.errors[0].field).toBe('reportingCadence');
    await sut.http().patch(`/api/v1/plans/${planId}`).set(bearer(owner)).send({ version: monthly.body.version, reportingCadence: 'quarterly' }).expect(200);
  });
});
