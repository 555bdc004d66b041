import { sql, type Kysely } from 'kysely';

// Link checks of resources (docs/decisions/0030-link-checks.md). Every check is a row of resource_link_checks, kept
// for LINK_CHECK_RETENTION_DAYS (the housekeeping job deletes older ones); resource_links holds what the checks add
// up to for each resource: its state, since when, and how many failures in a row. A resource is "dead" only after
// several failures over at least a day, so one bad night of a server does not warn readers.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table resource_link_checks (
      id bigint generated always as identity primary key,
      resource_id text not null references resources (id) on delete cascade,
      checked_at timestamptz not null default now(),
      outcome text not null check (outcome in ('ok', 'moved', 'dead', 'error')),
      http_status integer,
      final_url text,
      duration_ms integer not null check (duration_ms >= 0),
      reason text not null default ''
    )`.execute(db);
  await sql`create index resource_link_checks_resource_idx on resource_link_checks (resource_id, checked_at desc)`.execute(
    db,
  );
  await sql`create index resource_link_checks_checked_at_idx on resource_link_checks (checked_at)`.execute(db);

  await sql`
    create table resource_links (
      resource_id text primary key references resources (id) on delete cascade,
      state text not null check (state in ('ok', 'moved', 'dead', 'error')),
      since timestamptz not null,
      checked_at timestamptz not null,
      last_outcome text not null check (last_outcome in ('ok', 'moved', 'dead', 'error')),
      http_status integer,
      final_url text,
      reason text not null default '',
      consecutive_failures integer not null default 0 check (consecutive_failures >= 0),
      first_failed_at timestamptz
    )`.execute(db);
  await sql`create index resource_links_checked_idx on resource_links (checked_at)`.execute(db);
  await sql`create index resource_links_state_idx on resource_links (state, resource_id)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists resource_links`.execute(db);
  await sql`drop table if exists resource_link_checks`.execute(db);
};
