// The parts of a roadmap about its role and edition (docs/decisions/0021): in the document, in the catalogue list,
// steps shared between roadmaps, and "Was this helpful?" on each new part.
import type { Static } from 'typebox';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoadmapDocument, RoadmapPage, StepDetail } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { copyFixtureContent, FIXTURE_CONTENT } from '../support/content-fixture.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let shipped: TestApp;
let fixture: TestApp;
beforeAll(async () => {
  [shipped, fixture] = await Promise.all([createTestApp(), createTestApp()]);
  await fixture.container.contentService.importFrom(FIXTURE_CONTENT);
});
afterAll(() => Promise.all([shipped.close(), fixture.close()]));

const read = async <T>(app: TestApp, url: string) => {
  const response = await app.app.inject(url);
  expect(response.statusCode, url).toBe(200);
  return response.json<T>();
};
const roadmapOf = (app: TestApp, slug: string) => read<RoadmapDocument>(app, `/v1/roadmaps/${slug}`);
const stepOf = (app: TestApp, slug: string, stepId: string) =>
  read<StepDetail>(app, `/v1/roadmaps/${slug}/steps/${stepId}`);

describe('the roadmap document', () => {
  it('when a visitor reads the Backend roadmap, then it has its role, edition and every part about the role', async () => {
    const roadmap = await roadmapOf(shipped, 'backend-developer');

    expect(Value.Check(RoadmapDocument, roadmap)).toBe(true);
    expect(roadmap).toMatchObject({
      role: 'backend developer',
      level: 'beginner',
      edition: { year: 2026, updated: '2026-12-02' },
    });
    expect(roadmap.outcomes.length).toBeGreaterThanOrEqual(4);
    expect(roadmap.duties.length).toBeGreaterThanOrEqual(4);
    expect(roadmap.keepInMind).toHaveLength(3);
    expect(roadmap.beforeYouStart.map((item) => item.id)).toEqual(
      expect.arrayContaining(['a-terminal', 'a-code-editor', 'no-experience-needed']),
    );
    expect(roadmap.alternatives.length).toBeGreaterThanOrEqual(4);
    expect(roadmap.closings).toEqual({
      history: expect.any(String) as string,
      market: expect.any(String) as string,
      checklist: expect.any(String) as string,
    });
  });

  it('when another path names a published roadmap, then it links to it; otherwise its link is null', async () => {
    const alpha = await roadmapOf(fixture, 'alpha');
    const beta = await roadmapOf(fixture, 'beta');

    expect(alpha.alternatives.map((path) => [path.id, path.roadmap])).toEqual([
      ['try-beta', { slug: 'beta', title: 'Beta roadmap' }],
      ['teach-alpha', null],
    ]);
    // beta names "gamma", which no content has: the path is shown, without a link.
    expect(beta.alternatives.find((path) => path.id === 'an-unpublished-path')?.roadmap).toBeNull();
    expect(beta.closings).toEqual({});
  });
});

describe('the catalogue: GET /v1/roadmaps', () => {
  it('when a visitor lists roadmaps, then each comes with its level, edition, outcomes, months and steps', async () => {
    const page = await read<Static<typeof RoadmapPage>>(fixture, '/v1/roadmaps');

    expect(Value.Check(RoadmapPage, page)).toBe(true);
    expect(page.items.map((item) => [item.slug, item.level, item.months, item.stats.steps])).toEqual([
      ['alpha', 'beginner', { min: 2, max: 3 }, 2],
      ['beta', 'intermediate', { min: 1, max: 1 }, 2],
    ]);
    expect(page.items[0]).toMatchObject({
      role: 'alpha tester',
      edition: { year: 2026, updated: '2026-05-02' },
      outcomes: ['Explain both steps', 'Run a queue'],
    });
  });

  it('when the Backend roadmap is listed, then its months run from the fastest pace to the slowest', async () => {
    const page = await read<Static<typeof RoadmapPage>>(shipped, '/v1/roadmaps');
    const backend = page.items.find((item) => item.slug === 'backend-developer')!;

    expect(backend.months).toEqual({ min: 8, max: 16 });
    expect(backend.stats.steps).toBe(15);
    expect(backend.outcomes).toEqual((await roadmapOf(shipped, 'backend-developer')).outcomes);
  });
});

describe('a step two roadmaps share', () => {
  it('when a step id is in two roadmaps, then each says it is also in the other', async () => {
    const inAlpha = await stepOf(fixture, 'alpha', 'a-one');
    const inBeta = await stepOf(fixture, 'beta', 'a-one');
    const onlyInAlpha = await stepOf(fixture, 'alpha', 'a-two');

    expect(Value.Check(StepDetail, inAlpha)).toBe(true);
    expect(inAlpha.alsoIn).toEqual([{ slug: 'beta', title: 'Beta roadmap' }]);
    expect(inBeta.alsoIn).toEqual([{ slug: 'alpha', title: 'Alpha roadmap' }]);
    expect(onlyInAlpha.alsoIn).toEqual([]);
    const alpha = await roadmapOf(fixture, 'alpha');
    expect(alpha.tiers[0]!.steps.map((step) => step.alsoIn.map((other) => other.slug))).toEqual([['beta'], []]);
  });

  it('when the other roadmap is no longer published, then neither its step nor its path is linked', async () => {
    const app = await createTestApp();
    const content = await copyFixtureContent();
    try {
      await app.container.contentService.importFrom(content.dir);
      expect((await stepOf(app, 'alpha', 'a-one')).alsoIn).toHaveLength(1);

      await content.remove('roadmaps/beta');
      // With the hub entries that name its steps, which would otherwise (rightly) stop the import.
      await content.remove('hub/guides/alpha-guide.md');
      await content.remove('hub/cheatsheets/beta-cheats.md');
      await app.container.contentService.importFrom(content.dir);

      expect((await stepOf(app, 'alpha', 'a-one')).alsoIn).toEqual([]);
      expect((await roadmapOf(app, 'alpha')).alternatives[0]!.roadmap).toBeNull();
    } finally {
      await content.cleanup();
      await app.close();
    }
  });
});

describe('"Was this helpful?" on the new parts', () => {
  let addresses = 0;
  const vote = (roadmap: string, target: string) => {
    addresses += 1;
    return shipped.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { roadmap, target, helpful: true },
      remoteAddress: `198.51.100.${addresses}`,
    });
  };

  it('when a reader rates a duty, a thing to keep in mind, another path or their sections, then each vote counts', async () => {
    const roadmap = await roadmapOf(shipped, 'backend-developer');
    const targets = [
      `duty:${roadmap.duties[0]!.id}`,
      `principle:${roadmap.keepInMind[0]!.id}`,
      `path:${roadmap.alternatives[0]!.id}`,
      'section:duties',
      'section:keep-in-mind',
      'section:other-paths',
    ];

    for (const target of targets) expect((await vote('backend-developer', target)).statusCode, target).toBe(200);
    const summary = await read<{ items: { target: string; helpful: number }[] }>(
      shipped,
      '/v1/feedback/summary?roadmap=backend-developer',
    );
    for (const target of targets) {
      expect(summary.items.find((item) => item.target === target)?.helpful, target).toBe(1);
    }
  });

  it.each([
    ['duty:no-such-duty'],
    ['principle:server-side-logic'], // a duty's id, under the kind of a thing to keep in mind
    ['path:stay-with-one-language'],
    ['section:what-you-need'],
  ])('when the target %s is not a part of the roadmap, then a 400 names the target field', async (target) => {
    const response = await vote('backend-developer', target);

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'body', pointer: '/target' }] });
  });
});
