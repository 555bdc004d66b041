import type { ColumnType, Generated } from 'kysely';
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

// The closed value sets live in lib/enums.ts; these re-exports keep the row types' importers working.
export type { ChecklistLevel, CommentState, EmailTokenPurpose, ProgressEventKind, Role, StepStatus };

/** Written as a JSON string, read back as a parsed value (pg and PGlite both parse jsonb). */
type Json<T> = ColumnType<T, string, string>;
type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, never, Date>;

export interface ResourcesTable {
  id: string;
  type: ResourceType;
  title: string;
  url: string;
  publisher: string | null;
  description: string;
  free: boolean;
  topics: string[];
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface RoadmapsTable {
  slug: string;
  title: string;
  summary: string;
  license: string;
  document: Json<unknown>;
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface RoadmapStepsTable {
  roadmap_slug: string;
  id: string;
  tier_id: string;
  position: number;
  title: string;
  summary: string;
  body: string;
  topics: string[];
  estimated_hours: number;
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface StepResourcesTable {
  roadmap_slug: string;
  step_id: string;
  resource_id: string;
  position: number;
}

export interface RoadmapFaqTable {
  roadmap_slug: string;
  id: string;
  position: number;
  question: string;
  answer: string;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface ContentImportsTable {
  id: Generated<string>;
  content_hash: string;
  summary: Json<unknown>;
  imported_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  email_verified_at: Date | null;
  disabled_at: Date | null;
  time_zone: ColumnType<string, string | undefined, string>;
  weekly_digest: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RefreshTokensTable {
  id: string;
  family_id: string;
  user_id: string;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  family_expires_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
  user_agent: string | null;
  ip: string | null;
}

export interface PersonalAccessTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: CreatedAt;
  expires_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface EmailTokensTable {
  id: string;
  user_id: string;
  purpose: EmailTokenPurpose;
  token_hash: string;
  new_email: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface SentMailTable {
  job_id: string;
  recipient: string;
  subject: string;
  text_body: string | null;
  html_body: string | null;
  transport: MailTransport;
  sent_at: CreatedAt;
}

/** Mail waiting to be sent; `message` (it may hold a mailed link's token) is cleared once it is. */
export interface MailOutboxTable {
  id: string;
  /** emailKey() of the recipient: mail to one address is counted without keeping the address again. */
  recipient_hash: string;
  template: string;
  message: ColumnType<unknown, string, string | null>;
  queued_at: CreatedAt;
}

export interface LoginAttemptsTable {
  email_hash: string;
  consecutive_failures: number;
  last_failure_at: Date;
  locked_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  occurred_at: CreatedAt;
  actor_id: string | null;
  action: string;
  subject_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Json<Record<string, unknown>>;
}

export interface RoadmapFollowsTable {
  user_id: string;
  roadmap_slug: string;
  /** numeric comes back from pg as a string; repositories convert it. */
  hours_per_week: ColumnType<string, number, number>;
  /** A calendar date; repositories select it as text (YYYY-MM-DD), the same on both engines. */
  start_date: ColumnType<string, string, string>;
  followed_at: CreatedAt;
  stopped_at: Date | null;
  updated_at: UpdatedAt;
}

export interface StepProgressTable {
  user_id: string;
  roadmap_slug: string;
  step_id: string;
  status: StepStatus;
  updated_at: UpdatedAt;
}

export interface StepNotesTable {
  user_id: string;
  roadmap_slug: string;
  step_id: string;
  body: string;
  /** Given on insert when a guest's note is imported with the time it was written. */
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ChecklistAssessmentsTable {
  user_id: string;
  roadmap_slug: string;
  item_id: string;
  level: ChecklistLevel;
  updated_at: UpdatedAt;
}

export interface ProgressEventsTable {
  id: Generated<string>;
  user_id: string;
  roadmap_slug: string;
  kind: ProgressEventKind;
  subject_id: string | null;
  detail: string | null;
  /** Given on insert only by fixtures and benchmarks that need activity in the past. */
  occurred_at: ColumnType<Date, Date | undefined, never>;
}

export interface PublicProfilesTable {
  user_id: string;
  handle: string;
  enabled: boolean;
  show_progress: boolean;
  show_streak: boolean;
  bio: string | null;
  updated_at: UpdatedAt;
}

export interface WeeklyDigestsTable {
  user_id: string;
  week: string;
  sent_at: CreatedAt;
}

export interface FeedbackVotesTable {
  id: Generated<string>;
  roadmap_slug: string;
  target: string;
  visitor_id: string | null;
  user_id: string | null;
  helpful: boolean;
  reasons: string[];
  ip_hash: string;
  /** Given on insert only by fixtures that need votes from the past. */
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface FeedbackCommentsTable {
  id: string;
  roadmap_slug: string;
  target: string;
  visitor_id: string | null;
  user_id: string | null;
  helpful: boolean;
  reasons: string[];
  body: string;
  content_hash: string;
  spam_score: number;
  spam_signals: string[];
  state: CommentState;
  reply_note: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  ip_hash: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface FeedbackIpSaltsTable {
  /** A calendar date, selected as text (YYYY-MM-DD). */
  day: string;
  salt: Buffer;
}

export interface FeedbackDailyTable {
  roadmap_slug: string;
  target: string;
  day: string;
  helpful: number;
  not_helpful: number;
}

export interface FeedbackTotalsTable {
  roadmap_slug: string;
  target: string;
  helpful: number;
  not_helpful: number;
}

export interface AnalyticsFunnelTable {
  roadmap_slug: string;
  step_id: string;
  position: number;
  started: number;
  finished: number;
}

export interface AnalyticsRoadmapsTable {
  roadmap_slug: string;
  followers: number;
  computed_at: Date;
}

export interface AnalyticsWeeklyActiveTable {
  roadmap_slug: string;
  week: string;
  learners: number;
}

export interface AnalyticsStepTimeTable {
  roadmap_slug: string;
  step_id: string;
  learners: number;
  median_seconds: number;
}

export interface AnalyticsStateTable {
  id: Generated<boolean>;
  purged_before: string | null;
  active_weeks_from: string | null;
}

// Step bookmarks (migration 0010).
export interface StepBookmarksTable {
  id: Generated<string>;
  user_id: string;
  roadmap_slug: string;
  step_id: string;
  created_at: CreatedAt;
}

export interface HubEntriesTable {
  id: string;
  kind: HubKind;
  title: string;
  summary: string;
  level: Level;
  topics: string[];
  /** YYYY-MM-DD, as the file says. */
  updated: string;
  body: string;
  /** A review's subject, verdict, rating …; empty for guides and cheatsheets. */
  document: Json<unknown>;
  content_hash: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  archived_at: Date | null;
}

export interface HubEntryStepsTable {
  entry_id: string;
  roadmap_slug: string;
  step_id: string;
  position: number;
}

export interface Database {
  feedback_votes: FeedbackVotesTable;
  feedback_comments: FeedbackCommentsTable;
  feedback_ip_salts: FeedbackIpSaltsTable;
  feedback_daily: FeedbackDailyTable;
  feedback_totals: FeedbackTotalsTable;
  analytics_funnel: AnalyticsFunnelTable;
  analytics_roadmaps: AnalyticsRoadmapsTable;
  analytics_weekly_active: AnalyticsWeeklyActiveTable;
  analytics_step_time: AnalyticsStepTimeTable;
  analytics_state: AnalyticsStateTable;
  weekly_digests: WeeklyDigestsTable;
  public_profiles: PublicProfilesTable;
  progress_events: ProgressEventsTable;
  roadmap_follows: RoadmapFollowsTable;
  step_progress: StepProgressTable;
  step_notes: StepNotesTable;
  checklist_assessments: ChecklistAssessmentsTable;
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  login_attempts: LoginAttemptsTable;
  email_tokens: EmailTokensTable;
  personal_access_tokens: PersonalAccessTokensTable;
  sent_mail: SentMailTable;
  mail_outbox: MailOutboxTable;
  audit_log: AuditLogTable;
  resources: ResourcesTable;
  roadmaps: RoadmapsTable;
  roadmap_steps: RoadmapStepsTable;
  step_bookmarks: StepBookmarksTable;
  step_resources: StepResourcesTable;
  roadmap_faq: RoadmapFaqTable;
  content_imports: ContentImportsTable;
  hub_entries: HubEntriesTable;
  hub_entry_steps: HubEntryStepsTable;
}
