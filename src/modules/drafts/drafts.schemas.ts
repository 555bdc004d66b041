import { Type, type Static } from 'typebox';
import { DRAFT_KINDS, DRAFT_STATUSES } from '../../lib/enums.ts';
import { ID_PATTERN, RoadmapContentSchema } from '../content/content.schemas.ts';
import { Cursor, Limit, Slug } from '../roadmaps/roadmaps.schemas.ts';

export const DraftId = Type.String({ format: 'uuid', description: 'The draft id' });
export const DraftParams = Type.Object({ id: DraftId }, { additionalProperties: false });
export const RoadmapDraftParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export const DraftStatus = Type.Enum([...DRAFT_STATUSES], {
  description:
    'draft (being written), in_review (submitted; cannot change), approved (at its current revision; a change makes ' +
    'it a draft again), published, or discarded',
});
export const DraftKind = Type.Enum([...DRAFT_KINDS], {
  description: 'edit: changes a published roadmap; new: becomes a new roadmap',
});

export const StartDraftOfRoadmap = Type.Object(
  { from: Type.Literal('published', { description: 'Start from the roadmap as learners see it now' }) },
  { additionalProperties: false },
);

const NewSlug = Type.String({
  pattern: ID_PATTERN,
  maxLength: 80,
  description: 'The new roadmap’s slug: kebab-case, not used by a published roadmap',
});

export const StartNewRoadmapDraft = Type.Union(
  [
    Type.Object(
      {
        slug: NewSlug,
        from: Type.Literal('empty', {
          description: 'A skeleton to fill in: every required part, with words to replace',
        }),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        slug: NewSlug,
        from: Type.Literal('roadmap', { description: 'A copy of another published roadmap' }),
        roadmap: Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'The published roadmap to copy' }),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'A draft of a new roadmap: empty, or a copy of another roadmap' },
);
export type StartNewRoadmapDraft = Static<typeof StartNewRoadmapDraft>;

export const StartedFrom = Type.Union([
  Type.Object({ published: Slug }),
  Type.Object({ copy: Slug }),
  Type.Object({ empty: Type.Literal(true) }),
]);

const DraftAuthor = Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], {
  description: 'null when the author’s account was removed',
});

const DraftFacts = {
  id: Type.String({ format: 'uuid' }),
  roadmap: Type.Object(
    { slug: Type.String(), title: Type.String() },
    { description: 'The roadmap the draft publishes as; the title is the draft’s' },
  ),
  kind: DraftKind,
  status: DraftStatus,
  revision: Type.Integer({ minimum: 1, description: 'Counts the changes from 1; the ETag names it' }),
  etag: Type.String({ description: 'The ETag of this revision, for If-Match' }),
  basedOnVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
    description: 'The number of the published version the draft started from; null for a new roadmap',
  }),
  basedOnHash: Type.Union([Type.String(), Type.Null()], {
    description:
      'The hash of that version’s whole document (steps and FAQ included); null for a new roadmap. Publishing is ' +
      'refused when the roadmap’s latest version is another one',
  }),
  startedFrom: StartedFrom,
  author: DraftAuthor,
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  href: Type.String({ description: 'Where the draft is read and changed' }),
};

export const DraftSummary = Type.Object(DraftFacts);
export type DraftSummary = Static<typeof DraftSummary>;

export const Draft = Type.Object({ ...DraftFacts, document: RoadmapContentSchema });
export type Draft = Static<typeof Draft>;

export const DraftPage = Type.Object({
  items: Type.Array(DraftSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
});

export const ListDraftsQuery = Type.Object(
  {
    roadmap: Type.Optional(Slug),
    status: Type.Optional(DraftStatus),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);

// ——— Changes ———

const Pointer = Type.String({
  pattern: '^(/([^~/]|~[01])*)*$',
  maxLength: 1000,
  description: 'A JSON pointer (RFC 6901) into the document',
});
const valueOp = (op: 'add' | 'replace' | 'test') =>
  Type.Object({ op: Type.Literal(op), path: Pointer, value: Type.Unknown() }, { additionalProperties: false });
const fromOp = (op: 'move' | 'copy') =>
  Type.Object({ op: Type.Literal(op), from: Pointer, path: Pointer }, { additionalProperties: false });

export const JsonPatch = Type.Array(
  Type.Union([
    valueOp('add'),
    Type.Object({ op: Type.Literal('remove'), path: Pointer }, { additionalProperties: false }),
    valueOp('replace'),
    fromOp('move'),
    fromOp('copy'),
    valueOp('test'),
  ]),
  { minItems: 1, maxItems: 500, description: 'RFC 6902 operations, applied in order, all or none' },
);
export type JsonPatch = Static<typeof JsonPatch>;

/** The document's top-level sections, each of which a merge patch may set (or, with null, remove). */
export const SECTION_NAMES = Object.keys(RoadmapContentSchema.properties).filter((name) => name !== 'slug');

export const SectionsPatch = Type.Object(
  Object.fromEntries(
    SECTION_NAMES.map((name) => [
      name,
      Type.Optional(Type.Unknown({ description: `The new ${name} (see the draft's document for its shape)` })),
    ]),
  ),
  {
    additionalProperties: false,
    minProperties: 1,
    description:
      'A JSON merge patch (RFC 7386) of top-level sections: each section sent replaces the draft’s, an object ' +
      'section (edition, plan, closings) is merged key by key, null removes an optional one. The slug is the draft’s.',
  },
);
export type SectionsPatch = Static<typeof SectionsPatch>;
