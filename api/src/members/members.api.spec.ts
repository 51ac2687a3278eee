import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import smtpTester, { type MailServer } from 'smtp-tester';
import type { DataSource } from 'typeorm';
import { demoPlan, planRequest } from '../../test/factories.js';
import { bearer, DEMO_PASSWORD, startTestApp, type TestApp } from '../../test/test-app.js';
import { UsersService } from '../users/users.service.js';
import { hashInvitationToken } from './invitation-token.js';

const SMTP_PORT = 20000 + Math.floor(Math.random() * 20000);

describe('members and invitations over HTTP', () => {
  let sut: TestApp;
  let mailServer: MailServer;
  let owner: string;
  let editor: string;
  let planId: string;

  beforeAll(async () => {
    mailServer = smtpTester.init(SMTP_PORT);
    sut = await startTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/?ignoreTLS=true`, PUBLIC_URL: 'https://roadmap.example.org' },
    });
    [owner, editor] = await Promise.all(['owner@demo.org', 'editor@demo.org'].map((email) => sut.tokenFor(email)));
    planId = (await demoPlan(sut, owner)).id;
  });
  afterAll(async () => {
    await sut.close();
    await new Promise<void>((resolve) => mailServer.stop(resolve));
  });

  it('lists the members with their roles and organisations, owners first', async () => {
    const response = await sut.http().get(`/api/v1/plans/${planId}/members`).set(bearer(editor)).expect(200);
    expect(response.body.items.map((member: { email: string; role: string }) => `${member.role}:${member.email}`)).toEqual([
      'owner:owner@demo.org',
      'editor:editor@demo.org',
      'contributor:contributor@demo.org',
      'viewer:viewer@demo.org',
    ]);
    expect(response.body.items[2].organisation).toMatchObject({ name: 'Peer Voices Network', kind: 'opd' });
  });

  it('invites by email: the link is returned and emailed, accepted once, and lands the invitee in the plan', async () => {
    const mail = mailServer.captureOne('new.member@example.org', { wait: 10_000 });
    const created = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner))
      .send({ email: 'new.member@example.org', role: 'contributor' }).expect(201);
    expect(created.body).toMatchObject({ email: 'new.member@example.org', role: 'contributor', emailSent: true });
    expect(created.body.acceptUrl).toMatch(/^https:\/\/roadmap\.example\.org\/invitations\/[A-Za-z0-9_-]{43}$/);
    const { email } = await mail;
    expect(email.body).toContain(created.body.acceptUrl);
    expect(email.headers.subject).toContain('Veloria');

    const token = created.body.acceptUrl.split('/').at(-1);
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    const [stored] = await dataSource.query(`SELECT token_hash FROM plan_invitations WHERE id = $1`, [created.body.id]);
    expect(stored.token_hash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const pending = await sut.http().get(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).expect(200);
    expect(pending.body.items.map((invitation: { id: string }) => invitation.id)).toContain(created.body.id);
    const preview = await sut.http().get(`/api/v1/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ email: 'new.member@example.org', role: 'contributor', accountExists: false, invitedByName: 'Amina Diallo' });

    const weak = await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'Nia Okafor', password: 'password123' }).expect(400);
    expect(weak.body.errors[0].field).toBe('password');
    const accepted = await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'Nia Okafor', password: 'rivers and mountains 42' }).expect(201);
    expect(accepted.body.planId).toBe(planId);
    const session = accepted.body.session.accessToken;
    const plan = await sut.http().get(`/api/v1/plans/${planId}`).set(bearer(session)).expect(200);
    expect(plan.body.myRole).toBe('contributor');
    await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'Again', password: 'rivers and mountains 42' }).expect(409);
    const after = await sut.http().get(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).expect(200);
    expect(after.body.items.map((invitation: { id: string }) => invitation.id)).not.toContain(created.body.id);
  });

  it('writes the invitation in the language chosen for the invitee, who then starts in it', async () => {
    const mail = mailServer.captureOne('nueva.socia@example.org', { wait: 10_000 });
    const created = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner))
      .send({ email: 'nueva.socia@example.org', role: 'viewer', language: 'es' }).expect(201);
    expect(created.body.language).toBe('es');
    const { email } = await mail;
    expect(email.headers.subject).toMatch(/^Invitación para trabajar en «Veloria/);
    expect(email.body).toContain('con el rol de lector');
    const token = created.body.acceptUrl.split('/').at(-1);
    expect((await sut.http().get(`/api/v1/invitations/${token}`).expect(200)).body.language).toBe('es');
    const accepted = await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'Lucía Pérez', password: 'rivers and mountains 42' }).expect(201);
    expect(accepted.body.session.user.language).toBe('es');

    const bad = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner))
      .send({ email: 'someone@example.org', role: 'viewer', language: 'xx' }).expect(400);
    expect(bad.body.errors[0].field).toBe('language');
  });

  it('lets an existing account accept with its own password', async () => {
    const other = await sut.http().post('/api/v1/plans').set(bearer(editor)).send(planRequest({ fromCatalogue: false })).expect(201);
    const created = await sut.http().post(`/api/v1/plans/${other.body.id}/invitations`).set(bearer(editor))
      .send({ email: 'viewer@demo.org', role: 'viewer' }).expect(201);
    const token = created.body.acceptUrl.split('/').at(-1);
    expect((await sut.http().get(`/api/v1/invitations/${token}`).expect(200)).body.accountExists).toBe(true);
    await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'x', password: 'not the password' }).expect(401);
    const accepted = await sut.http().post(`/api/v1/invitations/${token}/accept`).send({ name: 'x', password: DEMO_PASSWORD }).expect(201);
    expect(accepted.body.session.user.email).toBe('viewer@demo.org');
  });

  it('throttles wrong passwords on an invitation link like sign-in does', async () => {
    const other = await sut.http().post('/api/v1/plans').set(bearer(editor)).send(planRequest({ fromCatalogue: false })).expect(201);
    await sut.running.app.get(UsersService).create({ email: 'guarded@example.org', name: 'Guarded', password: 'a very private passphrase' });
    const created = await sut.http().post(`/api/v1/plans/${other.body.id}/invitations`).set(bearer(editor))
      .send({ email: 'guarded@example.org', role: 'viewer' }).expect(201);
    const accept = () => sut.http().post(`/api/v1/invitations/${created.body.acceptUrl.split('/').at(-1)}/accept`).send({ name: 'x', password: 'a wrong guess' });
    for (let attempt = 0; attempt < 5; attempt++) expect((await accept()).status).toBe(401);
    const blocked = await accept();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses to invite a member, and answers withdrawn, expired and unknown links clearly', async () => {
    const member = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).send({ email: 'Editor@Demo.org', role: 'viewer' }).expect(409);
    expect(member.body.errors[0].field).toBe('email');
    const bad = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).send({ email: 'not-an-email', role: 'boss' }).expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'role']);

    const revoked = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).send({ email: 'gone@example.org', role: 'viewer' }).expect(201);
    await sut.http().delete(`/api/v1/plans/${planId}/invitations/${revoked.body.id}`).set(bearer(owner)).expect(204);
    await sut.http().get(`/api/v1/invitations/${revoked.body.acceptUrl.split('/').at(-1)}`).expect(410);

    const expired = await sut.http().post(`/api/v1/plans/${planId}/invitations`).set(bearer(owner)).send({ email: 'late@example.org', role: 'viewer' }).expect(201);
    const dataSource = sut.running.app.get<DataSource>(getDataSourceToken());
    await dataSource.query(`UPDATE plan_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expired.body.id]);
    const answer = await sut.http().post(`/api/v1/invitations/${expired.body.acceptUrl.split('/').at(-1)}/accept`)
      .send({ name: 'Late', password: 'rivers and mountains 42' }).expect(410);
    expect(answer.body.message).toMatch(/expired/);

    await sut.http().get(`/api/v1/invitations/${'A'.repeat(43)}`).expect(404);
    const malformed = await sut.http().get('/api/v1/invitations/short').expect(400);
    expect(malformed.body.errors[0].field).toBe('token');
  });

  it('changes roles and removes members, but never leaves the plan without an owner', async () => {
    const plan = await sut.http().post('/api/v1/plans').set(bearer(owner)).send(planRequest({ fromCatalogue: false })).expect(201);
    const me = await sut.http().get('/api/v1/auth/me').set(bearer(owner)).expect(200);
    const demote = await sut.http().patch(`/api/v1/plans/${plan.body.id}/members/${me.body.id}`).set(bearer(owner)).send({ role: 'editor', version: 1 }).expect(409);
    expect(demote.body.message).toMatch(/at least one owner/);
    await sut.http().delete(`/api/v1/plans/${plan.body.id}/members/${me.body.id}`).set(bearer(owner)).expect(409);

    const invitation = await sut.http().post(`/api/v1/plans/${plan.body.id}/invitations`).set(bearer(owner)).send({ email: 'editor@demo.org', role: 'owner' }).expect(201);
    const editorSession = await sut.http().post(`/api/v1/invitations/${invitation.body.acceptUrl.split('/').at(-1)}/accept`)
      .send({ name: 'x', password: DEMO_PASSWORD }).expect(201);
    const editorId = editorSession.body.session.user.id;
    await sut.http().patch(`/api/v1/plans/${plan.body.id}/members/${me.body.id}`).set(bearer(owner)).send({ role: 'viewer', version: 1 }).expect(200);
    const changed = await sut.http().patch(`/api/v1/plans/${plan.body.id}/members/${editorId}`).set(bearer(editor)).send({ role: 'owner', version: 1 }).expect(200);
    expect(changed.body.role).toBe('owner');
    await sut.http().patch(`/api/v1/plans/${plan.body.id}/members/${editorId}`).set(bearer(editor)).send({ role: 'chief', version: 1 }).expect(400);
    await sut.http().delete(`/api/v1/plans/${plan.body.id}/members/${me.body.id}`).set(bearer(editor)).expect(204);
    await sut.http().get(`/api/v1/plans/${plan.body.id}`).set(bearer(owner)).expect(404);
    const activity = await sut.http().get(`/api/v1/plans/${plan.body.id}/activity`).set(bearer(editor)).expect(200);
    expect(activity.body.items[0]).toMatchObject({ entityType: 'member', action: 'delete', entityId: me.body.id });
  });

  it('refuses a role change based on a stale version and answers with the current membership', async () => {
    const members = await sut.http().get(`/api/v1/plans/${planId}/members`).set(bearer(owner)).expect(200);
    const contributor = members.body.items.find((member: { email: string }) => member.email === 'contributor@demo.org');
    expect(contributor.version).toBeGreaterThanOrEqual(1);

    const first = await sut.http().patch(`/api/v1/plans/${planId}/members/${contributor.userId}`).set(bearer(owner))
      .send({ role: 'editor', version: contributor.version }).expect(200);
    expect(first.body).toMatchObject({ role: 'editor', version: contributor.version + 1 });
    const second = await sut.http().patch(`/api/v1/plans/${planId}/members/${contributor.userId}`).set(bearer(owner))
      .send({ role: 'viewer', version: contributor.version }).expect(409);
    expect(second.body.errors[0].field).toBe('version');
    expect(second.body.current).toMatchObject({ userId: contributor.userId, role: 'editor', version: contributor.version + 1 });

    const missing = await sut.http().patch(`/api/v1/plans/${planId}/members/${contributor.userId}`).set(bearer(owner)).send({ role: 'viewer' }).expect(400);
    expect(missing.body.errors.map((error: { field: string }) => error.field)).toEqual(['version']);
    const after = await sut.http().get(`/api/v1/plans/${planId}/members`).set(bearer(owner)).expect(200);
    expect(after.body.items.find((member: { userId: string }) => member.userId === contributor.userId).role).toBe('editor');
    await sut.http().patch(`/api/v1/plans/${planId}/members/${contributor.userId}`).set(bearer(owner))
      .send({ role: 'contributor', version: contributor.version + 1 }).expect(200);
  });

  it('lets plan owners, and only them, add organisations', async () => {
    const created = await sut.http().post('/api/v1/organisations').set(bearer(owner)).send({ name: 'Veloria Ministry of Education', kind: 'ministry', country: 'XDM' }).expect(201);
    expect(created.body).toMatchObject({ name: 'Veloria Ministry of Education', kind: 'ministry', country: 'XDM' });
    await sut.http().post('/api/v1/organisations').set(bearer(owner)).send({ name: 'veloria ministry of education', kind: 'ministry' }).expect(409);
    const viewer = await sut.tokenFor('contributor@demo.org');
    await sut.http().post('/api/v1/organisations').set(bearer(viewer)).send({ name: 'Another', kind: 'ngo' }).expect(403);
    const list = await sut.http().get('/api/v1/organisations').set(bearer(viewer)).expect(200);
    expect(list.body.items.map((organisation: { name: string }) => organisation.name)).toContain('Veloria Ministry of Education');
  });
});
