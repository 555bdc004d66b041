import { sql, type Kysely } from 'kysely';

// Roadmap content imported from content/. Rows are never deleted by an import: what disappears from the content is
// archived (archived_at), so learners' progress keyed by step ids keeps pointing at something.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table resources (
      id text primary key,
      type text not null check (type in ('guide', 'cheatsheet', 'review', 'article', 'video', 'course', 'book', 'docs')),
      title text not null,
      url text not null,
      publisher text,
      description text not null,
      free boolean not null,
      topics text[] not null default '{}',
      content_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', coalesce(publisher, '')), 'B') ||
        setweight(to_tsvector('english', description), 'C')
      ) stored
    )`.execute(db);
  await sql`create index resources_search_idx on resources using gin (search)`.execute(db);
  await sql`create index resources_type_idx on resources (type) where archived_at is null`.execute(db);

  await sql`
    create table roadmaps (
      slug text primary key,
      title text not null,
      summary text not null,
      license text not null,
      document jsonb not null,
      content_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', coalesce(document ->> 'intro', '')), 'C')
      ) stored
    )`.execute(db);
  await sql`create index roadmaps_search_idx on roadmaps using gin (search)`.execute(db);

  await sql`
    create table roadmap_steps (
      roadmap_slug text not null references roadmaps (slug) on delete cascade,
      id text not null,
      tier_id text not null,
      position integer not null,
      title text not null,
      summary text not null,
      body text not null,
      topics text[] not null default '{}',
      estimated_hours integer not null check (estimated_hours >= 0),
      content_hash text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      search tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') ||
        setweight(to_tsvector('english', summary), 'B') ||
        setweight(to_tsvector('english', body), 'C')
      ) stored,
      primary key (roadmap_slug, id)
    )`.execute(db);
  await sql`create index roadmap_steps_order_idx on roadmap_steps (roadmap_slug, position)`.execute(db);
  await sql`create index roadmap_steps_search_idx on roadmap_steps using gin (search)`.execute(db);

  await sql`
    create table step_resources (
      roadmap_slug text not null,
      step_id text not null,
      resource_id text not null references resources (id),
      position integer not null,
      primary key (roadmap_slug, step_id, resource_id),
      foreign key (roadmap_slug, step_id) references roadmap_steps (roadmap_slug, id) on delete cascade
    )`.execute(db);
  await sql`create index step_resources_resource_idx on step_resources (resource_id)`.execute(db);

  await sql`
    create table roadmap_faq (
      roadmap_slug text not null references roadmaps (slug) on delete cascade,
      id text not null,
      position integer not null,
      question text not null,
      answer text not null,
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      search tsvector generated always as (
        setweight(to_tsvector('english', question), 'A') || setweight(to_tsvector('english', answer), 'C')
      ) stored,
      primary key (roadmap_slug, id)
    )`.execute(db);
  await sql`create index roadmap_faq_search_idx on roadmap_faq using gin (search)`.execute(db);

  await sql`
    create table content_imports (
      id bigint generated always as identity primary key,
      content_hash text not null,
      summary jsonb not null,
      imported_at timestamptz not null default now()
    )`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  for (const table of ['content_imports', 'roadmap_faq', 'step_resources', 'roadmap_steps', 'roadmaps', 'resources']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
};
