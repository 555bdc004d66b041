// Roadmap drafts through HTTP on a real database (both engines): starting one three ways, changing it with JSON Patch
// and with sections under If-Match, the importer's checks with pointers into the document, the preview, discarding,
// and who may do any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft, DraftSummary } from '../../src/modules/drafts/drafts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
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

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (
  method: Method,
  url: string,
  options: { token?: string | undefined; body?: unknown; type?: string; ifMatch?: string } = {},
) =>
  t.app.inject({
    method,
    url,
    headers: {
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }),
      ...(options.body === undefined ? {} : { 'content-type': options.type ?? 'application/json' }),
    },
    ...(options.body === undefined ? {} : { payload: JSON.stringify(options.body) }),
  });

const JSON_PATCH = 'application/json-patch+json';
const MERGE_PATCH = 'application/merge-patch+json';

const startFromPublished = async (slug = 'backend-developer') => {
  const response = await call('POST', `/v1/roadmaps/${slug}/drafts`, { token: editor, body: { from: 'published' } });
  expect(response.statusCode).toBe(201);
  return response.json<Draft>();
};
const read = async (id: string) => (await call('GET', `/v1/drafts/${id}`, { token: editor })).json<Draft>();
const auditOf = (draftId: string) =>
  t.database.db
    .selectFrom('auditLog')
    .select(['action', 'details'])
    .where((eb) => eb(eb.ref('details', '->>').key('draft'), '=', draftId))
    .orderBy('id')
    .execute();

describe('starting a draft', () => {
  it('when an editor starts from the published roadmap, then it holds the whole roadmap, with Location and ETag', async () => {
    const response = await call('POST', '/v1/roadmaps/backend-developer/drafts', {
      token: editor,
      body: { from: 'published' },
    });

    expect(response.statusCode).toBe(201);
    const draft = response.json<Draft>();
    expect(response.headers.location).toBe(`/v1/drafts/${draft.id}`);
    expect(response.headers.etag).toBe(`"draft-${draft.id}-1"`);
    const published = await t.database.db
      .selectFrom('roadmaps')
      .select(['contentHash', 'title'])
      .where('slug', '=', 'backend-developer')
      .executeTakeFirstOrThrow();
    expect(draft).toMatchObject({
      roadmap: { slug: 'backend-developer', title: published.title },
      kind: 'edit',
      status: 'draft',
      revision: 1,
      basedOnHash: published.contentHash,
      startedFrom: { published: 'backend-developer' },
      author: { name: expect.any(String) as string },
    });
    expect(draft.document.steps).toHaveLength(15);
    expect(draft.document.faq.length).toBeGreaterThan(0);
    expect((await auditOf(draft.id)).map((entry) => entry.action)).toEqual(['draft.started']);
  });

  it('when an editor starts a new roadmap as a copy of another, then it has the other’s content under the new slug', async () => {
    const response = await call('POST', '/v1/drafts', {
      token: editor,
      body: { slug: 'platform-engineer', from: 'roadmap', roadmap: 'devops-engineer' },
    });

    expect(response.statusCode).toBe(201);
    const draft = response.json<Draft>();
    const devops = (await startFromPublished('devops-engineer')).document;
    expect(draft).toMatchObject({ kind: 'new', basedOnHash: null, startedFrom: { copy: 'devops-engineer' } });
    expect(draft.document).toEqual({ ...devops, slug: 'platform-engineer' });
  });

  it('when an editor starts a new roadmap empty, then it is a valid skeleton that previews', async () => {
    const response = await call('POST', '/v1/drafts', {
      token: editor,
      body: { slug: 'data-engineer', from: 'empty' },
    });

    expect(response.statusCode).toBe(201);
    const draft = response.json<Draft>();
    expect(draft).toMatchObject({ kind: 'new', startedFrom: { empty: true }, roadmap: { slug: 'data-engineer' } });
    expect(draft.document.steps).toHaveLength(1);
    const preview = await call('GET', `/v1/drafts/${draft.id}/preview`, { token: editor });
    expect(preview.statusCode).toBe(200);
    expect(preview.json<RoadmapDocument>().stats).toEqual({ tiers: 1, steps: 1, estimatedHours: 10, resources: 0 });
  });

  it('when the new slug is taken or not kebab-case, then the draft is refused naming the slug', async () => {
    const taken = await call('POST', '/v1/drafts', {
      token: editor,
      body: { slug: 'backend-developer', from: 'empty' },
    });
    const malformed = await call('POST', '/v1/drafts', { token: editor, body: { slug: 'Not A Slug', from: 'empty' } });
    const unknown = await call('POST', '/v1/roadmaps/no-such-roadmap/drafts', {
      token: editor,
      body: { from: 'published' },
    });

    expect(taken.statusCode).toBe(409);
    expect(taken.json<{ errors: unknown[] }>().errors).toEqual([expect.objectContaining({ pointer: '/slug' })]);
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('/slug');
    expect(unknown.statusCode).toBe(404);
  });
});

