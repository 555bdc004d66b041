import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkPage } from '../../src/modules/link-check/link-check.schemas.ts';
import type { StepDetail } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

// A local HTTP server stands in for the web: LINK_CHECK_ALLOWED_HOSTS allows its 127.0.0.1:port (loopback, which the
// checker refuses otherwise). A second server on another port is not allowed, and must never be asked anything.
let t: TestApp;
let site: http.Server;
let forbidden: http.Server;
let base: string;
let forbiddenBase: string;
const asked: { method: string; path: string; userAgent: string }[] = [];
let forbiddenAsked = 0;
let editor: string;
let learner: string;
let kept: { id: string; roadmap: string; stepId: string };

const answer = (request: http.IncomingMessage, response: http.ServerResponse) => {
  const path = request.url ?? '/';
  asked.push({ method: request.method ?? '', path, userAgent: request.headers['user-agent'] ?? '' });
  const redirect = (status: number, location: string) => response.writeHead(status, { location }).end();
  if (path === '/ok' || path === '/new') return response.writeHead(200).end('fine');
  if (path === '/missing') return response.writeHead(404).end();
  if (path === '/gone') return response.writeHead(410).end();
  if (path === '/broken') return response.writeHead(500).end();
  if (path === '/old-1') return redirect(301, '/old-2');
  if (path === '/old-2') return redirect(308, `${base}/new`);
  if (path === '/temporary') return redirect(302, '/ok');
  if (path.startsWith('/loop-')) return redirect(302, `/loop-${Number(path.slice(6)) + 1}`);
  if (path === '/to-other-port') return redirect(301, `${forbiddenBase}/ok`);
  if (path === '/to-localhost') return redirect(301, base.replace('127.0.0.1', 'localhost') + '/ok');
  if (path === '/no-head') {
    if (request.method === 'HEAD') return response.writeHead(405).end();
    // A body far larger than the checker reads.
    response.writeHead(200, { 'content-type': 'text/plain' });
    return response.end('x'.repeat(1024 * 1024));
  }
  if (path === '/slow') return; // never answers
  if (path === '/trickle') {
    if (request.method === 'HEAD') return response.writeHead(405).end();
    response.writeHead(200);
    return response.write('a first byte, and never the rest');
  }
  return response.writeHead(404).end();
};

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const SCENARIOS = {
  'lc-ok': '/ok',
  'lc-gone': '/gone',
  'lc-broken': '/broken',
  'lc-moved': '/old-1',
  'lc-temporary': '/temporary',
  'lc-loop': '/loop-0',
  'lc-slow': '/slow',
  'lc-trickle': '/trickle',
  'lc-no-head': '/no-head',
  'lc-other-port': '/to-other-port',
  'lc-localhost': '/to-localhost',
};

const linkOf = async (resourceId: string) =>
  t.database.db.selectFrom('resourceLinks').selectAll().where('resourceId', '=', resourceId).executeTakeFirstOrThrow();

const get = (url: string, token?: string) =>
  t.app.inject({ url, ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }) });

beforeAll(async () => {
  site = http.createServer(answer);
  forbidden = http.createServer((_request, response) => {
    forbiddenAsked += 1;
    response.writeHead(200).end();
  });
  base = await listen(site);
  forbiddenBase = await listen(forbidden);
  t = await createTestApp({
    config: { linkCheck: { allowedHosts: [new URL(base).host], timeoutMs: 400, hostDelayMs: 0, batchSize: 50 } },
  });
  const db = t.database.db;
  // One shipped resource stays, linked from a step, pointing at a page that is missing; the rest are archived, so
  // no check leaves the machine.
  const link = await db
    .selectFrom('stepResources')
    .select(['resourceId as id', 'roadmapSlug as roadmap', 'stepId'])
    .orderBy('roadmapSlug')
    .orderBy('position')
    .executeTakeFirstOrThrow();
  kept = link;
  await db.updateTable('resources').set({ archivedAt: new Date() }).where('id', '!=', kept.id).execute();
  await db
    .updateTable('resources')
    .set({ url: `${base}/missing` })
    .where('id', '=', kept.id)
    .execute();
  await db
    .insertInto('resources')
    .values(
      Object.entries(SCENARIOS).map(([id, path]) => ({
        id,
        type: 'article',
        title: `Scenario ${id}`,
        url: `${base}${path}`,
        publisher: null,
        description: 'A page of the test site.',
        free: true,
        contentHash: 'test',
      })),
    )
    .execute();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  learner = (await signUp(t)).accessToken;
  await t.container.linkCheckService.run();
});

