import { Type } from 'typebox';
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { Cache } from '../../infra/cache.ts';
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  MAX_SEARCH_OFFSET,
  type SearchRepository,
  type SearchRow,
} from './search.repository.ts';
import type { Highlight, SearchHit } from './search.schemas.ts';

const SearchCursor = Type.Object(
  { offset: Type.Integer({ minimum: 1, maximum: MAX_SEARCH_OFFSET }) },
  { additionalProperties: false },
);

const pathOf = (row: SearchRow) => {
  switch (row.kind) {
    case 'roadmap':
      return `/v1/roadmaps/${row.id}`;
    case 'step':
      return `/v1/roadmaps/${row.roadmap}/steps/${row.id}`;
    case 'faq':
      return `/v1/roadmaps/${row.roadmap}`;
    case 'resource':
      return null;
    case 'hub':
      return `/v1/hub/${row.id}`;
  }
};

/** The web app's page for a hit (web/src/App.tsx routes); the FAQ entry's own anchor on its roadmap page. */
const hrefOf = (row: SearchRow) => {
  switch (row.kind) {
    case 'roadmap':
      return `/roadmaps/${row.id}`;
    case 'step':
      return `/roadmaps/${row.roadmap}/steps/${row.id}`;
    case 'faq':
      return `/roadmaps/${row.roadmap}#faq-${row.id}`;
    case 'resource':
      return row.url ?? '/';
    case 'hub':
      return `/hub/${row.id}`;
  }
};

/** The snippet without ts_headline's marks, and where the marked words are in what is left. */
export const highlightsOf = (marked: string): { snippet: string; highlights: Highlight[] } => {
  let snippet = '';
  const highlights: Highlight[] = [];
  let start: number | undefined;
  for (const char of marked) {
    if (char === HIGHLIGHT_START) start = snippet.length;
    else if (char === HIGHLIGHT_STOP) {
      if (start !== undefined && snippet.length > start) highlights.push({ start, end: snippet.length });
      start = undefined;
    } else snippet += char;
  }
  return { snippet, highlights };
};

/** The words of a query as search_words holds them: runs of letters and digits, in lower case. */
const wordsOf = (q: string) => q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The cache namespace of search result pages; a content import invalidates it. */
export const SEARCH_CACHE = 'search';

export interface SearchServiceDeps {
  searchRepository: SearchRepository;
  cache: Pick<Cache, 'namespace'>;
}

interface Found {
  rows: SearchRow[];
  correctedQuery: string | null;
}

export const createSearchService = ({ searchRepository, cache }: SearchServiceDeps) => {
  const pages = cache.namespace<Found>(SEARCH_CACHE);

  /** The query with each unknown word replaced by the closest published one; undefined when nothing changes. */
  const corrected = async (q: string) => {
    const words = wordsOf(q);
    if (words.length === 0) return undefined;
    const closest = await searchRepository.closestWords(words);
    const fixed = words.map((word, index) => (word.length >= 3 ? (closest[index] ?? word) : word));
    return fixed.some((word, index) => word !== words[index]) ? fixed.join(' ') : undefined;
  };

  // Typo fallback only when the words as typed find nothing: a page past the first comes from a cursor that the
  // same (corrected) search gave, so it corrects the same way.
  const find = async (q: string, offset: number, rows: number): Promise<Found> => {
    const hits = await searchRepository.search(q, offset, rows);
    if (hits.length > 0) return { rows: hits, correctedQuery: null };
    const instead = await corrected(q);
    if (instead === undefined) return { rows: hits, correctedQuery: null };
    return { rows: await searchRepository.search(instead, offset, rows), correctedQuery: instead };
  };

  return {
    async search(options: { q: string; limit?: number | undefined; cursor?: string | undefined }) {
      const limit = options.limit ?? 10;
      const offset = resumeFrom(options.cursor, SearchCursor)?.offset ?? 0;
      // 'v2': entries cached before corrections were a bare list of rows.
      const found = (await pages.getOrLoad(JSON.stringify(['v2', options.q, offset, limit]), () =>
        find(options.q, offset, rowsForPage(limit)),
      )) ?? { rows: [], correctedQuery: null };
      const page = pageOf(found.rows, limit, () => ({ offset: offset + limit }));
      const items: SearchHit[] = page.items.map((row) => ({
        ...row,
        ...highlightsOf(row.snippet),
        rank: Math.round(row.rank * 1e6) / 1e6,
        path: pathOf(row),
        href: hrefOf(row),
      }));
      return { query: options.q, correctedQuery: found.correctedQuery, items, nextCursor: page.nextCursor };
    },
  };
};

export type SearchService = ReturnType<typeof createSearchService>;
