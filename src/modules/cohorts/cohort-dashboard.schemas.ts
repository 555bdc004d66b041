import { Type, type Static } from 'typebox';
import { Cursor } from '../roadmaps/roadmaps.schemas.ts';

export const DashboardQuery = Type.Object(
  {
    idleDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        default: 7,
        description: 'A step in progress stalls when its member has changed nothing on the roadmap for this many days',
      }),
    ),
  },
  { additionalProperties: false },
);

const StepRef = { stepId: Type.String(), title: Type.String() };
const Count = Type.Integer({ minimum: 0 });

export const CohortDashboard = Type.Object(
  {
    today: Type.String({ format: 'date', description: 'The day the schedule is read at (UTC)' }),
    expectedPercent: Type.Number({ description: 'Where the schedule says every member should be today' }),
    members: Type.Object(
      { total: Count, ahead: Count, onTrack: Count, behind: Count, notStarted: Count },
      { description: 'Current members by status; not started members are also counted in their status' },
    ),
    progressSpread: Type.Array(Type.Object({ fromPercent: Count, toPercent: Count, members: Count }), {
      description: 'How many members have done each tenth of the work (the last one includes 100%)',
    }),
    stalls: Type.Object({
      idleDays: Type.Integer(),
      idle: Type.Array(Type.Object({ ...StepRef, members: Count, idleSince: Type.String({ format: 'date-time' }) }), {
        description: 'Steps in progress with no activity for idleDays, most members first (at most 10)',
      }),
      slow: Type.Array(
        Type.Object({
          ...StepRef,
          members: Type.Integer({ description: 'Members who started it' }),
          unfinished: Type.Integer({ description: 'Of them, still in progress' }),
          medianDays: Type.Number({ description: 'Median days from starting it to finishing it (or to today)' }),
        }),
        { description: 'Steps the members spend longest on, longest first (at most 10)' },
      ),
      unhelpful: Type.Array(Type.Object({ ...StepRef, notHelpful: Count, votes: Count }), {
        description: 'Steps members voted not helpful, most such votes first (at most 10); counts only, no names',
      }),
    }),
    checklist: Type.Array(
      Type.Object({
        itemId: Type.String(),
        title: Type.String(),
        answered: Count,
        confident: Count,
        partly: Count,
        notYet: Count,
        readyPercent: Type.Number({ description: 'Members who answered “confident”, of all current members' }),
      }),
      { description: 'The roadmap’s checklist in its order: how many members answered each item; counts only' },
    ),
  },
  { description: 'A cohort at a glance, for its mentors: figures about the members, never one member’s notes' },
);
export type CohortDashboard = Static<typeof CohortDashboard>;

export const ActivityQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Events per page' })),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);

export const ActivityPage = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      userId: Type.String({ format: 'uuid' }),
      displayName: Type.String(),
      kind: Type.Enum(['followed', 'stopped', 'step_status', 'checklist'], {
        description: 'checklist: answered an item (the answer itself is not shown); notes are never listed',
      }),
      subject: Type.Union([Type.Object({ id: Type.String(), title: Type.String() }), Type.Null()], {
        description: 'The step or checklist item, when it is still on the roadmap',
      }),
      status: Type.Union([Type.Enum(['todo', 'in_progress', 'done', 'skipped']), Type.Null()], {
        description: 'For step_status: the step’s new status',
      }),
      occurredAt: Type.String({ format: 'date-time' }),
    }),
    { description: 'Current members’ events on the cohort’s roadmap since they joined, newest first' },
  ),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
});
export type ActivityPage = Static<typeof ActivityPage>;