afterAll(async () => {
  await t.close();
  site.closeAllConnections();
  await new Promise((resolve) => site.close(resolve));
  await new Promise((resolve) => forbidden.close(resolve));
});

describe('one run of the link check', () => {
  it('when a page answers 200, then its link is ok', async () => {
    expect(await linkOf('lc-ok')).toMatchObject({ state: 'ok', lastOutcome: 'ok', httpStatus: 200, reason: '' });
  });

  it('when a page answers 404 or 410, then the check failed, and once is not dead yet', async () => {
    expect(await linkOf(kept.id)).toMatchObject({ state: 'error', lastOutcome: 'dead', httpStatus: 404 });
    expect(await linkOf('lc-gone')).toMatchObject({ state: 'error', lastOutcome: 'dead', consecutiveFailures: 1 });
  });

  it('when a page answers 500, then the check failed with the status', async () => {
    expect(await linkOf('lc-broken')).toMatchObject({ lastOutcome: 'error', httpStatus: 500, reason: 'HTTP 500.' });
  });

  it('when a page moved for good through a chain of 301 and 308, then it is moved, with its new address', async () => {
    expect(await linkOf('lc-moved')).toMatchObject({ state: 'moved', httpStatus: 200, finalUrl: `${base}/new` });
  });

  it('when a page redirects for a while (302), then it is ok, and where it ended is kept', async () => {
    expect(await linkOf('lc-temporary')).toMatchObject({ state: 'ok', finalUrl: `${base}/ok` });
  });

  it('when redirects never end, then the check stops after five of them', async () => {
    expect(await linkOf('lc-loop')).toMatchObject({ lastOutcome: 'error', reason: 'More than 5 redirects.' });
    expect(asked.filter((request) => request.path.startsWith('/loop-')).map((request) => request.path)).toEqual([
      '/loop-0',
      '/loop-1',
      '/loop-2',
      '/loop-3',
      '/loop-4',
      '/loop-5',
    ]);
  });

  it('when a server never answers, then the check gives up after the timeout', async () => {
    const link = await linkOf('lc-slow');
    expect(link).toMatchObject({ lastOutcome: 'error', reason: 'No full answer within 0.4 s.' });
  });

  it('when a server sends its headers and then stalls, then the check gives up after the timeout too', async () => {
    expect(await linkOf('lc-trickle')).toMatchObject({ lastOutcome: 'error', reason: 'No full answer within 0.4 s.' });
  });

  it('when a server refuses HEAD (405), then the check asks with GET, and the page is ok', async () => {
    expect(await linkOf('lc-no-head')).toMatchObject({ state: 'ok', httpStatus: 200 });
    expect(asked.filter((request) => request.path === '/no-head').map((request) => request.method)).toEqual([
      'HEAD',
      'GET',
    ]);
  });

  it('when a page redirects to a loopback address that is not allowed, then the check is blocked and never asks it', async () => {
    expect(await linkOf('lc-other-port')).toMatchObject({
      lastOutcome: 'error',
      finalUrl: `${forbiddenBase}/ok`,
    });
    expect((await linkOf('lc-other-port')).reason).toMatch(/^Blocked: 127\.0\.0\.1 is at 127\.0\.0\.1/);
    expect((await linkOf('lc-localhost')).reason).toMatch(/^Blocked: localhost is at /);
    expect(forbiddenAsked).toBe(0);
  });

  it('when the checker asks, then its User-Agent names Waymark and this instance', () => {
    expect(asked.length).toBeGreaterThan(0);
    for (const request of asked)
      expect(request.userAgent).toBe('Waymark-LinkCheck/1.0 (+http://waymark.test; Waymark)');
  });

  it('when a run is over, then each check is in the history with its duration', async () => {
    const checks = await t.database.db
      .selectFrom('resourceLinkChecks')
      .selectAll()
      .where('resourceId', '=', 'lc-slow')
      .execute();
    expect(checks).toHaveLength(1);
    expect(checks[0]!.durationMs).toBeGreaterThanOrEqual(390);
  });
});

