// Review and publishing of roadmap drafts through HTTP on a real database (both engines): submit, the review thread,
// approval by another editor, publishing as a new version, and every refusal leaving things as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { draftsClient, MERGE_PATCH, type Method } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let author: string;
let reviewer: string;
let learner: string;
let learnerId: string;
beforeAll(async () => {
  t = await createTestApp();
  author = (await signUp(t, { role: 'editor' })).accessToken;
  reviewer = (await signUp(t, { role: 'editor' })).accessToken;
  const signedUp = await signUp(t);
  learner = signedUp.accessToken;
  learnerId = signedUp.id;
});
afterAll(() => t.close());

const { call, startFromPublished, read, auditOf } = draftsClient(
  () => t,
  () => author,
);

const submit = (draft: Draft, token = author) =>
  call('POST', `/v1/drafts/${draft.id}/submit`, { token, ifMatch: draft.etag });
const reviewOf = (draft: Draft, kind: string, body = '', token = reviewer) =>
  call('POST', `/v1/drafts/${draft.id}/reviews`, { token, body: { kind, body } });
const publish = (draft: Draft, notes = 'Clearer words for the first step', token = reviewer) =>
  call('POST', `/v1/drafts/${draft.id}/publish`, { token, ifMatch: draft.etag, body: { notes } });
const retitle = (draft: Draft, title: string) =>
  call('PATCH', `/v1/drafts/${draft.id}`, { token: author, ifMatch: draft.etag, type: MERGE_PATCH, body: { title } });
const roadmap = async (slug: string) => (await call('GET', `/v1/roadmaps/${slug}`)).json<RoadmapDocument>();

/** A draft of `slug` with a new title, submitted and approved by the reviewer: ready to publish. */
const approvedDraft = async (slug: string, title: string) => {
  const started = await startFromPublished(slug);
  expect((await retitle(started, title)).statusCode).toBe(200);
  expect((await submit(await read(started.id))).statusCode).toBe(200);
  expect((await reviewOf(started, 'approved')).statusCode).toBe(201);
  return read(started.id);
};