describe('changing a draft', () => {
  it('when a JSON Patch is sent with the current ETag, then it applies, the revision counts on and the change is audited', async () => {
    const draft = await startFromPublished();

    const response = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      type: JSON_PATCH,
      ifMatch: draft.etag,
      body: [
        { op: 'test', path: '/steps/0/id', value: draft.document.steps[0]!.id },
        { op: 'replace', path: '/title', value: 'Backend developer, revised' },
        { op: 'replace', path: '/steps/2/estimatedHours', value: 33 },
      ],
    });

    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"draft-${draft.id}-2"`);
    const after = await read(draft.id);
    expect(after.revision).toBe(2);
    expect(after.roadmap.title).toBe('Backend developer, revised');
    expect(after.document.steps[2]!.estimatedHours).toBe(33);
    expect(after.document.steps[3]).toEqual(draft.document.steps[3]);
    expect(await auditOf(draft.id)).toEqual([
      expect.objectContaining({ action: 'draft.started' }),
      {
        action: 'draft.changed',
        details: expect.objectContaining({ revision: 2, change: 'json-patch', sections: ['steps', 'title'] }) as object,
      },
    ]);
  });

  it('when whole sections are sent as a merge patch or plain JSON, then they replace the draft’s', async () => {
    const draft = await startFromPublished();
    const faq = [{ id: 'only-question', question: 'Is this the only question?', answer: 'For now, **yes**.' }];

    const merged = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      type: MERGE_PATCH,
      ifMatch: draft.etag,
      body: { faq, plan: { summary: 'A shorter plan summary.' } },
    });
    const plain = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      ifMatch: merged.headers.etag as string,
      body: { summary: 'A summary sent as plain JSON.' },
    });

    expect(merged.statusCode).toBe(200);
    expect(plain.statusCode).toBe(200);
    const after = await read(draft.id);
    expect(after.document.faq).toEqual(faq);
    expect(after.document.plan).toEqual({ ...draft.document.plan, summary: 'A shorter plan summary.' });
    expect(after.document.summary).toBe('A summary sent as plain JSON.');
    expect(after.revision).toBe(3);
  });

  it('when If-Match is stale, then the answer is 412 and nothing changes', async () => {
    const draft = await startFromPublished();
    await call('PATCH', `/v1/drafts/${draft.id}`, { token: editor, ifMatch: draft.etag, body: { title: 'First' } });

    const stale = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      ifMatch: draft.etag,
      body: { title: 'Second' },
    });

    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    const after = await read(draft.id);
    expect(after.revision).toBe(2);
    expect(after.document.title).toBe('First');
  });

  it('when If-Match is missing, then the answer is 428 and nothing changes', async () => {
    const draft = await startFromPublished();

    const response = await call('PATCH', `/v1/drafts/${draft.id}`, { token: editor, body: { title: 'Unguarded' } });

    expect(response.statusCode).toBe(428);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await read(draft.id)).document).toEqual(draft.document);
  });

  it('when two changes are sent with the same If-Match at once, then exactly one lands and the other gets 412', async () => {
    const draft = await startFromPublished();

    const answers = await Promise.all(
      ['One', 'Two'].map((title) =>
        call('PATCH', `/v1/drafts/${draft.id}`, { token: editor, ifMatch: draft.etag, body: { title } }),
      ),
    );

    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 412]);
    const after = await read(draft.id);
    expect(after.revision).toBe(2);
    expect(after.document.title).toBe(
      answers.find((answer) => answer.statusCode === 200)!.json<Draft>().document.title,
    );
    expect((await auditOf(draft.id)).filter((entry) => entry.action === 'draft.changed')).toHaveLength(1);
  });
});

describe('the importer’s checks on a change', () => {
  const rejected = async (body: unknown, type = JSON_PATCH) => {
    const draft = await startFromPublished();
    const response = await call('PATCH', `/v1/drafts/${draft.id}`, { token: editor, type, ifMatch: draft.etag, body });
    expect(response.statusCode).toBe(400);
    expect(await read(draft.id)).toEqual(draft);
    return response.json<{ errors: { in: string; pointer: string; detail: string }[] }>().errors;
  };

  it('when a step’s hours would break the schema, then the 400 names its pointer in the document and nothing is written', async () => {
    const errors = await rejected([{ op: 'replace', path: '/steps/3/estimatedHours', value: 0 }]);

    expect(errors).toEqual([expect.objectContaining({ in: 'document', pointer: '/steps/3/estimatedHours' })]);
  });

  it('when a tier would name a step that is not there, then the 400 names the tier’s entry and the unplaced step', async () => {
    const errors = await rejected([{ op: 'replace', path: '/tiers/0/steps/0', value: 'no-such-step' }]);

    expect(errors.map((error) => error.pointer)).toEqual(expect.arrayContaining(['/tiers/0/steps/0', '/steps/0']));
  });

  it('when a step would link an unknown resource or share another step’s id, then each is named', async () => {
    const draft = await startFromPublished();
    const errors = await rejected([
      { op: 'add', path: '/steps/0/resources/0', value: 'no-such-resource' },
      { op: 'replace', path: '/steps/1/id', value: draft.document.steps[0]!.id },
    ]);

    expect(errors.map((error) => error.pointer)).toEqual(
      expect.arrayContaining(['/steps/0/resources/0', '/steps/1/id']),
    );
  });

  it('when a section patch would change the slug or add an unknown section, then it is refused', async () => {
    const slug = await rejected([{ op: 'replace', path: '/slug', value: 'another-slug' }]);
    const unknown = await rejected({ colour: 'blue' }, MERGE_PATCH);

    expect(slug).toEqual([expect.objectContaining({ in: 'document', pointer: '/slug' })]);
    expect(unknown).toEqual([expect.objectContaining({ in: 'body', pointer: '/colour' })]);
  });

  it('when a JSON Patch operation cannot be applied, then the answer names its index: 409 for a failed test, 400 otherwise', async () => {
    const draft = await startFromPublished();
    const failedTest = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      type: JSON_PATCH,
      ifMatch: draft.etag,
      body: [
        { op: 'replace', path: '/title', value: 'Changed' },
        { op: 'test', path: '/summary', value: 'not the summary' },
      ],
    });
    const missing = await call('PATCH', `/v1/drafts/${draft.id}`, {
      token: editor,
      type: JSON_PATCH,
      ifMatch: draft.etag,
      body: [{ op: 'remove', path: '/steps/999' }],
    });

    expect(failedTest.statusCode).toBe(409);
    expect(failedTest.json<{ errors: unknown[] }>().errors).toEqual([expect.objectContaining({ pointer: '/1' })]);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: unknown[] }>().errors).toEqual([expect.objectContaining({ pointer: '/0' })]);
    expect(await read(draft.id)).toEqual(draft);
  });
});

describe('previewing, listing and discarding', () => {
  it('when a draft is unchanged, then its preview is the published roadmap’s answer', async () => {
    const draft = await startFromPublished('frontend-developer');

    const preview = await call('GET', `/v1/drafts/${draft.id}/preview`, { token: editor });
    const published = await call('GET', '/v1/roadmaps/frontend-developer');

    expect(preview.statusCode).toBe(200);
    const { updatedAt: _draftTime, ...previewed } = preview.json<RoadmapDocument>();
    const { updatedAt: _publishedTime, ...learners } = published.json<RoadmapDocument>();
    expect(previewed).toEqual(learners);
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
