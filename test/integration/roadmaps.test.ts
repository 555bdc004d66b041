import type { Static } from 'typebox';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoadmapDocument, RoadmapPage, StepDetail } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('GET /v1/roadmaps/backend-developer', () => {
  it('when a visitor reads the Backend roadmap, then every section of it is there with the shipped facts', async () => {
    const response = await get('/v1/roadmaps/backend-developer');

    expect(response.statusCode).toBe(200);
    const roadmap = response.json<RoadmapDocument>();
    expect(Value.Check(RoadmapDocument, roadmap)).toBe(true);
    expect(roadmap.tiers.map((tier) => [tier.title, tier.steps.length])).toEqual([
      ['Foundation', 3],
      ['Core Skills', 4],
      ['Advanced', 4],
      ['Professional', 4],
    ]);
    expect(roadmap.plan.months).toHaveLength(8);
    expect(roadmap.priorities.map((priority) => priority.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(roadmap.challenges).toHaveLength(6);
    expect(roadmap.checklist).toHaveLength(8);
    expect(roadmap.history).toHaveLength(7);
    expect(roadmap.faq.length).toBeGreaterThanOrEqual(8);
    expect(roadmap.durations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ hoursPerWeek: { min: 15, max: 20 }, months: { min: 8, max: 8 } }),
        expect.objectContaining({ hoursPerWeek: { min: 5, max: 10 }, months: { min: 14, max: 16 } }),
      ]),
    );
    expect(roadmap.license).toEqual({
      id: 'CC-BY-SA-4.0',
      name: 'Creative Commons Attribution-ShareAlike 4.0 International',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
  });

  it('when the document is read, then steps are numbered along the path and carry their resources', async () => {
    const roadmap = (await get('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
    const steps = roadmap.tiers.flatMap((tier) => tier.steps);

    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => index + 1));
    expect(steps.every((step) => step.resources.length > 0)).toBe(true);
    expect(roadmap.stats.steps).toBe(15);
    expect(roadmap.stats.estimatedHours).toBe(steps.reduce((sum, step) => sum + step.estimatedHours, 0));
    for (const tier of roadmap.tiers) {
      expect(tier.estimatedHours).toBe(tier.steps.reduce((sum, step) => sum + step.estimatedHours, 0));
    }
    const planSteps = roadmap.plan.months.flatMap((month) => month.steps);
    expect(planSteps.every((id) => steps.some((step) => step.id === id))).toBe(true);
  });

  it('when the roadmap is read, then it has a strong ETag and a public Cache-Control', async () => {
    const response = await get('/v1/roadmaps/backend-developer');

    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(response.headers['cache-control']).toContain('public');
    expect(response.headers['cache-control']).toContain('max-age=60');
  });

  it('when the client sends the ETag it holds, then it gets 304 with no body', async () => {
    const first = await get('/v1/roadmaps/backend-developer');
    const etag = first.headers.etag as string;

    const strong = await get('/v1/roadmaps/backend-developer', { 'if-none-match': etag });
    const weak = await get('/v1/roadmaps/backend-developer', { 'if-none-match': `"other", W/${etag}` });

    expect(strong.statusCode).toBe(304);
    expect(strong.body).toBe('');
    expect(strong.headers.etag).toBe(etag);
    expect(weak.statusCode).toBe(304);
  });

  it('when the client holds an outdated ETag, then it gets the whole document again', async () => {
    const response = await get('/v1/roadmaps/backend-developer', { 'if-none-match': '"outdated"' });

    expect(response.statusCode).toBe(200);
    expect(response.json<RoadmapDocument>().slug).toBe('backend-developer');
  });

  it('when the client accepts gzip or brotli, then the same document comes compressed with its own ETag', async () => {
    const plain = await get('/v1/roadmaps/backend-developer');
    const gzipped = await get('/v1/roadmaps/backend-developer', { 'accept-encoding': 'gzip, deflate' });
    const brotli = await get('/v1/roadmaps/backend-developer', { 'accept-encoding': 'gzip, deflate, br' });

    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(plain.body);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body);
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(new Set([plain.headers.etag, gzipped.headers.etag, brotli.headers.etag]).size).toBe(3);
    expect(gzipped.headers.vary).toContain('Accept-Encoding');
  });

  it('when the client revalidates a compressed copy, then it gets 304', async () => {
    const gzipped = await get('/v1/roadmaps/backend-developer', { 'accept-encoding': 'gzip' });

    const again = await get('/v1/roadmaps/backend-developer', {
      'accept-encoding': 'gzip',
      'if-none-match': gzipped.headers.etag as string,
    });

    expect(again.statusCode).toBe(304);
    expect(again.headers['content-encoding']).toBeUndefined();
  });

  it('when the slug is unknown, then the answer is a 404 problem naming it', async () => {
    const response = await get('/v1/roadmaps/frontend-wizard');

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      type: '/problems/not-found',
      status: 404,
      detail: expect.stringContaining('frontend-wizard') as string,
      instance: '/v1/roadmaps/frontend-wizard',
    });
  });

  it('when the slug is not a slug at all, then the answer is a 400 problem pointing at it', async () => {
    const response = await get('/v1/roadmaps/Not_A_Slug');

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'params', pointer: '/slug' }] });
  });
});

