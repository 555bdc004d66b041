import { Type, type Static } from 'typebox';
import { ID_PATTERN, Level } from '../content/content.schemas.ts';
import { HubKind, Rating, ReviewSubject } from '../content/hub-content.schemas.ts';
import { SearchText } from '../resources/resources.schemas.ts';
import { Cursor, Limit, Slug } from '../roadmaps/roadmaps.schemas.ts';

export const HubId = Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'Hub entry id' });

export const ListHubQuery = Type.Object(
  {
    kind: Type.Optional(HubKind),
    topic: Type.Optional(
      Type.String({ minLength: 1, maxLength: 60, description: 'One of the entry’s topics, exactly' }),
    ),
    roadmap: Type.Optional(Slug),
    step: Type.Optional(Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'A step id; needs `roadmap`' })),
    level: Type.Optional(Level),
    q: Type.Optional(SearchText),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type ListHubQuery = Static<typeof ListHubQuery>;

export const HubStepLink = Type.Object({
  roadmap: Type.String(),
  stepId: Type.String(),
  stepTitle: Type.String(),
});

const summaryFields = {
  id: Type.String(),
  kind: HubKind,
  title: Type.String(),
  summary: Type.String(),
  level: Level,
  topics: Type.Array(Type.String()),
  steps: Type.Array(HubStepLink, { description: 'The published roadmap steps it helps with' }),
  updated: Type.String({ format: 'date', description: 'When the entry was last revised' }),
};

export const HubEntrySummary = Type.Object({
  ...summaryFields,
  rating: Type.Union([Rating, Type.Null()], { description: 'A review’s rating; null for guides and cheatsheets' }),
});
export type HubEntrySummary = Static<typeof HubEntrySummary>;

export const HubPage = Type.Object({
  items: Type.Array(HubEntrySummary),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
});

export const TocEntry = Type.Object({
  level: Type.Union([Type.Literal(2), Type.Literal(3)], { description: '2 for a ## heading, 3 for ###' }),
  text: Type.String({ description: 'The heading as plain text' }),
  anchor: Type.String({ description: 'The id the heading has on the page, for #links' }),
});
export type TocEntry = Static<typeof TocEntry>;

const body = Type.String({ description: 'Markdown' });

export const Guide = Type.Object({
  ...summaryFields,
  kind: Type.Literal('guide'),
  body,
  toc: Type.Array(TocEntry, { description: 'The ## and ### headings of the body, in order' }),
});

export const Cheatsheet = Type.Object({ ...summaryFields, kind: Type.Literal('cheatsheet'), body });

export const Review = Type.Object({
  ...summaryFields,
  kind: Type.Literal('review'),
  subject: ReviewSubject,
  verdict: Type.String(),
  rating: Rating,
  suits: Type.Array(Type.String()),
  notFor: Type.Array(Type.String(), { description: 'Empty when the review names no one' }),
  strengths: Type.Array(Type.String()),
  weaknesses: Type.Array(Type.String()),
  reviewed: Type.String({ format: 'date', description: 'When the reviewer last checked it' }),
  body: Type.String({ description: 'Markdown; may be empty' }),
});

export const HubEntry = Type.Union([Guide, Review, Cheatsheet]);
export type HubEntry = Static<typeof HubEntry>;

export const HubEntryParams = Type.Object({ id: HubId }, { additionalProperties: false });
