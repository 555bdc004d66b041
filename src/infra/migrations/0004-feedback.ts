import { sql, type Kysely } from 'kysely';

// "Was this helpful?": readers' votes and comments on a roadmap or one of its sections, and the rollups editors read.
// A target is `roadmap` (the whole roadmap) or `<kind>:<id>` naming a section by the content's stable id (step:…,
// tier:…, month:3, …); the service checks it against the roadmap before anything is stored. Raw votes and comments
// are purged after FEEDBACK_RETENTION_DAYS; the rollup tables are kept for good.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // One vote per voter and target: an anonymous visitor (the id in their signed cookie) or a signed-in user. Voting
  // again updates the row. Deleting an account sets user_id to null: the vote still counts, tied to no one.
  await sql`
    create table feedback_votes (
      id bigint generated always as identity primary key,
      roadmap_slug text not null references roadmaps (slug),
      target text not null,
      visitor_id uuid,
      user_id uuid references users (id) on delete set null,
      helpful boolean not null,
      reasons text[] not null default '{}',
      ip_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create unique index feedback_votes_visitor_idx on feedback_votes (roadmap_slug, target, visitor_id)
    where visitor_id is not null`.execute(db);
  await sql`
    create unique index feedback_votes_user_idx on feedback_votes (roadmap_slug, target, user_id)
    where user_id is not null`.execute(db);
  await sql`create index feedback_votes_updated_idx on feedback_votes (updated_at)`.execute(db);

  // Comments wait in the editors' inbox (new) or, when the spam score says so, in quarantine. content_hash (of the
  // normalized text) suppresses the same comment posted twice on one roadmap.
  await sql`
    create table feedback_comments (
      id uuid primary key,
      roadmap_slug text not null references roadmaps (slug),
      target text not null,
      visitor_id uuid,
      user_id uuid references users (id) on delete set null,
      helpful boolean not null,
      reasons text[] not null default '{}',
      body text not null check (char_length(body) between 1 and 1000),
      content_hash text not null,
      spam_score integer not null,
      spam_signals text[] not null default '{}',
      state text not null check (state in ('new', 'quarantined', 'approved', 'hidden', 'addressed')),
      reply_note text check (char_length(reply_note) <= 2000),
      moderated_by uuid references users (id) on delete set null,
      moderated_at timestamptz,
      ip_hash text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create unique index feedback_comments_duplicate_idx on feedback_comments (roadmap_slug, content_hash)`.execute(db);
  await sql`create index feedback_comments_state_idx on feedback_comments (state, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index feedback_comments_recent_idx on feedback_comments (ip_hash, created_at desc)`.execute(db);

  // The salt of each day's IP hashes: random, made on first use, deleted by the purge job once its day is over, so
  // after that nobody (not even the operator) can link a hash back to an address or to another day's hashes.
  await sql`
    create table feedback_ip_salts (
      day date primary key,
      salt bytea not null
    )`.execute(db);

  // Rollups. Votes per target and day of their latest change; days before purged_before are final (their raw rows
  // are gone), later days are recomputed from the raw votes by every rollup.
  await sql`
    create table feedback_daily (
      roadmap_slug text not null,
      target text not null,
      day date not null,
      helpful integer not null,
      not_helpful integer not null,
      primary key (roadmap_slug, target, day)
    )`.execute(db);
  await sql`
    create table feedback_totals (
      roadmap_slug text not null,
      target text not null,
      helpful integer not null,
      not_helpful integer not null,
      primary key (roadmap_slug, target)
    )`.execute(db);
  await sql`
    create table analytics_funnel (
      roadmap_slug text not null,
      step_id text not null,
      position integer not null,
      started integer not null,
      finished integer not null,
      primary key (roadmap_slug, step_id)
    )`.execute(db);
  await sql`
    create table analytics_roadmaps (
      roadmap_slug text primary key,
      followers integer not null,
      computed_at timestamptz not null
    )`.execute(db);
  await sql`
    create table analytics_weekly_active (
      roadmap_slug text not null,
      week date not null,
      learners integer not null,
      primary key (roadmap_slug, week)
    )`.execute(db);
  await sql`
    create table analytics_step_time (
      roadmap_slug text not null,
      step_id text not null,
      learners integer not null,
      median_seconds double precision not null,
      primary key (roadmap_slug, step_id)
    )`.execute(db);
  // Bookkeeping of the rollup job (one row, made by its first run): which days are final, from which week on
  // activity is recounted.
  await sql`
    create table analytics_state (
      id boolean primary key default true check (id),
      purged_before date,
      active_weeks_from date
    )`.execute(db);

  // A step's time is read from the learner's status changes: an index to find them per roadmap in time order.
  await sql`
    create index progress_events_roadmap_idx on progress_events (roadmap_slug, occurred_at)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop index if exists progress_events_roadmap_idx`.execute(db);
  for (const table of [
    'analytics_state',
    'analytics_step_time',
    'analytics_weekly_active',
    'analytics_roadmaps',
    'analytics_funnel',
    'feedback_totals',
    'feedback_daily',
    'feedback_ip_salts',
    'feedback_comments',
    'feedback_votes',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
};
