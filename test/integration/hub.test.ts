import { Value } from 'typebox/value';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HubEntry, HubPage, type HubEntrySummary } from '../../src/modules/hub/hub.schemas.ts';
import { copyFixtureContent, FIXTURE_CONTENT, type FixtureCopy } from '../support/content-fixture.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

// The fixture's hub: alpha-guide (beginner; sql, testing; alpha/a-one and beta/b-one), alpha-review (intermediate;
// sql; alpha/a-one; rated 3.5) and beta-cheats (advanced; reading; beta/b-one).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.container.contentService.importFrom(FIXTURE_CONTENT);
});

const list = async (query: string) => {
  const response = await t.app.inject(`/v1/hub?${query}`);
  return { response, page: response.json<{ items: HubEntrySummary[]; nextCursor: string | null }>() };
};
const idsOf = async (query: string) => (await list(query)).page.items.map((item) => item.id);

describe('GET /v1/hub', () => {
  it('when the hub is listed, then every entry comes in id order with its steps and, for a review, its rating', async () => {
    const { response, page } = await list('');

    expect(response.statusCode).toBe(200);
    expect(Value.Check(HubPage, page)).toBe(true);
    expect(page.items.map((item) => [item.id, item.kind, item.rating])).toEqual([
      ['alpha-guide', 'guide', null],
      ['alpha-review', 'review', 3.5],
      ['beta-cheats', 'cheatsheet', null],
    ]);
    expect(page.items[0]!.steps).toEqual([
      { roadmap: 'alpha', stepId: 'a-one', stepTitle: 'Step one about databases' },
      { roadmap: 'beta', stepId: 'b-one', stepTitle: 'The only step' },
    ]);
  });

  it('when paged one at a time, then the cursor walks through every entry once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { page } = await list(`limit=1${cursor === null ? '' : `&cursor=${cursor}`}`);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length < 10);

    expect(seen).toEqual(['alpha-guide', 'alpha-review', 'beta-cheats']);
  });

  it('when filtered by kind, level or topic, then only matching entries come back', async () => {
    expect(await idsOf('kind=review')).toEqual(['alpha-review']);
    expect(await idsOf('level=advanced')).toEqual(['beta-cheats']);
    expect(await idsOf('topic=sql')).toEqual(['alpha-guide', 'alpha-review']);
    expect(await idsOf('topic=sql&kind=guide')).toEqual(['alpha-guide']);
  });

  it('when filtered by roadmap or by one of its steps, then the entries that name it come back', async () => {
    expect(await idsOf('roadmap=alpha')).toEqual(['alpha-guide', 'alpha-review']);
    expect(await idsOf('roadmap=beta&step=b-one')).toEqual(['alpha-guide', 'beta-cheats']);
    expect(await idsOf('roadmap=alpha&step=a-two')).toEqual([]);
  });

  it('when a filter does not exist or has a value the hub does not know, then 400 names it', async () => {
    for (const [query, pointer] of [
      ['colour=red', '/colour'],
      ['kind=video', '/kind'],
      ['level=expert', '/level'],
    ]) {
      const { response } = await list(query!);

      expect(response.statusCode, query).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer, query).toBe(pointer);
    }
  });

  it('when a step is given without its roadmap, then 400 names the roadmap parameter', async () => {
    const { response } = await list('step=a-one');

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/roadmap');
  });

  it('when searched, then words in titles and bodies match, stemmed', async () => {
    expect(await idsOf('q=lighthouse')).toEqual(['alpha-guide']);
    expect(await idsOf('q=manuals')).toEqual(['alpha-review']);
    expect((await idsOf('q=table')).sort()).toEqual(['alpha-guide', 'beta-cheats']);
    expect(await idsOf('q=table&kind=cheatsheet')).toEqual(['beta-cheats']);
  });

  it('when a search is paged, then the pages join up without repeats', async () => {
    const first = await list('q=alpha&limit=1');
    const second = await list(`q=alpha&limit=1&cursor=${first.page.nextCursor}`);

    expect(first.page.items).toHaveLength(1);
    expect(second.page.items).toHaveLength(1);
    expect(second.page.items[0]!.id).not.toBe(first.page.items[0]!.id);
  });

  it('when a list cursor is used for a search, then 400 names the cursor', async () => {
    const { page } = await list('limit=1');
    const { response } = await list(`q=alpha&cursor=${page.nextCursor}`);

    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/cursor');
  });

  it('when the reader sends the ETag back, then 304 and a public cache header', async () => {
    const first = await t.app.inject('/v1/hub?kind=guide');
    const again = await t.app.inject({ url: '/v1/hub?kind=guide', headers: { 'if-none-match': first.headers.etag! } });

    expect(first.headers['cache-control']).toMatch(/public/);
    expect(again.statusCode).toBe(304);
  });
});

