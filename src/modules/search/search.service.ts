import { Type } from 'typebox';
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import type { Cache } from '../../infra/cache.ts';
import { MAX_SEARCH_OFFSET, type SearchRepository, type SearchRow } from './search.repository.ts';
import type { SearchHit } from './search.schemas.ts';

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
  }
};

/** The cache namespace of search result pages; a content import invalidates it. */
export const SEARCH_CACHE = 'search';

export interface SearchServiceDeps {
  searchRepository: SearchRepository;
  cache: Pick<Cache, 'namespace'>;
}

export const createSearchService = ({ searchRepository, cache }: SearchServiceDeps) => {
  const pages = cache.namespace<SearchRow[]>(SEARCH_CACHE);
  return {
    async search(options: { q: string; limit?: number | undefined; cursor?: string | undefined }) {
      const limit = options.limit ?? 10;
      const offset = resumeFrom(options.cursor, SearchCursor)?.offset ?? 0;
      const rows =
        (await pages.getOrLoad(JSON.stringify([options.q, offset, limit]), () =>
          searchRepository.search(options.q, offset, rowsForPage(limit)),
        )) ?? [];
      const page = pageOf(rows, limit, () => ({ offset: offset + limit }));
      const items: SearchHit[] = page.items.map((row) => ({
        ...row,
        rank: Math.round(row.rank * 1e6) / 1e6,
        path: pathOf(row),
      }));
      return {
        query: options.q,
        items,
        nextCursor: page.nextCursor,
      };
    },
  };
};

export type SearchService = ReturnType<typeof createSearchService>;
