import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import smtpTester, { type MailServer } from 'smtp-tester';
import { demoPlan, stepByKey } from '../../test/factories.js';
import { bearer, startTestApp, type TestApp } from '../../test/test-app.js';

const SMTP_PORT = 20000 + Math.floor(Math.random() * 20000);

describe('comments, mentions and notifications over HTTP', () => {
  let sut: TestApp;
  let mailServer: MailServer;
  let owner: string;
  let editor: string;
  let contributor: string;
  let viewer: string;
  let planId: string;

  beforeAll(async () => {
    mailServer = smtpTester.init(SMTP_PORT);
    sut = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true` } });
    [owner, editor, contributor, viewer] = await Promise.all(
      ['owner@demo.org', 'editor@demo.org', 'contributor@demo.org', 'viewer@demo.org'].map((email) => sut.tokenFor(email)),
    );
    planId = (await demoPlan(sut, owner)).id;
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => mailServer.stop(resolve));
  });

  const comments = (stepId: string) => `/api/v1/plans/${planId}/steps/${stepId}/comments`;

  it('notifies the mentioned member and the assignees in the app and by email', async () => {
    const step = await stepByKey(sut, owner, planId, 'WFD-03');
    const mentionMail = mailServer.captureOne('owner@demo.org', { wait: 10_000 });
    const assigneeMail = mailServer.captureOne('contributor@demo.org', { wait: 10_000 });
    await sut.http().patch('/api/v1/auth/me').set(bearer(contributor)).send({ language: 'ar' }).expect(200);
    const posted = await sut.http().post(comments(step.id)).set(bearer(editor)).send({ body: 'Can @Amina Diallo confirm the peer-worker budget?' }).expect(201);
    expect(posted.body).toMatchObject({ body: 'Can @Amina Diallo confirm the peer-worker budget?', author: { email: 'editor@demo.org' }, mentions: [{ name: 'Amina Diallo' }] });

    const ownerBell = await sut.http().get('/api/v1/notifications').set(bearer(owner)).expect(200);
    expect(ownerBell.body.unreadCount).toBe(1);
    expect(ownerBell.body.items[0]).toMatchObject({ kind: 'mention', planId, stepId: step.id, actor: { email: 'editor@demo.org' } });
    expect(ownerBell.body.items[0].summary).toMatch(/^WFD-03 /);
    const contributorBell = await sut.http().get('/api/v1/notifications').set(bearer(contributor)).expect(200);
    expect(contributorBell.body.items[0]).toMatchObject({ kind: 'comment_on_assigned_step', stepId: step.id });
    const editorBell = await sut.http().get('/api/v1/notifications').set(bearer(editor)).expect(200);
    expect(editorBell.body.unreadCount).toBe(0);

    expect((await mentionMail).email.headers.subject).toMatch(/Jonas Weber mentioned you: WFD-03/);
    const toAssignee = (await assigneeMail).email;
    expect(toAssignee.body).toContain('peer-worker budget');
    expect(toAssignee.headers.subject).toBe('Jonas Weber علّق على خطوة مسندة إليك: WFD-03 ' + step.title);
    await sut.http().patch('/api/v1/auth/me').set(bearer(contributor)).send({ language: 'en' }).expect(200);

    await sut.http().post(`/api/v1/notifications/${ownerBell.body.items[0].id}/read`).set(bearer(owner)).expect(204);
    expect((await sut.http().get('/api/v1/notifications').query({ unread: 'true' }).set(bearer(owner)).expect(200)).body).toEqual({ items: [], unreadCount: 0 });
    await sut.http().post(`/api/v1/notifications/${ownerBell.body.items[0].id}/read`).set(bearer(contributor)).expect(404);
    await sut.http().post('/api/v1/notifications/read-all').set(bearer(contributor)).expect(204);
    expect((await sut.http().get('/api/v1/notifications').set(bearer(contributor)).expect(200)).body.unreadCount).toBe(0);
  });

  it('keeps the history of an edit, refuses others’ edits and stale versions, and leaves a tombstone on delete', async () => {
    const step = await stepByKey(sut, owner, planId, 'CIV-01');
    const posted = await sut.http().post(comments(step.id)).set(bearer(contributor)).send({ body: 'First wording' }).expect(201);
    await sut.http().patch(`${comments(step.id)}/${posted.body.id}`).set(bearer(editor)).send({ body: 'Not mine', version: 1 }).expect(403);
    const edited = await sut.http().patch(`${comments(step.id)}/${posted.body.id}`).set(bearer(contributor)).send({ body: 'Second wording', version: 1 }).expect(200);
    expect(edited.body).toMatchObject({ body: 'Second wording', revisionCount: 1, version: 2 });
    expect(edited.body.editedAt).not.toBeNull();
    const stale = await sut.http().patch(`${comments(step.id)}/${posted.body.id}`).set(bearer(contributor)).send({ body: 'Third', version: 1 }).expect(409);
    expect(stale.body.current.body).toBe('Second wording');

    await sut.http().delete(`${comments(step.id)}/${posted.body.id}`).set(bearer(editor)).expect(403);
    await sut.http().delete(`${comments(step.id)}/${posted.body.id}`).set(bearer(owner)).expect(204);
    const thread = await sut.http().get(comments(step.id)).set(bearer(viewer)).expect(200);
    expect(thread.body.items).toHaveLength(1);
    expect(thread.body.items[0]).toMatchObject({ id: posted.body.id, body: null, revisionCount: 0 });
    expect(thread.body.items[0].deletedAt).not.toBeNull();
  });

  it('refuses empty comments, mentions of non-members, and comments from viewers', async () => {
    const step = await stepByKey(sut, owner, planId, 'CIV-03');
    const empty = await sut.http().post(comments(step.id)).set(bearer(editor)).send({ body: '' }).expect(400);
    expect(empty.body.errors[0].field).toBe('body');
    const outsider = await sut.http().post(comments(step.id)).set(bearer(editor)).send({ body: 'Hi', mentionIds: ['6f1f6c3e-7d4e-4b9b-9a3e-2f1f6c3e7d4e'] }).expect(400);
    expect(outsider.body.errors[0].field).toBe('mentionIds');
    await sut.http().post(comments(step.id)).set(bearer(viewer)).send({ body: 'I fund this' }).expect(403);
    expect((await sut.http().get(comments(step.id)).set(bearer(viewer)).expect(200)).body.items).toEqual([]);
  });
});
