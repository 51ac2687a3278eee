import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { bearer, DEMO_PASSWORD, startTestApp, type TestApp } from '../../test/test-app.js';

describe('auth over HTTP', () => {
  let sut: TestApp;

  beforeAll(async () => {
    // Over a hundred sign-ins from 127.0.0.1 in a few seconds; the per-address request limit has its own spec.
    sut = await startTestApp({ env: { PUBLIC_RATE_LIMIT: '100000' } });
  });
  afterAll(() => sut.close());

  it('signs a demo user in and returns a token with its expiry and the user', async () => {
    const response = await sut.http().post('/api/v1/auth/login').send({ email: 'Owner@Demo.org', password: DEMO_PASSWORD }).expect(200);
    expect(response.body.user).toMatchObject({ email: 'owner@demo.org', language: 'en' });
    expect(response.body.user.passwordHash).toBeUndefined();
    expect(new Date(response.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    const me = await sut.http().get('/api/v1/auth/me').set(bearer(response.body.accessToken)).expect(200);
    expect(me.body).toEqual(response.body.user);
  });

  it('refuses a wrong password with 401 and the same message as an unknown email', async () => {
    const wrong = await sut.http().post('/api/v1/auth/login').send({ email: 'owner@demo.org', password: 'not-it' }).expect(401);
    const unknown = await sut.http().post('/api/v1/auth/login').send({ email: 'nobody@demo.org', password: 'not-it' }).expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', errors: [{ field: 'password' }] });
  });

  it('names the field when the login body is not valid', async () => {
    const response = await sut.http().post('/api/v1/auth/login').send({ email: 'not-an-email', password: '' }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'password']);
  });

  it('requires a token everywhere but login, health and the docs', async () => {
    await sut.http().get('/api/v1/health').expect(200);
    await sut.http().get('/api/docs-json').expect(200);
    for (const path of ['/api/v1/auth/me', '/api/v1/catalogue', '/api/v1/plans', '/api/v1/notifications']) {
      const response = await sut.http().get(path).expect(401);
      expect(response.body.errors[0].field).toBe('authorization');
    }
    await sut.http().get('/api/v1/plans').set(bearer('forged.token.value')).expect(401);
  });

  it('keeps the chosen language per user and refuses an unsupported one', async () => {
    const token = await sut.tokenFor('editor@demo.org');
    await sut.http().patch('/api/v1/auth/me').set(bearer(token)).send({ language: 'ar' }).expect(200);
    const me = await sut.http().get('/api/v1/auth/me').set(bearer(token)).expect(200);
    expect(me.body.language).toBe('ar');
    const bad = await sut.http().patch('/api/v1/auth/me').set(bearer(token)).send({ language: 'de' }).expect(400);
    expect(bad.body.errors[0].field).toBe('language');
  });

  it('answers malformed JSON with a 400 naming the body', async () => {
    const response = await sut.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, errors: [{ field: 'body' }] });
  });

  it('answers an unknown route with the error shape', async () => {
    const response = await sut.http().get('/api/v1/nothing-here').set(bearer(await sut.tokenFor('owner@demo.org'))).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', errors: [] });
  });

  it('rotates refresh tokens, and ends the whole session when a used one comes back', async () => {
    const login = await sut.http().post('/api/v1/auth/login').send({ email: 'contributor@demo.org', password: DEMO_PASSWORD }).expect(200);
    const refreshed = await sut.http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
    await sut.http().get('/api/v1/auth/me').set(bearer(refreshed.body.accessToken)).expect(200);

    const replayed = await sut.http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    expect(replayed.body.errors[0].field).toBe('refreshToken');
    await sut.http().get('/api/v1/auth/me').set(bearer(refreshed.body.accessToken)).expect(401);
    await sut.http().post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
  });

  it('logs out: the access and refresh tokens of that session stop working at once, other sessions go on', async () => {
    const first = await sut.http().post('/api/v1/auth/login').send({ email: 'viewer@demo.org', password: DEMO_PASSWORD }).expect(200);
    const second = await sut.http().post('/api/v1/auth/login').send({ email: 'viewer@demo.org', password: DEMO_PASSWORD }).expect(200);
    await sut.http().post('/api/v1/auth/logout').set(bearer(first.body.accessToken)).expect(204);
    await sut.http().get('/api/v1/auth/me').set(bearer(first.body.accessToken)).expect(401);
    await sut.http().post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
    await sut.http().get('/api/v1/auth/me').set(bearer(second.body.accessToken)).expect(200);
  });

  it('throttles repeated failed sign-ins for an account with 429 and Retry-After, and a success resets the count', async () => {
    const attempt = (password: string) => sut.http().post('/api/v1/auth/login').send({ email: 'editor@demo.org', password });
    for (let index = 0; index < 4; index++) expect((await attempt('wrong password')).status).toBe(401);
    expect((await attempt(DEMO_PASSWORD)).status).toBe(200);
    for (let index = 0; index < 5; index++) expect((await attempt('wrong password')).status).toBe(401);
    const blocked = await attempt(DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.message).toMatch(/Too many failed sign-ins/);
    const other = await sut.http().post('/api/v1/auth/login').send({ email: 'owner@demo.org', password: DEMO_PASSWORD });
    expect(other.status).toBe(200);
  });

  // Every request of this file comes from 127.0.0.1, so these start from an empty count and leave one.
  const forgetAllFailures = () => sut.running.app.get<DataSource>(getDataSourceToken()).query(`DELETE FROM login_failures`);

  it('checks at most 5 of 40 parallel guesses for one account; the others are refused with 429 before any check', async () => {
    await forgetAllFailures();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => sut.http().post('/api/v1/auth/login').send({ email: 'contributor@demo.org', password: 'a wrong guess' })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(35);
    expect(answers.filter((answer) => answer.status === 429).every((answer) => Number(answer.headers['retry-after']) > 0)).toBe(true);
    // The right password is refused too until the failures age out.
    expect((await sut.http().post('/api/v1/auth/login').send({ email: 'contributor@demo.org', password: DEMO_PASSWORD })).status).toBe(429);
    await forgetAllFailures();
  });

  it('checks at most 30 of 50 parallel failures from one address, whatever the accounts', async () => {
    await forgetAllFailures();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        sut.http().post('/api/v1/auth/login').send({ email: `guess-${index}@example.org`, password: 'a wrong guess' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(30);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
    expect((await sut.http().post('/api/v1/auth/login').send({ email: 'viewer@demo.org', password: DEMO_PASSWORD })).status).toBe(429);
    await forgetAllFailures();
    expect((await sut.http().post('/api/v1/auth/login').send({ email: 'viewer@demo.org', password: DEMO_PASSWORD })).status).toBe(200);
  });
});
