import { COMMENT_STATES } from '../../lib/enums.ts';
import { Type, type Static } from 'typebox';
import { Cursor, Limit, Slug } from '../roadmaps/roadmaps.schemas.ts';
import { ROADMAP_SECTION_HEADINGS } from './sections.ts';

export const TARGET_KINDS = [
  'section',
  'tier',
  'step',
  'month',
  'priority',
  'challenge',
  'checklist',
  'faq',
  'resource',
  'hub',
  'duty',
  'principle',
  'path',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * The parts every roadmap page shows, each rated as a whole by `section:<id>`. Most have no item of their own to
 * vote on (about, history, …), and one shared `roadmap` vote would let a reader's answer on one part replace their
 * answer on another.
 */
export const ROADMAP_SECTIONS = ROADMAP_SECTION_HEADINGS.map(([id]) => id);

export const Target = Type.String({
  pattern: `^(roadmap|(${TARGET_KINDS.join('|')}):[a-z0-9]+(-[a-z0-9]+)*)$`,
  maxLength: 100,
  description:
    '`roadmap` for the whole roadmap, `section:<id>` for a part of the roadmap page as a whole (' +
    ROADMAP_SECTIONS.join(', ') +
    '), or `<kind>:<id>` for one item: tier, step, month (the plan month number), priority, challenge, checklist ' +
    '(item), faq (entry), resource, duty (what the role does), principle (a thing to keep in mind) or path (another ' +
    'path the skills lead to), with the id the roadmap document shows; or hub (a Resource Hub entry that names a ' +
    'step of this roadmap).',
  examples: [
    'roadmap',
    'section:history',
    'step:http-and-apis',
    'month:3',
    'faq:which-language',
    'duty:ship-to-production',
    'hub:sql-joins',
  ],
});

export const REASONS = [
  'clear',
  'accurate',
  'well-paced',
  'good-resources',
  'unclear',
  'outdated',
  'too-fast',
  'too-slow',
  'missing-topic',
  'broken-link',
  'wrong',
] as const;
export const Reason = Type.Enum([...REASONS], { description: 'Why, from a fixed list' });

export const COMMENT_MAX_LENGTH = 1000;

export const FeedbackBody = Type.Object(
  {
    roadmap: Slug,
    target: Type.Optional(Target),
    helpful: Type.Boolean(),
    reasons: Type.Optional(Type.Array(Reason, { maxItems: REASONS.length, uniqueItems: true })),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: COMMENT_MAX_LENGTH })),
    website: Type.Optional(
      Type.String({
        maxLength: 2000,
        description: 'Leave empty. A field people never see and bots fill in: feedback that fills it is not kept.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type FeedbackBody = Static<typeof FeedbackBody>;

export const FeedbackReceipt = Type.Object({
  roadmap: Type.String(),
  target: Type.String(),
  helpful: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  changed: Type.Boolean({ description: 'true when this replaced an earlier vote of yours on the same target' }),
  comment: Type.Union([Type.Literal('received'), Type.Null()], {
    description: 'received when a comment came with the vote (editors read it)',
  }),
});
export type FeedbackReceipt = Static<typeof FeedbackReceipt>;

export const SummaryQuery = Type.Object(
  { roadmap: Slug, target: Type.Optional(Target) },
  { additionalProperties: false },
);

export const TargetCounts = Type.Object({
  target: Type.String(),
  helpful: Type.Integer(),
  notHelpful: Type.Integer(),
});
export type TargetCounts = Static<typeof TargetCounts>;

export const FeedbackSummary = Type.Object({
  roadmap: Type.String(),
  items: Type.Array(TargetCounts, { description: 'Every target with votes, or the one asked for' }),
});
export type FeedbackSummary = Static<typeof FeedbackSummary>;

export { COMMENT_STATES };
export const CommentState = Type.Enum([...COMMENT_STATES]);

export const ListCommentsQuery = Type.Object(
  {
    state: Type.Optional(CommentState),
    roadmap: Type.Optional(Slug),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type ListCommentsQuery = Static<typeof ListCommentsQuery>;

export const Href = Type.Union([Type.String(), Type.Null()], {
  description: "The web app's path to it (e.g. /roadmaps/backend-developer/steps/sql); null when it is gone",
});

/** Something editors see by its name, not its id, with a link to it. */
export const Named = Type.Object({
  title: Type.String({ description: 'What people call it; "a removed step" (or section, entry, …) when it is gone' }),
  href: Href,
  removed: Type.Boolean(),
});

export const NamedTarget = Type.Object({
  kind: Type.String({ description: 'roadmap, section, step, hub, faq, …' }),
  ...Named.properties,
  roadmap: Named,
});

const Count = Type.Integer({ minimum: 0 });
export const CommentCounts = Type.Object(
  { new: Count, quarantined: Count, approved: Count, hidden: Count, addressed: Count, all: Count },
  { description: 'How many comments are in each state (on one roadmap, or on all)' },
);
export type CommentCounts = Static<typeof CommentCounts>;

export const CountsQuery = Type.Object({ roadmap: Type.Optional(Slug) }, { additionalProperties: false });

export const CommentParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const AddressBody = Type.Object(
  { replyNote: Type.String({ minLength: 1, maxLength: 2000, description: 'What was done about it' }) },
  { additionalProperties: false },
);

export const Comment = Type.Object({
  id: Type.String(),
  roadmap: Type.String(),
  target: Type.String(),
  helpful: Type.Boolean(),
  reasons: Type.Array(Type.String()),
  body: Type.String(),
  state: CommentState,
  spamScore: Type.Integer(),
  spamSignals: Type.Array(Type.String(), { description: 'Why the score is what it is' }),
  about: NamedTarget,
  signedIn: Type.Boolean({ description: 'Written by someone signed in (who is not shown)' }),
  replyNote: Type.Union([Type.String(), Type.Null()]),
  moderatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  moderatedBy: Type.Union([Type.String(), Type.Null()], {
    description: 'The display name of the editor who last moderated it ("a removed account" once deleted)',
  }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Comment = Static<typeof Comment>;

export const CommentPage = Type.Object({
  items: Type.Array(Comment),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const RecomputeReceipt = Type.Object({
  queued: Type.Literal(true),
  alreadyQueued: Type.Boolean({ description: 'true when one was already waiting: no second one is queued' }),
});

export const AnalyticsParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export const SectionHelpfulness = Type.Object({
  target: Type.String(),
  about: NamedTarget,
  helpful: Type.Integer(),
  notHelpful: Type.Integer(),
  wilsonLowerBound: Type.Number({ description: '95 % Wilson lower bound of the helpful share; ranks sections' }),
});

export const FunnelStep = Type.Object({
  stepId: Type.String(),
  number: Type.Integer(),
  started: Type.Integer({ description: 'Learners who marked the step in progress or done' }),
  finished: Type.Integer({ description: 'Learners who marked it done' }),
  dropOffBefore: Type.Integer({
    description:
      'Learners of the stage before (followers for step 1, else finished step k−1) minus those who started step ' +
      'k; negative when learners take steps out of order',
  }),
  dropOffWithin: Type.Integer({ description: 'Started minus finished' }),
});

export const Analytics = Type.Object({
  roadmap: Type.String(),
  computedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When the rollup job last ran; null before its first run',
  }),
  recomputing: Type.Boolean({ description: 'A recomputation is queued and has not started yet' }),
  helpfulness: Type.Array(SectionHelpfulness, { description: 'Best first by Wilson lower bound' }),
  funnel: Type.Object({ followers: Type.Integer(), steps: Type.Array(FunnelStep) }),
  activeLearners: Type.Array(
    Type.Object({
      week: Type.String({ format: 'date', description: 'Monday of the ISO week' }),
      learners: Type.Integer(),
    }),
  ),
  stepTime: Type.Array(
    Type.Object({
      stepId: Type.String(),
      learners: Type.Integer({ description: 'Learners who went from in progress to done' }),
      medianSeconds: Type.Number(),
    }),
  ),
});
export type Analytics = Static<typeof Analytics>;
