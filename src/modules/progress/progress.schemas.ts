import { Type, type Static } from 'typebox';
import { ID_PATTERN } from '../content/content.schemas.ts';
import { Slug } from '../roadmaps/roadmaps.schemas.ts';

import { CHECKLIST_LEVELS, STEP_STATUSES } from '../../lib/enums.ts';

export { CHECKLIST_LEVELS, STEP_STATUSES };

// Kept to one decimal (numeric(4, 1)): anything below 0.1 would be stored as 0, which the table refuses.
export const HoursPerWeek = Type.Number({ minimum: 0.1, maximum: 80, description: 'Hours of study a week, 0.1–80' });

// A plan at the slowest pace runs for decades; its last day must still be a date (years up to 9999) to be written.
const START_DATE = { format: 'date', pattern: '^(19|2[0-9])[0-9]{2}-' } as const;
export const StartDate = Type.String({ ...START_DATE, description: 'YYYY-MM-DD, in the years 1900–2999' });

const ItemId = Type.String({ pattern: ID_PATTERN, maxLength: 80 });

export const FollowParams = Type.Object({ slug: Slug }, { additionalProperties: false });
export const StepParams = Type.Object({ slug: Slug, stepId: ItemId }, { additionalProperties: false });
export const ChecklistParams = Type.Object({ slug: Slug, itemId: ItemId }, { additionalProperties: false });

export const FollowBody = Type.Object(
  {
    hoursPerWeek: HoursPerWeek,
    startDate: StartDate,
  },
  { additionalProperties: false },
);
export type FollowBody = Static<typeof FollowBody>;

export const Follow = Type.Object({
  roadmap: Type.Object({ slug: Type.String(), title: Type.String() }),
  hoursPerWeek: Type.Number(),
  startDate: Type.String({ format: 'date' }),
  followedAt: Type.String({ format: 'date-time' }),
  following: Type.Boolean({ description: 'false after DELETE; PUT again to resume' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Follow = Static<typeof Follow>;

export const FollowList = Type.Object({ items: Type.Array(Follow) });

export const StepStatusBody = Type.Object({ status: Type.Enum([...STEP_STATUSES]) }, { additionalProperties: false });
export const ChecklistBody = Type.Object({ level: Type.Enum([...CHECKLIST_LEVELS]) }, { additionalProperties: false });
export const NoteBody = Type.Object(
  { body: Type.String({ maxLength: 10_000, description: 'Markdown; private to you' }) },
  { additionalProperties: false },
);

export const StepProgressEntry = Type.Object({
  stepId: Type.String(),
  status: Type.Enum([...STEP_STATUSES]),
  updatedAt: Type.String({ format: 'date-time' }),
});
export const ChecklistEntry = Type.Object({
  itemId: Type.String(),
  level: Type.Enum([...CHECKLIST_LEVELS]),
  updatedAt: Type.String({ format: 'date-time' }),
});
export const NoteEntry = Type.Object({
  stepId: Type.String(),
  body: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
});

const Counts = Type.Object({
  todo: Type.Integer(),
  in_progress: Type.Integer(),
  done: Type.Integer(),
  skipped: Type.Integer(),
});
const Rollup = Type.Object({
  steps: Type.Integer(),
  counts: Counts,
  percent: Type.Number({ description: 'Done hours as a share of the hours of every step not skipped, 0–100' }),
  hoursDone: Type.Integer(),
  hoursLeft: Type.Integer({ description: 'Estimated hours of steps neither done nor skipped' }),
});

export const Progress = Type.Object({
  roadmap: Type.Object({ slug: Type.String(), title: Type.String() }),
  overall: Rollup,
  tiers: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), ...Rollup.properties })),
  nextStep: Type.Union([Type.Object({ id: Type.String(), title: Type.String(), tierId: Type.String() }), Type.Null()], {
    description: 'The first unfinished step of the earliest unfinished tier, preferring higher-ranked priorities',
  }),
  checklist: Type.Object({
    items: Type.Integer(),
    counts: Type.Object({ not_yet: Type.Integer(), partly: Type.Integer(), confident: Type.Integer() }),
    readiness: Type.Number({ description: 'confident = 1, partly = ½, not yet or unanswered = 0; as 0–100' }),
  }),
  steps: Type.Array(StepProgressEntry),
  checklistAnswers: Type.Array(ChecklistEntry),
  archived: Type.Array(StepProgressEntry, {
    description: 'Progress on steps the roadmap no longer has: kept, not counted',
  }),
  archivedChecklistAnswers: Type.Array(ChecklistEntry, {
    description: 'Answers to checklist items the roadmap no longer has: kept, not counted',
  }),
});
export type Progress = Static<typeof Progress>;

export const PlanQuery = Type.Object(
  {
    hoursPerWeek: HoursPerWeek,
    startDate: Type.Optional(
      Type.String({ ...START_DATE, description: 'YYYY-MM-DD, in the years 1900–2999; today when omitted' }),
    ),
  },
  { additionalProperties: false },
);

const Stage = Type.Object({
  month: Type.Integer({ description: "The roadmap plan's month this stage is" }),
  title: Type.String(),
  goals: Type.Array(Type.String()),
  steps: Type.Array(Type.String()),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date', description: 'The last day of the stage' }),
});

