import { Type, type Static } from 'typebox';
import { HoursPerWeek, StartDate } from '../progress/progress.schemas.ts';
import { Cursor, Slug } from '../roadmaps/roadmaps.schemas.ts';

const Id = Type.String({ format: 'uuid', description: 'The cohort id' });
const DateOnly = Type.String({ format: 'date' });
const Name = Type.String({ minLength: 1, maxLength: 200, description: 'The cohort’s name, as its members see it' });
const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address' });

export const CohortParams = Type.Object({ id: Id }, { additionalProperties: false });

export const NewCohort = Type.Object(
  {
    roadmap: Slug,
    name: Name,
    startDate: StartDate,
    hoursPerWeek: HoursPerWeek,
  },
  { additionalProperties: false },
);
export type NewCohort = Static<typeof NewCohort>;

export const ScheduleChange = Type.Object(
  {
    stages: Type.Array(
      Type.Object(
        {
          month: Type.Integer({ minimum: 1, maximum: 1000, description: 'The stage, by its month in the plan' }),
          dueOn: Type.String({ format: 'date', description: 'Its new due date' }),
        },
        { additionalProperties: false },
      ),
      {
        minItems: 1,
        maxItems: 100,
        description: 'The stages whose due date moves; the others keep theirs. Due dates must stay in order.',
      },
    ),
  },
  { additionalProperties: false },
);
export type ScheduleChange = Static<typeof ScheduleChange>;

export const NewInvites = Type.Object(
  { emails: Type.Array(Email, { minItems: 1, maxItems: 50, uniqueItems: true }) },
  { additionalProperties: false },
);
export const InvitesSent = Type.Object({
  invited: Type.Integer({ description: 'How many invites were made; each address gets its own mailed link' }),
  expiresAt: Type.String({ format: 'date-time', description: 'When the links stop working' }),
});

export const NewMentor = Type.Object(
  { email: Type.String({ ...Email, description: 'The address of an account with the mentor or admin role' }) },
  { additionalProperties: false },
);

export const JoinCodeBody = Type.Object(
  {
    code: Type.String({
      pattern: '^[A-Za-z2-9]{10}$',
      description: 'The cohort’s join code, as its mentor shared it (any case)',
    }),
  },
  { additionalProperties: false },
);
export const InviteBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200, description: 'The token from the mailed invite' }) },
  { additionalProperties: false },
);

export const JoinCode = Type.Object({
  joinCode: Type.Union([Type.String(), Type.Null()], { description: 'null: joining by code is turned off' }),
});

const RoadmapRef = Type.Object({ slug: Type.String(), title: Type.String() });
const Stage = Type.Object({
  month: Type.Integer(),
  title: Type.String(),
  startsOn: DateOnly,
  dueOn: Type.String({ format: 'date', description: 'The last day of the stage' }),
});
const Person = Type.Object({ id: Type.String({ format: 'uuid' }), displayName: Type.String() });

const CohortFields = {
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  roadmap: RoadmapRef,
  startDate: DateOnly,
  hoursPerWeek: Type.Number(),
  finishOn: Type.String({ format: 'date', description: 'The last stage’s due date' }),
  stages: Type.Array(Stage),
  mentors: Type.Array(Person),
  archived: Type.Boolean({ description: 'true: read-only; every change is refused with 409' }),
};

export const Cohort = Type.Object({
  ...CohortFields,
  joinCode: JoinCode.properties.joinCode,
  members: Type.Integer({ description: 'Current members (learners who have not left)' }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Cohort = Static<typeof Cohort>;
export const CohortList = Type.Object({ items: Type.Array(Cohort, { description: 'Newest first, at most 100' }) });

export const MyCohort = Type.Object({
  ...CohortFields,
  joinedAt: Type.String({ format: 'date-time' }),
});
export type MyCohort = Static<typeof MyCohort>;
export const MyCohortList = Type.Object({
  items: Type.Array(MyCohort, { description: 'The cohorts you belong to now, newest first, at most 100' }),
});

export const MemberProgress = Type.Object(
  {
    userId: Type.String({ format: 'uuid' }),
    displayName: Type.String(),
    joinedAt: Type.String({ format: 'date-time' }),
    started: Type.Boolean({ description: 'false: no step of the roadmap is in progress or done yet' }),
    stepsDone: Type.Integer(),
    steps: Type.Integer({ description: 'Steps of the roadmap as published now' }),
    hoursDone: Type.Number({ description: 'Estimated hours of the steps done' }),
    percentDone: Type.Number({ description: 'Share of the estimated hours done; skipped steps count on neither side' }),
    expectedPercent: Type.Number({ description: 'Where the cohort’s schedule says a member should be today' }),
    status: Type.Enum(['ahead', 'on_track', 'behind'], {
      description: 'Within 5 percentage points of the schedule is on track',
    }),
    daysBehind: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'When behind: how many days ago the schedule expected what is done now',
    }),
    daysAhead: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'When ahead: in how many days the schedule expects what is done now',
    }),
    lastActivityAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
      description: 'The last change to a step of this roadmap',
    }),
  },
  {
    description:
      'What a mentor sees of one member: progress on the cohort’s roadmap only, never notes or other roadmaps.',
  },
);
export type MemberProgress = Static<typeof MemberProgress>;

/** Filters and order of the members' table, the same for its page and its CSV. */
export const MembersView = {
  status: Type.Optional(
    Type.Enum(['ahead', 'on_track', 'behind', 'not_started'], {
      description: 'Only members with this status; not_started: no step in progress or done yet',
    }),
  ),
  search: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Only members whose display name contains this, any case',
    }),
  ),
  sort: Type.Optional(
    Type.Enum(['joined', 'name', 'progress', 'schedule', 'lastActivity'], {
      default: 'joined',
      description: 'schedule: days ahead (positive) or behind (negative); members with no activity come last',
    }),
  ),
  order: Type.Optional(Type.Enum(['asc', 'desc'], { default: 'asc' })),
};

export const MembersQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, default: 100, description: 'Members per page (1–100)' }),
    ),
    cursor: Type.Optional(Cursor),
    ...MembersView,
  },
  { additionalProperties: false },
);
export type MembersQuery = Static<typeof MembersQuery>;
export const MemberPage = Type.Object({
  today: Type.String({ format: 'date', description: 'The day the schedule is read at (UTC)' }),
  expectedPercent: Type.Number({ description: 'Where the schedule says every member should be today' }),
  items: Type.Array(MemberProgress, { description: 'Current members, in joining order unless sorted otherwise' }),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
});
