// Versions of a roadmap and the difference between two of them (docs/decisions/0028).
import { Type, type Static } from 'typebox';
import { VERSION_SOURCES } from '../../lib/enums.ts';
import { LicenseId, RoadmapFile, StepContent } from '../content/content.schemas.ts';
import { Slug } from '../roadmaps/roadmaps.schemas.ts';

const VersionNumber = Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'A version number: 1, 2, …' });

export const VersionParams = Type.Object({ slug: Slug, number: VersionNumber }, { additionalProperties: false });
export const DiffParams = Type.Object(
  { slug: Slug, from: VersionNumber, to: VersionNumber },
  { additionalProperties: false },
);
export const VersionsParams = Type.Object({ slug: Slug }, { additionalProperties: false });

const VersionSource = Type.Enum([...VERSION_SOURCES], {
  description: 'import: from the content files; app: published in the app',
});

const VersionFacts = {
  number: Type.Integer({ minimum: 1 }),
  publishedAt: Type.String({ format: 'date-time' }),
  notes: Type.String({ description: 'The change notes it was published with' }),
  source: VersionSource,
};

const { changes: _changes, ...contentFields } = RoadmapFile.properties;
/** A roadmap as content, exactly as the version holds it: the fields of the content files, steps and FAQ included. */
export const VersionDocument = Type.Object(
  { ...contentFields, license: LicenseId, steps: Type.Array(StepContent) },
  { additionalProperties: false },
);

export const VersionSummary = Type.Object({
  ...VersionFacts,
  changes: Type.Object(
    {
      stepsAdded: Type.Integer({ minimum: 0 }),
      stepsRemoved: Type.Integer({ minimum: 0 }),
      stepsChanged: Type.Integer({ minimum: 0, description: 'Moved, renamed, or with a text changed' }),
      textsChanged: Type.Integer({ minimum: 0, description: 'Texts of steps and of the roadmap that differ' }),
    },
    { description: 'Compared with the version before; all zero for version 1' },
  ),
});
export type VersionSummary = Static<typeof VersionSummary>;

export const VersionList = Type.Object({ items: Type.Array(VersionSummary, { description: 'Newest first' }) });

export const Version = Type.Object({ ...VersionFacts, document: VersionDocument });
export type Version = Static<typeof Version>;

export const StepPlace = Type.Object({
  tierId: Type.String(),
  tierTitle: Type.String(),
  number: Type.Integer({ minimum: 1, description: 'The step’s number along the whole path' }),
});
export type StepPlace = Static<typeof StepPlace>;

const PlacedStep = Type.Object({ id: Type.String(), title: Type.String(), ...StepPlace.properties });

export const TextChange = Type.Object({
  section: Type.String({
    description:
      'Where the text is: steps, a roadmap field (title, intro, conclusion, …), a list section (duties, tiers, plan, ' +
      'priorities, challenges, checklist, faq, …) or closings',
  }),
  itemId: Type.Union([Type.String(), Type.Null()], {
    description: 'The step or item of the section (a plan month is month-<n>); null for the section itself',
  }),
  itemTitle: Type.Union([Type.String(), Type.Null()], { description: 'What a reader calls that item, as it is now' }),
  field: Type.String({ description: 'The field that changed, e.g. body, summary, estimatedHours, answer' }),
  before: Type.Union([Type.String(), Type.Null()], { description: 'The old text; null when the item is new' }),
  after: Type.Union([Type.String(), Type.Null()], { description: 'The new text; null when the item was removed' }),
});
export type TextChange = Static<typeof TextChange>;

export const VersionDiff = Type.Object({
  from: Type.Integer({ minimum: 1 }),
  to: Type.Integer({ minimum: 1 }),
  steps: Type.Object({
    added: Type.Array(PlacedStep),
    removed: Type.Array(PlacedStep, { description: 'Where the step was' }),
    moved: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), before: StepPlace, after: StepPlace }), {
      description: 'Steps in another tier, or out of their order relative to the steps both versions have',
    }),
    renamed: Type.Array(Type.Object({ id: Type.String(), before: Type.String(), after: Type.String() })),
  }),
  texts: Type.Array(TextChange, { description: 'Every text that differs, steps first, in the order of the page' }),
});
export type VersionDiff = Static<typeof VersionDiff>;
