// The shape of roadmap content as editors write it (docs/content-format.md). The public API reuses these pieces, so a
// field means the same thing in a YAML file and in a JSON response.
import { LEVELS, RESOURCE_TYPES } from '../../lib/enums.ts';
import { Type, type Static } from 'typebox';
import type { HubEntryContent } from './hub-content.schemas.ts';
import type { FileMapping, FileStepMapping } from './step-succession.ts';

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const Id = Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'Stable kebab-case id' });

const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description === undefined ? {} : { description }) });
const Markdown = (description: string) => Type.String({ minLength: 1, maxLength: 50_000, description });
const Range = (maximum: number, description: string) =>
  Type.Object(
    { min: Type.Number({ minimum: 0, maximum }), max: Type.Number({ minimum: 0, maximum }) },
    { additionalProperties: false, description },
  );

export { RESOURCE_TYPES };
export const ResourceType = Type.Enum([...RESOURCE_TYPES], {
  description: 'guide, cheatsheet, review, article, video, course, book, or docs (official documentation)',
});
export type ResourceType = Static<typeof ResourceType>;

export const ResourceContent = Type.Object(
  {
    id: Id,
    type: ResourceType,
    title: Text(200),
    url: Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 }),
    publisher: Type.Optional(Text(120)),
    description: Text(1000),
    free: Type.Boolean(),
    topics: Type.Array(Text(60), { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type ResourceContent = Static<typeof ResourceContent>;

export const ResourceFile = Type.Object(
  { resources: Type.Array(ResourceContent, { minItems: 1 }) },
  { additionalProperties: false },
);

export const StepFrontMatter = Type.Object(
  {
    id: Id,
    title: Text(200),
    summary: Text(500),
    topics: Type.Array(Text(60), { maxItems: 30 }),
    estimatedHours: Type.Integer({ minimum: 1, maximum: 2000 }),
    resources: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type StepFrontMatter = Static<typeof StepFrontMatter>;

/** The old step ids a step succeeds (docs/decisions/0033): how a step file says it splits or merges earlier steps. */
const Replaces = Type.Array(Id, {
  minItems: 1,
  maxItems: 50,
  uniqueItems: true,
  description: 'Ids of steps this roadmap no longer has (or splits) whose learners this step takes over',
});

/** A step file's front matter as written: the step, and `replaces`, which is about the change, not the step. */
export const StepFile = Type.Object(
  { ...StepFrontMatter.properties, replaces: Type.Optional(Replaces) },
  { additionalProperties: false },
);
export type StepFile = Static<typeof StepFile>;

export const StepContent = Type.Object(
  { ...StepFrontMatter.properties, body: Markdown('Markdown body of the step') },
  { additionalProperties: false },
);
export type StepContent = Static<typeof StepContent>;

export const BeforeYouStartItem = Type.Object(
  { id: Id, title: Text(200), detail: Text(2000) },
  { additionalProperties: false },
);
export const Duration = Type.Object(
  {
    id: Id,
    label: Text(120),
    hoursPerWeek: Range(168, 'Hours of study per week'),
    months: Range(120, 'Months to finish at that pace'),
    note: Type.Optional(Text(1000)),
  },
  { additionalProperties: false },
);
export const HistoryEra = Type.Object(
  { id: Id, period: Text(60), title: Text(200), summary: Text(3000) },
  { additionalProperties: false },
);
export const MarketNote = Type.Object(
  { id: Id, title: Text(200), body: Markdown('Markdown') },
  { additionalProperties: false },
);
export const TierContent = Type.Object(
  { id: Id, title: Text(120), summary: Text(2000), steps: Type.Array(Id, { minItems: 1 }) },
  { additionalProperties: false },
);
export const PlanMonth = Type.Object(
  {
    month: Type.Integer({ minimum: 1, maximum: 120 }),
    title: Text(200),
    goals: Type.Array(Text(500), { minItems: 1 }),
    hoursPerWeek: Range(168, 'Hours of study per week this month'),
    steps: Type.Array(Id, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export const Plan = Type.Object(
  { summary: Type.Optional(Text(3000)), months: Type.Array(PlanMonth, { minItems: 1 }) },
  { additionalProperties: false },
);
export const Priority = Type.Object(
  {
    rank: Type.Integer({ minimum: 1 }),
    id: Id,
    title: Text(200),
    reason: Text(3000),
    steps: Type.Optional(Type.Array(Id)),
  },
  { additionalProperties: false },
);
export const Challenge = Type.Object(
  {
    id: Id,
    title: Text(200),
    symptoms: Text(3000, 'What it looks like'),
    remedy: Text(3000, 'How to get through it'),
  },
  { additionalProperties: false },
);
export const ChecklistItem = Type.Object(
  { id: Id, title: Text(300), detail: Text(3000) },
  { additionalProperties: false },
);
export const FaqEntry = Type.Object(
  { id: Id, question: Text(300), answer: Markdown('Markdown answer') },
  { additionalProperties: false },
);

export const Duty = Type.Object({ id: Id, title: Text(200), detail: Text(2000) }, { additionalProperties: false });
export const Principle = Type.Object({ id: Id, title: Text(200), detail: Text(2000) }, { additionalProperties: false });
export const OtherPath = Type.Object(
  {
    id: Id,
    title: Text(200),
    detail: Text(2000),
    roadmap: Type.Optional(Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'Slug of a Waymark roadmap for that path' })),
  },
  { additionalProperties: false },
);
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date, YYYY-MM-DD' });
export const Edition = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100 }), updated: IsoDate },
  { additionalProperties: false, description: 'The edition a reader sees: "Roadmap · <year>, updated <date>"' },
);
export { LEVELS };
export const Level = Type.Enum([...LEVELS], { description: 'beginner, intermediate or advanced' });
/** Closing paragraphs of the sections that end with one (Markdown). */
export const Closings = Type.Object(
  { history: Type.Optional(Markdown('Markdown')), market: Type.Optional(Markdown('Markdown')), checklist: Type.Optional(Markdown('Markdown')) },
  { additionalProperties: false },
);

export const LICENSES = {
  'CC-BY-SA-4.0': {
    name: 'Creative Commons Attribution-ShareAlike 4.0 International',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
} as const;
export const LicenseId = Type.Enum(Object.keys(LICENSES) as (keyof typeof LICENSES)[]);

export const RoadmapFile = Type.Object(
  {
    slug: Id,
    title: Text(200),
    summary: Text(300),
    license: Type.Optional(LicenseId),
    role: Text(80, 'The job this roadmap leads to, lower case, as in "what a <role> does"'),
    level: Level,
    edition: Edition,
    outcomes: Type.Array(Text(300), { minItems: 1, maxItems: 12, description: 'What a learner can do at the end' }),
    duties: Type.Array(Duty, { minItems: 1 }),
    keepInMind: Type.Array(Principle, { minItems: 1 }),
    intro: Markdown('Markdown: what the roadmap is and how to use it'),
    audience: Type.Array(Text(300), { minItems: 1 }),
    beforeYouStart: Type.Array(BeforeYouStartItem),
    durations: Type.Array(Duration, { minItems: 1 }),
    history: Type.Array(HistoryEra),
    market: Type.Array(MarketNote),
    tiers: Type.Array(TierContent, { minItems: 1 }),
    plan: Plan,
    priorities: Type.Array(Priority),
    challenges: Type.Array(Challenge),
    checklist: Type.Array(ChecklistItem),
    faq: Type.Array(FaqEntry),
    alternatives: Type.Array(OtherPath, { minItems: 1 }),
    closings: Closings,
    conclusion: Markdown('Markdown'),
    changes: Type.Optional(
      Text(3000, 'Change notes of the version the next import makes when this roadmap changed (not part of it)'),
    ),
  },
  { additionalProperties: false },
);
export type RoadmapFile = Static<typeof RoadmapFile>;

/** A checklist item as roadmap.yaml has it: the item, and `replaces`, which is about the change (decision 0044). */
export const ChecklistItemFile = Type.Object(
  {
    ...ChecklistItem.properties,
    replaces: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        maxItems: 50,
        uniqueItems: true,
        description: 'Ids of checklist items this roadmap no longer has (or splits) whose answers this item takes over',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ChecklistItemFile = Static<typeof ChecklistItemFile>;

/**
 * roadmap.yaml as written: the roadmap, its checklist items' `replaces`, and `retired` and `retiredChecklistItems`,
 * which are about the change, not the roadmap.
 */
export const RoadmapYaml = Type.Object(
  {
    ...RoadmapFile.properties,
    checklist: Type.Array(ChecklistItemFile),
    retiredChecklistItems: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        maxItems: 500,
        uniqueItems: true,
        description: 'Ids of removed checklist items no item takes over: their learners keep their answers, archived',
      }),
    ),
    retired: Type.Optional(
      Type.Array(Id, {
        minItems: 1,
        maxItems: 500,
        uniqueItems: true,
        description: 'Ids of removed steps no step takes over: their learners keep their rows, archived',
      }),
    ),
  },
  { additionalProperties: false },
);
export type RoadmapYaml = Static<typeof RoadmapYaml>;

/** A roadmap as loaded from its folder: roadmap.yaml plus its step files, in tier order. */
export type RoadmapContent = RoadmapFile & { license: keyof typeof LICENSES; steps: StepContent[] };

/** The same roadmap as one document (a draft written in the app): roadmap.yaml's fields, the license and the steps. */
export const RoadmapContentSchema = Type.Object(
  {
    ...RoadmapFile.properties,
    license: LicenseId,
    steps: Type.Array(StepContent, { minItems: 1, maxItems: 500, description: 'Every step, each placed in one tier' }),
  },
  { additionalProperties: false, description: 'A whole roadmap in the shape of its content files (docs/content-format.md)' },
);

export interface ContentBundle {
  roadmaps: RoadmapContent[];
  resources: ResourceContent[];
  /** The Resource Hub's guides, reviews and cheatsheets (hub-content.schemas.ts). */
  hub: HubEntryContent[];
  /** Per roadmap slug: what its `replaces:` and `retired:` declare (step-succession.ts). */
  stepMappings: Map<string, FileStepMapping>;
  /** Per roadmap slug: what its checklist items' `replaces:` and `retiredChecklistItems:` declare. */
  checklistMappings: Map<string, FileMapping>;
  /** Hash of everything that was read: the same files always give the same hash. */
  hash: string;
}
