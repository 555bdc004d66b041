// Learners' checklist answers on a fork when it moves to a new upstream version (decision 0044), through HTTP on a
// real database (both engines): accepting a proposal follows the upstream's checklist mappings, composed across the
// versions in between; an answered item upstream removed without a word stays archived and is named, not refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import type { ChecklistMappingEntry } from '../../src/modules/versions/checklist-mapping.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { forksClient } from '../support/forks.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher } from '../support/publishing.ts';

type Doc = Draft['document'];
type Items = Doc['checklist'];

let t: TestApp;
let editor: string;
let editors: Awaited<ReturnType<typeof publisher>>;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  editors = await publisher(() => t);
});
afterAll(() => t.close());

const { fork, proposals, proposal, accept, roadmap } = forksClient(
  () => t,
  () => editor,
);

const answer = async (learner: SignedUp, slug: string, itemId: string, level: string) => {
  const answered = await t.app.inject({
    method: 'PUT',
    url: `/v1/me/roadmaps/${slug}/checklist/${itemId}`,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    payload: { level },
  });
  expect(answered.statusCode, answered.body).toBe(200);
};

const answersOf = async (learner: SignedUp, slug: string) => {
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

/** Publishes the upstream's next version with its checklist changed by `change` and the checklist mapping. */
const publishUpstream = async (slug: string, change: (items: Items) => Items, mapping: ChecklistMappingEntry[]) => {
  const draft = await editors.approved(slug, (doc) => ({ ...doc, checklist: change(doc.checklist) }));
  const published = await editors.publish(draft, undefined, mapping);
  expect(published.statusCode, published.body).toBe(201);
};
const split = (items: Items, from: string, ...to: string[]) =>
  items.flatMap((item) =>
    item.id === from ? to.map((id, i) => ({ ...item, id, title: `${item.title} (${i + 1})` })) : [item],
  );
const without = (items: Items, ...ids: string[]) => items.filter((item) => !ids.includes(item.id));

const acceptedAudit = async (slug: string) =>
  (
    await t.database.db
      .selectFrom('auditLog')
      .select('details')
      .where('action', '=', 'fork.proposal_accepted')
      .where((eb) => eb(eb.ref('details', '->>').key('fork'), '=', slug))
      .executeTakeFirstOrThrow()
  ).details as { checklistMapping: unknown; carried: { checklistAnswers: number } };

describe('accepting a proposal carries the fork’s learners’ checklist answers along the upstream’s mappings', () => {
  it('when upstream splits an item, then merges one and drops another over two versions, then answers follow and the dropped one stays archived, named', async () => {
    const upstream = 'frontend-developer';
    const [splitItem, mergedAway, mergedInto, dropped] = (await roadmap(upstream)).checklist.map((item) => item.id);
    const made = await fork(upstream, 'fe-checklist');
    const learner = await signUp(t);
    await answer(learner, made.slug, splitItem!, 'confident');
    await answer(learner, made.slug, mergedInto!, 'not_yet');
    await answer(learner, made.slug, mergedAway!, 'partly');
    await answer(learner, made.slug, dropped!, 'partly');

    await publishUpstream(upstream, (items) => split(items, splitItem!, `${splitItem}-a`, `${splitItem}-b`), [
      { from: splitItem!, to: [`${splitItem}-a`, `${splitItem}-b`] },
    ]);
    await publishUpstream(upstream, (items) => without(items, mergedAway!, dropped!), [
      { from: mergedAway!, to: [mergedInto!] },
    ]);
    const [open] = await proposals(made.slug);
    const read = await proposal(open!.id);
    expect(read.toVersion - read.fromVersion).toBe(2);

    const accepted = await accept(read.id, read.forkEtag);

    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await answersOf(learner, made.slug)).toEqual({
      current: { [`${splitItem}-a`]: 'confident', [`${splitItem}-b`]: 'confident', [mergedInto!]: 'partly' },
      archived: { [splitItem!]: 'confident', [mergedAway!]: 'partly', [dropped!]: 'partly' },
    });
    const version = await t.database.db
      .selectFrom('roadmapVersions')
      .select('checklistMapping')
      .where('roadmapSlug', '=', made.slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    // The fork's version records what it carried, so a fork of this fork follows too.
    expect(version.checklistMapping).toEqual([
      { from: splitItem!, to: [`${splitItem}-a`, `${splitItem}-b`] },
      { from: mergedAway!, to: [mergedInto!] },
    ]);
    const audit = await acceptedAudit(made.slug);
    expect(audit.checklistMapping).toEqual({
      mapped: { [splitItem!]: [`${splitItem}-a`, `${splitItem}-b`], [mergedAway!]: [mergedInto!] },
      retired: [],
      archived: [dropped!],
    });
    expect(audit.carried.checklistAnswers).toBe(3);
  });

  it('when the fork changes only its overlay, then no checklist answer moves', async () => {
    const made = await fork('backend-developer', 'be-checklist');
    const learner = await signUp(t);
    const [first] = (await roadmap(made.slug)).checklist.map((item) => item.id);
    await answer(learner, made.slug, first!, 'partly');
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/v1/forks/${made.slug}/overlay`,
      headers: { authorization: `Bearer ${editor}`, 'if-match': made.etag },
      payload: { overlay: { title: 'Backend, our way' }, notes: 'Our title' },
    });

    expect(changed.statusCode, changed.body).toBe(200);
    expect(await answersOf(learner, made.slug)).toEqual({ current: { [first!]: 'partly' }, archived: {} });
  });
});
