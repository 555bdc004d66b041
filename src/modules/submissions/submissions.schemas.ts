import { Type, type Static } from 'typebox';
import { SUBMISSION_AUTHOR_ROLES, SUBMISSION_DECISIONS, SUBMISSION_STATUSES } from '../../lib/enums.ts';
import { Cursor } from '../roadmaps/roadmaps.schemas.ts';

const Id = Type.String({ format: 'uuid', description: 'The submission id' });
const Timestamp = Type.String({ format: 'date-time' });
const WebAddress = (description: string) =>
  Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000, description: `${description}: http:// or https://` });
const Markdown = (description: string, minLength = 0) =>
  Type.String({ minLength, maxLength: 5000, description: `${description}, in Markdown (at most 5,000 characters)` });

export const SubmissionParams = Type.Object({ id: Id }, { additionalProperties: false });

export const NewSubmission = Type.Object(
  {
    repositoryUrl: WebAddress('Where the project’s code is'),
    deployedUrl: Type.Optional(WebAddress('Where the project runs, when it does')),
    notes: Type.Optional(Markdown('What the mentor should know')),
  },
  { additionalProperties: false },
);
export type NewSubmission = Static<typeof NewSubmission>;

export const NewReview = Type.Object(
  {
    decision: Type.Enum([...SUBMISSION_DECISIONS], {
      description: 'Approve the project, or ask for changes (then say which in the comment)',
    }),
    comment: Type.Optional(Markdown('What the learner should read; required when asking for changes')),
  },
  { additionalProperties: false },
);
export type NewReview = Static<typeof NewReview>;

export const NewComment = Type.Object({ body: Markdown('The comment', 1) }, { additionalProperties: false });

const Person = Type.Object({
  id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'Null once the account is gone' }),
  displayName: Type.Union([Type.String(), Type.Null()]),
});

export const SubmissionReply = Type.Object({
  id: Type.String({ format: 'uuid' }),
  author: Person,
  role: Type.Enum([...SUBMISSION_AUTHOR_ROLES]),
  decision: Type.Union([Type.Enum([...SUBMISSION_DECISIONS]), Type.Null()], {
    description: 'A mentor’s review; null for a comment',
  }),
  body: Type.String({ description: 'Markdown; may be empty on an approval' }),
  createdAt: Timestamp,
});
export type SubmissionReply = Static<typeof SubmissionReply>;

const Status = Type.Enum([...SUBMISSION_STATUSES], { description: 'Waiting for a mentor, or what the mentor decided' });

export const Submission = Type.Object({
  id: Type.String({ format: 'uuid' }),
  roadmap: Type.Object({ slug: Type.String(), title: Type.String() }),
  step: Type.Object({ id: Type.String(), title: Type.String() }),
  learner: Type.Object({ id: Type.String({ format: 'uuid' }), displayName: Type.String() }),
  repositoryUrl: Type.String(),
  deployedUrl: Type.Union([Type.String(), Type.Null()]),
  notes: Type.String({ description: 'Markdown' }),
  status: Status,
  submittedAt: Timestamp,
  reviewedAt: Type.Union([Timestamp, Type.Null()]),
  supersededAt: Type.Union([Timestamp, Type.Null()], {
    description: 'When the learner submitted again; a superseded submission is history and takes no review',
  }),
  replies: Type.Array(SubmissionReply, { description: 'Reviews and comments, oldest first' }),
});
export type Submission = Static<typeof Submission>;

export const SubmissionThread = Type.Object({
  cohorts: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }), {
    description:
      'The cohorts on this roadmap you are in now and that are not archived: their mentors review your project. ' +
      'Empty: you cannot submit.',
  }),
  items: Type.Array(Submission, { description: 'Your submissions for this step, newest first' }),
});

export const QueueQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum([...SUBMISSION_STATUSES], { default: 'waiting' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Submissions per page' })),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type QueueQuery = Static<typeof QueueQuery>;

export const QueuedSubmission = Type.Object({
  id: Type.String({ format: 'uuid' }),
  learner: Type.Object({ id: Type.String({ format: 'uuid' }), displayName: Type.String() }),
  step: Type.Object({ id: Type.String(), title: Type.String() }),
  status: Status,
  submittedAt: Timestamp,
  reviewedAt: Type.Union([Timestamp, Type.Null()]),
  waitedMinutes: Type.Integer({ description: 'From submission to its review, or to now while it waits' }),
  resubmission: Type.Boolean({ description: 'The learner submitted this step before' }),
});
export type QueuedSubmission = Static<typeof QueuedSubmission>;

export const QueuePage = Type.Object({
  total: Type.Integer({ description: 'How many current submissions of current members have this status' }),
  items: Type.Array(QueuedSubmission, { description: 'Oldest submission first: the one waiting longest leads' }),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
});

export { StepParams } from '../progress/progress.schemas.ts';
