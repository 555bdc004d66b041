import { sql, type Kysely } from 'kysely';

// Progress across versions (docs/decisions/0032-progress-across-versions.md).
// - A version records the publisher's step mapping (what became of the steps it removed, split or merged), so forks
//   and exports can follow it later. Versions stay immutable: the trigger now covers the mapping too.
// - What each learner last saw of a roadmap, for "what changed since you were last here".
// - A draft's base is the version it started from (its number and the whole document's hash), not the roadmap
//   row's hash, which does not cover steps or FAQ: any publish or import after the draft started makes it stale.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`alter table roadmap_versions add column step_mapping jsonb not null default '[]'::jsonb`.execute(db);
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

  await sql`
    create table roadmap_seen_versions (
      user_id uuid not null references users (id) on delete cascade,
      roadmap_slug text not null references roadmaps (slug),
      version_number integer not null check (version_number >= 1),
      seen_at timestamptz not null default now(),
      primary key (user_id, roadmap_slug)
    )`.execute(db);
  // Learners who already follow or have progress have seen what is published now: no notice of the past.
  await sql`
    insert into roadmap_seen_versions (user_id, roadmap_slug, version_number)
    select learners.user_id, learners.roadmap_slug, latest.number
    from (
      select user_id, roadmap_slug from roadmap_follows
      union select user_id, roadmap_slug from step_progress
    ) learners
    join lateral (
      select max(number) as number from roadmap_versions v where v.roadmap_slug = learners.roadmap_slug
    ) latest on latest.number is not null
    where exists (select 1 from roadmaps r where r.slug = learners.roadmap_slug)`.execute(db);

  await sql`alter table roadmap_drafts add column based_on_version integer`.execute(db);
  // A draft whose roadmap has not changed since it started is based on the latest version; any other keeps its old
  // hash, which matches no version, so publishing it is refused as stale, as it would have been before.
  await sql`
    update roadmap_drafts d
    set based_on_version = latest.number, based_on_hash = latest.content_hash
    from roadmaps r,
      lateral (
        select number, content_hash from roadmap_versions v
        where v.roadmap_slug = r.slug order by number desc limit 1
      ) latest
    where r.slug = d.roadmap_slug and d.based_on_hash = r.content_hash`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`alter table roadmap_drafts drop column if exists based_on_version`.execute(db);
  await sql`drop table if exists roadmap_seen_versions`.execute(db);
  await sql`
    create or replace function roadmap_versions_immutable() returns trigger
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
  await sql`alter table roadmap_versions drop column if exists step_mapping`.execute(db);
};
