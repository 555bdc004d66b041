// Roadmap drafts, continued (drafts.test.ts starts and changes them): the preview against the published roadmap, the
// editors' list, discarding, and who may do any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../src/modules/drafts/drafts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { draftsClient, JSON_PATCH, type Method } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let editor: string;
let learner: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
  learner = (await signUp(t)).accessToken;
});
afterAll(() => t.close());

const { call, startFromPublished, read, auditOf } = draftsClient(
  () => t,
  () => editor,
);

describe('previewing, listing and discarding', () => {
  it('when a draft is unchanged, then its preview is the published roadmap’s answer', async () => {
    const draft = await startFromPublished('frontend-developer');

    const preview = await call('GET', `/v1/drafts/${draft.id}/preview`, { token: editor });
    const published = await call('GET', '/v1/roadmaps/frontend-developer');

    expect(preview.statusCode).toBe(200);
    // A draft is not published: it has its own time and no version number yet.
    const { updatedAt: _draftTime, version: draftVersion, ...previewed } = preview.json<RoadmapDocument>();
    const { updatedAt: _publishedTime, version: publishedVersion, ...learners } = published.json<RoadmapDocument>();
    expect(previewed).toEqual(learners);
    expect(draftVersion).toBeNull();
    expect(publishedVersion?.number).toBe(1);
  });

  it('when a draft changes, then the preview shows the change and the published roadmap does not', async () => {
    const draft = await startFromPublished('frontend-developer');
    await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      type: JSON_PATCH,
      ifMatch: draft.etag,
      body: [{ op: 'replace', path: '/steps/0/estimatedHours', value: 99 }],
    });

    const preview = (await call('GET', `/v1/drafts/${draft.id}/preview`, { token: editor })).json<RoadmapDocument>();
    const published = (await call('GET', '/v1/roadmaps/frontend-developer')).json<RoadmapDocument>();

    expect(preview.tiers[0]!.steps[0]!.estimatedHours).toBe(99);
    expect(published.tiers[0]!.steps[0]!.estimatedHours).not.toBe(99);
    expect(preview.stats.estimatedHours - published.stats.estimatedHours).toBe(
      99 - published.tiers[0]!.steps[0]!.estimatedHours,
    );
  });

  it('when drafts are listed for one roadmap a page at a time, then every one comes once, newest first', async () => {
    const first = await startFromPublished('devops-engineer');
    const second = await startFromPublished('devops-engineer');

    const page1 = await call('GET', '/v1/drafts?roadmap=devops-engineer&limit=1', { token: editor });
    const { nextCursor } = page1.json<{ nextCursor: string }>();
    const page2 = await call('GET', `/v1/drafts?roadmap=devops-engineer&limit=100&cursor=${nextCursor}`, {
      token: editor,
    });

    const ids = [
      ...page1.json<{ items: DraftSummary[] }>().items,
      ...page2.json<{ items: DraftSummary[] }>().items,
    ].map((item) => item.id);
    expect(ids.slice(0, 2)).toEqual([second.id, first.id]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page1.json<{ items: DraftSummary[] }>().items[0]).not.toHaveProperty('document');
  });

  it('when a draft is discarded, then it is kept as discarded, left out of the list, and can no longer change', async () => {
    const draft = await startFromPublished('devops-engineer');

    const discarded = await call('DELETE', `/v1/drafts/${draft.id}`, { token: editor, ifMatch: draft.etag });
    const change = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      ifMatch: `"draft-${draft.id}-2"`,
      body: { title: 'Too late' },
    });

    expect(discarded.statusCode).toBe(204);
    expect((await read(draft.id)).status).toBe('discarded');
    expect(change.statusCode).toBe(409);
    const listed = (await call('GET', '/v1/drafts?limit=100', { token: editor })).json<{ items: DraftSummary[] }>();
    expect(listed.items.map((item) => item.id)).not.toContain(draft.id);
    const asked = await call('GET', '/v1/drafts?status=discarded', { token: editor });
    expect(asked.json<{ items: DraftSummary[] }>().items.map((item) => item.id)).toContain(draft.id);
    expect((await auditOf(draft.id)).map((entry) => entry.action)).toEqual(['draft.started', 'draft.discarded']);
  });
});

describe('who may work on drafts', () => {
  const someId = '00000000-0000-4000-8000-000000000000';
  const routes: [Method, string, unknown?][] = [
    ['POST', '/v1/roadmaps/backend-developer/drafts', { from: 'published' }],
    ['POST', '/v1/drafts', { slug: 'some-roadmap', from: 'empty' }],
    ['GET', '/v1/drafts'],
    ['GET', `/v1/drafts/${someId}`],
    ['PATCH', `/v1/drafts/${someId}`, { title: 'x' }],
    ['DELETE', `/v1/drafts/${someId}`],
    ['GET', `/v1/drafts/${someId}/preview`],
  ];

  it.each(routes)(
    'when %s %s is called without a login, then 401; by a learner, then 403',
    async (method, url, body) => {
      const anonymous = await call(method, url, { body });
      const byLearner = await call(method, url, { token: learner, body });

      expect(anonymous.statusCode).toBe(401);
      expect(byLearner.statusCode).toBe(403);
    },
  );

  it('when an admin reads a draft an editor started, then it is there: drafts are shared by every editor', async () => {
    const admin = (await signUp(t, { role: 'admin' })).accessToken;
    const draft = await startFromPublished();

    expect((await call('GET', `/v1/drafts/${draft.id}`, { token: admin })).statusCode).toBe(200);
  });
});
