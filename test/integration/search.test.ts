import { sql } from 'kysely';
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
  return {
    response,
    body: response.json<{ items: SearchHit[]; correctedQuery: string | null; nextCursor: string | null }>(),
  };
};

describe('GET /v1/search', () => {
  it('when a visitor searches "redis", then the caching step ranks first and links to itself', async () => {
    const { response, body } = await search('q=redis');

    expect(response.statusCode).toBe(200);
    expect(Value.Check(SearchResults, body)).toBe(true);
    expect(body.items[0]).toMatchObject({ kind: 'step', roadmap: 'backend-developer' });
    expect(body.items[0]!.path).toBe(`/v1/roadmaps/backend-developer/steps/${body.items[0]!.id}`);
    expect(body.items[0]!.href).toBe(`/roadmaps/backend-developer/steps/${body.items[0]!.id}`);
    expect(body.correctedQuery).toBeNull();
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

    expect([...kinds].sort()).toEqual(['faq', 'hub', 'resource', 'roadmap', 'step']);
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
    expect(body).toMatchObject({ items: [], correctedQuery: null, nextCursor: null });
  });

  it.each(['jwt', 'jwts', 'JWT'])(
    'when a visitor searches "%s", then the authentication step is found, its JWTs highlighted',
    async (word) => {
      const { body } = await search(`q=${word}&limit=50`);

      const step = body.items.find((hit) => hit.kind === 'step' && hit.id === 'authentication-and-authorization');
      expect(step).toMatchObject({
        roadmap: 'backend-developer',
        href: '/roadmaps/backend-developer/steps/authentication-and-authorization',
      });
      const marked = step!.highlights.map(({ start, end }) => step!.snippet.slice(start, end).toLowerCase());
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((text) => text === 'jwt' || text === 'jwts')).toBe(true);
      expect(body.correctedQuery).toBeNull();
    },
  );

  it('when a visitor misspells "redis" as "reddis", then the results are those for "redis", saying so', async () => {
    const typo = await search('q=reddis&limit=50');
    const right = await search('q=redis&limit=50');

    expect(typo.body.correctedQuery).toBe('redis');
    expect(typo.body.items.length).toBeGreaterThan(0);
    expect(typo.body.items.map((hit) => hit.id)).toEqual(right.body.items.map((hit) => hit.id));
  });

  it('when only some words are misspelt, then only those are corrected', async () => {
    const { body } = await search(`q=${encodeURIComponent('kubernetis basics')}`);

    expect(body.correctedQuery).toBe('kubernetes basics');
    expect(body.items[0]).toMatchObject({ kind: 'step', id: 'kubernetes-basics' });
  });

  it('when a query has one misspelt word and one that matches, then the misspelt word is corrected', async () => {
    const typed = await search(`q=${encodeURIComponent('reddis or cache')}&limit=50&exact=true`);
    const typo = await search(`q=${encodeURIComponent('reddis or cache')}&limit=50`);
    const right = await search(`q=${encodeURIComponent('redis or cache')}&limit=50`);

    expect(typed.body.items.length).toBeGreaterThan(0);
    expect(typo.body.correctedQuery).toBe('redis or cache');
    expect(typo.body.items.map((hit) => hit.id)).toEqual(right.body.items.map((hit) => hit.id));
    expect(typo.body.items.length).toBeGreaterThan(typed.body.items.length);
    expect(typo.body.items.map((hit) => hit.id)).toContain('redis-data-types');
  });

  it('when a misspelt word is in a phrase, then only the word changes and the phrase is searched', async () => {
    const { body } = await search(`q=${encodeURIComponent('"reddis data" or kubernetes')}&limit=50`);
    const right = await search(`q=${encodeURIComponent('"redis data" or kubernetes')}&limit=50`);

    expect(body.correctedQuery).toBe('"redis data" or kubernetes');
    expect(body.items.map((hit) => hit.id)).toEqual(right.body.items.map((hit) => hit.id));
    expect(body.items.map((hit) => hit.id)).toContain('redis-data-types');
  });

  it('when a corrected query runs over a page, then the next page continues the corrected results', async () => {
    const all = (await search(`q=${encodeURIComponent('redis or cache')}&limit=50`)).body.items.map((hit) => hit.id);
    const first = await search(`q=${encodeURIComponent('reddis or cache')}&limit=4`);
    const second = await search(`q=${encodeURIComponent('reddis or cache')}&limit=4&cursor=${first.body.nextCursor}`);

    expect([first.body.correctedQuery, second.body.correctedQuery]).toEqual(['redis or cache', 'redis or cache']);
    expect([...first.body.items, ...second.body.items].map((hit) => hit.id)).toEqual(all.slice(0, 8));
  });

  it('when the correction would find fewer (a misspelt word left out), then the words as typed are searched', async () => {
    const { body } = await search(`q=${encodeURIComponent('cache -reddis')}&limit=50`);
    const cache = await search('q=cache&limit=50');

    expect(body.correctedQuery).toBeNull();
    expect(body.items.map((hit) => hit.id).sort()).toEqual(cache.body.items.map((hit) => hit.id).sort());
  });

  it('when an unknown word already finds what its correction would, then it is not second-guessed', async () => {
    const { body } = await search(`q=${encodeURIComponent('kubernets pods')}`);

    expect(body.correctedQuery).toBeNull();
    expect(body.items[0]).toMatchObject({ kind: 'step', id: 'kubernetes-basics' });
  });

  it('when a visitor asks for exactly the words typed, then a misspelt word is not corrected', async () => {
    const { response, body } = await search('q=reddis&exact=true');

    expect(response.statusCode).toBe(200);
    expect(body).toMatchObject({ items: [], correctedQuery: null, nextCursor: null });
  });

  it('when snippets come back, then they are plain text, the highlights inside them on the words searched', async () => {
    const hits: SearchHit[] = [];
    for (const q of ['jwt', 'redis', 'index', 'docker', 'cheat sheet', 'flexbox', 'degree']) {
      hits.push(...(await search(`q=${encodeURIComponent(q)}&limit=50`)).body.items);
    }

    expect(hits.length).toBeGreaterThan(30);
    for (const hit of hits) {
      expect(hit.snippet, `${hit.kind} ${hit.id}`).not.toMatch(
        /\*\*|`|__|\]\(|^#|\s#{1,6}\s|<\/?[a-z]+>|[\uE000\uE001]/,
      );
      for (const { start, end } of hit.highlights) {
        expect(start).toBeLessThan(end);
        expect(end).toBeLessThanOrEqual(hit.snippet.length);
        expect(hit.snippet.slice(start, end)).toMatch(/^[\p{L}\p{N}]/u);
      }
    }
    expect(hits.some((hit) => hit.highlights.length > 0)).toBe(true);
  });

  it('when Markdown is made plain for snippets, then its marks go and its words stay', async () => {
    const markdown = [
      '## Why it matters',
      'Use **bold**, _it_, `code` and [the guide](https://example.com/x) or ![a chart](c.png).',
      '',
      '- first item',
      '1. second item',
      '> quoted <abbr title="x">HTML</abbr>',
      '```ts',
      'const a = 1;',
      '```',
      '| a | b |',
      '|---|:-:|',
      '---',
      'and `archived_at` stays',
    ].join('\n');

    const { rows } = await sql<{ plain: string }>`select search_plain(${markdown}) as plain`.execute(t.database.db);

    expect(rows[0]!.plain).toBe(
      'Why it matters: Use bold, it, code and the guide or a chart. · first item · second item quoted HTML ' +
        'const a = 1; a b and archived_at stays',
    );
  });

  it('when hits of every kind come back, then each links to its own page, an FAQ entry to its place on the roadmap', async () => {
    const hits: SearchHit[] = [];
    for (const q of ['degree', 'backend developer roadmap', 'cheat sheet', 'postgresql', 'jwt']) {
      hits.push(...(await search(`q=${encodeURIComponent(q)}&limit=50`)).body.items);
    }

    const expected = (hit: SearchHit) => {
      if (hit.kind === 'roadmap') return `/roadmaps/${hit.id}`;
      if (hit.kind === 'step') return `/roadmaps/${hit.roadmap}/steps/${hit.id}`;
      if (hit.kind === 'faq') return `/roadmaps/${hit.roadmap}#faq-${hit.id}`;
      if (hit.kind === 'hub') return `/hub/${hit.id}`;
      return hit.url;
    };
    expect(new Set(hits.map((hit) => hit.kind)).size).toBe(5);
    for (const hit of hits) expect(hit.href, `${hit.kind} ${hit.id}`).toBe(expected(hit));
    const guide = hits.find((hit) => hit.kind === 'hub');
    expect((await t.app.inject(guide!.path!)).statusCode).toBe(200);
  });

  it.each([`o'reilly`, '"exact phrase" -not', 'a\\b c++', "''", "it's", 's', 'or', '-'])(
    'when the query is "%s", then the answer is 200, perhaps empty',
    async (q) => {
      const { response, body } = await search(`q=${encodeURIComponent(q)}`);

      expect(response.statusCode).toBe(200);
      expect(Value.Check(SearchResults, body)).toBe(true);
    },
  );

  it.each(['', 'q=', 'q=%20', 'q=sql&limit=51', 'q=sql&cursor=%%%', 'q=sql&exact=maybe'])(
    'when the query is "%s", then the answer is a 400 problem',
    async (query) => {
      const { response } = await search(query);

      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    },
  );
});
