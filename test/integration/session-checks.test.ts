// Whether a session still stands is kept by each instance for at most SESSION_CHECK_CACHE_MS (decision 0046,
// src/modules/accounts/session-checks.ts): a second request of a session does not ask the database,
// and yet a logout, a revoked session, a password change, a disabled account or a role change is refused or seen on
// the very next request, because each of them drops the kept answer once it has committed.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CacheLookup } from '../../src/infra/cache.ts';
import { SESSION_CHECKS_CACHE } from '../../src/modules/accounts/session-checks.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let lookups: CacheLookup[] = [];
let admin: SignedUp;
beforeAll(async () => {
  t = await createTestApp({
    onCacheLookup: (namespace, lookup) => {
      if (namespace === SESSION_CHECKS_CACHE) lookups.push(lookup);
    },
  });
  admin = await signUp(t, { role: 'admin' });
});
afterAll(() => t.close());
beforeEach(() => {
  lookups = [];
});

const as = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
const me = (person: SignedUp) => as(person.accessToken, 'GET', '/v1/me');

describe('the session checks of authenticated requests', () => {
  it('when a session makes a second request, then its standing comes from memory, not the database', async () => {
    const learner = await signUp(t);
    expect((await me(learner)).statusCode).toBe(200);
    expect((await me(learner)).statusCode).toBe(200);
    expect(lookups).toEqual(['miss', 'memory-hit']);
  });

  it('when a learner logs out, then the next request with the access token is refused', async () => {
    const learner = await signUp(t);
    expect((await me(learner)).statusCode).toBe(200);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      payload: { refreshToken: learner.tokens.refreshToken },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(learner)).statusCode).toBe(401);
  });

  it('when a learner ends one of their sessions from another, then that session is refused at once', async () => {
    const learner = await signUp(t);
    const laptop = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { email: learner.email, password: learner.password },
      })
    ).json<{ accessToken: string }>().accessToken;
    expect((await as(laptop, 'GET', '/v1/me')).statusCode).toBe(200);
    const sessions = (await as(learner.accessToken, 'GET', '/v1/me/sessions')).json<{
      items: { id: string; current: boolean }[];
    }>();
    const other = sessions.items.find((session) => !session.current)!;
    expect((await as(learner.accessToken, 'DELETE', `/v1/me/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await as(laptop, 'GET', '/v1/me')).statusCode).toBe(401);
    expect((await me(learner)).statusCode).toBe(200);
  });

  it('when an admin disables an account, then its session is refused on the next request', async () => {
    const learner = await signUp(t);
    expect((await me(learner)).statusCode).toBe(200);
    expect((await as(admin.accessToken, 'POST', `/v1/admin/users/${learner.id}/disable`)).statusCode).toBe(200);
    expect((await me(learner)).statusCode).toBe(401);
  });

  it('when an admin changes a role, then the next request is judged by the new role', async () => {
    const person = await signUp(t, { role: 'editor' });
    expect((await as(person.accessToken, 'GET', '/v1/drafts')).statusCode).toBe(200);
    const demoted = await as(admin.accessToken, 'PATCH', `/v1/admin/users/${person.id}`, { role: 'learner' });
    expect(demoted.statusCode).toBe(200);
    expect((await as(person.accessToken, 'GET', '/v1/drafts')).statusCode).toBe(403);
  });

  it('when a learner changes their password, then their other sessions are refused at once', async () => {
    const learner = await signUp(t);
    const phone = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        payload: { email: learner.email, password: learner.password },
      })
    ).json<{ accessToken: string }>().accessToken;
    expect((await as(phone, 'GET', '/v1/me')).statusCode).toBe(200);
    const changed = await as(learner.accessToken, 'POST', '/v1/me/password', {
      currentPassword: learner.password,
      newPassword: 'another long and unusual passphrase',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await as(phone, 'GET', '/v1/me')).statusCode).toBe(401);
  });
});
