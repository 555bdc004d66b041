import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemResponses } from '../../src/http/problem.ts';
import { PERMISSIONS } from '../../src/modules/auth/permissions.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
});
afterAll(() => t.close());

describe('the route table', () => {
  it('when every route is listed, then each declares a policy', () => {
    const routes = t.app.routePolicies();

    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((route) => route.policy === undefined)).toEqual([]);
  });

  it('when a route that needs a permission is called without a token, then it answers 401', async () => {
    const protectedRoutes = t.app
      .routePolicies()
      .filter((route) => route.policy !== 'public' && route.method !== 'HEAD');

    expect(protectedRoutes.map((route) => `${route.method} ${route.url}`)).toContain('GET /v1/me');
    for (const route of protectedRoutes) {
      const url = route.url.replace(/:([A-Za-z]+)/g, 'placeholder');
      const response = await t.app.inject({ method: route.method as 'GET', url });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('when a route without a policy is added, then the app refuses to start', async () => {
    const other = await createTestApp({ database: t.database });
    other.app.get('/no-policy', () => 'open');

    await expect(other.app.ready()).rejects.toThrow('Every route declares config.policy; these do not: GET /no-policy');
    await other.app.close().catch(() => {});
  });
});

describe('what the API description says about access', () => {
  interface Operation {
    security?: unknown;
    responses: Record<string, unknown>;
  }
  const operationOf = (document: unknown, path: string) =>
    (document as { paths: Record<string, { get: Operation }> }).paths[path]!.get;

  it('when routes declare only their own answers, then their policy and rate limit add security, 401, 403 and 429', async () => {
    const other = await createTestApp({ database: t.database });
    const own = { response: { 200: Type.Null(), ...problemResponses(404) } };
    other.app.get('/guarded', { config: { policy: { permission: 'account:self' } }, schema: own }, () => null);
    other.app.get('/identifying', { config: { policy: 'public', identifyUser: true }, schema: own }, () => null);
    other.app.get('/probe', { config: { policy: 'public', rateLimit: false }, schema: own }, () => null);
    await other.app.ready();
    const document = other.app.swagger();
    await other.app.close();

    const guarded = operationOf(document, '/guarded');
    expect(guarded.security).toEqual([{ bearerAuth: [] }]);
    expect(Object.keys(guarded.responses)).toEqual(['200', '401', '403', '404', '429']);
    const identifying = operationOf(document, '/identifying');
    expect(identifying.security).toEqual([]);
    expect(Object.keys(identifying.responses)).toEqual(['200', '401', '404', '429']);
    const probe = operationOf(document, '/probe');
    expect(probe.security).toEqual([]);
    expect(Object.keys(probe.responses)).toEqual(['200', '404']);
  });
});

describe('what a personal access token may not do', () => {
  // The documented list (README, "Personal access tokens"): changing it is a decision, not an accident.
  const DOCUMENTED_SESSION_ONLY = [
    'DELETE /v1/me',
    'DELETE /v1/me/sessions/:id',
    'DELETE /v1/me/sso/:provider',
    'DELETE /v1/me/tokens/:id',
    'GET /v1/me/export',
    'GET /v1/me/sessions',
    'GET /v1/me/tokens',
    'POST /v1/me/email',
    'POST /v1/me/password',
    'POST /v1/me/sso/:provider/link',
    'POST /v1/me/sso/:provider/reauthenticate',
    'POST /v1/me/tokens',
  ];
  const sessionOnlyRoutes = () => t.app.routePolicies().filter((route) => route.sessionOnly && route.method !== 'HEAD');

  it('when the route table is read, then the session-only routes are exactly the documented ones', () => {
    const listed = sessionOnlyRoutes().map((route) => `${route.method} ${route.url}`);

    expect(listed.sort()).toEqual(DOCUMENTED_SESSION_ONLY);
  });

  it('when a personal token with every scope its owner holds calls a session-only route, then each answers 403', async () => {
    const admin = await signUp(t, { role: 'admin' });
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/me/tokens',
      headers: { authorization: `Bearer ${admin.accessToken}` },
      payload: { name: 'every scope', scopes: Object.keys(PERMISSIONS), expiresInDays: 1 },
    });
    const { token } = created.json<{ token: string }>();
    const authorization = `Bearer ${token}`;
    expect((await t.app.inject({ url: '/v1/me', headers: { authorization } })).statusCode).toBe(200);

    // HEAD answers like GET, so it is refused like GET.
    const routes = t.app
      .routePolicies()
      .filter((route) =>
        DOCUMENTED_SESSION_ONLY.includes(`${route.method === 'HEAD' ? 'GET' : route.method} ${route.url}`),
      );
    expect(routes).toHaveLength(DOCUMENTED_SESSION_ONLY.length + 3);
    for (const route of routes) {
      const url = route.url.replace(/:([A-Za-z]+)/g, '00000000-0000-4000-8000-000000000000');
      const response = await t.app.inject({ method: route.method as 'GET', url, headers: { authorization } });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
      if (route.method !== 'HEAD') {
        expect(response.json<{ detail: string }>().detail, route.url).toBe(
          'This needs a login session, not a personal token.',
        );
      }
    }
    const owner = await t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${admin.accessToken}` } });
    expect(owner.statusCode).toBe(200);
  });
});
