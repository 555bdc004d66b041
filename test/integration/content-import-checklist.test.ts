// Learners' checklist answers across versions made by content imports (decision 0044), on both engines: a checklist
// item's `replaces:` in roadmap.yaml carries answers to the successors and is stored with the version, the summary
// says what was carried as a publish's audit entry does; a removed item learners answered with no word on it stops
// the import; `retiredChecklistItems:` keeps the answers, archived.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '../../src/modules/content/content.loader.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
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

interface ItemShape {
  id: string;
  replaces?: string[];
}

/** A copy of alpha whose checklist is exactly these items, with roadmap.yaml's `retiredChecklistItems:`. */
const checklistCopy = async (slug: string) => {
  const roadmap = await roadmapCopy(content, slug);
  const shape = (items: ItemShape[], retired?: string[]) =>
    content.edit(`${roadmap.dir}/roadmap.yaml`, (text) =>
      text
        .replace(
          /^checklist:\n[\s\S]*?(?=^faq:)/m,
          `checklist:\n${items
            .map(
              ({ id, replaces }) =>
                `  - id: ${id}\n    title: Can do ${id}\n    detail: You can do ${id} alone.\n` +
                (replaces === undefined ? '' : `    replaces: [${replaces.join(', ')}]\n`),
            )
            .join('')}`,
        )
        .replace(/^retiredChecklistItems: .*\n/m, '')
        .concat(retired === undefined ? '' : `retiredChecklistItems: [${retired.join(', ')}]\n`),
    );
  return { slug, shape };
};

const answer = async (learner: SignedUp, slug: string, itemId: string, level: string) => {
  const answered = await t.app.inject({
    method: 'PUT',
    url: `/v1/me/roadmaps/${slug}/checklist/${itemId}`,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    payload: { level },
  });
  expect(answered.statusCode, answered.body).toBe(200);
};

const progressOf = async (learner: SignedUp, slug: string) => {
  const progress = (
    await t.app.inject({
      url: `/v1/me/roadmaps/${slug}/progress`,
      headers: { authorization: `Bearer ${learner.accessToken}` },
    })
  ).json<Progress>();
  const levels = (entries: Progress['checklistAnswers']) =>
    Object.fromEntries(entries.map((entry) => [entry.itemId, entry.level]));
  return { current: levels(progress.checklistAnswers), archived: levels(progress.archivedChecklistAnswers) };
};

const latestVersion = (slug: string) =>
  t.database.db
    .selectFrom('roadmapVersions')
    .select(['number', 'checklistMapping'])
    .where('roadmapSlug', '=', slug)
    .orderBy('number', 'desc')
    .executeTakeFirstOrThrow();

const answersOf = (slug: string) =>
  t.database.db
    .selectFrom('checklistAssessments')
    .select(['userId', 'itemId', 'level'])
    .where('roadmapSlug', '=', slug)
    .orderBy('userId')
    .orderBy('itemId')
    .execute();

const refusalOf = async () => {
  try {
    await importContent();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return error as ContentValidationError;
  }
  throw new Error('the import was accepted');
};

describe('a checklist item’s replaces: carries answers', () => {
  it('when an item is split and two are merged, then answers follow, the mapping is stored and the summary says so', async () => {
    const roadmap = await checklistCopy('checklist-carry');
    await roadmap.shape([{ id: 'explain' }, { id: 'build' }, { id: 'test' }]);
    await importContent();
    const learner = await signUp(t);
    await answer(learner, roadmap.slug, 'explain', 'partly');
    await answer(learner, roadmap.slug, 'build', 'not_yet');
    await answer(learner, roadmap.slug, 'test', 'confident');
    await roadmap.shape([
      { id: 'explain-aloud', replaces: ['explain'] },
      { id: 'explain-written', replaces: ['explain'] },
      { id: 'ship', replaces: ['build', 'test'] },
    ]);

    const summary = await importContent();

    expect(await latestVersion(roadmap.slug)).toEqual({
      number: 2,
      checklistMapping: [
        { from: 'explain', to: ['explain-aloud', 'explain-written'] },
        { from: 'build', to: ['ship'] },
        { from: 'test', to: ['ship'] },
      ],
    });
    expect(summary.checklistMappings).toEqual([
      {
        slug: roadmap.slug,
        mapped: { explain: ['explain-aloud', 'explain-written'], build: ['ship'], test: ['ship'] },
        retired: [],
        carried: { checklistAnswers: 3 },
      },
    ]);
    expect(summary.stepMappings).toEqual([]);
    // The most confident answer of the merged items wins; the old answers stay, archived.
    expect(await progressOf(learner, roadmap.slug)).toEqual({
      current: { 'explain-aloud': 'partly', 'explain-written': 'partly', ship: 'confident' },
      archived: { explain: 'partly', build: 'not_yet', test: 'confident' },
    });
  });

  it('when the same files are imported again after another change, then replaces: is history: nothing is carried again', async () => {
    const roadmap = await checklistCopy('checklist-history');
    await roadmap.shape([{ id: 'explain' }]);
    await importContent();
    await roadmap.shape([{ id: 'explain-well', replaces: ['explain'] }]);
    await importContent();
    await content.edit(`roadmaps/${roadmap.slug}/roadmap.yaml`, (text) =>
      text.replace('Alpha roadmap', 'Alpha, again'),
    );

    const again = await importContent();

    expect(again.versions).toEqual([{ slug: roadmap.slug, number: 3 }]);
    expect(again.checklistMappings).toEqual([]);
    expect((await latestVersion(roadmap.slug)).checklistMapping).toEqual([]);
  });
});

