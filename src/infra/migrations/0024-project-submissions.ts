import { sql, type Kysely } from 'kysely';

// Projects learners submit for a step, and the thread of each: mentors' reviews and both sides' comments
// (docs/decisions/0041-project-submissions.md). Nothing is overwritten: a resubmission is a new row and marks the one
// before it superseded; a review is a new reply and records its decision on the submission it answers.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table project_submissions (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null references roadmaps (slug),
      step_id text not null,
      repository_url text not null check (char_length(repository_url) <= 2000),
      deployed_url text check (char_length(deployed_url) <= 2000),
      notes text not null default '' check (char_length(notes) <= 5000),
      status text not null default 'waiting' check (status in ('waiting', 'approved', 'changes_requested')),
      created_at timestamptz not null default now(),
      reviewed_at timestamptz,
      superseded_at timestamptz
    )`.execute(db);
  // One current submission per learner and step: of two resubmissions racing, one is refused, none half-written.
  await sql`
    create unique index project_submissions_current_idx on project_submissions (user_id, roadmap_slug, step_id)
    where superseded_at is null`.execute(db);
  // A learner's thread of one step, oldest first.
  await sql`
    create index project_submissions_learner_idx on project_submissions (user_id, roadmap_slug, step_id, created_at)
  `.execute(db);

  await sql`
    create table submission_replies (
      id uuid primary key default gen_random_uuid(),
      submission_id uuid not null references project_submissions (id) on delete cascade,
      author_id uuid references users (id) on delete set null,
      author_role text not null check (author_role in ('learner', 'mentor')),
      -- The cohort a mentor answered through (whose archive then freezes the thread); null for the learner.
      cohort_id uuid references cohorts (id) on delete set null,
      decision text check (decision in ('approved', 'changes_requested')),
      body text not null check (char_length(body) <= 5000),
      created_at timestamptz not null default now(),
      -- A comment says something; so does a request for changes, which the service checks (a second literal here
      -- would blur what test/integration/enum-constraints.test.ts reads), as it checks that only mentors decide.
      check (decision is not null or char_length(body) >= 1)
    )`.execute(db);
  await sql`create index submission_replies_submission_idx on submission_replies (submission_id, created_at)`.execute(
    db,
  );
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists submission_replies`.execute(db);
  await sql`drop table if exists project_submissions`.execute(db);
};
