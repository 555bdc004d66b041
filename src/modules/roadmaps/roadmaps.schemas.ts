import { Type, type Static } from 'typebox';
import {
  BeforeYouStartItem,
  Challenge,
  ChecklistItem,
  Closings,
  Duration,
  Duty,
  Edition,
  FaqEntry,
  HistoryEra,
  ID_PATTERN,
  Level,
  LicenseId,
  MarketNote,
  Plan,
  Principle,
  Priority,
  ResourceType,
} from '../content/content.schemas.ts';
import { LinkStatus } from '../link-check/link-status.schemas.ts';

export const Slug = Type.String({ pattern: ID_PATTERN, maxLength: 80, description: 'Roadmap slug' });

export const License = Type.Object({
  id: LicenseId,
  name: Type.String(),
  url: Type.String(),
});

export const ResourceSummary = Type.Object({
  id: Type.String(),
  type: ResourceType,
  title: Type.String(),
  url: Type.String(),
  publisher: Type.Union([Type.String(), Type.Null()]),
  free: Type.Boolean(),
  link: LinkStatus,
});
export type ResourceSummary = Static<typeof ResourceSummary>;

const RoadmapLink = Type.Object({ slug: Type.String(), title: Type.String() });

export const Step = Type.Object({
  id: Type.String(),
  tierId: Type.String(),
  number: Type.Integer({ description: 'Position in the whole path, from 1' }),
  title: Type.String(),
  summary: Type.String(),
  body: Type.String({ description: 'Markdown' }),
  topics: Type.Array(Type.String()),
  estimatedHours: Type.Integer(),
  resources: Type.Array(ResourceSummary),
  alsoIn: Type.Array(RoadmapLink, {
    description: 'Other published roadmaps that have a step with the same id, in slug order',
  }),
});
export type Step = Static<typeof Step>;

export const Tier = Type.Object({
  id: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  estimatedHours: Type.Integer(),
  steps: Type.Array(Step),
});

export const RoadmapStats = Type.Object({
  tiers: Type.Integer(),
  steps: Type.Integer(),
  estimatedHours: Type.Integer(),
  resources: Type.Integer(),
});

/** Who the roadmap is for and what it leads to: the same on its page and in the catalogue. */
const RoadmapProfile = {
  role: Type.String({ description: 'The job the roadmap leads to, lower case' }),
  level: Level,
  edition: Edition,
  outcomes: Type.Array(Type.String(), { description: 'What a learner can do at the end' }),
};

export const RoadmapSummary = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  license: License,
  ...RoadmapProfile,
  durations: Type.Array(Duration),
  months: Type.Object(
    { min: Type.Number(), max: Type.Number() },
    { description: 'The shortest and the longest time to finish, over every pace in durations' },
  ),
  stats: RoadmapStats,
  updatedAt: Type.String({ format: 'date-time' }),
});
export type RoadmapSummary = Static<typeof RoadmapSummary>;

export const OtherPathLink = Type.Object({
  id: Type.String(),
  title: Type.String(),
  detail: Type.String(),
  roadmap: Type.Union([RoadmapLink, Type.Null()], {
    description: 'The Waymark roadmap for that path; null when there is none, or it is not published',
  }),
});

export const RoadmapDocument = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  license: License,
  ...RoadmapProfile,
  duties: Type.Array(Duty),
  keepInMind: Type.Array(Principle),
  intro: Type.String({ description: 'Markdown' }),
  audience: Type.Array(Type.String()),
  beforeYouStart: Type.Array(BeforeYouStartItem),
  durations: Type.Array(Duration),
  history: Type.Array(HistoryEra),
  market: Type.Array(MarketNote),
  tiers: Type.Array(Tier),
  plan: Plan,
  priorities: Type.Array(Priority),
  challenges: Type.Array(Challenge),
  checklist: Type.Array(ChecklistItem),
  faq: Type.Array(FaqEntry),
  alternatives: Type.Array(OtherPathLink),
  closings: Closings,
  conclusion: Type.String({ description: 'Markdown' }),
  stats: RoadmapStats,
  updatedAt: Type.String({ format: 'date-time' }),
  version: Type.Union(
    [
      Type.Object({ number: Type.Integer({ minimum: 1 }), publishedAt: Type.String({ format: 'date-time' }) }),
      Type.Null(),
    ],
    {
      description:
        'The latest published version (its changelog: GET /v1/roadmaps/{slug}/versions); null only for a roadmap ' +
        'that no import or publish has written since versions began',
    },
  ),
});
export type RoadmapDocument = Static<typeof RoadmapDocument>;

const StepLink = Type.Object({ id: Type.String(), title: Type.String() });

export const StepDetail = Type.Object({
  ...Step.properties,
  roadmap: RoadmapLink,
  tier: Type.Object({ id: Type.String(), title: Type.String() }),
  previous: Type.Union([StepLink, Type.Null()]),
  next: Type.Union([StepLink, Type.Null()]),
});
export type StepDetail = Static<typeof StepDetail>;

export const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page (1–100)' });
export const Cursor = Type.String({ minLength: 1, maxLength: 500, description: 'nextCursor from the previous page' });

export const ListRoadmapsQuery = Type.Object(
  { limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);

export const RoadmapPage = Type.Object({
  items: Type.Array(RoadmapSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
});

export const RoadmapParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const StepParams = Type.Object(
  { slug: Slug, stepId: Type.String({ pattern: ID_PATTERN, maxLength: 80 }) },
  { additionalProperties: false },
);
