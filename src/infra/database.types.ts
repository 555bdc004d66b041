// Generated from the migrated schema by `npm run db:types` (scripts/database-types.ts). Do not edit: change a
// migration, or a column's type in scripts/database-types.ts, and run it again. Shapes the schema cannot tell (JSON
// payloads, timestamps only the database writes) are in column-types.ts; closed value sets in lib/enums.ts.

import type {
  ChecklistLevel,
  CommentState,
  DraftKind,
  DraftStatus,
  EmailTokenPurpose,
  HubKind,
  Level,
  MailTransport,
  ProgressEventKind,
  ResourceType,
  Role,
  StepStatus,
} from '../lib/enums.ts';
import type { ClearableJsonColumn, Computed, CreatedAt, InsertedAt, JsonColumn, UpdatedAt } from './column-types.ts';
import type { ColumnType } from 'kysely';

export type Generated<T> =
  T extends ColumnType<infer S, infer I, infer U> ? ColumnType<S, I | undefined, U> : ColumnType<T, T | undefined, T>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Numeric = ColumnType<string, number | string, number | string>;

export interface AnalyticsFunnelTable {
  finished: number;
  position: number;
  roadmapSlug: string;
  started: number;
  stepId: string;
}

export interface AnalyticsRoadmapsTable {
  computedAt: Date;
  followers: number;
  roadmapSlug: string;
}

export interface AnalyticsStateTable {
  activeWeeksFrom: string | null;
  id: Generated<boolean>;
  purgedBefore: string | null;
}

export interface AnalyticsStepTimeTable {
  learners: number;
  medianSeconds: number;
  roadmapSlug: string;
  stepId: string;
}

export interface AnalyticsWeeklyActiveTable {
  learners: number;
  roadmapSlug: string;
  week: string;
}

export interface AuditLogTable {
  action: string;
  actorId: string | null;
  details: JsonColumn<Record<string, unknown>>;
  id: Generated<number>;
  ip: string | null;
  occurredAt: CreatedAt;
  subjectId: string | null;
  userAgent: string | null;
}

export interface ChecklistAssessmentsTable {
  itemId: string;
  level: ChecklistLevel;
  roadmapSlug: string;
  updatedAt: UpdatedAt;
  userId: string;
}

export interface CohortInvitesTable {
  cohortId: string;
  createdAt: Generated<Date>;
  email: string;
  expiresAt: Date;
  id: Generated<string>;
  invitedBy: string | null;
  tokenHash: string;
  usedAt: Date | null;
  usedBy: string | null;
}

export interface CohortMembersTable {
  cohortId: string;
  joinedAt: Generated<Date>;
  joinedVia: string;
  leftAt: Date | null;
  userId: string;
}

export interface CohortMentorsTable {
  addedAt: Generated<Date>;
  addedBy: string | null;
  cohortId: string;
  userId: string;
}

export interface CohortMessageRecipientsTable {
  messageId: string;
  readAt: Date | null;
  userId: string;
}

export interface CohortMessagesTable {
  body: string;
  cohortId: string;
  createdAt: Generated<Date>;
  id: Generated<string>;
  kind: Generated<string>;
  senderId: string | null;
  subject: string;
}

export interface CohortNudgeOptOutsTable {
  cohortId: string;
  createdAt: Generated<Date>;
  userId: string;
}

export interface CohortNudgeRulesTable {
  behindDays: Generated<number>;
  behindEnabled: Generated<boolean>;
  cohortId: string;
  inactiveDays: Generated<number>;
  inactiveEnabled: Generated<boolean>;
  updatedAt: Generated<Date>;
}

export interface CohortNudgesSentTable {
  cohortId: string;
  messageId: string;
  period: string;
  rule: string;
  userId: string;
}

export interface CohortsTable {
  archivedAt: Date | null;
  createdAt: Generated<Date>;
  createdBy: string | null;
  hoursPerWeek: Numeric;
  id: Generated<string>;
  joinCode: string | null;
  name: string;
  roadmapSlug: string;
  startDate: string;
  updatedAt: Generated<Date>;
}

export interface CohortStagesTable {
  cohortId: string;
  dueOn: string;
  month: number;
  position: number;
  title: string;
}

export interface ContentImportsTable {
  contentHash: string;
  id: Generated<number>;
  importedAt: CreatedAt;
  summary: JsonColumn<unknown>;
}

