import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/infra/migrations/index.ts';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import type { Version, VersionDiff, VersionSummary } from '../../src/modules/versions/versions.schemas.ts';
import { copyFixtureContent, reworkAlpha, type FixtureCopy } from '../support/content-fixture.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

// Version numbers count every import of a roadmap, so each test starts from a database of its own.
let t: TestApp;
let content: FixtureCopy;
beforeEach(async () => {
  t = await createTestApp({ jobs: false });
  content = await copyFixtureContent();
});
afterEach(async () => {
  await t.close();
  await content.cleanup();
});

const importContent = () => t.container.contentService.importFrom(content.dir);
const versionsOf = async (slug: string) =>
  (await t.app.inject(`/v1/roadmaps/${slug}/versions`)).json<{ items: VersionSummary[] }>().items;
const diff = async (slug: string, from: number, to: number) =>
  (await t.app.inject(`/v1/roadmaps/${slug}/versions/${from}/diff/${to}`)).json<VersionDiff>();

describe('versions made by content imports', () => {
  it('when the same content is imported twice, then each roadmap has one version', async () => {
    const first = await importContent();
    const second = await importContent();

    expect(first.versions).toEqual([
      { slug: 'alpha', number: 1 },
      { slug: 'beta', number: 1 },
    ]);
    expect(second.versions).toEqual([]);

    const versions = await versionsOf('alpha');
    expect(versions.map((version) => [version.number, version.source, version.notes])).toEqual([
      [1, 'import', 'Imported from the content files'],
    ]);
    expect(versions[0]!.changes).toEqual({ stepsAdded: 0, stepsRemoved: 0, stepsChanged: 0, textsChanged: 0 });
  });

  it('when a step is renamed, moved and added and the content imported again, then version 2 says exactly that', async () => {
    await importContent();
    await reworkAlpha(content);
    const summary = await importContent();

    expect(summary.versions).toEqual([{ slug: 'alpha', number: 2 }]);
    const versions = await versionsOf('alpha');
    expect(versions.map((version) => version.number)).toEqual([2, 1]);
    expect(versions[0]!.notes).toBe('Step one has a clearer name, and caches come before queues.');
    expect(versions[0]!.changes).toMatchObject({ stepsAdded: 1, stepsRemoved: 0, stepsChanged: 2 });
    expect((await versionsOf('beta')).map((version) => version.number)).toEqual([1]);

    const changes = await diff('alpha', 1, 2);
    expect(changes.steps).toEqual({
      added: [{ id: 'a-three', title: 'Step three about caches', tierId: 'basics', tierTitle: 'Basics', number: 2 }],
      removed: [],
      moved: [
        {
          id: 'a-two',
          title: 'Step two about queues',
          before: { tierId: 'basics', tierTitle: 'Basics', number: 2 },
          after: { tierId: 'later', tierTitle: 'Later', number: 3 },
        },
      ],
      renamed: [{ id: 'a-one', before: 'Step one about databases', after: 'Step one, renamed' }],
    });
    const texts = changes.texts.map(({ section, itemId, field, before, after }) => ({
      section,
      itemId,
      field,
      before,
      after,
    }));
    expect(texts).toContainEqual({
      section: 'steps',
      itemId: 'a-two',
      field: 'body',
      before: 'Queues let a worker retry a job later.',
      after: 'A queue lets a worker try a job again later.',
    });
    expect(texts).toContainEqual({
      section: 'intro',
      itemId: null,
      field: 'intro',
      before: 'Alpha teaches **two** things in order.\n',
      after: 'Alpha teaches **three** things in order.\n',
    });
    expect(texts).toContainEqual({
      section: 'faq',
      itemId: 'why-alpha',
      field: 'answer',
      before: "Because it comes first, like a **lighthouse** keeper's log.",
      after: 'Because it comes first.',
    });
    expect(texts).toContainEqual({ section: 'tiers', itemId: 'later', field: 'title', before: null, after: 'Later' });
    // The notes belong to the version, not to its content.
    expect(texts.some((text) => text.field === 'changes')).toBe(false);
  });

  it('when a step is removed, then the next version lists it as removed with where it was', async () => {
    await importContent();
    await content.remove('roadmaps/alpha/steps/a-two.md');
    await content.edit('roadmaps/alpha/roadmap.yaml', (text) =>
      text.replace('steps: [a-one, a-two]', 'steps: [a-one]').replace('      steps: [a-two]', '      steps: [a-one]'),
    );
    await importContent();

    const changes = await diff('alpha', 1, 2);
    expect(changes.steps).toEqual({
      added: [],
      removed: [{ id: 'a-two', title: 'Step two about queues', tierId: 'basics', tierTitle: 'Basics', number: 2 }],
      moved: [],
      renamed: [],
    });
    expect(changes.texts.filter((text) => text.section === 'steps')).toEqual([]);
  });

  it('when the roadmap is read, then it names its latest version and the version holds the whole roadmap', async () => {
    await importContent();
    await reworkAlpha(content);
    await importContent();

    const roadmap = (await t.app.inject('/v1/roadmaps/alpha')).json<RoadmapDocument>();
    const latest = (await versionsOf('alpha'))[0]!;
    expect(roadmap.version).toEqual({ number: 2, publishedAt: latest.publishedAt });

    const version = (await t.app.inject('/v1/roadmaps/alpha/versions/1')).json<Version>();
    const { changes: _changes, ...loaded } = (await loadContent(content.dir)).roadmaps.find((r) => r.slug === 'alpha')!;
    expect(version.document.steps.map((step) => step.title)).toEqual([
      'Step one about databases',
      'Step two about queues',
    ]);
    const second = (await t.app.inject('/v1/roadmaps/alpha/versions/2')).json<Version>();
    expect(second.document).toEqual(JSON.parse(JSON.stringify(loaded)));
  });

  it('when the content is exported with change notes in it, then the files read back the same', async () => {
    await reworkAlpha(content);
    await importContent();
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-export-'));
    try {
      await t.container.contentService.exportTo(out);
      const [before, after] = await Promise.all([loadContent(content.dir), loadContent(out)]);
      const alpha = (bundle: typeof before) => bundle.roadmaps.find((roadmap) => roadmap.slug === 'alpha');
      expect(alpha(after)).toEqual(alpha(before));
      expect(alpha(after)!.changes).toBe('Step one has a clearer name, and caches come before queues.');
    } finally {
      await fs.rm(out, { recursive: true, force: true });
    }
  });
});

