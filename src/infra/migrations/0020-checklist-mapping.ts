import { sql, type Kysely } from 'kysely';

// Checklist answers across versions (docs/decisions/0036-checklist-answers-across-versions.md): a version records
// the publisher's checklist mapping (what became of the checklist items it removed, split or merged) beside its step
// mapping, so forks and exports can follow it later. Versions stay immutable: the trigger covers the new column too.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`alter table roadmap_versions add column checklist_mapping jsonb not null default '[]'::jsonb`.execute(db);
  await sql`
    create or replace function roadmap_versions_immutable() returns trigger
    language plpgsql
    as $fn$
    begin
      if (new.roadmap_slug, new.number, new.document, new.content_hash, new.notes, new.source, new.published_at,
          new.step_mapping, new.checklist_mapping)
           is distinct from
         (old.roadmap_slug, old.number, old.document, old.content_hash, old.notes, old.source, old.published_at,
          old.step_mapping, old.checklist_mapping)
         or new.published_by is not null and new.published_by is distinct from old.published_by then
        raise exception 'roadmap versions are immutable' using errcode = 'restrict_violation';
      end if;
      return new;
    end
    $fn$`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create or replace function roadmap_versions_immutable() returns trigger
    language plpgsql
    as $fn$
    begin
      if (new.roadmap_slug, new.number, new.document, new.content_hash, new.notes, new.source, new.published_at,
          new.step_mapping)
           is distinct from
         (old.roadmap_slug, old.number, old.document, old.content_hash, old.notes, old.source, old.published_at,
          old.step_mapping)
         or new.published_by is not null and new.published_by is distinct from old.published_by then
        raise exception 'roadmap versions are immutable' using errcode = 'restrict_violation';
      end if;
      return new;
    end
    $fn$`.execute(db);
  await sql`alter table roadmap_versions drop column if exists checklist_mapping`.execute(db);
};
