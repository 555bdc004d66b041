// Learners' checklist answers across versions (decision 0036) through HTTP on a real database (both engines): a
// publish that splits, merges or retires checklist items carries answers to the successors and deletes nothing; a
// removed item learners answered needs an entry, and a bad mapping is refused with the field named, nothing written.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher, removeStep } from '../support/publishing.ts';

type Doc = Draft['document'];

let t: TestApp;
let editors: Awaited<ReturnType<typeof publisher>>;
beforeAll(async () => {
  t = await createTestApp();
  editors = await publisher(() => t);
});
afterAll(() => t.close());

const as = (learner: SignedUp, method: 'GET' | 'PUT', url: string, body?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });

const answer = async (learner: SignedUp, slug: string, itemId: string, level: string) =>
  expect((await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/checklist/${itemId}`, { level })).statusCode).toBe(200);

/** The checklist item ids of the roadmap as published now. */
const itemsOf = async (slug: string) => {
  const roadmap = await t.database.db
    .selectFrom('roadmaps')
    .select('document')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return (roadmap.document as { checklist: { id: string }[] }).checklist.map((item) => item.id);
};

/** Every answer of the learner on the roadmap, item id → level, old items included. */
const answersOf = async (userId: string, slug: string) =>
  Object.fromEntries(
    (
      await t.database.db
        .selectFrom('checklistAssessments')
        .select(['itemId', 'level'])
        .where('userId', '=', userId)
        .where('roadmapSlug', '=', slug)
        .execute()
    ).map((row) => [row.itemId, row.level]),
  );

const versionCount = async (slug: string) =>
  (await t.database.db.selectFrom('roadmapVersions').select('number').where('roadmapSlug', '=', slug).execute()).length;

/** The document with the checklist changed by `change` (the rest as it was). */
const withChecklist = (doc: Doc, change: (items: Doc['checklist']) => Doc['checklist']): Doc => ({
  ...doc,
  checklist: change(doc.checklist),
});
const renamed = (items: Doc['checklist'], from: string, ...to: string[]) =>
  items.flatMap((item) =>
    item.id === from ? to.map((id, i) => ({ ...item, id, title: `${item.title} (${i + 1})` })) : [item],
  );
const without = (items: Doc['checklist'], id: string) => items.filter((item) => item.id !== id);

const pointers = (response: { json: <T>() => T }) =>
  response.json<{ errors: { pointer: string; detail: string }[] }>().errors;

describe('carrying checklist answers along the mapping', () => {
  it('when an item is split and two are merged, then answers follow, the newer own answer stands, nothing is deleted', async () => {
    const slug = 'frontend-developer';
    const [, split, mergedAway, mergedInto] = await itemsOf(slug);
    const learner = await signUp(t);
    const other = await signUp(t);
    // Oldest first: the item merged into was answered before the one merged away, so the more confident one wins.
    await answer(learner, slug, mergedInto!, 'not_yet');
    await answer(learner, slug, split!, 'confident');
    await answer(learner, slug, mergedAway!, 'partly');
    // The other learner answered the merged-into item after the item merged away: their latest word stands.
    await sql`
      insert into checklist_assessments (user_id, roadmap_slug, item_id, level, updated_at)
      values (${other.id}, ${slug}, ${mergedAway}, 'confident', '2026-01-01'),
             (${other.id}, ${slug}, ${mergedInto}, 'not_yet', '2026-02-01')`.execute(t.database.db);
    const draft = await editors.approved(slug, (doc) =>
      withChecklist(doc, (items) => without(renamed(items, split!, `${split}-basics`, `${split}-more`), mergedAway!)),
    );
    const checklistMapping = [
      { from: split!, to: [`${split}-basics`, `${split}-more`] },
      { from: mergedAway!, to: [mergedInto!] },
    ];

    const published = await editors.publish(draft, undefined, checklistMapping);

    expect(published.statusCode, published.body).toBe(201);
    const progress = (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/progress`)).json<Progress>();
    expect(Object.fromEntries(progress.checklistAnswers.map((entry) => [entry.itemId, entry.level]))).toEqual({
      [`${split}-basics`]: 'confident',
      [`${split}-more`]: 'confident',
      [mergedInto!]: 'partly',
    });
    // The old answers are kept apart and count toward nothing: two confident, one partly.
    expect(progress.archivedChecklistAnswers.map((entry) => entry.itemId).sort()).toEqual([split, mergedAway].sort());
    expect(progress.checklist.counts).toEqual({ not_yet: 0, partly: 1, confident: 2 });
    expect(await answersOf(other.id, slug)).toEqual({ [mergedAway!]: 'confident', [mergedInto!]: 'not_yet' });
    const version = await t.database.db
      .selectFrom('roadmapVersions')
      .select(['checklistMapping', 'stepMapping'])
      .where('roadmapSlug', '=', slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    expect(version).toEqual({ checklistMapping, stepMapping: [] });
  });

  it('when a removed item with answers has no entry, then 409 naming /checklistMapping; retired, it keeps the row', async () => {
    const slug = 'devops-engineer';
    const gone = (await itemsOf(slug)).at(-1)!;
    const [, step] = (
      await t.database.db.selectFrom('roadmapSteps').select('id').where('roadmapSlug', '=', slug).execute()
    ).map((row) => row.id);
    const learner = await signUp(t);
    await answer(learner, slug, gone, 'partly');
    await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${step}`, { status: 'done' });
    const before = await versionCount(slug);
    const draft = await editors.approved(slug, (doc) =>
      withChecklist(removeStep(doc, step!), (items) => without(items, gone)),
    );

    const refused = await editors.publish(draft);
    const stepOnly = await editors.publish(draft, [{ from: step!, retire: true }]);

    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    // One refusal names both what the step mapping and what the checklist mapping leave out.
    expect(pointers(refused)).toEqual([
      { in: 'body', pointer: '/mapping', detail: expect.stringContaining(step!) as string },
      { in: 'body', pointer: '/checklistMapping', detail: expect.stringContaining(gone) as string },
    ]);
    expect(stepOnly.statusCode).toBe(409);
    expect(pointers(stepOnly).map((error) => error.pointer)).toEqual(['/checklistMapping']);
    expect(await versionCount(slug)).toBe(before);
    expect(await itemsOf(slug)).toContain(gone);
    expect((await editors.read(draft.id)).status).toBe('approved');

    const published = await editors.publish(draft, [{ from: step!, retire: true }], [{ from: gone, retire: true }]);

    expect(published.statusCode, published.body).toBe(201);
    const progress = (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/progress`)).json<Progress>();
    expect(progress.archivedChecklistAnswers).toMatchObject([{ itemId: gone, level: 'partly' }]);
    expect(progress.checklistAnswers).toEqual([]);
    expect(await answersOf(learner.id, slug)).toEqual({ [gone]: 'partly' });
  });
});

