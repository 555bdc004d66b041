import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchResults, type SearchHit } from '../../src/modules/search/search.schemas.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = async (query: string) => {
  const response = await t.app.inject(`/v1/search?${query}`);
  return { response, body: response.json<{ items: SearchHit[]; nextCursor: string | null }>() };
};

describe('GET /v1/search', () => {
  it('when a visitor searches "redis", then the caching step ranks first and links to itself', async () => {
    const { response, body } = await search('q=redis');

    expect(response.statusCode).toBe(200);
    expect(Value.Check(SearchResults, body)).toBe(true);
    expect(body.items[0]).toMatchObject({ kind: 'step', roadmap: 'backend-developer' });
    expect(body.items[0]!.path).toBe(`/v1/roadmaps/backend-developer/steps/${body.items[0]!.id}`);
    expect(body.items[0]!.snippet).toContain('**');
  });

  it('when a visitor searches words of the other roadmaps, then their steps are found, under their own roadmap', async () => {
    const kubernetes = (await search('q=kubernetes&limit=50')).body.items.filter((hit) => hit.kind === 'step');
    const flexbox = (await search('q=flexbox&limit=50')).body.items.filter((hit) => hit.kind === 'step');

    expect(kubernetes[0]).toMatchObject({ roadmap: 'devops-engineer', id: 'kubernetes-basics' });
    expect(flexbox.map((hit) => hit.roadmap)).toContain('frontend-developer');
    expect(flexbox.every((hit) => hit.path === `/v1/roadmaps/${hit.roadmap}/steps/${hit.id}`)).toBe(true);
  });

  it('when results come back, then they are ordered by rank', async () => {
    const { body } = await search('q=database&limit=50');

    const ranks = body.items.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('when the words match FAQ entries, resources and the roadmap, then each kind can be found', async () => {
    const kinds = new Set<string>();
    for (const q of ['degree', 'backend developer roadmap', 'cheat sheet', 'postgresql']) {
      for (const hit of (await search(`q=${encodeURIComponent(q)}&limit=50`)).body.items) kinds.add(hit.kind);
    }

    expect([...kinds].sort()).toEqual(['faq', 'resource', 'roadmap', 'step']);
  });

  it('when a resource is found, then it carries its external url and no API path', async () => {
    const { body } = await search('q=postgresql&limit=50');

    const resource = body.items.find((hit) => hit.kind === 'resource');
    expect(resource?.url).toMatch(/^https?:\/\//);
    expect(resource?.path).toBeNull();
  });

  it('when results run over a page, then the next page continues where the first stopped', async () => {
    const all = (await search('q=api&limit=50')).body.items.map((hit) => `${hit.kind}:${hit.id}`);
    const first = await search('q=api&limit=3');
    const second = await search(`q=api&limit=3&cursor=${first.body.nextCursor}`);

    expect(all.length).toBeGreaterThan(6);
    expect([...first.body.items, ...second.body.items].map((hit) => `${hit.kind}:${hit.id}`)).toEqual(all.slice(0, 6));
  });

  it('when nothing matches, then the list is empty', async () => {
    const { response, body } = await search('q=xylophonist');

    expect(response.statusCode).toBe(200);
    expect(body).toMatchObject({ items: [], nextCursor: null });
  });

  it.each(['', 'q=', 'q=%20', 'q=sql&limit=51', 'q=sql&cursor=%%%'])(
    'when the query is "%s", then the answer is a 400 problem',
    async (query) => {
      const { response } = await search(query);

      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );
});
