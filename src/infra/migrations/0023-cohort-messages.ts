import { sql, type Kysely } from 'kysely';

// Messages from a cohort's mentors to its members (docs/decisions/0040-cohort-messages-and-nudges.md). A message is
// written once and read by each of its recipients, who mark it read on their own row; it is also mailed. The mentor's
// cap on messages an hour is counted from cohort_messages_sender_idx.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table cohort_messages (
      id uuid primary key default gen_random_uuid(),
      cohort_id uuid not null references cohorts (id) on delete cascade,
      sender_id uuid references users (id) on delete set null,
      subject text not null check (char_length(subject) between 1 and 200),
      body text not null check (char_length(body) between 1 and 5000),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index cohort_messages_sender_idx on cohort_messages (cohort_id, sender_id, created_at)`.execute(db);

  await sql`
    create table cohort_message_recipients (
      message_id uuid not null references cohort_messages (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      read_at timestamptz,
      primary key (message_id, user_id)
    )`.execute(db);
  // A learner's messages, newest first.
  await sql`create index cohort_message_recipients_user_idx on cohort_message_recipients (user_id, message_id)`.execute(
    db,
  );
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists cohort_message_recipients`.execute(db);
  await sql`drop table if exists cohort_messages`.execute(db);
};