describe('bad checklist mappings', () => {
  it('when the mapping names an unknown item or makes a cycle, then 400 naming the field and nothing is written', async () => {
    const slug = 'backend-developer';
    const [first, second, kept] = await itemsOf(slug);
    const learner = await signUp(t);
    await answer(learner, slug, first!, 'confident');
    const before = await versionCount(slug);
    const draft = await editors.approved(slug, (doc) =>
      withChecklist(doc, (items) => renamed(renamed(items, first!, `${first}-new`), second!, `${second}-new`)),
    );

    const unknownFrom = await editors.publish(draft, undefined, [{ from: 'no-such-item', to: [`${first}-new`] }]);
    const unknownTo = await editors.publish(draft, undefined, [{ from: first!, to: ['no-such-item'] }]);
    const keptRetired = await editors.publish(draft, undefined, [{ from: kept!, retire: true }]);
    const cycle = await editors.publish(draft, undefined, [
      { from: first!, to: [second!] },
      { from: second!, to: [first!] },
    ]);

    expect([unknownFrom.statusCode, unknownTo.statusCode, keptRetired.statusCode, cycle.statusCode]).toEqual([
      400, 400, 400, 400,
    ]);
    expect(unknownFrom.headers['content-type']).toContain('application/problem+json');
    expect(pointers(unknownFrom)).toMatchObject([
      { pointer: '/checklistMapping/0/from', detail: expect.stringContaining('checklist item') as string },
    ]);
    expect(pointers(unknownTo).map((error) => error.pointer)).toEqual(['/checklistMapping/0/to/0']);
    expect(pointers(keptRetired).map((error) => error.pointer)).toEqual(['/checklistMapping/0/from']);
    expect(pointers(cycle).map((error) => error.pointer)).toEqual(['/checklistMapping/1/to/0']);
    expect(await versionCount(slug)).toBe(before);
    expect(await itemsOf(slug)).toContain(first);
    expect(await answersOf(learner.id, slug)).toEqual({ [first!]: 'confident' });
    expect((await editors.read(draft.id)).status).toBe('approved');
  });
});
