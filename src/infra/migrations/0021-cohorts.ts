import { sql, type Kysely } from 'kysely';

// Cohorts (docs/decisions/0038-cohorts.md): a group of learners working through one roadmap on one schedule, run by
// its mentors. The schedule is the roadmap's month plan at the cohort's pace, one due date per stage, which the
// mentors may move. Members who leave keep their row (left_at) so the history stays; the mentors' view reads only
// current members. Invites are single-use mailed links: only the token's hash is stored.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table cohorts (
      id uuid primary key default gen_random_uuid(),
      roadmap_slug text not null references roadmaps (slug),
      name text not null check (char_length(name) between 1 and 200),
      start_date date not null,
      hours_per_week numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 80),
      join_code text check (join_code ~ '^[A-Z2-9]{10}$'),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz
    )`.execute(db);
  await sql`create unique index cohorts_join_code_idx on cohorts (join_code) where join_code is not null`.execute(db);

  // One row per stage of the month plan, in order: stage n is due on due_on, and starts the day after stage n−1's.
  await sql`
    create table cohort_stages (
      cohort_id uuid not null references cohorts (id) on delete cascade,
      position integer not null check (position >= 0),
      month integer not null,
      title text not null,
      due_on date not null,
      primary key (cohort_id, position)
    )`.execute(db);

  await sql`
    create table cohort_mentors (
      cohort_id uuid not null references cohorts (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      added_by uuid references users (id) on delete set null,
      added_at timestamptz not null default now(),
      primary key (cohort_id, user_id)
    )`.execute(db);
  // "The cohorts I mentor", and the check behind every mentor route.
  await sql`create index cohort_mentors_user_idx on cohort_mentors (user_id, cohort_id)`.execute(db);

  await sql`
    create table cohort_members (
      cohort_id uuid not null references cohorts (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      joined_via text not null check (joined_via in ('invite', 'code')),
      joined_at timestamptz not null default now(),
      left_at timestamptz,
      primary key (cohort_id, user_id)
    )`.execute(db);
  // The mentors' view pages through a cohort's current members in joining order.
  await sql`
    create index cohort_members_current_idx on cohort_members (cohort_id, joined_at, user_id)
    where left_at is null`.execute(db);
  await sql`create index cohort_members_user_idx on cohort_members (user_id) where left_at is null`.execute(db);

  await sql`
    create table cohort_invites (
      id uuid primary key default gen_random_uuid(),
      cohort_id uuid not null references cohorts (id) on delete cascade,
      email text not null,
      token_hash text not null unique,
      invited_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      used_by uuid references users (id) on delete set null
    )`.execute(db);
  await sql`create index cohort_invites_cohort_idx on cohort_invites (cohort_id, created_at)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const table of ['cohort_invites', 'cohort_members', 'cohort_mentors', 'cohort_stages', 'cohorts']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
};
