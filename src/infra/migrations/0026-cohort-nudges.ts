import { sql, type Kysely } from 'kysely';

// Automatic nudges from a cohort (docs/decisions/0043-automatic-nudges.md): the rules a cohort's mentors turn on, the
// members who turned them off, and one row per nudge sent, whose primary key is the "at most once per cohort,
// learner, rule and period" guarantee that two workers or a rerun of the job cannot break. A nudge is a cohort
// message of kind 'nudge' with no sender: Waymark writes it on behalf of the cohort.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    alter table cohort_messages
      add column kind text not null default 'message' check (kind in ('message', 'nudge'))`.execute(db);

  await sql`
    create table cohort_nudge_rules (
      cohort_id uuid primary key references cohorts (id) on delete cascade,
      behind_enabled boolean not null default false,
      behind_days integer not null default 7 check (behind_days between 1 and 60),
      inactive_enabled boolean not null default false,
      inactive_days integer not null default 14 check (inactive_days between 1 and 90),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table cohort_nudge_opt_outs (
      cohort_id uuid not null references cohorts (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (cohort_id, user_id)
    )`.execute(db);

  await sql`
    create table cohort_nudges_sent (
      cohort_id uuid not null references cohorts (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      rule text not null check (rule in ('behind', 'inactive')),
      period text not null,
      message_id uuid not null references cohort_messages (id) on delete cascade,
      primary key (cohort_id, user_id, rule, period)
    )`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists cohort_nudges_sent`.execute(db);
  await sql`drop table if exists cohort_nudge_opt_outs`.execute(db);
  await sql`drop table if exists cohort_nudge_rules`.execute(db);
  await sql`alter table cohort_messages drop column if exists kind`.execute(db);
};
