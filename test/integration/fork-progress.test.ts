// Learners' progress on a fork when it moves to a new upstream version (docs/decisions/0034-forks.md), through HTTP
// on a real database (both engines): accepting a proposal follows the upstream's step mapping, composed across the
// versions in between, for the fork's learners and for the overlay's entries; a removed step with progress and no
// mapping refuses the acceptance and leaves everything as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForkPublished } from '../../src/modules/forks/forks.schemas.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import { NOTE_SEPARATOR } from '../../src/modules/progress/progress-carry.repository.ts';
import type { StepMappingEntry } from '../../src/modules/versions/step-mapping.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { forksClient } from '../support/forks.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { publisher, removeStep, renameStep, splitStep } from '../support/publishing.ts';

let t: TestApp;
let editor: string;
let editors: Awaited<ReturnType<typeof publisher>>;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  editors = await publisher(() => t);
});
afterAll(() => t.close());

const { fork, changeOverlay, proposals, proposal, accept, readFork, roadmap } = forksClient(
  () => t,
  () => editor,
);
type Doc = Parameters<typeof removeStep>[0];
type Problem = { errors: { pointer: string; detail: string }[] };

const as = (learner: SignedUp, method: 'GET' | 'PUT', url: string, body?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${learner.accessToken}` },
    ...(body === undefined ? {} : { payload: body as object }),
  });

const setStatus = async (learner: SignedUp, slug: string, stepId: string, status: string) =>
  expect((await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${stepId}`, { status })).statusCode).toBe(200);
const setNote = async (learner: SignedUp, slug: string, stepId: string, body: string) =>
  expect((await as(learner, 'PUT', `/v1/me/roadmaps/${slug}/steps/${stepId}/note`, { body })).statusCode).toBe(200);
const bookmark = async (learner: SignedUp, slug: string, stepId: string) =>
  expect((await as(learner, 'PUT', `/v1/me/bookmarks/${slug}/${stepId}`)).statusCode).toBeLessThan(300);

