// Generated from the migrated schema by `npm run db:types` (scripts/database-types.ts). Do not edit: change a
// migration, or a column's type in scripts/database-types.ts, and run it again. Shapes the schema cannot tell (JSON
// payloads, timestamps only the database writes) are in column-types.ts; closed value sets in lib/enums.ts.

import type {
  ChecklistLevel,
  CommentState,
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

export type Numeric = ColumnType<string, number | string, number | string>;

export interface AnalyticsFunnelTable {
  finished: number;
  position: number;
  roadmap_slug: string;
  started: number;
  step_id: string;
}

export interface AnalyticsRoadmapsTable {
  computed_at: Date;
  followers: number;
  roadmap_slug: string;
}

export interface AnalyticsStateTable {
  active_weeks_from: string | null;
  id: Generated<boolean>;
  purged_before: string | null;
}

export interface AnalyticsStepTimeTable {
  learners: number;
  median_seconds: number;
  roadmap_slug: string;
  step_id: string;
}

export interface AnalyticsWeeklyActiveTable {
  learners: number;
  roadmap_slug: string;
  week: string;
}

export interface AuditLogTable {
  action: string;
  actor_id: string | null;
  details: JsonColumn<Record<string, unknown>>;
  id: Generated<number>;
  ip: string | null;
  occurred_at: CreatedAt;
  subject_id: string | null;
  user_agent: string | null;
}

export interface ChecklistAssessmentsTable {
  item_id: string;
  level: ChecklistLevel;
  roadmap_slug: string;
  updated_at: UpdatedAt;
  user_id: string;
}

export interface ContentImportsTable {
  content_hash: string;
  id: Generated<number>;
  imported_at: CreatedAt;
  summary: JsonColumn<unknown>;
}

export interface EmailTokensTable {
  created_at: CreatedAt;
  expires_at: Date;
  id: string;
  new_email: string | null;
  purpose: EmailTokenPurpose;
  token_hash: string;
  used_at: Date | null;
  user_id: string;
}

export interface FeedbackCommentsTable {
  body: string;
  content_hash: string;
  created_at: InsertedAt;
  helpful: boolean;
  id: string;
  ip_hash: string;
  moderated_at: Date | null;
  moderated_by: string | null;
  reasons: Generated<string[]>;
  reply_note: string | null;
  roadmap_slug: string;
  spam_score: number;
  spam_signals: Generated<string[]>;
  state: CommentState;
  target: string;
  user_id: string | null;
  visitor_id: string | null;
}

export interface FeedbackDailyTable {
  day: string;
  helpful: number;
  not_helpful: number;
  roadmap_slug: string;
  target: string;
}

export interface FeedbackIpSaltsTable {
  day: string;
  salt: Buffer;
}

export interface FeedbackTotalsTable {
  helpful: number;
  not_helpful: number;
  roadmap_slug: string;
  target: string;
}

export interface FeedbackVotesTable {
  created_at: InsertedAt;
  helpful: boolean;
  id: Generated<number>;
  ip_hash: string;
  reasons: Generated<string[]>;
  roadmap_slug: string;
  target: string;
  updated_at: Generated<Date>;
  user_id: string | null;
  visitor_id: string | null;
}

export interface HubEntriesTable {
  archived_at: Date | null;
  body: string;
  content_hash: string;
  created_at: CreatedAt;
  document: JsonColumn<unknown>;
  id: string;
  kind: HubKind;
  level: Level;
  search: Computed<string | null>;
  summary: string;
  title: string;
  topics: Generated<string[]>;
  updated: string;
  updated_at: UpdatedAt;
}

export interface HubEntryStepsTable {
  entry_id: string;
  position: number;
  roadmap_slug: string;
  step_id: string;
}

export interface LoginAttemptsTable {
  consecutive_failures: Generated<number>;
  email_hash: string;
  last_failure_at: Generated<Date>;
  locked_at: Date | null;
}

export interface MailOutboxTable {
  id: string;
  message: ClearableJsonColumn<unknown>;
  queued_at: CreatedAt;
  recipient_hash: string;
  template: string;
}

export interface PersonalAccessTokensTable {
  created_at: CreatedAt;
  expires_at: Date;
  id: string;
  last_used_at: Date | null;
  name: string;
  revoked_at: Date | null;
  scopes: string[];
  token_hash: string;
  user_id: string;
}

export interface ProgressEventsTable {
  detail: string | null;
  id: Generated<number>;
  kind: ProgressEventKind;
  occurred_at: InsertedAt;
  roadmap_slug: string;
  subject_id: string | null;
  user_id: string;
}

export interface PublicProfilesTable {
  bio: string | null;
  enabled: Generated<boolean>;
  handle: string;
  show_progress: Generated<boolean>;
  show_streak: Generated<boolean>;
  updated_at: UpdatedAt;
  user_id: string;
}

export interface RefreshTokensTable {
  created_at: CreatedAt;
  expires_at: Date;
  family_expires_at: Date;
  family_id: string;
  id: string;
  ip: string | null;
  revoked_at: Date | null;
  rotated_at: Date | null;
  token_hash: string;
  user_agent: string | null;
  user_id: string;
}

export interface ResourcesTable {
  archived_at: Date | null;
  content_hash: string;
  created_at: CreatedAt;
  description: string;
  free: boolean;
  id: string;
  publisher: string | null;
  search: Computed<string | null>;
  title: string;
  topics: Generated<string[]>;
  type: ResourceType;
  updated_at: UpdatedAt;
  url: string;
}

export interface RoadmapFaqTable {
  answer: string;
  archived_at: Date | null;
  id: string;
  position: number;
  question: string;
  roadmap_slug: string;
  search: Computed<string | null>;
  updated_at: UpdatedAt;
}

export interface RoadmapFollowsTable {
  followed_at: CreatedAt;
  hours_per_week: Numeric;
  roadmap_slug: string;
  start_date: string;
  stopped_at: Date | null;
  updated_at: UpdatedAt;
  user_id: string;
}

export interface RoadmapsTable {
  archived_at: Date | null;
  content_hash: string;
  created_at: CreatedAt;
  document: JsonColumn<unknown>;
  license: string;
  search: Computed<string | null>;
  slug: string;
  summary: string;
  title: string;
  updated_at: UpdatedAt;
}

export interface RoadmapStepsTable {
  archived_at: Date | null;
  body: string;
  content_hash: string;
  created_at: CreatedAt;
  estimated_hours: number;
  id: string;
  position: number;
  roadmap_slug: string;
  search: Computed<string | null>;
  summary: string;
  tier_id: string;
  title: string;
  topics: Generated<string[]>;
  updated_at: UpdatedAt;
}

export interface SentMailTable {
  html_body: string | null;
  job_id: string;
  recipient: string;
  sent_at: CreatedAt;
  subject: string;
  text_body: string | null;
  transport: MailTransport;
}

export interface StepBookmarksTable {
  created_at: CreatedAt;
  id: Generated<number>;
  roadmap_slug: string;
  step_id: string;
  user_id: string;
}

export interface StepNotesTable {
  body: string;
  roadmap_slug: string;
  step_id: string;
  updated_at: Generated<Date>;
  user_id: string;
}

export interface StepProgressTable {
  roadmap_slug: string;
  status: StepStatus;
  step_id: string;
  updated_at: UpdatedAt;
  user_id: string;
}

export interface StepResourcesTable {
  position: number;
  resource_id: string;
  roadmap_slug: string;
  step_id: string;
}

export interface UsersTable {
  created_at: CreatedAt;
  disabled_at: Date | null;
  display_name: string;
  email: string;
  email_verified_at: Date | null;
  id: string;
  password_hash: string;
  role: Generated<Role>;
  time_zone: Generated<string>;
  updated_at: UpdatedAt;
  weekly_digest: Generated<boolean>;
}

export interface WeeklyDigestsTable {
  sent_at: CreatedAt;
  user_id: string;
  week: string;
}

export interface Database {
  analytics_funnel: AnalyticsFunnelTable;
  analytics_roadmaps: AnalyticsRoadmapsTable;
  analytics_state: AnalyticsStateTable;
  analytics_step_time: AnalyticsStepTimeTable;
  analytics_weekly_active: AnalyticsWeeklyActiveTable;
  audit_log: AuditLogTable;
  checklist_assessments: ChecklistAssessmentsTable;
  content_imports: ContentImportsTable;
  email_tokens: EmailTokensTable;
  feedback_comments: FeedbackCommentsTable;
  feedback_daily: FeedbackDailyTable;
  feedback_ip_salts: FeedbackIpSaltsTable;
  feedback_totals: FeedbackTotalsTable;
  feedback_votes: FeedbackVotesTable;
  hub_entries: HubEntriesTable;
  hub_entry_steps: HubEntryStepsTable;
  login_attempts: LoginAttemptsTable;
  mail_outbox: MailOutboxTable;
  personal_access_tokens: PersonalAccessTokensTable;
  progress_events: ProgressEventsTable;
  public_profiles: PublicProfilesTable;
  refresh_tokens: RefreshTokensTable;
  resources: ResourcesTable;
  roadmap_faq: RoadmapFaqTable;
  roadmap_follows: RoadmapFollowsTable;
  roadmap_steps: RoadmapStepsTable;
  roadmaps: RoadmapsTable;
  sent_mail: SentMailTable;
  step_bookmarks: StepBookmarksTable;
  step_notes: StepNotesTable;
  step_progress: StepProgressTable;
  step_resources: StepResourcesTable;
  users: UsersTable;
  weekly_digests: WeeklyDigestsTable;
}