export interface DraftReviewsTable {
  authorId: string | null;
  body: Generated<string>;
  createdAt: Generated<Date>;
  draftId: string;
  draftRevision: number;
  id: string;
  kind: string;
}

export interface EmailTokensTable {
  createdAt: CreatedAt;
  expiresAt: Date;
  id: string;
  newEmail: string | null;
  purpose: EmailTokenPurpose;
  tokenHash: string;
  usedAt: Date | null;
  userId: string;
}

export interface FeedbackCommentsTable {
  body: string;
  contentHash: string;
  createdAt: InsertedAt;
  helpful: boolean;
  id: string;
  ipHash: string;
  moderatedAt: Date | null;
  moderatedBy: string | null;
  reasons: Generated<string[]>;
  replyNote: string | null;
  roadmapSlug: string;
  spamScore: number;
  spamSignals: Generated<string[]>;
  state: CommentState;
  target: string;
  userId: string | null;
  visitorId: string | null;
}

export interface FeedbackDailyTable {
  day: string;
  helpful: number;
  notHelpful: number;
  roadmapSlug: string;
  target: string;
}

export interface FeedbackIpSaltsTable {
  day: string;
  salt: Buffer;
}

export interface FeedbackTotalsTable {
  helpful: number;
  notHelpful: number;
  roadmapSlug: string;
  target: string;
}

export interface FeedbackVotesTable {
  createdAt: InsertedAt;
  helpful: boolean;
  id: Generated<number>;
  ipHash: string;
  reasons: Generated<string[]>;
  roadmapSlug: string;
  target: string;
  updatedAt: Generated<Date>;
  userId: string | null;
  visitorId: string | null;
}

export interface ForkProposalsTable {
  createdAt: Generated<Date>;
  decidedAt: Date | null;
  decidedBy: string | null;
  forkSlug: string;
  fromVersion: number;
  id: Generated<string>;
  status: Generated<string>;
  toVersion: number;
}

export interface HubEntriesTable {
  archivedAt: Date | null;
  body: string;
  contentHash: string;
  createdAt: CreatedAt;
  document: JsonColumn<unknown>;
  id: string;
  kind: HubKind;
  level: Level;
  search: Computed<string | null>;
  summary: string;
  title: string;
  topics: Generated<string[]>;
  updated: string;
  updatedAt: UpdatedAt;
}

export interface HubEntryStepsTable {
  entryId: string;
  position: number;
  roadmapSlug: string;
  stepId: string;
}

export interface LoginAttemptsTable {
  consecutiveFailures: Generated<number>;
  emailHash: string;
  lastFailureAt: Generated<Date>;
  lockedAt: Date | null;
}

export interface MailOutboxTable {
  id: string;
  message: ClearableJsonColumn<unknown>;
  queuedAt: CreatedAt;
  recipientHash: string;
  template: string;
}

export interface PersonalAccessTokensTable {
  createdAt: CreatedAt;
  expiresAt: Date;
  id: string;
  lastUsedAt: Date | null;
  name: string;
  revokedAt: Date | null;
  scopes: string[];
  tokenHash: string;
  userId: string;
}

export interface ProgressEventsTable {
  detail: string | null;
  id: Generated<number>;
  kind: ProgressEventKind;
  occurredAt: InsertedAt;
  roadmapSlug: string;
  subjectId: string | null;
  userId: string;
}

export interface ProjectSubmissionsTable {
  createdAt: Generated<Date>;
  deployedUrl: string | null;
  id: Generated<string>;
  notes: Generated<string>;
  repositoryUrl: string;
  reviewedAt: Date | null;
  roadmapSlug: string;
  status: Generated<string>;
  stepId: string;
  supersededAt: Date | null;
  userId: string;
}

export interface PublicProfilesTable {
  bio: string | null;
  enabled: Generated<boolean>;
  handle: string;
  showProgress: Generated<boolean>;
  showStreak: Generated<boolean>;
  updatedAt: UpdatedAt;
  userId: string;
}

export interface ReauthProofsTable {
  createdAt: Generated<Date>;
  expiresAt: Date;
  operation: string;
  provider: string;
  tokenHash: string;
  userId: string;
}

