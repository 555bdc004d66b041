import { sql, type Kysely } from 'kysely';

// Numbered, immutable versions of a roadmap (docs/decisions/0028). A version holds the whole roadmap as content (the
// RoadmapContent shape: roadmap.yaml's fields, the license, the steps with their bodies and resource ids, the FAQ),
// so an old version can be read and compared without the tables as they were. The content hash is PostgreSQL's:
// sha256 of the jsonb's text form, which does not depend on key order, so the migration's backfill (built here in
// SQL) and every later import (built from the files) agree on what "unchanged" means.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table roadmap_versions (
      roadmap_slug text not null references roadmaps (slug) on delete cascade,
      number integer not null check (number >= 1),
      document jsonb not null,
      content_hash text not null,
      notes text not null,
      source text not null check (source in ('import', 'app')),
      published_at timestamptz not null default now(),
      published_by uuid references users (id) on delete set null,
      primary key (roadmap_slug, number)
    )`.execute(db);

  // Immutable: the code has no update path, and the database refuses one too. The only change allowed is the
  // publisher's id becoming null, which is what deleting that account does through the foreign key.
  await sql`
    create function roadmap_versions_immutable() returns trigger
    language plpgsql
    as $fn$
    begin
      if (new.roadmap_slug, new.number, new.document, new.content_hash, new.notes, new.source, new.published_at)
           is distinct from
         (old.roadmap_slug, old.number, old.document, old.content_hash, old.notes, old.source, old.published_at)
         or new.published_by is not null and new.published_by is distinct from old.published_by then
        raise exception 'roadmap versions are immutable' using errcode = 'restrict_violation';
      end if;
      return new;
    end
    $fn$`.execute(db);
  await sql`
    create trigger roadmap_versions_immutable before update on roadmap_versions
    for each row execute function roadmap_versions_immutable()`.execute(db);

  // Version 1 of every roadmap already imported, from the tables as they are now.
  await sql`
    insert into roadmap_versions (roadmap_slug, number, document, content_hash, notes, source, published_at)
    select slug, 1, document, encode(sha256(convert_to(document::text, 'UTF8')), 'hex'),
           'The roadmap as it was when versions began', 'import', updated_at
    from (
      select r.slug, r.updated_at,
        (r.document - 'changes') || jsonb_build_object(
          'slug', r.slug, 'title', r.title, 'summary', r.summary, 'license', r.license,
          'steps', coalesce((
            select jsonb_agg(jsonb_build_object(
                'id', s.id, 'title', s.title, 'summary', s.summary, 'topics', to_jsonb(s.topics),
                'estimatedHours', s.estimated_hours,
                'resources', coalesce((
                  select jsonb_agg(sr.resource_id order by sr.position) from step_resources sr
                  where sr.roadmap_slug = s.roadmap_slug and sr.step_id = s.id), '[]'::jsonb),
                'body', s.body) order by s.position)
            from roadmap_steps s where s.roadmap_slug = r.slug and s.archived_at is null), '[]'::jsonb),
          'faq', coalesce((
            select jsonb_agg(jsonb_build_object('id', f.id, 'question', f.question, 'answer', f.answer)
              order by f.position)
            from roadmap_faq f where f.roadmap_slug = r.slug and f.archived_at is null), '[]'::jsonb)
        ) as document
      from roadmaps r
    ) current`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists roadmap_versions`.execute(db);
  await sql`drop function if exists roadmap_versions_immutable()`.execute(db);
};
