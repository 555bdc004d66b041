import { Type, type Static } from 'typebox';
import { SearchText } from '../resources/resources.schemas.ts';
import { Cursor } from '../roadmaps/roadmaps.schemas.ts';

export const SEARCH_KINDS = ['roadmap', 'step', 'faq', 'resource', 'hub'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SearchQuery = Type.Object(
  {
    q: SearchText,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Hits per page (1–50)' })),
    cursor: Type.Optional(Cursor),
    exact: Type.Optional(
      Type.Boolean({ default: false, description: 'Search the words exactly as typed, never correcting them' }),
    ),
  },
  { additionalProperties: false },
);

export const Highlight = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'Where a matched word starts in the snippet (UTF-16 index)' }),
    end: Type.Integer({ minimum: 0, description: 'Where it ends, exclusive' }),
  },
  { description: 'A matched word of the snippet, to show highlighted' },
);
export type Highlight = Static<typeof Highlight>;

export const SearchHit = Type.Object({
  kind: Type.Enum([...SEARCH_KINDS]),
  id: Type.String({ description: 'Roadmap slug, step id, FAQ entry id, resource id or hub entry id' }),
  roadmap: Type.Union([Type.String(), Type.Null()], {
    description: 'The roadmap it belongs to (null for resources and hub entries)',
  }),
  title: Type.String(),
  snippet: Type.String({ description: 'Plain text around the match, without Markdown marks' }),
  highlights: Type.Array(Highlight, { description: 'The matched words of the snippet, in order' }),
  rank: Type.Number(),
  path: Type.Union([Type.String(), Type.Null()], { description: 'Where to read it in this API' }),
  url: Type.Union([Type.String(), Type.Null()], { description: 'External address (resources only)' }),
  href: Type.String({
    description:
      'Where a reader goes for it: its page in the web app (an FAQ entry: its roadmap page at #faq-<id>), ' +
      "or a resource's own address",
  }),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResults = Type.Object({
  query: Type.String(),
  correctedQuery: Type.Union([Type.String(), Type.Null()], {
    description:
      'When a word as typed is in no published text and the query with the closest published words instead finds ' +
      'more: that query, which the results are for ("Showing results for …"); null otherwise, and always with ' +
      '`exact`',
  }),
  items: Type.Array(SearchHit),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