export interface RefreshTokensTable {
  createdAt: CreatedAt;
  expiresAt: Date;
  familyExpiresAt: Date;
  familyId: string;
  id: string;
  ip: string | null;
  revokedAt: Date | null;
  rotatedAt: Date | null;
  tokenHash: string;
  userAgent: string | null;
  userId: string;
}

export interface ResourceLinkChecksTable {
  checkedAt: Generated<Date>;
  durationMs: number;
  finalUrl: string | null;
  httpStatus: number | null;
  id: Generated<number>;
  outcome: string;
  reason: Generated<string>;
  resourceId: string;
}

export interface ResourceLinksTable {
  checkedAt: Date;
  consecutiveFailures: Generated<number>;
  finalUrl: string | null;
  firstFailedAt: Date | null;
  httpStatus: number | null;
  lastOutcome: string;
  reason: Generated<string>;
  resourceId: string;
  since: Date;
  state: string;
}

export interface ResourcesTable {
  archivedAt: Date | null;
  contentHash: string;
  createdAt: CreatedAt;
  description: string;
  free: boolean;
  id: string;
  publisher: string | null;
  search: Computed<string | null>;
  title: string;
  topics: Generated<string[]>;
  type: ResourceType;
  updatedAt: UpdatedAt;
  url: string;
}

export interface RoadmapDraftsTable {
  authorId: string | null;
  basedOnHash: string | null;
  basedOnVersion: number | null;
  createdAt: CreatedAt;
  document: JsonColumn<unknown>;
  id: string;
  kind: DraftKind;
  revision: Generated<number>;
  roadmapSlug: string;
  startedFrom: JsonColumn<unknown>;
  status: Generated<DraftStatus>;
  updatedAt: UpdatedAt;
}

export interface RoadmapFaqTable {
  answer: string;
  archivedAt: Date | null;
  id: string;
  position: number;
  question: string;
  roadmapSlug: string;
  search: Computed<string | null>;
  updatedAt: UpdatedAt;
}

export interface RoadmapFollowsTable {
  followedAt: CreatedAt;
  hoursPerWeek: Numeric;
  roadmapSlug: string;
  startDate: string;
  stoppedAt: Date | null;
  updatedAt: UpdatedAt;
  userId: string;
}

export interface RoadmapForksTable {
  createdAt: Generated<Date>;
  createdBy: string | null;
  overlay: Json;
  revision: Generated<number>;
  slug: string;
  updatedAt: Generated<Date>;
  upstreamSlug: string;
  upstreamVersion: number;
}

export interface RoadmapsTable {
  archivedAt: Date | null;
  contentHash: string;
  createdAt: CreatedAt;
  document: JsonColumn<unknown>;
  license: string;
  search: Computed<string | null>;
  slug: string;
  summary: string;
  title: string;
  updatedAt: UpdatedAt;
}

export interface RoadmapSeenVersionsTable {
  roadmapSlug: string;
  seenAt: Generated<Date>;
  userId: string;
  versionNumber: number;
}

export interface RoadmapStepsTable {
  archivedAt: Date | null;
  body: string;
  contentHash: string;
  createdAt: CreatedAt;
  estimatedHours: number;
  id: string;
  position: number;
  roadmapSlug: string;
  search: Computed<string | null>;
  summary: string;
  tierId: string;
  title: string;
  topics: Generated<string[]>;
  updatedAt: UpdatedAt;
}

export interface RoadmapVersionsTable {
  checklistMapping: Generated<Json>;
  contentHash: string;
  document: Json;
  notes: string;
  number: number;
  publishedAt: Generated<Date>;
  publishedBy: string | null;
  roadmapSlug: string;
  source: string;
  stepMapping: Generated<Json>;
}

export interface SearchWordsTable {
  word: string;
}

export interface SentMailTable {
  htmlBody: string | null;
  jobId: string;
  recipient: string;
  sentAt: CreatedAt;
  subject: string;
  textBody: string | null;
  transport: MailTransport;
}

export interface SsoIdentitiesTable {
  createdAt: Generated<Date>;
  email: string;
  lastLoginAt: Date | null;
  linkedAt: Date | null;
  linkExpiresAt: Date | null;
  linkTokenHash: string | null;
  provider: string;
  subject: string;
  userId: string;
}

