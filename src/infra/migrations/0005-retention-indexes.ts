import { sql, type Kysely } from 'kysely';

// Indexes for the daily housekeeping job (housekeeping.prune), which deletes rows past their retention in small
// batches: each batch finds its rows through an index instead of reading the whole table again.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create index login_attempts_unlocked_failure_idx on login_attempts (last_failure_at)
    where locked_at is null`.execute(db);
  await sql`create index email_tokens_expires_idx on email_tokens (expires_at)`.execute(db);
  await sql`create index sent_mail_sent_at_idx on sent_mail (sent_at)`.execute(db);
  // When a token stopped being usable: revoked, or expired, whichever came first.
  await sql`
    create index refresh_tokens_ended_idx on refresh_tokens
    (least(coalesce(revoked_at, 'infinity'::timestamptz), expires_at))`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const index of [
    'refresh_tokens_ended_idx',
    'sent_mail_sent_at_idx',
    'email_tokens_expires_idx',
    'login_attempts_unlocked_failure_idx',
  ]) {
    await sql`drop index if exists ${sql.raw(index)}`.execute(db);
  }
};
