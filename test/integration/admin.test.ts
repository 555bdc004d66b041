import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { PERMISSIONS } from '../../src/modules/auth/permissions.ts';
import type { AdminUser } from '../../src/modules/users/users.schemas.ts';
import { signUp, TEST_OPERATOR, TEST_PASSWORD } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let admin: TokenPair;

const post = (url: string, payload: unknown, token?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
const request = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  await t.container.usersService.createAdmin(
    { email: 'admin@example.org', displayName: 'Ada Admin', password: TEST_PASSWORD },
    TEST_OPERATOR,
  );
  admin = (await post('/v1/auth/login', { email: 'admin@example.org', password: TEST_PASSWORD })).json<TokenPair>();
});
afterAll(() => t.close());

describe('listing users', () => {
  it('when an admin searches, then matching users come back and pages join up', async () => {
    await signUp(t);
    await signUp(t);
    await signUp(t);

    const all = await request('GET', '/v1/admin/users?q=person-&limit=100', admin.accessToken);
    const first = await request('GET', '/v1/admin/users?q=person-&limit=2', admin.accessToken);
    const next = first.json<{ nextCursor: string }>().nextCursor;
    const second = await request('GET', `/v1/admin/users?q=person-&limit=2&cursor=${next}`, admin.accessToken);

    const emails = all.json<{ items: AdminUser[] }>().items.map((user) => user.email);
    expect(emails.length).toBeGreaterThanOrEqual(3);
    expect(emails.every((email) => email.startsWith('person-'))).toBe(true);
    expect(
      [...first.json<{ items: AdminUser[] }>().items, ...second.json<{ items: AdminUser[] }>().items].map(
        (u) => u.email,
      ),
    ).toEqual(emails.slice(0, 4));
  });

  it('when filtered by role, then only that role comes back; a search for % matches nothing by accident', async () => {
    const admins = await request('GET', '/v1/admin/users?role=admin', admin.accessToken);
    const wildcard = await request('GET', '/v1/admin/users?q=%25', admin.accessToken);

    expect(admins.json<{ items: AdminUser[] }>().items.map((user) => user.email)).toEqual(['admin@example.org']);
    expect(wildcard.json<{ items: AdminUser[] }>().items).toEqual([]);
  });
});

describe('changing roles', () => {
  it('when a learner has not verified their address, then they cannot be given a higher role', async () => {
    const learner = await signUp(t);

    const response = await request('PATCH', `/v1/admin/users/${learner.id}`, admin.accessToken, { role: 'editor' });

    expect(response.statusCode).toBe(409);
    expect(response.json<{ detail: string }>().detail).toContain('verified email');
  });

  it('when an admin makes a learner an editor, then it is recorded and the learner’s token carries the new role at once', async () => {
    const learner = await signUp(t);
    await t.database.db
      .updateTable('users')
      .set({ emailVerifiedAt: new Date() })
      .where('id', '=', learner.id)
      .execute();
    expect((await request('GET', '/v1/admin/users', learner.tokens.accessToken)).statusCode).toBe(403);

    const changed = await request('PATCH', `/v1/admin/users/${learner.id}`, admin.accessToken, { role: 'admin' });

    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'admin' });
    expect((await request('GET', '/v1/admin/users', learner.tokens.accessToken)).statusCode).toBe(200);
    const audit = await request(
      'GET',
      `/v1/admin/audit-log?action=user.role_changed&subjectId=${learner.id}`,
      admin.accessToken,
    );
    expect(audit.json()).toMatchObject({
      items: [{ actorId: admin.user.id, subjectId: learner.id, details: { from: 'learner', to: 'admin' } }],
    });
  });

  it('when the body tries to change other fields, then it is refused', async () => {
    const learner = await signUp(t);

    const response = await request('PATCH', `/v1/admin/users/${learner.id}`, admin.accessToken, {
      role: 'editor',
      email: 'taken-over@example.org',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/email' }] });
  });

  it('when an admin changes their own role or disables themselves, then it is refused', async () => {
    const ownRole = await request('PATCH', `/v1/admin/users/${admin.user.id}`, admin.accessToken, { role: 'learner' });
    const ownDisable = await request('POST', `/v1/admin/users/${admin.user.id}/disable`, admin.accessToken);

    expect(ownRole.statusCode).toBe(409);
    expect(ownDisable.statusCode).toBe(409);
  });

  it('when the user does not exist or the id is not an id, then 404 or 400', async () => {
    const missing = await request('PATCH', '/v1/admin/users/00000000-0000-4000-8000-000000000000', admin.accessToken, {
      role: 'editor',
    });
    const malformed = await request('PATCH', '/v1/admin/users/42', admin.accessToken, { role: 'editor' });

    expect(missing.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(400);
  });
});

describe('disabling and enabling', () => {
  it('when an admin disables a user, then all their sessions end; when enabled, they can log in again', async () => {
    const learner = await signUp(t);

    const disabled = await request('POST', `/v1/admin/users/${learner.id}/disable`, admin.accessToken);

    expect(disabled.json()).toMatchObject({ disabledAt: expect.any(String) as string });
    expect((await request('GET', '/v1/me', learner.tokens.accessToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: learner.tokens.refreshToken })).statusCode).toBe(401);
    expect((await post('/v1/auth/login', { email: learner.email, password: TEST_PASSWORD })).statusCode).toBe(403);

    const enabled = await request('POST', `/v1/admin/users/${learner.id}/enable`, admin.accessToken);

    expect(enabled.json()).toMatchObject({ disabledAt: null });
    expect((await post('/v1/auth/login', { email: learner.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });
});

describe('function-level authorization', () => {
  it.each(['learner', 'mentor', 'editor'] as const)(
    'when a %s calls every route its role lacks, then each answers 403',
    async (role) => {
      const person = await signUp(t, { role });
      const forbidden = t.app
        .routePolicies()
        .filter((route) => route.method !== 'HEAD' && typeof route.policy === 'object')
        .filter(
          (route) =>
            !(
              PERMISSIONS[(route.policy as { permission: keyof typeof PERMISSIONS }).permission] as readonly string[]
            ).includes(role),
        );

      expect(forbidden.map((route) => `${route.method} ${route.url}`)).toContain('GET /v1/admin/users');
      for (const route of forbidden) {
        const url = route.url.replace(/:([A-Za-z]+)/g, '00000000-0000-4000-8000-000000000000');
        const response = await request(
          route.method as 'GET',
          url,
          person.tokens.accessToken,
          route.method === 'GET' ? undefined : {},
        );
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      }
    },
  );
});

describe('the audit log', () => {
  it('when an admin reads it, then entries come newest first and page by cursor', async () => {
    const first = await request('GET', '/v1/admin/audit-log?limit=2', admin.accessToken);
    const page = first.json<{ items: { id: number }[]; nextCursor: string }>();
    const second = await request('GET', `/v1/admin/audit-log?limit=2&cursor=${page.nextCursor}`, admin.accessToken);

    expect(first.statusCode).toBe(200);
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    expect(second.json<{ items: { id: number }[] }>().items[0]!.id).toBeLessThan(page.items[1]!.id);
  });
});
