import { sql, type Kysely } from 'kysely';

// Single sign-on (docs/decisions/0039-single-sign-on.md): which provider's person (provider id, the provider's
// subject) is which Waymark account. A row links once the person has proved they own the account: at once when they
// were logged in or the account was made for them, or when they follow the mailed link (until then linked_at is null
// and the row holds the hash of that link's token).
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table sso_identities (
      provider text not null,
      subject text not null,
      user_id uuid not null references users (id) on delete cascade,
      email text not null,
      linked_at timestamptz,
      link_token_hash text unique,
      link_expires_at timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (provider, subject),
      check ((linked_at is null) = (link_token_hash is not null)),
      check ((link_token_hash is null) = (link_expires_at is null))
    )`.execute(db);
  // An account's identities, for its profile, its export and the removal of pending links.
  await sql`create index sso_identities_user_idx on sso_identities (user_id)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists sso_identities`.execute(db);
};