describe('the way of a draft from review to publishing', () => {
  it('when a draft is submitted, reviewed, changed, approved by another editor and published, then learners get it as version 2', async () => {
    const started = await startFromPublished('frontend-developer');

    const submitted = await submit(started);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json<Draft>().status).toBe('in_review');
    expect((await reviewOf(started, 'comment', 'The title could be shorter.')).statusCode).toBe(201);
    expect((await read(started.id)).status).toBe('in_review');
    expect((await reviewOf(started, 'changes_requested', 'Please shorten the title.')).statusCode).toBe(201);
    const sentBack = await read(started.id);
    expect(sentBack.status).toBe('draft');

    const changed = await retitle(sentBack, 'Frontend, step by step');
    expect(changed.statusCode).toBe(200);
    expect((await submit(changed.json<Draft>())).statusCode).toBe(200);
    const approval = await reviewOf(started, 'approved', 'Good to go.');
    expect(approval.statusCode).toBe(201);
    const approved = await read(started.id);
    expect(approved.status).toBe('approved');
    expect(approval.json<{ draftRevision: number }>().draftRevision).toBe(approved.revision);

    const published = await publish(approved, 'A shorter title');
    expect(published.statusCode).toBe(201);
    expect(published.json()).toEqual({
      roadmap: { slug: 'frontend-developer', href: '/v1/roadmaps/frontend-developer' },
      version: { number: 2 },
    });
    expect((await read(started.id)).status).toBe('published');
    const learnersSee = await roadmap('frontend-developer');
    expect(learnersSee.title).toBe('Frontend, step by step');
    expect((learnersSee as unknown as { version: { number: number } }).version.number).toBe(2);
    const versions = await call('GET', '/v1/roadmaps/frontend-developer/versions');
    expect(versions.json<{ items: { number: number; notes: string }[] }>().items[0]).toMatchObject({
      number: 2,
      notes: 'A shorter title',
    });

    const thread = await call('GET', `/v1/drafts/${started.id}/reviews`, { token: reviewer });
    expect(thread.statusCode).toBe(200);
    expect(thread.json<{ items: { kind: string }[] }>().items.map((item) => item.kind)).toEqual([
      'comment',
      'changes_requested',
      'approved',
    ]);
    expect((await auditOf(started.id)).map((entry) => entry.action)).toEqual([
      'draft.started',
      'draft.submitted',
      'draft.commented',
      'draft.changes_requested',
      'draft.changed',
      'draft.submitted',
      'draft.approved',
      'draft.published',
    ]);
  });

  it('when a draft is not in review, then submitting twice, reviewing it or changing it in review is a 409 naming status', async () => {
    const started = await startFromPublished('backend-developer');
    const onlyDraft = await reviewOf(started, 'comment', 'Early words');
    expect(onlyDraft.statusCode).toBe(409);
    expect(onlyDraft.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/status');

    expect((await submit(started)).statusCode).toBe(200);
    const again = await submit(started);
    expect(again.statusCode).toBe(409);
    expect(again.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/status');
    expect((await call('POST', `/v1/drafts/${started.id}/submit`, { token: author })).statusCode).toBe(428);
    const changedInReview = await retitle(started, 'Changed while in review');
    expect(changedInReview.statusCode).toBe(409);
    expect(changedInReview.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/status');
    await call('DELETE', `/v1/drafts/${started.id}`, { token: author });
  });

  it('when the author approves their own draft, then 403 saying so, and the draft stays in review', async () => {
    const started = await startFromPublished('backend-developer');
    await submit(started);

    const own = await reviewOf(started, 'approved', '', author);

    expect(own.statusCode).toBe(403);
    expect(own.json<{ detail: string }>().detail).toMatch(/another editor must approve/);
    expect((await read(started.id)).status).toBe('in_review');
    await call('DELETE', `/v1/drafts/${started.id}`, { token: author });
  });

  it('when an approved draft is changed, then it is a draft again and cannot be published', async () => {
    const approved = await approvedDraft('backend-developer', 'Backend, changed after approval');
    const changed = await retitle(approved, 'Backend, changed once more');
    expect(changed.statusCode).toBe(200);
    const now = changed.json<Draft>();
    expect(now.status).toBe('draft');

    const refused = await publish(now);

    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/status');
    expect((await roadmap('backend-developer')).title).not.toBe('Backend, changed once more');
    await call('DELETE', `/v1/drafts/${now.id}`, { token: author });
  });

  it('when a publish names a stale revision or no notes, then 412 or 400 and nothing is published', async () => {
    const approved = await approvedDraft('backend-developer', 'Backend, never published');
    const stale = await call('POST', `/v1/drafts/${approved.id}/publish`, {
      token: reviewer,
      ifMatch: `"draft-${approved.id}-1"`,
      body: { notes: 'x' },
    });
    expect(stale.statusCode).toBe(412);
    const noNotes = await publish(approved, '');
    expect(noNotes.statusCode).toBe(400);
    expect((await read(approved.id)).status).toBe('approved');
    expect((await roadmap('backend-developer')).title).not.toBe('Backend, never published');
    await call('DELETE', `/v1/drafts/${approved.id}`, { token: author });
  });

  it('when the published roadmap changed after the draft started, then 409 naming basedOn and nothing changes', async () => {
    const later = await approvedDraft('devops-engineer', 'DevOps, the later one');
    const first = await approvedDraft('devops-engineer', 'DevOps, the first one');
    expect((await publish(first)).statusCode).toBe(201);
    const versionsBefore = (await call('GET', '/v1/roadmaps/devops-engineer/versions')).json<{ items: unknown[] }>();

    const refused = await publish(later);

    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/basedOn');
    expect((await roadmap('devops-engineer')).title).toBe('DevOps, the first one');
    expect((await read(later.id)).status).toBe('approved');
    const versionsAfter = (await call('GET', '/v1/roadmaps/devops-engineer/versions')).json<{ items: unknown[] }>();
    expect(versionsAfter.items).toHaveLength(versionsBefore.items.length);
  });

  it('when a draft removes a step a learner has progress on, then 409 naming the step and nothing changes', async () => {
    const started = await startFromPublished('backend-developer');
    // The step the fewest other parts (tiers, plan, priorities) link to, taken out of the document everywhere.
    const mentions = (stepId: string) => JSON.stringify(started.document).split(`"${stepId}"`).length;
    const gone = [...started.document.steps].sort((a, b) => mentions(a.id) - mentions(b.id))[0]!;
    await t.database.db
      .insertInto('stepProgress')
      .values({ userId: learnerId, roadmapSlug: 'backend-developer', stepId: gone.id, status: 'done' })
      .execute();
    const without = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.filter((item) => item !== gone.id && (item as { id?: unknown } | null)?.id !== gone.id).map(without)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, without(inner)]))
          : value;
    const { slug: _slug, ...sections } = without(started.document) as Draft['document'];
    const changed = await call('PATCH', `/v1/drafts/${started.id}`, {
      token: author,
      ifMatch: started.etag,
      type: MERGE_PATCH,
      body: sections,
    });
    expect(changed.statusCode).toBe(200);
    await submit(changed.json<Draft>());
    await reviewOf(started, 'approved');

    const refused = await publish(await read(started.id));

    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ detail: string }>().detail).toContain(gone.id);
    expect((await roadmap('backend-developer')).stats.steps).toBe(started.document.steps.length);
    expect((await read(started.id)).status).toBe('approved');
  });
});

