import { sql, type Kysely } from 'kysely';

// The review thread of a roadmap draft (docs/decisions/0031-draft-review.md). Each row is one word from a reviewer:
// a comment, a request for changes (the draft goes back to 'draft') or an approval (of the revision named here: a
// later change of the draft needs a new one). A reviewer's account may be deleted; what they said stays.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table draft_reviews (
      id uuid primary key,
      draft_id uuid not null references roadmap_drafts (id) on delete cascade,
      author_id uuid references users (id) on delete set null,
      kind text not null check (kind in ('comment', 'changes_requested', 'approved')),
      body text not null default '',
      draft_revision integer not null check (draft_revision >= 1),
      created_at timestamptz not null default now()
    )`.execute(db);
  // The thread of one draft, oldest first.
  await sql`create index draft_reviews_draft_idx on draft_reviews (draft_id, created_at, id)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists draft_reviews`.execute(db);
};