export const PlanPreview = Type.Object({
  roadmap: Type.Object({ slug: Type.String(), title: Type.String() }),
  hoursPerWeek: Type.Number(),
  startDate: Type.String({ format: 'date' }),
  months: Type.Number({ description: 'Months to finish at this pace' }),
  finishOn: Type.String({ format: 'date' }),
  stages: Type.Array(Stage),
});

export const PersonalPlan = Type.Object({
  ...PlanPreview.properties,
  tracking: Type.Object({
    percentDone: Type.Number(),
    expectedPercent: Type.Number({ description: 'Where the plan says you would be today' }),
    status: Type.Enum(['not_started', 'on_track', 'ahead', 'behind']),
    projectedFinishOn: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'The same as projection.finishOn: null until a pace can be measured',
    }),
    projection: Type.Object({
      state: Type.Enum(['too_early', 'projected', 'finished'], {
        description:
          'too_early until 14 days have passed since your first step on the roadmap and 10 estimated hours are done',
      }),
      finishOn: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
        description:
          'When you finish at the pace kept since your first step; never earlier than the work left takes at your ' +
          'planned hours a week',
      }),
      measurableOn: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
        description: 'While too early: the first day a pace can be measured, if waiting is all it needs',
      }),
      hoursPerWeekSoFar: Type.Union([Type.Number(), Type.Null()], {
        description: 'Estimated hours done per week since your first step, once measured',
      }),
    }),
  }),
  cohorts: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      name: Type.String(),
      stages: Type.Array(
        Type.Object({
          month: Type.Integer(),
          dueOn: Type.String({ format: 'date', description: 'When the cohort’s schedule has the stage done' }),
        }),
      ),
    }),
    {
      description:
        'The cohorts you belong to on this roadmap, with their own due date for each stage (their mentors may move ' +
        'them); your plan’s dates stay yours.',
    },
  ),
});

export const GuestProgressBody = Type.Object(
  {
    roadmaps: Type.Array(
      Type.Object(
        {
          slug: Slug,
          steps: Type.Optional(
            Type.Array(
              Type.Object({ stepId: ItemId, status: Type.Enum([...STEP_STATUSES]) }, { additionalProperties: false }),
              { maxItems: 1000 },
            ),
          ),
          notes: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  stepId: ItemId,
                  body: Type.String({ maxLength: 10_000 }),
                  updatedAt: Type.String({ format: 'date-time', description: 'When the visitor last changed it' }),
                },
                { additionalProperties: false },
              ),
              { maxItems: 1000 },
            ),
          ),
          checklist: Type.Optional(
            Type.Array(
              Type.Object({ itemId: ItemId, level: Type.Enum([...CHECKLIST_LEVELS]) }, { additionalProperties: false }),
              { maxItems: 200 },
            ),
          ),
        },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);
export type GuestProgressBody = Static<typeof GuestProgressBody>;

export const ImportResult = Type.Object({
  applied: Type.Object({ steps: Type.Integer(), notes: Type.Integer(), checklist: Type.Integer() }),
  ignored: Type.Array(Type.Object({ roadmap: Type.String(), id: Type.String(), reason: Type.String() }), {
    description: 'Entries for roadmaps, steps or checklist items that do not exist (any more)',
  }),
});

export const ExportQuery = Type.Object(
  { format: Type.Optional(Type.Enum(['json', 'csv'], { default: 'json' })) },
  { additionalProperties: false },
);

export const ActivityQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const ActivityPage = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      roadmap: Type.String(),
      kind: Type.Enum(['followed', 'stopped', 'step_status', 'note', 'checklist']),
      subjectId: Type.Union([Type.String(), Type.Null()], { description: 'The step or checklist item' }),
      detail: Type.Union([Type.String(), Type.Null()], { description: 'The new status or level, or the pace' }),
      occurredAt: Type.String({ format: 'date-time' }),
    }),
  ),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const Streak = Type.Object({
  timeZone: Type.String({ description: 'The time zone days are counted in (set it with PATCH /v1/me)' }),
  today: Type.String({ format: 'date' }),
  current: Type.Integer({ description: 'Days in a row with progress, up to today (or yesterday)' }),
  longest: Type.Integer(),
  recentDays: Type.Array(Type.Object({ day: Type.String({ format: 'date' }), events: Type.Integer() })),
});

export const Handle = Type.String({
  pattern: '^[A-Za-z0-9_-]{3,30}$',
  description: '3–30 letters, digits, - or _; unique, case-insensitively',
});

export const PublicProfileSettings = Type.Object(
  {
    enabled: Type.Boolean({ description: 'Off by default; only then is anything visible' }),
    handle: Handle,
    showProgress: Type.Boolean({ description: 'Show the roadmaps you follow and how far you are' }),
    showStreak: Type.Boolean(),
    bio: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type PublicProfileSettings = Static<typeof PublicProfileSettings>;

export const HandleParams = Type.Object({ handle: Handle }, { additionalProperties: false });

export const PublicProfile = Type.Object({
  handle: Type.String(),
  displayName: Type.String(),
  bio: Type.Union([Type.String(), Type.Null()]),
  roadmaps: Type.Optional(
    Type.Array(
      Type.Object({
        slug: Type.String(),
        title: Type.String(),
        percent: Type.Number(),
        stepsDone: Type.Integer(),
        steps: Type.Integer(),
      }),
    ),
  ),
  streak: Type.Optional(Type.Object({ current: Type.Integer(), longest: Type.Integer() })),
});
