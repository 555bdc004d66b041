import { Type, type Static } from 'typebox';
import { SearchText } from '../resources/resources.schemas.ts';
import { Cursor } from '../roadmaps/roadmaps.schemas.ts';

export const SEARCH_KINDS = ['roadmap', 'step', 'faq', 'resource'] as const;

export const SearchQuery = Type.Object(
  {
    q: SearchText,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Hits per page (1–50)' })),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);

export const SearchHit = Type.Object({
  kind: Type.Enum([...SEARCH_KINDS]),
  id: Type.String({ description: 'Roadmap slug, step id, FAQ entry id or resource id' }),
  roadmap: Type.Union([Type.String(), Type.Null()], { description: 'The roadmap it belongs to (null for resources)' }),
  title: Type.String(),
  snippet: Type.String({ description: 'Plain text around the match; matched words are wrapped in **' }),
  rank: Type.Number(),
  path: Type.Union([Type.String(), Type.Null()], { description: 'Where to read it in this API' }),
  url: Type.Union([Type.String(), Type.Null()], { description: 'External address (resources only)' }),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResults = Type.Object({
  query: Type.String(),
  items: Type.Array(SearchHit),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