describe('removed checklist items learners answered', () => {
  it('when an answered item is removed with no replaces: or retiredChecklistItems:, then the import is refused and nothing is written', async () => {
    const roadmap = await checklistCopy('checklist-unaccounted');
    await roadmap.shape([{ id: 'explain' }, { id: 'build' }]);
    await importContent();
    const learner = await signUp(t);
    await answer(learner, roadmap.slug, 'build', 'partly');
    await roadmap.shape([{ id: 'explain' }, { id: 'ship', replaces: ['biuld'] }]);
    const before = { version: await latestVersion(roadmap.slug), answers: await answersOf(roadmap.slug) };

    const refused = await refusalOf();

    expect(refused.issues).toEqual([
      {
        file: `roadmaps/${roadmap.slug}/roadmap.yaml`,
        pointer: '/retiredChecklistItems',
        message: expect.stringContaining(`checklist item "build" of roadmap "${roadmap.slug}"`) as string,
      },
      {
        file: `roadmaps/${roadmap.slug}/roadmap.yaml`,
        pointer: '/checklist/1/replaces/0',
        message: `"biuld" is not a checklist item of roadmap "${roadmap.slug}" as published, so it accounts for nothing here`,
      },
    ]);
    expect({ version: await latestVersion(roadmap.slug), answers: await answersOf(roadmap.slug) }).toEqual(before);
    const published = (await t.app.inject(`/v1/roadmaps/${roadmap.slug}`)).json<{ checklist: { id: string }[] }>();
    expect(published.checklist.map((item) => item.id)).toEqual(['explain', 'build']);
  });

  it('when the removed item is in retiredChecklistItems:, then it imports and the answer stays, archived', async () => {
    const roadmap = await checklistCopy('checklist-retiring');
    await roadmap.shape([{ id: 'explain' }, { id: 'build' }]);
    await importContent();
    const learner = await signUp(t);
    await answer(learner, roadmap.slug, 'build', 'confident');
    await roadmap.shape([{ id: 'explain' }], ['build']);

    const summary = await importContent();

    expect(summary.checklistMappings).toEqual([
      { slug: roadmap.slug, mapped: {}, retired: ['build'], carried: { checklistAnswers: 0 } },
    ]);
    expect((await latestVersion(roadmap.slug)).checklistMapping).toEqual([{ from: 'build', retire: true }]);
    expect(await progressOf(learner, roadmap.slug)).toEqual({ current: {}, archived: { build: 'confident' } });
  });

  it('when the files contradict themselves, then the loader names the field: an item replacing itself, a kept item retired, one both retired and replaced', async () => {
    const roadmap = await checklistCopy('checklist-contradicting');
    await roadmap.shape(
      [
        { id: 'explain', replaces: ['explain'] },
        { id: 'ship', replaces: ['old'] },
      ],
      ['explain', 'old'],
    );

    const refused = await refusalOf();

    const file = `roadmaps/${roadmap.slug}/roadmap.yaml`;
    expect(refused.issues.map(({ file: at, pointer }) => ({ at, pointer }))).toEqual([
      { at: file, pointer: '/checklist/0/replaces/0' },
      { at: file, pointer: '/retiredChecklistItems/0' },
      { at: file, pointer: '/retiredChecklistItems/1' },
    ]);
    expect(refused.issues[2]!.message).toContain(`(in ${file} /checklist/1/replaces/0)`);
  });
});
