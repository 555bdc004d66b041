// Every closed set of values Waymark stores, written once. The TypeBox schemas (and so OpenAPI and the web client)
// and the row types use these; the migrations' check constraints are history that cannot import them, so
// test/integration/enum-constraints.test.ts reads the constraints from a migrated database and fails when they differ.

export const ROLES = ['learner', 'mentor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const RESOURCE_TYPES = ['guide', 'cheatsheet', 'review', 'article', 'video', 'course', 'book', 'docs'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** The three kinds of Waymark's own Resource Hub entries (content/hub/<kind>s/<id>.md). */
export const HUB_KINDS = ['guide', 'review', 'cheatsheet'] as const;
export type HubKind = (typeof HUB_KINDS)[number];

/** What a review is about. */
export const REVIEW_SUBJECT_KINDS = ['book', 'course', 'tool', 'video', 'docs', 'article'] as const;
export type ReviewSubjectKind = (typeof REVIEW_SUBJECT_KINDS)[number];

/** How much a roadmap or a hub entry assumes its reader already knows. */
export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

export const EMAIL_TOKEN_PURPOSES = ['verify-email', 'reset-password', 'change-email'] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

export const MAIL_TRANSPORTS = ['smtp', 'dev-mailbox'] as const;
export type MailTransport = (typeof MAIL_TRANSPORTS)[number];

export const STEP_STATUSES = ['todo', 'in_progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const CHECKLIST_LEVELS = ['not_yet', 'partly', 'confident'] as const;
export type ChecklistLevel = (typeof CHECKLIST_LEVELS)[number];

export const PROGRESS_EVENT_KINDS = ['followed', 'stopped', 'step_status', 'note', 'checklist'] as const;
export type ProgressEventKind = (typeof PROGRESS_EVENT_KINDS)[number];

export const COMMENT_STATES = ['new', 'quarantined', 'approved', 'hidden', 'addressed'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

/** Where a roadmap version came from: a content import (git), a publish in the app, or a fork's overlay on its upstream. */
export const VERSION_SOURCES = ['import', 'app', 'fork'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];
/** A fork's proposal to follow its upstream's new version (docs/decisions/0034). */
export const FORK_PROPOSAL_STATUSES = ['open', 'accepted', 'declined', 'superseded'] as const;
export type ForkProposalStatus = (typeof FORK_PROPOSAL_STATUSES)[number];
/** Where a roadmap draft is on its way (docs/decisions/0029 and 0031). */
export const DRAFT_STATUSES = ['draft', 'in_review', 'approved', 'published', 'discarded'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

/** A draft changes a published roadmap ('edit') or becomes a new one ('new'). */
export const DRAFT_KINDS = ['edit', 'new'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];
/** What one check of a resource's link found (docs/decisions/0030-link-checks.md). */
export const LINK_OUTCOMES = ['ok', 'moved', 'dead', 'error'] as const;
export type LinkOutcome = (typeof LINK_OUTCOMES)[number];
/** What a reviewer says of a draft: a comment, a request for changes, or an approval of one revision. */
export const DRAFT_REVIEW_KINDS = ['comment', 'changes_requested', 'approved'] as const;
export type DraftReviewKind = (typeof DRAFT_REVIEW_KINDS)[number];
/** How a learner came into a cohort: a mailed invite or the cohort's join code (docs/decisions/0038). */
export const COHORT_JOIN_WAYS = ['invite', 'code'] as const;
export type CohortJoinWay = (typeof COHORT_JOIN_WAYS)[number];
/** Where a learner's project submission stands: waiting for a mentor, or what the mentor decided (decision 0041). */
export const SUBMISSION_STATUSES = ['waiting', 'approved', 'changes_requested'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
/** What a mentor's review of a submission decides. */
export const SUBMISSION_DECISIONS = ['approved', 'changes_requested'] as const;
export type SubmissionDecision = (typeof SUBMISSION_DECISIONS)[number];
/** Who wrote a reply in a submission's thread: the learner who submitted it, or a mentor of their cohort. */
export const SUBMISSION_AUTHOR_ROLES = ['learner', 'mentor'] as const;
export type SubmissionAuthorRole = (typeof SUBMISSION_AUTHOR_ROLES)[number];
