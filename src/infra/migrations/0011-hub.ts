import { sql, type Kysely } from 'kysely';

// The Resource Hub: Waymark's own guides, reviews and cheatsheets (content/hub/<kind>/<id>.md). Imported with the
// roadmaps in one transaction and, like them, archived rather than deleted when a file goes. `document` holds what
// only a review has (subject, verdict, rating …). Which steps an entry helps with is a table of its own, so a step
// page can ask for its entries by an index and a step that is archived takes its links with it. Topics stay out of
// the search vector (array_to_string is not immutable, which a generated column needs): they have their own filter.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table hub_entries (
      id text primary key,
      kind text not null check (kind in ('guide', 'review', 'cheatsheet')),
      title text not null,
      summary text not null,
      level text not null check (level in ('beginner', 'intermediate', 'advanced')),
      topics text[] not null default '{}',
      updated text not null check (updated ~ '^\\d{4}-\\d{2}-\\d{2}$'),
      body text not null,
      document jsonb not null default '{}',
      content_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', body), 'C')
      ) stored
    )`.execute(db);
  await sql`create index hub_entries_search_idx on hub_entries using gin (search)`.execute(db);
  await sql`create index hub_entries_kind_idx on hub_entries (kind) where archived_at is null`.execute(db);

  await sql`
    create table hub_entry_steps (
      entry_id text not null references hub_entries (id) on delete cascade,
      roadmap_slug text not null,
      step_id text not null,
      position integer not null,
      primary key (entry_id, roadmap_slug, step_id),
      foreign key (roadmap_slug, step_id) references roadmap_steps (roadmap_slug, id) on delete cascade
    )`.execute(db);
  await sql`create index hub_entry_steps_step_idx on hub_entry_steps (roadmap_slug, step_id)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists hub_entry_steps`.execute(db);
  await sql`drop table if exists hub_entries`.execute(db);
};
