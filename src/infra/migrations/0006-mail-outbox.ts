import { sql, type Kysely } from 'kysely';

// Mail waiting to be sent. The message (which may hold a mailed link's token) stays only until the mail is sent, so
// the job queue never holds a token; the row itself stays a while longer, so mail to one address can be counted.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table mail_outbox (
      id uuid primary key,
      recipient_hash text not null,
      template text not null,
      message jsonb,
      queued_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index mail_outbox_recipient_idx on mail_outbox (recipient_hash, queued_at)`.execute(db);
  await sql`create index mail_outbox_queued_at_idx on mail_outbox (queued_at)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists mail_outbox`.execute(db);
};