describe('a link that keeps failing', () => {
  it('when it failed three times within minutes, then it is not dead yet: less than a day has passed', async () => {
    await t.container.linkCheckService.run();
    await t.container.linkCheckService.run();

    expect(await linkOf(kept.id)).toMatchObject({ state: 'error', consecutiveFailures: 3 });
  });

  it('when it failed again more than a day after the first failure, then it is dead, and readers are told', async () => {
    const dayAndAHourAgo = new Date(Date.now() - 25 * 3600 * 1000);
    await t.database.db
      .updateTable('resourceLinks')
      .set({ firstFailedAt: dayAndAHourAgo })
      .where('resourceId', '=', kept.id)
      .execute();

    await t.container.linkCheckService.run();

    const link = await linkOf(kept.id);
    expect(link).toMatchObject({ state: 'dead', consecutiveFailures: 4 });
    const step = (await get(`/v1/roadmaps/${kept.roadmap}/steps/${kept.stepId}`)).json<StepDetail>();
    const resource = step.resources.find((candidate) => candidate.id === kept.id)!;
    expect(resource.link).toEqual({ state: 'dead', checkedAt: link.checkedAt.toISOString() });
  });

  it('when an editor lists dead links, then it is there with the steps that use it', async () => {
    const response = await get('/v1/resources/links?state=dead', editor);

    expect(response.statusCode).toBe(200);
    const page = response.json<LinkPage>();
    expect(page.items.map((item) => item.resource.id)).toEqual([kept.id]);
    expect(page.items[0]).toMatchObject({
      state: 'dead',
      lastOutcome: 'dead',
      httpStatus: 404,
      reason: 'Not found (404).',
    });
    expect(page.items[0]!.usedBy).toContainEqual(
      expect.objectContaining({ roadmap: kept.roadmap, stepId: kept.stepId }),
    );
  });

  it('when an editor lists moved links, then each comes with its new address', async () => {
    const page = (await get('/v1/resources/links?state=moved', editor)).json<LinkPage>();

    expect(page.items.map((item) => [item.resource.id, item.finalUrl])).toEqual([['lc-moved', `${base}/new`]]);
  });

  it('when an editor pages through every checked link, then each comes once, in id order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: LinkPage = (
        await get(`/v1/resources/links?limit=4${cursor === null ? '' : `&cursor=${cursor}`}`, editor)
      ).json<LinkPage>();
      seen.push(...page.items.map((item) => item.resource.id));
      cursor = page.nextCursor;
    } while (cursor !== null);

    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(Object.keys(SCENARIOS).length + 1);
  });

  it('when the state asked for is not one there is, then the answer is a 400 naming it', async () => {
    const response = await get('/v1/resources/links?state=broken', editor);

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('state');
  });
});

describe('who may see and start link checks', () => {
  it('when nobody is signed in, then both routes answer 401', async () => {
    expect((await get('/v1/resources/links')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/v1/resources/links/check' })).statusCode).toBe(401);
  });

  it('when a learner asks, then both routes answer 403', async () => {
    expect((await get('/v1/resources/links', learner)).statusCode).toBe(403);
    const check = await t.app.inject({
      method: 'POST',
      url: '/v1/resources/links/check',
      headers: { authorization: `Bearer ${learner}` },
    });
    expect(check.statusCode).toBe(403);
  });

  it('when an editor asks for a check twice, then one run is queued, and the request is audited', async () => {
    const ask = () =>
      t.app.inject({
        method: 'POST',
        url: '/v1/resources/links/check',
        headers: { authorization: `Bearer ${editor}` },
      });

    const first = await ask();
    const second = await ask();

    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ queued: true, alreadyQueued: false });
    expect(second.json()).toEqual({ queued: true, alreadyQueued: true });
    expect(await t.jobs.queued('links.check')).toBe(1);
    const audited = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'links.check_requested')
      .execute();
    expect(audited).toHaveLength(1);
  });
});

describe('the history of checks', () => {
  it('when checks are older than the retention, then housekeeping deletes them and the state stays', async () => {
    await t.database.db
      .insertInto('resourceLinkChecks')
      .values({
        resourceId: 'lc-ok',
        checkedAt: new Date(Date.now() - 200 * 86400 * 1000),
        outcome: 'ok',
        durationMs: 5,
      })
      .execute();

    const deleted = await t.container.housekeepingService.prune();

    expect(deleted.linkChecks).toBe(1);
    expect(await linkOf('lc-ok')).toMatchObject({ state: 'ok' });
  });
});