describe('GET /v1/hub/{id}', () => {
  it('when a guide is read, then it has its body and a table of contents with unique anchors', async () => {
    const response = await t.app.inject('/v1/hub/alpha-guide');
    const entry = response.json<Extract<HubEntry, { kind: 'guide' }>>();

    expect(response.statusCode).toBe(200);
    expect(Value.Check(HubEntry, entry)).toBe(true);
    expect(entry.kind).toBe('guide');
    expect(entry.body).toMatch(/^## Tables first/);
    expect(entry.toc).toEqual([
      { level: 2, text: 'Tables first', anchor: 'tables-first' },
      { level: 3, text: 'Keys and indexes', anchor: 'keys-and-indexes' },
      { level: 2, text: 'Tables first', anchor: 'tables-first-2' },
    ]);
  });

  it('when a review is read, then its structured fields come with it', async () => {
    const entry = (await t.app.inject('/v1/hub/alpha-review')).json<Extract<HubEntry, { kind: 'review' }>>();

    expect(Value.Check(HubEntry, entry)).toBe(true);
    expect(entry).toMatchObject({
      kind: 'review',
      subject: {
        name: 'The alpha manual',
        kind: 'book',
        url: 'https://example.org/alpha',
        by: 'Alpha Press',
        free: false,
      },
      verdict: 'Worth it for the index chapter.',
      rating: 3.5,
      suits: ['People who like examples'],
      notFor: [],
      strengths: ['Clear examples'],
      weaknesses: ['No exercises'],
      reviewed: '2026-11-21',
      updated: '2026-11-21',
    });
  });

  it('when a cheatsheet is read, then its body is the table', async () => {
    const entry = (await t.app.inject('/v1/hub/beta-cheats')).json<Extract<HubEntry, { kind: 'cheatsheet' }>>();

    expect(entry.kind).toBe('cheatsheet');
    expect(entry.body).toContain('| Read twice | It sticks |');
    expect('toc' in entry).toBe(false);
  });

  it('when the id is unknown or malformed, then 404 or 400', async () => {
    expect((await t.app.inject('/v1/hub/no-such-entry')).statusCode).toBe(404);
    expect((await t.app.inject('/v1/hub/Not_An_Id')).statusCode).toBe(400);
  });
});

describe('importing the hub', () => {
  let content: FixtureCopy;
  beforeEach(async () => {
    content = await copyFixtureContent();
  });
  afterEach(() => content.cleanup());

  it('when the same hub is imported again, then nothing changes', async () => {
    const summary = await t.container.contentService.importFrom(FIXTURE_CONTENT);

    expect(summary.hub).toEqual({ created: 0, updated: 0, archived: 0 });
  });

  it('when an entry is edited, then readers see the change with a new ETag', async () => {
    const before = await t.app.inject('/v1/hub/beta-cheats');
    await content.edit('hub/cheatsheets/beta-cheats.md', (text) => text.replace('It sticks', 'It stays'));

    const summary = await t.container.contentService.importFrom(content.dir);
    const after = await t.app.inject('/v1/hub/beta-cheats');

    expect(summary.hub).toEqual({ created: 0, updated: 1, archived: 0 });
    expect(after.json<{ body: string }>().body).toContain('It stays');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('when an entry leaves the files, then it is archived, not deleted, and comes back when restored', async () => {
    await content.remove('hub/reviews/alpha-review.md');

    const removal = await t.container.contentService.importFrom(content.dir);
    const stored = await t.database.db
      .selectFrom('hubEntries')
      .select('archivedAt')
      .where('id', '=', 'alpha-review')
      .executeTakeFirst();

    expect(removal.hub.archived).toBe(1);
    expect(stored?.archivedAt).toBeInstanceOf(Date);
    expect((await t.app.inject('/v1/hub/alpha-review')).statusCode).toBe(404);
    expect(await idsOf('')).toEqual(['alpha-guide', 'beta-cheats']);

    const restored = await t.container.contentService.importFrom(FIXTURE_CONTENT);
    expect(restored.hub).toEqual({ created: 0, updated: 1, archived: 0 });
    expect((await t.app.inject('/v1/hub/alpha-review')).statusCode).toBe(200);
  });
});

describe('"Was this helpful?" on a hub entry', () => {
  const vote = (roadmap: string, target: string) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { roadmap, target, helpful: true },
      remoteAddress: '198.51.100.40',
    });

  it('when a reader votes on an entry under a roadmap it names, then the vote is counted there', async () => {
    const response = await vote('beta', 'hub:alpha-guide');
    const counts = await t.app.inject('/v1/feedback/summary?roadmap=beta&target=hub:alpha-guide');

    expect(response.statusCode).toBe(200);
    expect(counts.json<{ items: unknown[] }>().items).toEqual([
      { target: 'hub:alpha-guide', helpful: 1, notHelpful: 0 },
    ]);
  });

  it('when the entry does not exist or names no step of that roadmap, then 400 names the target', async () => {
    for (const [roadmap, target] of [
      ['alpha', 'hub:no-such-entry'],
      ['beta', 'hub:alpha-review'],
    ] as const) {
      const response = await vote(roadmap, target);

      expect(response.statusCode, target).toBe(400);
      expect(response.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/target');
    }
  });
});
