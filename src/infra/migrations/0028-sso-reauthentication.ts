import { sql, type Kysely } from 'kysely';

// What single sign-on still lacked (docs/decisions/0045-sso-reauthentication-unlinking-and-roles.md):
// - an account may have no password (password_hash null): one made by a provider login, or whose password a mailed
//   link confirmation replaced. Until now such accounts held a random hash nobody knew, so Waymark could not tell
//   them apart from a password account; they are found again by the audit entry that last set their password.
// - role_source: the provider whose claims gave the account its role, or null when it was set here (an admin, the
//   CLI). A login only lowers a role its provider gave.
// - reauth_proofs: a fresh login at the provider, spendable once within minutes for one operation of one account.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`alter table users alter column password_hash drop not null`.execute(db);
  await sql`
    update users set password_hash = null
    from (
      select distinct on (subject_id) subject_id, action from audit_log
      where subject_id is not null and (
        action in ('account.registered', 'account.password_reset', 'account.password_changed', 'account.provisioned')
        or (action = 'account.sso_linked' and details ? 'ended')
      )
      order by subject_id, occurred_at desc, id desc
    ) latest
    where latest.subject_id = users.id and latest.action in ('account.provisioned', 'account.sso_linked')`.execute(db);
  await sql`alter table users add column role_source text`.execute(db);
  await sql`
    update users set role_source = latest.provider
    from (
      select distinct on (subject_id) subject_id, details ->> 'provider' as provider from audit_log
      where action = 'account.provisioned'
      order by subject_id, occurred_at desc, id desc
    ) latest
    where latest.subject_id = users.id
      and not exists (
        select 1 from audit_log changed where changed.subject_id = users.id and changed.action = 'user.role_changed'
      )`.execute(db);

  await sql`
    create table reauth_proofs (
      token_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      operation text not null check (operation in ('delete-account', 'change-email')),
      provider text not null,
      expires_at timestamptz not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  // Expired proofs of an account are cleared when it gets a new one.
  await sql`create index reauth_proofs_user_idx on reauth_proofs (user_id)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop table if exists reauth_proofs`.execute(db);
  await sql`alter table users drop column if exists role_source`.execute(db);
  await sql`update users set password_hash = '!' where password_hash is null`.execute(db);
  await sql`alter table users alter column password_hash set not null`.execute(db);
};