const progressOf = async (learner: SignedUp, slug: string) => {
  const progress = (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/progress`)).json<Progress>();
  return {
    statuses: Object.fromEntries(progress.steps.map((entry) => [entry.stepId, entry.status])),
    archived: progress.archived.map((entry) => entry.stepId).sort(),
  };
};
const noteOf = async (learner: SignedUp, slug: string, stepId: string) =>
  (await as(learner, 'GET', `/v1/me/roadmaps/${slug}/steps/${stepId}/note`)).json<{ body: string }>().body;
const rowsOf = async (table: 'stepProgress' | 'stepNotes' | 'stepBookmarks', learner: SignedUp, slug: string) =>
  (
    await t.database.db
      .selectFrom(table)
      .select('stepId')
      .where('userId', '=', learner.id)
      .where('roadmapSlug', '=', slug)
      .execute()
  )
    .map((row) => row.stepId)
    .sort();
const latestMapping = async (slug: string) =>
  (
    await t.database.db
      .selectFrom('roadmapVersions')
      .select('stepMapping')
      .where('roadmapSlug', '=', slug)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow()
  ).stepMapping;
const stepIdsOf = async (slug: string) => (await roadmap(slug)).tiers.flatMap((tier) => tier.steps.map((s) => s.id));

/** Publishes the upstream's next version in the app: the document changed by `change`, with the step mapping. */
const publishUpstream = async (slug: string, change: (doc: Doc) => Doc, mapping: StepMappingEntry[]) => {
  const published = await editors.publish(await editors.approved(slug, change), mapping);
  expect(published.statusCode, published.body).toBe(201);
};

const openProposal = async (slug: string) => {
  const [open] = await proposals(slug);
  expect(open?.status).toBe('open');
  return proposal(open!.id);
};

describe('accepting a proposal carries the fork’s learners’ progress along the upstream’s mapping', () => {
  it('when upstream splits one step and merges two, then statuses, notes and bookmarks are on the successors in the fork, and the fork’s note on the merged step follows it', async () => {
    const [split, mergedAway, mergedInto] = [
      'html-semantics-and-accessibility',
      'css-layout-and-responsive-design',
      'javascript-fundamentals',
    ];
    const made = await fork('frontend-developer', 'fe-carry');
    const overlaid = await changeOverlay(made, {
      notes: [{ step: mergedAway, note: 'Our layout tips.' }],
      rename: [{ step: mergedAway, title: 'Layout, our way' }],
    });
    expect(overlaid.statusCode, overlaid.body).toBe(200);
    const learner = await signUp(t);
    // Oldest first: the step merged into was set before the one merged away, so the further-along status wins.
    await setStatus(learner, 'fe-carry', mergedInto, 'todo');
    await setStatus(learner, 'fe-carry', split, 'done');
    await setStatus(learner, 'fe-carry', mergedAway, 'in_progress');
    await setNote(learner, 'fe-carry', mergedInto, 'Kept note');
    await setNote(learner, 'fe-carry', mergedAway, 'Carried note');
    await bookmark(learner, 'fe-carry', split);

    await publishUpstream(
      'frontend-developer',
      (doc) => removeStep(splitStep(doc, split, `${split}-basics`, `${split}-more`), mergedAway),
      [
        { from: split, to: [`${split}-basics`, `${split}-more`] },
        { from: mergedAway, to: [mergedInto] },
      ],
    );
    const read = await openProposal('fe-carry');
    expect(read.overlay.notes).toEqual([{ step: mergedInto, note: 'Our layout tips.' }]);
    // Merged into a step upstream already had: that step keeps its own title, and the rename is listed as dropped.
    expect(read.overlay.rename).toEqual([]);
    expect(read.dropped.map((entry) => entry.pointer)).toEqual(['/overlay/rename/0']);

    const accepted = await accept(read.id, read.forkEtag);

    expect(accepted.statusCode, accepted.body).toBe(200);
    const { statuses, archived } = await progressOf(learner, 'fe-carry');
    expect(statuses).toMatchObject({
      [`${split}-basics`]: 'done',
      [`${split}-more`]: 'done',
      [mergedInto]: 'in_progress',
    });
    expect(archived).toEqual([split, mergedAway].sort());
    expect(await noteOf(learner, 'fe-carry', mergedInto)).toBe(`Kept note${NOTE_SEPARATOR}Carried note`);
    expect(await rowsOf('stepBookmarks', learner, 'fe-carry')).toEqual(
      [split, `${split}-basics`, `${split}-more`].sort(),
    );
    const merged = (await roadmap('fe-carry')).tiers.flatMap((tier) => tier.steps).find((s) => s.id === mergedInto);
    expect(merged!.body).toContain('Our layout tips.');
    expect(merged!.title).not.toBe('Layout, our way');
    // The fork's version records what it carried, so a fork of this fork follows too.
    expect(await latestMapping('fe-carry')).toEqual([
      { from: split, to: [`${split}-basics`, `${split}-more`] },
      { from: mergedAway, to: [mergedInto] },
    ]);
  });

  it('when upstream publishes twice before the fork accepts, then the mappings compose: a step merged into one that is split later ends at its parts, and a retired step keeps its rows archived', async () => {
    const [mergedAway, laterSplit, retired] = ['networking-fundamentals', 'how-the-web-works', 'observability'];
    await fork('devops-engineer', 'ops-carry');
    const learner = await signUp(t);
    await setStatus(learner, 'ops-carry', mergedAway, 'done');
    await setStatus(learner, 'ops-carry', retired, 'in_progress');
    await setNote(learner, 'ops-carry', retired, 'Grafana at work');

    await publishUpstream('devops-engineer', (doc) => removeStep(doc, mergedAway), [
      { from: mergedAway, to: [laterSplit] },
    ]);
    await publishUpstream(
      'devops-engineer',
      (doc) => removeStep(splitStep(doc, laterSplit, `${laterSplit}-basics`, `${laterSplit}-more`), retired),
      [
        { from: laterSplit, to: [`${laterSplit}-basics`, `${laterSplit}-more`] },
        { from: retired, retire: true },
      ],
    );
    const [latest, older] = await proposals('ops-carry');
    expect([latest!.status, latest!.fromVersion, latest!.toVersion, older!.status]).toEqual([
      'open',
      1,
      3,
      'superseded',
    ]);

    const accepted = await accept(latest!.id, (await readFork('ops-carry')).etag);

    expect(accepted.statusCode, accepted.body).toBe(200);
    const { statuses, archived } = await progressOf(learner, 'ops-carry');
    expect(statuses).toMatchObject({ [`${laterSplit}-basics`]: 'done', [`${laterSplit}-more`]: 'done' });
    expect(statuses).not.toHaveProperty(retired);
    expect(archived).toEqual([mergedAway, retired].sort());
    expect(await rowsOf('stepNotes', learner, 'ops-carry')).toEqual([retired]);
    expect(await latestMapping('ops-carry')).toEqual([
      { from: mergedAway, to: [`${laterSplit}-basics`, `${laterSplit}-more`] },
      { from: laterSplit, to: [`${laterSplit}-basics`, `${laterSplit}-more`] },
      { from: retired, retire: true },
    ]);
  });

  it('when upstream splits a step the fork hides, merges a hidden step into one it shows and gives a renamed step a new id, then the parts stay hidden, the merged step shows and the rename follows', async () => {
    const [hiddenSplit, hiddenMerged, shown, renamed] = [
      'git-and-the-terminal',
      'caching-with-redis',
      'background-jobs-and-queues',
      'rest-api-design',
    ];
    const made = await fork('backend-developer', 'be-carry');
    const overlaid = await changeOverlay(made, {
      hide: [hiddenSplit, hiddenMerged],
      rename: [{ step: renamed, title: 'APIs, our way' }],
    });
    expect(overlaid.statusCode, overlaid.body).toBe(200);
    const learner = await signUp(t);
    await setStatus(learner, 'be-carry', renamed, 'done');
    await setStatus(learner, 'be-carry', shown, 'in_progress');

    await publishUpstream(
      'backend-developer',
      (doc) =>
        removeStep(
          renameStep(splitStep(doc, hiddenSplit, `${hiddenSplit}-basics`, `${hiddenSplit}-more`), renamed, 'http-apis'),
          hiddenMerged,
        ),
      [
        { from: hiddenSplit, to: [`${hiddenSplit}-basics`, `${hiddenSplit}-more`] },
        { from: hiddenMerged, to: [shown] },
        { from: renamed, to: ['http-apis'] },
      ],
    );
    const read = await openProposal('be-carry');
    expect(read.overlay.hide).toEqual([`${hiddenSplit}-basics`, `${hiddenSplit}-more`]);
    expect(read.overlay.rename).toEqual([{ step: 'http-apis', title: 'APIs, our way' }]);
    // Merged into a step the fork shows: the merged step is shown, so hiding the step merged away is dropped (and
    // named as the editors wrote it, the second entry of their hide).
    expect(read.dropped.map(({ pointer, entry, detail }) => ({ pointer, entry, detail }))).toEqual([
      { pointer: '/overlay/hide/1', entry: hiddenMerged, detail: `"${hiddenMerged}" is not a step of the upstream` },
    ]);

    const accepted = await accept(read.id, read.forkEtag);

    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<ForkPublished>().fork.overlay.hide).toEqual([`${hiddenSplit}-basics`, `${hiddenSplit}-more`]);
    const steps = await stepIdsOf('be-carry');
    expect(steps).toContain(shown);
    expect(steps).not.toContain(`${hiddenSplit}-basics`);
    expect(steps).not.toContain(`${hiddenSplit}-more`);
    const http = (await roadmap('be-carry')).tiers.flatMap((tier) => tier.steps).find((s) => s.id === 'http-apis');
    expect(http!.title).toBe('APIs, our way');
    const { statuses, archived } = await progressOf(learner, 'be-carry');
    expect(statuses).toMatchObject({ 'http-apis': 'done', [shown]: 'in_progress' });
    expect(archived).toEqual([renamed]);
    expect(await latestMapping('be-carry')).toEqual([{ from: renamed, to: ['http-apis'] }]);
  });
});

describe('what refuses an acceptance', () => {
  it('when upstream removes a step learners of the fork follow without a mapping, or the adjusted overlay hides the successors, then accepting is a 409 naming the step and nothing changes; adding the step back accepts', async () => {
    const [unmapped, split] = ['web-performance', 'front-end-testing'];
    const made = await fork('frontend-developer', 'fe-refused');
    const learner = await signUp(t);
    await setStatus(learner, 'fe-refused', unmapped, 'done');
    await setStatus(learner, 'fe-refused', split, 'in_progress');
    await bookmark(learner, 'fe-refused', split);
    const before = {
      steps: await stepIdsOf('fe-refused'),
      statuses: await rowsOf('stepProgress', learner, 'fe-refused'),
      bookmarks: await rowsOf('stepBookmarks', learner, 'fe-refused'),
    };
    const forkVersion = await t.database.db
      .selectFrom('roadmapVersions')
      .select('document')
      .where('roadmapSlug', '=', 'fe-refused')
      .executeTakeFirstOrThrow();
    const kept = (forkVersion.document as Doc).steps.find((step) => step.id === unmapped)!;

    await publishUpstream(
      'frontend-developer',
      (doc) => removeStep(splitStep(doc, split, `${split}-unit`, `${split}-e2e`), unmapped),
      [{ from: split, to: [`${split}-unit`, `${split}-e2e`] }],
    );
    const read = await openProposal('fe-refused');

    const refused = await accept(read.id, read.forkEtag);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>().errors.map((error) => error.detail)).toEqual([
      `removes ${unmapped}, which learners follow`,
    ]);
    const hidingParts = await accept(read.id, read.forkEtag, {
      overlay: { hide: [`${split}-unit`, `${split}-e2e`] },
    });
    expect(hidingParts.statusCode).toBe(409);
    expect(
      hidingParts
        .json<Problem>()
        .errors.map((error) => error.detail)
        .sort(),
    ).toEqual([`removes ${split}, which learners follow`, `removes ${unmapped}, which learners follow`].sort());
    expect(await readFork('fe-refused')).toMatchObject({ upstream: { version: made.upstream.version }, revision: 1 });
    expect((await proposals('fe-refused'))[0]!.status).toBe('open');
    expect(await stepIdsOf('fe-refused')).toEqual(before.steps);
    expect(await rowsOf('stepProgress', learner, 'fe-refused')).toEqual(before.statuses);
    expect(await rowsOf('stepBookmarks', learner, 'fe-refused')).toEqual(before.bookmarks);

    const withStepKept = await accept(read.id, read.forkEtag, {
      overlay: { add: [{ step: kept, after: 'accessibility-in-depth' }] },
    });

    expect(withStepKept.statusCode, withStepKept.body).toBe(200);
    const { statuses } = await progressOf(learner, 'fe-refused');
    expect(statuses).toMatchObject({
      [unmapped]: 'done',
      [`${split}-unit`]: 'in_progress',
      [`${split}-e2e`]: 'in_progress',
    });
  });
});