describe('GET /v1/roadmaps', () => {
  it('when a visitor lists roadmaps, then the shipped roadmaps are there with their stats and no next page', async () => {
    const response = await get('/v1/roadmaps');

    expect(response.statusCode).toBe(200);
    const page = response.json<Static<typeof RoadmapPage>>();
    expect(Value.Check(RoadmapPage, page)).toBe(true);
    const bySlug = (slug: string) => page.items.find((item) => item.slug === slug);
    expect(bySlug('backend-developer')?.stats).toMatchObject({ tiers: 4, steps: 15 });
    expect(bySlug('frontend-developer')?.stats).toMatchObject({ tiers: 4, steps: 16 });
    expect(bySlug('devops-engineer')?.stats).toMatchObject({ tiers: 4, steps: 15 });
    expect(page.nextCursor).toBeNull();
    expect(response.headers.etag).toBeDefined();
  });

  it.each([
    ['limit=100000', '/limit'],
    ['limit=0', '/limit'],
    ['limit=ten', '/limit'],
    ['cursor=not-a-cursor!', '/cursor'],
    [`cursor=${Buffer.from('{"after":1}').toString('base64url')}`, '/cursor'],
    [`cursor=${Buffer.from('[]').toString('base64url')}`, '/cursor'],
    ['color=blue', '/color'],
  ])('when the query is %s, then the answer is a 400 problem pointing at %s', async (query, pointer) => {
    const response = await get(`/v1/roadmaps?${query}`);

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, errors: [expect.objectContaining({ pointer })] });
  });
});

describe('GET /v1/roadmaps/{slug}/steps/{stepId}', () => {
  it('when a learner opens a step, then it comes with its tier, its resources and its neighbours', async () => {
    const roadmap = (await get('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
    const steps = roadmap.tiers.flatMap((tier) => tier.steps);
    const second = steps[1]!;

    const response = await get(`/v1/roadmaps/backend-developer/steps/${second.id}`);

    expect(response.statusCode).toBe(200);
    const step = response.json<StepDetail>();
    expect(Value.Check(StepDetail, step)).toBe(true);
    expect(step).toMatchObject({
      id: second.id,
      number: 2,
      roadmap: { slug: 'backend-developer' },
      tier: { id: roadmap.tiers[0]!.id },
      previous: { id: steps[0]!.id },
      next: { id: steps[2]!.id },
    });
    expect(step.resources).toEqual(second.resources);
  });

  it('when the first step is opened, then it has no previous step', async () => {
    const roadmap = (await get('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
    const first = roadmap.tiers[0]!.steps[0]!;

    const step = (await get(`/v1/roadmaps/backend-developer/steps/${first.id}`)).json<StepDetail>();

    expect(step.previous).toBeNull();
    expect(step.next).not.toBeNull();
  });

  it('when the step is unknown, then the answer is a 404 problem', async () => {
    const response = await get('/v1/roadmaps/backend-developer/steps/time-travel');

    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ status: 404, detail: expect.stringContaining('time-travel') as string });
  });
});
