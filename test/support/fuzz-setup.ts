// The world the no-5xx test (test/integration/no-5xx.test.ts) sends its cases into: people with data of their own,
// the identities that send, and the real values and cursors the cases start from.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { PERMISSIONS } from '../../src/modules/auth/permissions.ts';
import { signUp, TEST_PASSWORD } from './accounts.ts';
import type { FuzzInputs, Operation } from './fuzz-cases.ts';
import type { TestApp } from './harness.ts';

export interface Identity {
  name: 'anonymous' | 'learner' | 'admin' | 'admin program';
  headers: Record<string, string>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const cookiesOf = (response: LightMyRequestResponse) =>
  Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value]));

/**
 * Data for deeper code to run on (a roadmap followed with progress, comments to moderate, a profile, tokens), the
 * identities that send the cases, and what the cases need to know of the data.
 */
export const arrangeFuzzing = async (t: TestApp, operations: Operation[]) => {
  const learner = await signUp(t, { verified: true, emailPrefix: 'fuzz-learner-' });
  const admin = await signUp(t, { role: 'admin', emailPrefix: 'fuzz-admin-' });
  const bystander = await signUp(t, { emailPrefix: 'fuzz-bystander-' });
  const learnerHeaders = bearer(learner.accessToken);

  const slug = (await t.app.inject({ url: '/v1/roadmaps' })).json<{ items: { slug: string }[] }>().items[0]!.slug;
  const roadmap = (await t.app.inject({ url: `/v1/roadmaps/${slug}` })).json<{
    tiers: { steps: { id: string }[] }[];
    checklist: { id: string }[];
  }>();
  const steps = roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
  const item = roadmap.checklist[0]!.id;
  // Both signed-in people follow the roadmap and have done steps, so what they write is read back through real rows.
  for (const headers of [learnerHeaders, bearer(admin.accessToken)]) {
    const follow = await t.app.inject({
      method: 'PUT',
      url: `/v1/me/roadmaps/${slug}`,
      headers,
      payload: { hoursPerWeek: 5, startDate: '2026-01-05' },
    });
    expect(follow.statusCode).toBeLessThan(300);
    for (const step of steps.slice(0, 3)) {
      await t.app.inject({
        method: 'PUT',
        url: `/v1/me/roadmaps/${slug}/steps/${step}`,
        headers,
        payload: { status: 'done' },
      });
    }
  }
  // Two bookmarks, so the bookmark list gives out a real cursor.
  for (const step of steps.slice(0, 2)) {
    await t.app.inject({ method: 'PUT', url: `/v1/me/bookmarks/${slug}/${step}`, headers: learnerHeaders });
  }
  for (const comment of ['The second tier moves too fast for me.', 'A worked example of caching would help.']) {
    await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { roadmap: slug, target: 'roadmap', helpful: false, comment },
    });
  }
  const comments = await t.app.inject({ url: '/v1/feedback/comments', headers: bearer(admin.accessToken) });
  const commentId = comments.json<{ items: { id: string }[] }>().items[0]!.id;
  const handle = 'fuzz_learner';
  await t.app.inject({
    method: 'PUT',
    url: '/v1/me/public-profile',
    headers: learnerHeaders,
    payload: { enabled: true, handle, showProgress: true, showStreak: true },
  });
  const token = await t.app.inject({
    method: 'POST',
    url: '/v1/me/tokens',
    headers: learnerHeaders,
    payload: { name: 'fuzz', scopes: ['account:self'], expiresInDays: 30 },
  });
  const tokenId = token.json<{ id: string }>().id;
  const adminToken = await t.app.inject({
    method: 'POST',
    url: '/v1/me/tokens',
    headers: bearer(admin.accessToken),
    payload: { name: 'fuzz', scopes: Object.keys(PERMISSIONS), expiresInDays: 30 },
  });
  expect(adminToken.statusCode).toBe(201);
  // A second login: a session of the learner's own that the fuzzer may end without ending its own.
  const spare = await t.app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    payload: { email: learner.email, password: TEST_PASSWORD },
  });
  const spareSessions = await t.app.inject({
    url: '/v1/me/sessions',
    headers: bearer(spare.json<TokenPair>().accessToken),
  });
  const spareSessionId = spareSessions
    .json<{ items: { id: string; current: boolean }[] }>()
    .items.find((session) => session.current)!.id;
  // The learner is also a browser: a cookie session, with its CSRF header, on every request.
  const browser = await t.app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    payload: { email: learner.email, password: TEST_PASSWORD, session: 'cookie' },
  });
  const cookies = cookiesOf(browser);
  const cookieHeader = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');

  const identities: Identity[] = [
    { name: 'anonymous', headers: {} },
    {
      name: 'learner',
      headers: { ...learnerHeaders, cookie: cookieHeader, 'x-csrf-token': cookies['__Host-waymark_csrf'] ?? '' },
    },
    { name: 'admin', headers: bearer(admin.accessToken) },
    // A program with the admin's personal access token, every scope: routes that need a login session refuse it.
    { name: 'admin program', headers: bearer(adminToken.json<{ token: string }>().token) },
  ];

  const ids: Record<string, string> = {
    '/v1/admin/users/{id}': bystander.id,
    '/v1/me/sessions/{id}': spareSessionId,
    '/v1/me/tokens/{id}': tokenId,
    '/v1/feedback/comments/{id}': commentId,
  };
  const known: Record<string, string> = {
    slug,
    roadmap: slug,
    stepId: steps[0]!,
    step: steps[0]!,
    itemId: item,
    handle,
    q: 'api',
    target: 'roadmap',
    timeZone: 'Europe/Berlin',
    actorId: admin.id,
    subjectId: bystander.id,
    // Nobody's password: a valid body never confirms a deletion or a change.
    password: 'not anybody’s password 42',
    currentPassword: 'not anybody’s password 42',
    newPassword: 'a new and unusual passphrase 42',
    website: '',
  };
  const inputs: FuzzInputs = {
    known: (name, operation: Operation) =>
      name === 'id'
        ? (Object.entries(ids).find(([path]) => operation.path.startsWith(path))?.[1] ?? undefined)
        : known[name],
    realCursors: {},
  };
  await harvestCursors(t, operations, identities, inputs);
  return { identities, inputs };
};

/** The cursors every list gives out for a page of one, as the model for forged ones. */
const harvestCursors = async (t: TestApp, operations: Operation[], identities: Identity[], inputs: FuzzInputs) => {
  for (const operation of operations.filter((op) => op.queryParams.some((parameter) => parameter.name === 'cursor'))) {
    const query = operation.queryParams
      .filter((parameter) => parameter.required === true)
      .map((parameter) => `${parameter.name}=${encodeURIComponent(inputs.known(parameter.name, operation) ?? 'x')}`);
    const url = `${operation.path}?${[...query, 'limit=1'].join('&')}`;
    for (const identity of identities) {
      const response = await t.app.inject({ url, headers: identity.headers });
      const next = response.statusCode === 200 ? response.json<{ nextCursor?: string | null }>().nextCursor : null;
      if (typeof next !== 'string') continue;
      inputs.realCursors[operation.name] = [...new Set([...(inputs.realCursors[operation.name] ?? []), next])];
    }
  }
};
