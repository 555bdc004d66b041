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

// A word as search_words holds it: a run of letters and digits (there in lower case).
const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (q: string) => Array.from(q.matchAll(WORD), (match) => match[0].toLowerCase());

/** The query with its words replaced, one for one and in place: phrases, `or` and `-word` stay as typed. */
const replaceWords = (q: string, words: (string | undefined)[]) => {
  let index = 0;
  return q.replace(WORD, (typed) => words[index++] ?? typed);
};

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

  /**
   * The query with each word that published content does not have (three letters or more) replaced by the closest
   * one it has; undefined when no word changes.
   */
  const corrected = async (q: string) => {
    const words = wordsOf(q);
    if (words.length === 0) return undefined;
    const closest = await searchRepository.closestWords(words);
    const fixed = words.map((word, index) => (word.length >= 3 ? (closest[index] ?? word) : word));
    if (fixed.every((word, index) => word === words[index])) return undefined;
    return replaceWords(
      q,
      fixed.map((word, index) => (word === words[index] ? undefined : word)),
    );
  };

  // A misspelt word can sit beside words that match ("reddis or cache"), or match a little by itself, so the
  // corrected query is tried whenever a word is unknown, and wins when it finds more hits in all. Comparing totals,
  // not pages, makes every page of one search choose alike: past its last hit a search counts 0, and the other
  // one then has more only if it still has hits there, as it had more from the first page on.
  const find = async (q: string, offset: number, rows: number, exact: boolean): Promise<Found> => {
    const [typed, instead] = await Promise.all([
      searchRepository.search(q, offset, rows),
      exact ? undefined : corrected(q),
    ]);
    if (instead === undefined) return { rows: typed.rows, correctedQuery: null };
    const fixed = await searchRepository.search(instead, offset, rows);
    return fixed.total > typed.total
      ? { rows: fixed.rows, correctedQuery: instead }
      : { rows: typed.rows, correctedQuery: null };
  };

  return {
    async search(options: {
      q: string;
      limit?: number | undefined;
      cursor?: string | undefined;
      exact?: boolean | undefined;
    }) {
      const limit = options.limit ?? 10;
      const offset = resumeFrom(options.cursor, SearchCursor)?.offset ?? 0;
      const exact = options.exact ?? false;
      // 'v3': entries cached before v3 corrected only searches that found nothing.
      const found = (await pages.getOrLoad(JSON.stringify(['v3', options.q, offset, limit, exact]), () =>
        find(options.q, offset, rowsForPage(limit), exact),
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