describe('version 1 made by the migration', () => {
  it('when the migration builds version 1 from the tables, then importing the same files makes no version 2', async () => {
    await importContent();
    const migration = migrations['0013-roadmap-versions']!;
    // Later migrations add to or refer to the versions table: undone first, newest first, and done again after, in
    // order, as a fresh database runs them.
    const later = ['0017-progress-across-versions', '0019-roadmap-forks', '0020-checklist-mapping'].map(
      (name) => migrations[name]!,
    );
    for (const step of [...later].reverse()) await step.down!(t.database.db);
    await migration.down!(t.database.db);
    await migration.up(t.database.db);
    for (const step of later) await step.up(t.database.db);

    const backfilled = await versionsOf('alpha');
    await importContent();

    expect(backfilled.map((version) => [version.number, version.notes])).toEqual([
      [1, 'The roadmap as it was when versions began'],
    ]);
    expect((await versionsOf('alpha')).map((version) => version.number)).toEqual([1]);
  });

  it('when a version is updated in SQL, then the database refuses it', async () => {
    await importContent();
    const update = t.database.db
      .updateTable('roadmapVersions')
      .set({ notes: 'rewritten' })
      .where('roadmapSlug', '=', 'alpha')
      .execute();
    await expect(update).rejects.toThrow(/immutable/);
  });
});

describe('asking for versions that are not there', () => {
  it('when the roadmap or the version does not exist, then the answer is a 404 problem', async () => {
    await importContent();
    for (const url of [
      '/v1/roadmaps/no-such-roadmap/versions',
      '/v1/roadmaps/no-such-roadmap/versions/1',
      '/v1/roadmaps/alpha/versions/99',
      '/v1/roadmaps/alpha/versions/1/diff/99',
    ]) {
      const response = await t.app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
  });

  it('when a version number is not a whole number from 1, then the answer is a 400 naming the field', async () => {
    for (const [url, field] of [
      ['/v1/roadmaps/alpha/versions/abc', '/number'],
      ['/v1/roadmaps/alpha/versions/0', '/number'],
      ['/v1/roadmaps/alpha/versions/1/diff/1.5', '/to'],
    ] as const) {
      const response = await t.app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json<{ errors: { in: string; pointer: string }[] }>().errors, url).toContainEqual(
        expect.objectContaining({ in: 'params', pointer: field }),
      );
    }
  });
});
