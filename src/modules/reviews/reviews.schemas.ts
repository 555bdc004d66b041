import { Type, type Static } from 'typebox';
import { DRAFT_REVIEW_KINDS } from '../../lib/enums.ts';
import { ChecklistMappingEntrySchema } from '../versions/checklist-mapping.ts';
import { StepMappingEntrySchema } from '../versions/step-mapping.ts';
import { VersionDiff } from '../versions/versions.schemas.ts';

export const ReviewKind = Type.Enum([...DRAFT_REVIEW_KINDS], {
  description:
    'comment: says something, changes nothing; changes_requested: sends the draft back to its editors; ' +
    'approved: approves the draft at its current revision, for publishing',
});

export const NewReview = Type.Object(
  {
    kind: ReviewKind,
    body: Type.String({ maxLength: 5000, description: 'What the reviewer says (required for a comment)' }),
  },
  { additionalProperties: false },
);
export type NewReview = Static<typeof NewReview>;

export const Review = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: ReviewKind,
  body: Type.String(),
  draftRevision: Type.Integer({ minimum: 1, description: 'The revision of the draft the reviewer read' }),
  author: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], {
    description: 'null when the reviewer’s account was removed',
  }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Review = Static<typeof Review>;

export const ReviewThread = Type.Object({
  items: Type.Array(Review, { description: 'Oldest first' }),
  youMayApprove: Type.Boolean({
    description:
      'Whether the caller may approve this draft: not the editor who started it, unless DRAFTS_SINGLE_EDITOR allows it',
  }),
});

export const DraftDiff = Type.Object(
  {
    ...VersionDiff.properties,
    from: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
      description: 'The published version the draft is compared with; null for a new roadmap (everything is added)',
    }),
    to: Type.Integer({ minimum: 1, description: 'The number the draft would be published as' }),
  },
  { description: 'What publishing the draft would change, in the shape of a diff between two versions' },
);
export type DraftDiff = Static<typeof DraftDiff>;

export const PublishDraft = Type.Object(
  {
    notes: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'What changed, for learners: the notes of the new version',
    }),
    mapping: Type.Optional(
      Type.Array(StepMappingEntrySchema, {
        maxItems: 500,
        description:
          'What became of steps of the published version that the draft removes, splits or merges: each maps a step ' +
          'to its successors or retires it. A removed step learners have progress on needs an entry. Learners’ ' +
          'statuses, notes and bookmarks follow it; nothing is deleted (docs/decisions/0032).',
      }),
    ),
    checklistMapping: Type.Optional(
      Type.Array(ChecklistMappingEntrySchema, {
        maxItems: 500,
        description:
          'What became of checklist items of the published version that the draft removes, splits or merges, by the ' +
          'rules of `mapping`. A removed item learners have answered needs an entry. Their answers follow it (the ' +
          'most confident one, unless their own answer on the successor is newer); nothing is deleted ' +
          '(docs/decisions/0036).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Published = Type.Object({
  roadmap: Type.Object({ slug: Type.String(), href: Type.String({ description: 'Where learners read it' }) }),
  version: Type.Union([Type.Object({ number: Type.Integer({ minimum: 1 }) }), Type.Null()], {
    description: 'The new version; null when the draft equals the latest version (no new version was numbered)',
  }),
});