export interface StepBookmarksTable {
  createdAt: CreatedAt;
  id: Generated<number>;
  roadmapSlug: string;
  stepId: string;
  userId: string;
}

export interface StepNotesTable {
  body: string;
  roadmapSlug: string;
  stepId: string;
  updatedAt: Generated<Date>;
  userId: string;
}

export interface StepProgressTable {
  roadmapSlug: string;
  status: StepStatus;
  stepId: string;
  updatedAt: UpdatedAt;
  userId: string;
}

export interface StepResourcesTable {
  position: number;
  resourceId: string;
  roadmapSlug: string;
  stepId: string;
}

export interface SubmissionRepliesTable {
  authorId: string | null;
  authorRole: string;
  body: string;
  cohortId: string | null;
  createdAt: Generated<Date>;
  decision: string | null;
  id: Generated<string>;
  submissionId: string;
}

export interface UsersTable {
  createdAt: CreatedAt;
  disabledAt: Date | null;
  displayName: string;
  email: string;
  emailVerifiedAt: Date | null;
  id: string;
  passwordHash: string | null;
  role: Generated<Role>;
  roleSource: string | null;
  timeZone: Generated<string>;
  updatedAt: UpdatedAt;
  weeklyDigest: Generated<boolean>;
}

export interface WeeklyDigestsTable {
  sentAt: CreatedAt;
  userId: string;
  week: string;
}

export interface Database {
  analyticsFunnel: AnalyticsFunnelTable;
  analyticsRoadmaps: AnalyticsRoadmapsTable;
  analyticsState: AnalyticsStateTable;
  analyticsStepTime: AnalyticsStepTimeTable;
  analyticsWeeklyActive: AnalyticsWeeklyActiveTable;
  auditLog: AuditLogTable;
  checklistAssessments: ChecklistAssessmentsTable;
  cohortInvites: CohortInvitesTable;
  cohortMembers: CohortMembersTable;
  cohortMentors: CohortMentorsTable;
  cohortMessageRecipients: CohortMessageRecipientsTable;
  cohortMessages: CohortMessagesTable;
  cohortNudgeOptOuts: CohortNudgeOptOutsTable;
  cohortNudgeRules: CohortNudgeRulesTable;
  cohortNudgesSent: CohortNudgesSentTable;
  cohorts: CohortsTable;
  cohortStages: CohortStagesTable;
  contentImports: ContentImportsTable;
  draftReviews: DraftReviewsTable;
  emailTokens: EmailTokensTable;
  feedbackComments: FeedbackCommentsTable;
  feedbackDaily: FeedbackDailyTable;
  feedbackIpSalts: FeedbackIpSaltsTable;
  feedbackTotals: FeedbackTotalsTable;
  feedbackVotes: FeedbackVotesTable;
  forkProposals: ForkProposalsTable;
  hubEntries: HubEntriesTable;
  hubEntrySteps: HubEntryStepsTable;
  loginAttempts: LoginAttemptsTable;
  mailOutbox: MailOutboxTable;
  personalAccessTokens: PersonalAccessTokensTable;
  progressEvents: ProgressEventsTable;
  projectSubmissions: ProjectSubmissionsTable;
  publicProfiles: PublicProfilesTable;
  reauthProofs: ReauthProofsTable;
  refreshTokens: RefreshTokensTable;
  resourceLinkChecks: ResourceLinkChecksTable;
  resourceLinks: ResourceLinksTable;
  resources: ResourcesTable;
  roadmapDrafts: RoadmapDraftsTable;
  roadmapFaq: RoadmapFaqTable;
  roadmapFollows: RoadmapFollowsTable;
  roadmapForks: RoadmapForksTable;
  roadmaps: RoadmapsTable;
  roadmapSeenVersions: RoadmapSeenVersionsTable;
  roadmapSteps: RoadmapStepsTable;
  roadmapVersions: RoadmapVersionsTable;
  searchWords: SearchWordsTable;
  sentMail: SentMailTable;
  ssoIdentities: SsoIdentitiesTable;
  stepBookmarks: StepBookmarksTable;
  stepNotes: StepNotesTable;
  stepProgress: StepProgressTable;
  stepResources: StepResourcesTable;
  submissionReplies: SubmissionRepliesTable;
  users: UsersTable;
  weeklyDigests: WeeklyDigestsTable;
}
