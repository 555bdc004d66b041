// Roadmap drafts through HTTP on a real database (both engines): starting one three ways, changing it with JSON Patch
// and with sections under If-Match, and the importer's checks with pointers into the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { draftsClient, JSON_PATCH, MERGE_PATCH } from '../support/drafts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let editor: string;
beforeAll(async () => {
  t = await createTestApp();
  editor = (await signUp(t, { role: 'editor' })).accessToken;
});
afterAll(() => t.close());

const { call, startFromPublished, read, auditOf } = draftsClient(
  () => t,
  () => editor,
);

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
      .select(['title'])
      .where('slug', '=', 'backend-developer')
      .executeTakeFirstOrThrow();
    // The base is the latest version: its number and the hash of its whole document (decision 0032).
    const latest = await t.database.db
      .selectFrom('roadmapVersions')
      .select(['number', 'contentHash'])
      .where('roadmapSlug', '=', 'backend-developer')
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    expect(draft).toMatchObject({
      roadmap: { slug: 'backend-developer', title: published.title },
      kind: 'edit',
      status: 'draft',
      revision: 1,
      basedOnVersion: latest.number,
      basedOnHash: latest.contentHash,
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