describe('publishing a new roadmap', () => {
  it('when a new roadmap is published, then learners get it as version 1, and a rival draft of its slug is refused', async () => {
    const startNew = async () => {
      const response = await call('POST', '/v1/drafts', {
        token: author,
        body: { slug: 'data-engineer', from: 'empty' },
      });
      expect(response.statusCode).toBe(201);
      return response.json<Draft>();
    };
    const first = await startNew();
    const rival = await startNew();
    for (const draft of [first, rival]) {
      await submit(draft);
      await reviewOf(draft, 'approved');
    }

    const published = await publish(await read(first.id), 'The first edition');

    expect(published.statusCode).toBe(201);
    expect(published.json<{ version: { number: number } }>().version.number).toBe(1);
    expect((await call('GET', '/v1/roadmaps/data-engineer')).statusCode).toBe(200);
    const refused = await publish(await read(rival.id));
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/basedOn');
  });
});

describe('a team of one', () => {
  it('when DRAFTS_SINGLE_EDITOR is on, then the author may approve their own draft', async () => {
    const solo = await createTestApp({ config: { drafts: { singleEditor: true } } });
    try {
      const editor = (await signUp(solo, { role: 'editor' })).accessToken;
      const own = draftsClient(
        () => solo,
        () => editor,
      );
      const started = await own.startFromPublished('backend-developer');
      await own.call('POST', `/v1/drafts/${started.id}/submit`, { token: editor, ifMatch: started.etag });

      const approval = await own.call('POST', `/v1/drafts/${started.id}/reviews`, {
        token: editor,
        body: { kind: 'approved', body: '' },
      });

      expect(approval.statusCode).toBe(201);
      expect((await own.read(started.id)).status).toBe('approved');
    } finally {
      await solo.close();
    }
  });
});

describe('who may review and publish', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const routes: [Method, string, unknown?][] = [
    ['POST', `/v1/drafts/${someId}/submit`],
    ['POST', `/v1/drafts/${someId}/reviews`, { kind: 'comment', body: 'x' }],
    ['GET', `/v1/drafts/${someId}/reviews`],
    ['POST', `/v1/drafts/${someId}/publish`, { notes: 'x' }],
  ];

  it.each(routes)(
    'when %s %s is called without a login, then 401; by a learner, then 403',
    async (method, url, body) => {
      expect((await call(method, url, { body })).statusCode).toBe(401);
      expect((await call(method, url, { token: learner, body })).statusCode).toBe(403);
    },
  );
});
