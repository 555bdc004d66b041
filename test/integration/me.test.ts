import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { signUp, TEST_PASSWORD } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// Every request here names its device, as the sessions list shows it.
const FROM_VITEST = { userAgent: 'vitest' };

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), 'user-agent': 'vitest' },
    ...(payload === undefined ? {} : { payload }),
  });

const login = async (email: string, password = TEST_PASSWORD) =>
  (await call('POST', '/v1/auth/login', undefined, { email, password })).json<TokenPair>();

describe('PATCH /v1/me', () => {
  it('when a learner changes their display name, then the profile shows it', async () => {
    const { tokens } = await signUp(t, FROM_VITEST);

    const response = await call('PATCH', '/v1/me', tokens.accessToken, { displayName: '  Grace  ' });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ displayName: 'Grace' });
  });

  it('when a learner tries to make themselves admin, then it is a 400 and nothing changes', async () => {
    const { tokens } = await signUp(t, FROM_VITEST);

    const response = await call('PATCH', '/v1/me', tokens.accessToken, { role: 'admin' });
    const mixed = await call('PATCH', '/v1/me', tokens.accessToken, { displayName: 'Sneaky', role: 'admin' });

    expect(response.statusCode).toBe(400);
    expect(mixed.statusCode).toBe(400);
    expect((await call('GET', '/v1/me', tokens.accessToken)).json()).toMatchObject({ role: 'learner' });
    expect((await call('GET', '/v1/me', tokens.accessToken)).json()).not.toMatchObject({ displayName: 'Sneaky' });
  });
});

describe('POST /v1/me/password', () => {
  it('when the current password is wrong, then the field is named and nothing changes', async () => {
    const { email, tokens } = await signUp(t, FROM_VITEST);

    const response = await call('POST', '/v1/me/password', tokens.accessToken, {
      currentPassword: 'not my password',
      newPassword: 'another long passphrase',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/currentPassword' }] });
    expect((await call('POST', '/v1/auth/login', undefined, { email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('when the password changes, then every other session ends and the new password is the one that works', async () => {
    const { email, tokens: laptop } = await signUp(t, FROM_VITEST);
    const phone = await login(email);

    const response = await call('POST', '/v1/me/password', laptop.accessToken, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'another long passphrase',
    });

    expect(response.statusCode).toBe(200);
    const fresh = response.json<TokenPair>();
    expect((await call('GET', '/v1/me', fresh.accessToken)).statusCode).toBe(200);
    expect((await call('GET', '/v1/me', phone.accessToken)).statusCode).toBe(401);
    expect((await call('GET', '/v1/me', laptop.accessToken)).statusCode).toBe(401);
    expect((await call('POST', '/v1/auth/refresh', undefined, { refreshToken: phone.refreshToken })).statusCode).toBe(
      401,
    );
    expect((await call('POST', '/v1/auth/login', undefined, { email, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect(
      (await call('POST', '/v1/auth/login', undefined, { email, password: 'another long passphrase' })).statusCode,
    ).toBe(200);
  });

  it('when the new password is a common one, then it is refused', async () => {
    const { tokens } = await signUp(t, FROM_VITEST);

    const response = await call('POST', '/v1/me/password', tokens.accessToken, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'qwerty123',
    });

    expect(response.json()).toMatchObject({ errors: [{ pointer: '/newPassword' }] });
  });
});

describe('sessions', () => {
  it('when a learner has two devices, then both are listed and one can be signed out', async () => {
    const { email, tokens: laptop } = await signUp(t, FROM_VITEST);
    const phone = await login(email);

    const listed = (await call('GET', '/v1/me/sessions', laptop.accessToken)).json<{ items: Session[] }>().items;

    expect(listed).toHaveLength(2);
    expect(listed.filter((session) => session.current)).toHaveLength(1);
    expect(listed[0]).toMatchObject({ userAgent: 'vitest', ip: '127.0.0.1' });
    const phoneSession = listed.find((session) => !session.current)!;

    const revoked = await call('DELETE', `/v1/me/sessions/${phoneSession.id}`, laptop.accessToken);

    expect(revoked.statusCode).toBe(204);
    expect((await call('GET', '/v1/me', phone.accessToken)).statusCode).toBe(401);
    expect((await call('GET', '/v1/me', laptop.accessToken)).statusCode).toBe(200);
  });

  it("when a learner tries to sign out someone else's session, then it is 404 and that session lives on", async () => {
    const alice = await signUp(t, FROM_VITEST);
    const bob = await signUp(t, FROM_VITEST);
    const bobSession = (await call('GET', '/v1/me/sessions', bob.tokens.accessToken)).json<{ items: Session[] }>()
      .items[0]!;

    const response = await call('DELETE', `/v1/me/sessions/${bobSession.id}`, alice.tokens.accessToken);

    expect(response.statusCode).toBe(404);
    expect((await call('GET', '/v1/me', bob.tokens.accessToken)).statusCode).toBe(200);
  });
});

describe('GET /v1/me/export', () => {
  it('when a learner exports their data, then it has their profile, sessions and activity and no secrets', async () => {
    const { email, tokens } = await signUp(t, FROM_VITEST);

    const response = await call('GET', '/v1/me/export', tokens.accessToken);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const data = response.json<{ profile: { email: string }; sessions: unknown[]; activity: { action: string }[] }>();
    expect(data.profile.email).toBe(email);
    expect(data.sessions).toHaveLength(1);
    expect(data.activity.map((entry) => entry.action)).toEqual(['account.registered', 'auth.login_succeeded']);
    expect(response.body).not.toContain('argon2');
    expect(response.body).not.toContain(tokens.refreshToken);
  });
});

describe('DELETE /v1/me', () => {
  it('when the password is wrong, then nothing is deleted', async () => {
    const { tokens } = await signUp(t, FROM_VITEST);

    const response = await call('DELETE', '/v1/me', tokens.accessToken, { password: 'wrong password here' });

    expect(response.statusCode).toBe(400);
    expect((await call('GET', '/v1/me', tokens.accessToken)).statusCode).toBe(200);
  });

  it('when a learner deletes their account, then they are gone and the audit log keeps only anonymous entries', async () => {
    const { email, tokens } = await signUp(t, FROM_VITEST);
    const userId = tokens.user.id;

    const response = await call('DELETE', '/v1/me', tokens.accessToken, { password: TEST_PASSWORD });

    expect(response.statusCode).toBe(204);
    expect((await call('GET', '/v1/me', tokens.accessToken)).statusCode).toBe(401);
    expect((await call('POST', '/v1/auth/login', undefined, { email, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect(await t.database.db.selectFrom('users').select('id').where('id', '=', userId).execute()).toEqual([]);
    const trail = await t.database.db
      .selectFrom('auditLog')
      .select(['action', 'ip', 'userAgent'])
      .where('subjectId', '=', userId)
      .execute();
    expect(trail.map((entry) => entry.action)).toContain('account.deleted');
    expect(trail.every((entry) => entry.ip === null && entry.userAgent === null)).toBe(true);
    expect(JSON.stringify(await t.database.db.selectFrom('auditLog').selectAll().execute())).not.toContain(email);
  });
});
