import { sql, type Kysely } from 'kysely';

// Roadmaps written in the app (docs/decisions/0029). A draft holds the whole roadmap as one document, in the shape
// the content importer reads from files (RoadmapContent: steps and FAQ included), so the same validation checks both
// and a later publish writes it through the same path. Nothing here touches the published tables.
// - `revision` counts changes from 1; the ETag is made from it, and a change is applied only where the revision is
//   still the one the editor read (optimistic concurrency, no lock held between requests).
// - `based_on_hash` is the published roadmap's content_hash when the draft started (null for a new roadmap), so a
//   publish can tell that the roadmap changed underneath.
// - `status` leaves room for review and publishing; a discarded draft stays for the audit log.
// - The author's account may be deleted; the draft (and the record of what it changed) stays.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table roadmap_drafts (
      id uuid primary key,
      roadmap_slug text not null check (roadmap_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      kind text not null check (kind in ('edit', 'new')),
      document jsonb not null,
      revision integer not null default 1 check (revision >= 1),
      based_on_hash text,
      started_from jsonb not null,
      status text not null default 'draft'
        check (status in ('draft', 'in_review', 'approved', 'published', 'discarded')),
      author_id uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // The editors' list, newest first, on all roadmaps or on one.
  await sql`create index roadmap_drafts_created_idx on roadmap_drafts (created_at desc, id desc)`.execute(db);
  await sql`create index roadmap_drafts_roadmap_idx on roadmap_drafts (roadmap_slug, created_at desc, id desc)`.execute(
    db,
  );
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists roadmap_drafts`.execute(db);
};
