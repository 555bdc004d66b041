// Caching headers and request bodies, the same on every route: Vary is added to, never replaced; whatever is
// personal is never stored by a cache; a body that is not JSON is a 415 problem wherever it is sent.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addVary } from '../../src/http/vary.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let admin: SignedUp;
beforeAll(async () => {
  t = await createTestApp();
  // A public read whose handler adds a Vary of its own, as a route that negotiates a language would.
  t.app.get('/test/vary', { config: { policy: 'public', publicCache: { maxAgeSeconds: 60 } } }, (_request, reply) => {
    addVary(reply, 'Accept-Language');
    return { language: 'en' };
  });
  await t.app.ready();
  admin = await signUp(t, { role: 'admin' });
});
afterAll(() => t.close());

const ORIGIN = 'https://app.example.org'; // in testAppConfig's CORS_ORIGINS

const varyOf = (headers: { vary?: string | string[] | number | undefined }) =>
  [headers.vary ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((field) => field.trim().toLowerCase());

/** Every route as a request: path parameters filled with a placeholder, HEAD left out (it mirrors GET). */
const routeRequests = (filter: (route: { method: string; policy: unknown }) => boolean) =>
  t.app
    .routePolicies()
    .filter((route) => route.method !== 'HEAD' && filter(route))
    .map((route) => ({ method: route.method as 'GET', url: route.url.replace(/:([A-Za-z]+)/g, 'placeholder') }));

describe('Vary', () => {
  it('when a browser on an allowed origin reads a public list, then Vary names both Origin and Accept-Encoding', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/v1/roadmaps', headers: { origin: ORIGIN } });

    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(varyOf(response.headers)).toEqual(expect.arrayContaining(['origin', 'accept-encoding']));
  });

  it('when the compressed roadmap is read and then revalidated, then both answers vary on Origin and Accept-Encoding', async () => {
    const headers = { origin: ORIGIN, 'accept-encoding': 'br' };
    const first = await t.app.inject({ method: 'GET', url: '/v1/roadmaps/backend-developer', headers });
    const again = await t.app.inject({
      method: 'GET',
      url: '/v1/roadmaps/backend-developer',
      headers: { ...headers, 'if-none-match': first.headers.etag as string },
    });

    expect(first.headers['content-encoding']).toBe('br');
    expect(again.statusCode).toBe(304);
    for (const response of [first, again]) {
      expect(varyOf(response.headers)).toEqual(expect.arrayContaining(['origin', 'accept-encoding']));
    }
  });

  it('when a route sets a Vary of its own, then it survives beside Origin and Accept-Encoding', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/test/vary', headers: { origin: ORIGIN } });

    expect(varyOf(response.headers)).toEqual(['origin', 'accept-language', 'accept-encoding']);
  });
});

describe('Cache-Control', () => {
  it('when anyone reads a public document, then it stays publicly cacheable with an ETag and 304', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/v1/roadmaps/backend-developer' });
    const again = await t.app.inject({
      method: 'GET',
      url: '/v1/roadmaps/backend-developer',
      headers: { 'if-none-match': first.headers.etag as string },
    });

    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(again.statusCode).toBe(304);
  });

  it('when a signed-in admin reads any route that needs a permission, then the answer is no-store', async () => {
    const requests = routeRequests((route) => route.method === 'GET' && route.policy !== 'public');

    expect(requests.map((request) => request.url)).toContain('/v1/me');
    for (const request of requests) {
      const response = await t.app.inject({ ...request, headers: { authorization: `Bearer ${admin.accessToken}` } });
      expect(response.headers['cache-control'], `${request.method} ${request.url}`).toBe('no-store');
    }
  });

  it('when a route that needs a permission is called without a token, then even the 401 is no-store', async () => {
    const requests = routeRequests((route) => route.policy !== 'public');

    for (const request of requests) {
      const response = await t.app.inject(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(401);
      expect(response.headers['cache-control'], `${request.method} ${request.url}`).toBe('no-store');
    }
  });

  it('when someone logs in, then the answer that holds the tokens is no-store', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: { email: admin.email, password: admin.password },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('when a signed-in learner sends feedback on a public route, then the answer is no-store', async () => {
    const learner = await signUp(t);

    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { authorization: `Bearer ${learner.accessToken}` },
      payload: { roadmap: 'backend-developer', helpful: true },
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('request bodies that are not JSON', () => {
  const BODIES: [string, Record<string, string>, string][] = [
    ['text/plain', { 'content-type': 'text/plain' }, '{"email":"a@example.org"}'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'email=a%40example.org'],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\n\r\nhello\r\n--x--'],
    ['no content type', {}, '{"email":"a@example.org"}'],
  ];

  it.each(BODIES)(
    'when %s is sent to any route that takes a body, then it answers 415 problem+json',
    async (_, headers, payload) => {
      const requests = routeRequests((route) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method));

      expect(requests.length).toBeGreaterThan(20);
      for (const request of requests) {
        const response = await t.app.inject({
          ...request,
          headers: { ...headers, authorization: `Bearer ${admin.accessToken}` },
          payload,
        });
        expect(response.statusCode, `${request.method} ${request.url}`).toBe(415);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json<{ status: number; detail: string }>()).toMatchObject({ status: 415 });
        expect(response.json<{ detail: string }>().detail).toContain('application/json');
      }
    },
  );

  it('when a read (GET) comes with a body that is not JSON, then it answers 415 problem+json instead of ignoring it', async () => {
    const reads = routeRequests((route) => route.method === 'GET');

    expect(reads.length).toBeGreaterThan(20);
    for (const request of reads) {
      const response = await t.app.inject({
        ...request,
        headers: { 'content-type': 'application/xml', authorization: `Bearer ${admin.accessToken}` },
        payload: '<email>a@example.org</email>',
      });
      expect(response.statusCode, `GET ${request.url}`).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const withoutBody = await t.app.inject({ url: '/v1/roadmaps' });
    expect(withoutBody.statusCode).toBe(200);
  });
});

describe('security headers on every answer', () => {
  it.each([
    [
      'a read with a body that is not JSON (415, from a hook)',
      { method: 'GET', url: '/v1/roadmaps', payload: 'x', headers: { 'content-type': 'text/plain' } },
      415,
    ],
    ['a path the router cannot read (400, before any hook)', { method: 'GET', url: '/v1/roadmaps/%E0%A4%A' }, 400],
    ['an unknown route (404)', { method: 'GET', url: '/v1/no-such-route' }, 404],
  ] as const)('when the answer is to %s, then it carries the security headers', async (_case, request, status) => {
    const response = await t.app.inject(request as InjectOptions);

    expect(response.statusCode).toBe(status);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
