import { sql, type Kysely } from 'kysely';

// Learners following roadmaps, and their progress. Keyed by the content's stable ids, without foreign keys to the
// steps: a step that a later import archives keeps its progress rows (shown as archived, not counted).
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // Streaks count days in the learner's own time zone (an IANA name such as Europe/Berlin).
  await sql`alter table users add column time_zone text not null default 'UTC'`.execute(db);

  // The opt-in weekly digest mail, and which weeks each learner has been sent (so a retried job sends once).
  await sql`alter table users add column weekly_digest boolean not null default false`.execute(db);
  await sql`
    create table weekly_digests (
      user_id uuid not null references users (id) on delete cascade,
      week text not null,
      sent_at timestamptz not null default now(),
      primary key (user_id, week)
    )`.execute(db);

  // The opt-in public profile: off until the learner turns it on, showing only what they chose.
  await sql`
    create table public_profiles (
      user_id uuid primary key references users (id) on delete cascade,
      handle text not null,
      enabled boolean not null default false,
      show_progress boolean not null default false,
      show_streak boolean not null default false,
      bio text check (char_length(bio) <= 500),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index public_profiles_handle_idx on public_profiles (lower(handle))`.execute(db);

  // What a learner did, when: the activity log, and the days a streak is counted from.
  await sql`
    create table progress_events (
      id bigint generated always as identity primary key,
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null,
      kind text not null check (kind in ('followed', 'stopped', 'step_status', 'note', 'checklist')),
      subject_id text,
      detail text,
      occurred_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index progress_events_user_idx on progress_events (user_id, occurred_at desc)`.execute(db);

  await sql`
    create table roadmap_follows (
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null references roadmaps (slug),
      hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 80),
      start_date date not null,
      followed_at timestamptz not null default now(),
      stopped_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (user_id, roadmap_slug)
    )`.execute(db);

  await sql`
    create table step_progress (
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null,
      step_id text not null,
      status text not null check (status in ('todo', 'in_progress', 'done', 'skipped')),
      updated_at timestamptz not null default now(),
      primary key (user_id, roadmap_slug, step_id)
    )`.execute(db);

  await sql`
    create table step_notes (
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null,
      step_id text not null,
      body text not null check (char_length(body) <= 10000),
      updated_at timestamptz not null default now(),
      primary key (user_id, roadmap_slug, step_id)
    )`.execute(db);

  await sql`
    create table checklist_assessments (
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null,
      item_id text not null,
      level text not null check (level in ('not_yet', 'partly', 'confident')),
      updated_at timestamptz not null default now(),
      primary key (user_id, roadmap_slug, item_id)
    )`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const table of [
    'public_profiles',
    'progress_events',
    'checklist_assessments',
    'step_notes',
    'step_progress',
    'roadmap_follows',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
  await sql`alter table users drop column if exists time_zone`.execute(db);
  await sql`alter table users drop column if exists weekly_digest`.execute(db);
};
