import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
