import { sql, type Kysely } from 'kysely';

// Steps a learner keeps to come back to. Unlike progress, a bookmark points at the step row itself: content imports
// archive steps instead of deleting them, so the key holds, and the list can show the step's title by a join. The
// identity id orders the list (newest first) and is the position in its cursor.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table step_bookmarks (
      id bigint generated always as identity primary key,
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null,
      step_id text not null,
      created_at timestamptz not null default now(),
      unique (user_id, roadmap_slug, step_id),
      foreign key (roadmap_slug, step_id) references roadmap_steps (roadmap_slug, id) on delete cascade
    )`.execute(db);
  await sql`create index step_bookmarks_user_idx on step_bookmarks (user_id, id desc)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists step_bookmarks`.execute(db);
};
