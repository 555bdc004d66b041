import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createContentRepository } from '../../src/modules/content/content.repository.ts';
import { ContentValidationError, loadContent } from '../../src/modules/content/content.loader.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { copyFixtureContent, FIXTURE_CONTENT, type FixtureCopy } from '../support/content-fixture.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let content: FixtureCopy;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  content = await copyFixtureContent();
});
afterEach(() => content.cleanup());

const importCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('contentImports')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const readRoadmap = (slug: string) => t.app.inject(`/v1/roadmaps/${slug}`);

// Tests that change the content import what they need first, so none depends on another having run.
describe('importing the shipped content again', () => {
  it('when the content has not changed, then an import changes nothing and a start-up import is skipped', async () => {
    const fresh = await createTestApp();
    const summary = await fresh.container.contentService.importFrom('content');
    const atStart = await fresh.container.contentService.importIfChanged('content');
    await fresh.close();

    for (const kind of ['roadmaps', 'steps', 'faq', 'resources', 'hub'] as const) {
      expect(summary[kind]).toEqual({ created: 0, updated: 0, archived: 0 });
    }
    expect(atStart.imported).toBe(false);
  });
});

describe('importing other content', () => {
  it('when a different content folder is imported, then its roadmaps are served and the missing ones are archived', async () => {
    await t.container.contentService.importFrom('content');
    const shipped = (await loadContent('content')).roadmaps;

    const summary = await t.container.contentService.importFrom(content.dir);

    expect(summary.roadmaps).toEqual({ created: 2, updated: 0, archived: shipped.length });
    expect(summary.steps.created).toBe(4);
    for (const roadmap of shipped) expect((await readRoadmap(roadmap.slug)).statusCode).toBe(404);
    expect((await readRoadmap('alpha')).json<RoadmapDocument>().tiers[0]!.steps.map((step) => step.id)).toEqual([
      'a-one',
      'a-two',
    ]);
  });

  it('when roadmaps are listed one per page, then the cursor walks through both', async () => {
    await t.container.contentService.importFrom(content.dir);

    const first = (await t.app.inject('/v1/roadmaps?limit=1')).json<{
      items: { slug: string }[];
      nextCursor: string;
    }>();
    const second = (await t.app.inject(`/v1/roadmaps?limit=1&cursor=${first.nextCursor}`)).json<{
      items: { slug: string }[];
      nextCursor: string | null;
    }>();

    expect([...first.items, ...second.items].map((item) => item.slug)).toEqual(['alpha', 'beta']);
    expect(second.nextCursor).toBeNull();
  });

  it('when a step is edited and imported, then readers see the change at once with a new ETag', async () => {
    await t.container.contentService.importFrom(content.dir);
    const before = await readRoadmap('alpha');
    await content.edit('roadmaps/alpha/steps/a-two.md', (text) =>
      text.replace('retry a job later', 'retry a job with back-off'),
    );

    const summary = await t.container.contentService.importFrom(content.dir);
    const after = await readRoadmap('alpha');

    expect(summary.steps).toEqual({ created: 0, updated: 1, archived: 0 });
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).toContain('retry a job with back-off');
  });

  it('when a step disappears from the content, then it is archived, not deleted, and comes back if restored', async () => {
    await t.container.contentService.importFrom(content.dir);
    const original = await fs.readFile(content.path('roadmaps/alpha/steps/a-two.md'), 'utf8');
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text.replace('steps: [a-one, a-two]', 'steps: [a-one]').replace('steps: [a-two]', 'steps: [a-one]'),
    );
    await content.remove('roadmaps/alpha/steps/a-two.md');

    const removal = await t.container.contentService.importFrom(content.dir);
    const stored = await t.database.db
      .selectFrom('roadmapSteps')
      .select(['id', 'archivedAt'])
      .where('roadmapSlug', '=', 'alpha')
      .where('id', '=', 'a-two')
      .executeTakeFirst();

    expect(removal.steps.archived).toBe(1);
    expect(stored?.archivedAt).toBeInstanceOf(Date);
    expect((await t.app.inject('/v1/roadmaps/alpha/steps/a-two')).statusCode).toBe(404);

    await content.write('roadmaps/alpha/steps/a-two.md', original);
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text.replace('steps: [a-one]', 'steps: [a-one, a-two]'),
    );
    const restored = await t.container.contentService.importFrom(content.dir);

    expect(restored.steps).toEqual({ created: 0, updated: 1, archived: 0 });
    expect((await t.app.inject('/v1/roadmaps/alpha/steps/a-two')).statusCode).toBe(200);
  });

  it('when two imports run at once, then both finish and the result is the same as one', async () => {
    const results = await Promise.all([
      t.container.contentService.importFrom(content.dir),
      t.container.contentService.importFrom(content.dir),
    ]);

    expect(results).toHaveLength(2);
    expect((await readRoadmap('beta')).statusCode).toBe(200);
    const steps = await t.database.db
      .selectFrom('roadmapSteps')
      .select('id')
      .where('roadmapSlug', '=', 'beta')
      .orderBy('position')
      .execute();
    expect(steps.map((step) => step.id)).toEqual(['b-one', 'a-one']);
  });
});

describe('imports that must not land', () => {
  it('when the content is invalid, then nothing is written', async () => {
    await content.edit('roadmaps/beta/roadmap.yaml', (text) => text.replace('title: Beta roadmap\n', ''));
    const importsBefore = await importCount();
    const before = (await readRoadmap('beta')).body;

    await expect(t.container.contentService.importFrom(content.dir)).rejects.toBeInstanceOf(ContentValidationError);

    expect(await importCount()).toBe(importsBefore);
    expect((await readRoadmap('beta')).body).toBe(before);
  });

  it('when the database refuses part of an import, then the whole import is rolled back', async () => {
    const bundle = await loadContent(FIXTURE_CONTENT);
    const changedTitle = { ...bundle.roadmaps[0]!, title: 'Half-imported title' };
    const brokenStep = { ...changedTitle.steps[0]!, resources: ['no-such-resource'] };
    const broken = { ...bundle, roadmaps: [{ ...changedTitle, steps: [brokenStep, ...changedTitle.steps.slice(1)] }] };
    const importsBefore = await importCount();

    await expect(createContentRepository(t.database.db).importBundle(broken)).rejects.toThrow();

    expect(await importCount()).toBe(importsBefore);
    const titles = await t.database.db.selectFrom('roadmaps').select('title').execute();
    expect(titles.map((row) => row.title)).not.toContain('Half-imported title');
  });
});

describe('exporting', () => {
  it('when the database is exported, then the files load back into the same roadmaps and resources', async () => {
    await t.container.contentService.importFrom('content');
    const target = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-export-'));
    try {
      const counts = await t.container.contentService.exportTo(target);
      const exported = await loadContent(target);
      const source = await loadContent('content');

      const steps = source.roadmaps.reduce((sum, roadmap) => sum + roadmap.steps.length, 0);
      expect(counts).toEqual({
        roadmaps: source.roadmaps.length,
        steps,
        resources: source.resources.length,
        hub: source.hub.length,
      });
      expect(exported.roadmaps).toEqual(source.roadmaps);
      expect([...exported.hub].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
        [...source.hub].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect([...exported.resources].sort(byId)).toEqual([...source.resources].sort(byId));
    } finally {
      await fs.rm(target, { recursive: true, force: true });
    }
  });
});
