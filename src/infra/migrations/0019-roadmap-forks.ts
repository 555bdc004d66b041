import { sql, type Kysely } from 'kysely';

// Forks that follow their upstream (docs/decisions/0034-forks.md). A fork is a roadmap of its own (its row in
// roadmaps, its versions, its learners' progress) plus this row: the upstream version it is based on and the overlay
// its editors keep on top of it. When the upstream gets a new version, each fork of it gets a proposal to move to it
// (written in the transaction that numbers the version); at most one is open per fork, a newer one supersedes it.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table roadmap_forks (
      slug text primary key references roadmaps (slug),
      upstream_slug text not null,
      upstream_version integer not null,
      overlay jsonb not null,
      revision integer not null default 1 check (revision >= 1),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (slug <> upstream_slug),
      foreign key (upstream_slug, upstream_version) references roadmap_versions (roadmap_slug, number)
    )`.execute(db);
  // The forks of an upstream, found when it gets a new version.
  await sql`create index roadmap_forks_upstream_idx on roadmap_forks (upstream_slug)`.execute(db);

  await sql`
    create table fork_proposals (
      id uuid primary key default gen_random_uuid(),
      fork_slug text not null references roadmap_forks (slug) on delete cascade,
      from_version integer not null,
      to_version integer not null,
      status text not null default 'open' check (status in ('open', 'accepted', 'declined', 'superseded')),
      created_at timestamptz not null default now(),
      decided_at timestamptz,
      decided_by uuid references users (id) on delete set null,
      check (to_version > from_version)
    )`.execute(db);
  await sql`create unique index fork_proposals_one_open_idx on fork_proposals (fork_slug) where status = 'open'`.execute(
    db,
  );
  await sql`create index fork_proposals_fork_idx on fork_proposals (fork_slug, created_at, id)`.execute(db);

  // A fork's own versions say so.
  await sql`alter table roadmap_versions drop constraint roadmap_versions_source_check`.execute(db);
  await sql`
    alter table roadmap_versions add constraint roadmap_versions_source_check
      check (source in ('import', 'app', 'fork'))`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists fork_proposals`.execute(db);
  await sql`drop table if exists roadmap_forks`.execute(db);
  await sql`delete from roadmap_versions where source = 'fork'`.execute(db);
  await sql`alter table roadmap_versions drop constraint roadmap_versions_source_check`.execute(db);
  await sql`
    alter table roadmap_versions add constraint roadmap_versions_source_check
      check (source in ('import', 'app'))`.execute(db);
};
