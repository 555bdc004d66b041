// Learners' progress across versions made by content imports (docs/decisions/0033), on both engines: `replaces:`
// carries statuses, notes and bookmarks to the successors in the import's transaction and is stored with the
// version; a removed step learners follow with no word on it stops the whole import; `retired:` keeps the rows.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/modules/content/content.loader.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import { NOTE_SEPARATOR } from '../../src/modules/progress/progress-carry.repository.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { copyFixtureContent, type FixtureCopy } from '../support/content-fixture.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { roadmapCopy } from '../support/roadmap-shapes.ts';

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

const importContent = () => t.container.contentService.importFrom(content.dir);

const as = (learner: SignedUp, method: 'GET' | 'PUT', url: string, body?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });

const setStatus = async (learner: SignedUp, slug: string, stepId: string, status: string) =>
  expect((await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${stepId}`, { status })).statusCode).toBe(200);

const progressOf = async (learner: SignedUp, slug: string) =>
  (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/progress`)).json<Progress>();

/** Everything an import could have changed about a roadmap, to show that a refused one changed nothing. */
const stateOf = async (slug: string) => ({
  steps: await t.database.db
    .selectFrom('roadmapSteps')
    .select(['id', 'title', 'archivedAt'])
    .where('roadmapSlug', '=', slug)
    .orderBy('id')
    .execute(),
  versions: await t.database.db
    .selectFrom('roadmapVersions')
    .select(['number', 'contentHash'])
    .where('roadmapSlug', '=', slug)
    .orderBy('number')
    .execute(),
  progress: await t.database.db
    .selectFrom('stepProgress')
    .select(['userId', 'stepId', 'status'])
    .where('roadmapSlug', '=', slug)
    .orderBy('userId')
    .orderBy('stepId')
    .execute(),
  imports: (await t.database.db.selectFrom('contentImports').select('id').execute()).length,
});

const refusalOf = async () => {
  try {
    await importContent();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return error as ContentValidationError;
  }
  throw new Error('the import was accepted');
};

describe('replaces: carries progress', () => {
  it('when a step is split and two are merged, then progress follows, notes are joined and the mapping is stored', async () => {
    const roadmap = await roadmapCopy(content, 'split-and-merge');
    await roadmap.shape([{ id: 'a-two' }, { id: 'a-three' }, { id: 'a-four' }]);
    await importContent();
    const learner = await signUp(t);
    const slug = roadmap.slug;
    await setStatus(learner, slug, 'a-two', 'in_progress');
    await setStatus(learner, slug, 'a-three', 'done');
    await setStatus(learner, slug, 'a-four', 'skipped');
    await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/a-three/note`, { body: 'Three, noted' });
    await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/a-four/note`, { body: 'Four, noted' });
    expect((await as(learner, 'PUT', `/v1/me/bookmarks/${slug}/a-two`)).statusCode).toBeLessThan(300);
    await roadmap.shape([
      { id: 'a-two-basics', replaces: ['a-two'] },
      { id: 'a-two-more', replaces: ['a-two'] },
      { id: 'a-caches', replaces: ['a-three', 'a-four'] },
    ]);

    const summary = await importContent();

    const mapping = [
      { from: 'a-two', to: ['a-two-basics', 'a-two-more'] },
      { from: 'a-three', to: ['a-caches'] },
      { from: 'a-four', to: ['a-caches'] },
    ];
    const version = await t.database.db
      .selectFrom('roadmapVersions')
      .select(['number', 'stepMapping'])
      .where('roadmapSlug', '=', slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    expect(version).toEqual({ number: 2, stepMapping: mapping });
    expect(summary.stepMappings).toEqual([
      {
        slug,
        mapped: { 'a-two': ['a-two-basics', 'a-two-more'], 'a-three': ['a-caches'], 'a-four': ['a-caches'] },
        retired: [],
        carried: { statuses: 3, notes: 1, bookmarks: 2 },
      },
    ]);
    const progress = await progressOf(learner, slug);
    expect(Object.fromEntries(progress.steps.map((step) => [step.stepId, step.status]))).toMatchObject({
      'a-two-basics': 'in_progress',
      'a-two-more': 'in_progress',
      'a-caches': 'done',
    });
    expect(progress.archived.map((step) => step.stepId).sort()).toEqual(['a-four', 'a-three', 'a-two']);
    const note = await as(learner, 'GET', `/v1/me/roadmaps/${slug}/steps/a-caches/note`);
    expect(note.json<{ body: string }>().body).toBe(`Three, noted${NOTE_SEPARATOR}Four, noted`);
    const bookmarks = await t.database.db
      .selectFrom('stepBookmarks')
      .select('stepId')
      .where('userId', '=', learner.id)
      .where('roadmapSlug', '=', slug)
      .orderBy('stepId')
      .execute();
    expect(bookmarks.map((row) => row.stepId)).toEqual(['a-two', 'a-two-basics', 'a-two-more']);
  });

  it('when the files still say replaces: at the next change, then it is history: nothing is carried and nothing mapped', async () => {
    const roadmap = await roadmapCopy(content, 'imported-twice');
    await roadmap.shape([{ id: 'a-two' }]);
    await importContent();
    await roadmap.shape([{ id: 'a-two-renamed', replaces: ['a-two'] }]);
    await importContent();
    await content.edit(`${roadmap.dir}/roadmap.yaml`, (text) => text.replace('Alpha roadmap', 'Alpha, again'));

    const again = await importContent();

    expect(again.versions).toEqual([{ slug: roadmap.slug, number: 3 }]);
    expect(again.stepMappings).toEqual([]);
    const latest = await t.database.db
      .selectFrom('roadmapVersions')
      .select('stepMapping')
      .where('roadmapSlug', '=', roadmap.slug)
      .where('number', '=', 3)
      .executeTakeFirstOrThrow();
    expect(latest.stepMapping).toEqual([]);
  });
});

