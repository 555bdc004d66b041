// What publishing a draft would change (GET /v1/drafts/{id}/diff) and whether the reader may approve it, through HTTP
// on a real database (both engines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { DraftDiff } from '../../src/modules/reviews/reviews.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { sectionsWithoutStep } from '../support/draft-documents.ts';
import { draftsClient, MERGE_PATCH } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let author: string;
let reviewer: string;
let learner: string;
beforeAll(async () => {
  t = await createTestApp();
  author = (await signUp(t, { role: 'editor' })).accessToken;
  reviewer = (await signUp(t, { role: 'editor' })).accessToken;
  learner = (await signUp(t)).accessToken;
});
afterAll(() => t.close());

const { call, startFromPublished } = draftsClient(
  () => t,
  () => author,
);
const diffOf = async (draft: Draft, token = author) => {
  const response = await call('GET', `/v1/drafts/${draft.id}/diff`, { token });
  expect(response.statusCode).toBe(200);
  return response.json<DraftDiff>();
};

describe('the diff of a draft', () => {
  it('when a draft is just started from the published roadmap, then nothing changed, from its latest version', async () => {
    const started = await startFromPublished('frontend-developer');

    const diff = await diffOf(started);

    expect(diff).toMatchObject({ from: 1, to: 2, texts: [] });
    expect(diff.steps).toEqual({ added: [], removed: [], moved: [], renamed: [] });
  });

  it('when a draft renames the roadmap and drops a step, then the diff has the title text and the removed step', async () => {
    const started = await startFromPublished('frontend-developer');
    const first = started.document.steps[0]!;
    const changed = await call('PATCH', `/v1/drafts/${started.id}`, {
      token: author,
      ifMatch: started.etag,
      type: MERGE_PATCH,
      body: { ...sectionsWithoutStep(started.document, first.id), title: 'Frontend, step by step' },
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const diff = await diffOf(started, reviewer);

    expect(diff.texts).toContainEqual(
      expect.objectContaining({ section: 'title', before: started.document.title, after: 'Frontend, step by step' }),
    );
    expect(diff.steps.removed.map((step) => step.id)).toEqual([first.id]);
  });

  it('when the draft is of a new roadmap, then it is compared with nothing: from null, every step added', async () => {
    const response = await call('POST', '/v1/drafts', {
      token: author,
      body: { slug: 'data-engineer', from: 'empty' },
    });
    const draft = response.json<Draft>();

    const diff = await diffOf(draft);

    expect(diff.from).toBeNull();
    expect(diff.to).toBe(1);
    expect(diff.steps.added.map((step) => step.id)).toEqual(draft.document.steps.map((step) => step.id));
    expect(diff.texts).toContainEqual(
      expect.objectContaining({ section: 'title', before: null, after: 'New roadmap' }),
    );
  });

  it('when there is no such draft, then 404', async () => {
    const response = await call('GET', '/v1/drafts/00000000-0000-4000-8000-000000000000/diff', { token: author });

    expect(response.statusCode).toBe(404);
  });

  it('when it is read without a login, then 401; by a learner, then 403', async () => {
    const started = await startFromPublished('frontend-developer');

    expect((await call('GET', `/v1/drafts/${started.id}/diff`)).statusCode).toBe(401);
    expect((await call('GET', `/v1/drafts/${started.id}/diff`, { token: learner })).statusCode).toBe(403);
  });
});

describe('who may approve, as the review thread says', () => {
  it('when the author reads the thread, then they may not approve; another editor may', async () => {
    const started = await startFromPublished('frontend-developer');
    const thread = (token: string) => call('GET', `/v1/drafts/${started.id}/reviews`, { token });

    expect((await thread(author)).json()).toEqual({ items: [], youMayApprove: false });
    expect((await thread(reviewer)).json()).toEqual({ items: [], youMayApprove: true });
  });
});