describe('removed steps learners follow', () => {
  it('when a removed step has progress and no replaces: or retired:, then the import is refused and nothing is written', async () => {
    const roadmap = await roadmapCopy(content, 'unaccounted');
    await roadmap.shape([{ id: 'a-two' }, { id: 'a-three' }]);
    await importContent();
    const learner = await signUp(t);
    await setStatus(learner, roadmap.slug, 'a-three', 'done');
    await roadmap.shape([{ id: 'a-two' }]);
    // Another roadmap's change in the same import must not land either.
    await content.edit('roadmaps/beta/roadmap.yaml', (text) =>
      text.replace('title: Beta roadmap', 'title: Beta, changed'),
    );
    const before = await stateOf(roadmap.slug);
    const betaVersions = (await stateOf('beta')).versions;

    const refused = await refusalOf();

    expect(refused.issues).toEqual([
      {
        file: `roadmaps/${roadmap.slug}/roadmap.yaml`,
        pointer: '/retired',
        message: expect.stringContaining(`step "a-three" of roadmap "${roadmap.slug}"`) as string,
      },
    ]);
    expect(await stateOf(roadmap.slug)).toEqual(before);
    expect((await stateOf('beta')).versions).toEqual(betaVersions);
    expect((await t.app.inject('/v1/roadmaps/beta')).json<{ title: string }>().title).toBe('Beta roadmap');
  });

  it('when the removed step is retired:, then it imports and the learner keeps the row, archived', async () => {
    const roadmap = await roadmapCopy(content, 'retiring');
    await roadmap.shape([{ id: 'a-two' }, { id: 'a-three' }]);
    await importContent();
    const learner = await signUp(t);
    await setStatus(learner, roadmap.slug, 'a-three', 'done');
    await roadmap.shape([{ id: 'a-two' }], ['a-three']);

    const summary = await importContent();

    expect(summary.stepMappings).toMatchObject([{ slug: roadmap.slug, retired: ['a-three'] }]);
    expect((await progressOf(learner, roadmap.slug)).archived).toMatchObject([{ stepId: 'a-three', status: 'done' }]);
    const version = await t.database.db
      .selectFrom('roadmapVersions')
      .select('stepMapping')
      .where('roadmapSlug', '=', roadmap.slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    expect(version.stepMapping).toEqual([{ from: 'a-three', retire: true }]);
  });

  it('when replaces: misspells the step learners follow, then the refusal also names the misspelt id', async () => {
    const roadmap = await roadmapCopy(content, 'misspelt');
    await roadmap.shape([{ id: 'a-two' }, { id: 'a-three' }]);
    await importContent();
    const learner = await signUp(t);
    await setStatus(learner, roadmap.slug, 'a-three', 'in_progress');
    await roadmap.shape([{ id: 'a-two' }, { id: 'a-caches', replaces: ['a-tree'] }]);
    const before = await stateOf(roadmap.slug);

    const refused = await refusalOf();

    expect(refused.issues).toContainEqual({
      file: `roadmaps/${roadmap.slug}/steps/a-caches.md`,
      pointer: '/replaces/0',
      message: `"a-tree" is not a step of roadmap "${roadmap.slug}" as published, so it accounts for nothing here`,
    });
    expect(refused.message).toContain('a-three');
    expect(await stateOf(roadmap.slug)).toEqual(before);
  });

  it('when steps replace one another, then the loader refuses naming the file and nothing is written', async () => {
    const roadmap = await roadmapCopy(content, 'cyclic');
    await roadmap.shape([{ id: 'a-two' }, { id: 'a-three' }]);
    await importContent();
    await roadmap.shape([
      { id: 'a-two', replaces: ['a-three'] },
      { id: 'a-three', replaces: ['a-two'] },
    ]);
    const before = await stateOf(roadmap.slug);

    const refused = await refusalOf();

    expect(refused.issues).toEqual([
      expect.objectContaining({ file: `roadmaps/${roadmap.slug}/steps/a-three.md`, pointer: '/replaces/0' }),
    ]);
    expect(refused.message).toContain('cycle');
    expect(await stateOf(roadmap.slug)).toEqual(before);
  });
});
