import { sql, type Kysely } from 'kysely';

// Accounts, their sessions (refresh-token families) and the audit log.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    create table users (
      id uuid primary key,
      email text not null,
      display_name text not null,
      password_hash text not null,
      role text not null default 'learner' check (role in ('learner', 'mentor', 'editor', 'admin')),
      email_verified_at timestamptz,
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  // Emails compare case-insensitively; the address is stored as the user typed it.
  await sql`create unique index users_email_idx on users (lower(email))`.execute(db);

  // One row per refresh token ever issued. A login starts a family (a session, one device); each refresh rotates
  // the token within the family. Only hashes are stored.
  await sql`
    create table refresh_tokens (
      id uuid primary key,
      family_id uuid not null,
      user_id uuid not null references users (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      family_expires_at timestamptz not null,
      rotated_at timestamptz,
      revoked_at timestamptz,
      user_agent text,
      ip text
    )`.execute(db);
  await sql`create index refresh_tokens_family_idx on refresh_tokens (family_id)`.execute(db);
  await sql`create index refresh_tokens_user_idx on refresh_tokens (user_id) where revoked_at is null`.execute(db);

  // Personal access tokens: long-lived credentials for programs, limited to the scopes their owner chose.
  await sql`
    create table personal_access_tokens (
      id uuid primary key,
      user_id uuid not null references users (id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      scopes text[] not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index personal_access_tokens_user_idx on personal_access_tokens (user_id)`.execute(db);

  // Single-use links sent by mail: verify an address, reset a password, confirm a new address. Hashes only.
  await sql`
    create table email_tokens (
      id uuid primary key,
      user_id uuid not null references users (id) on delete cascade,
      purpose text not null check (purpose in ('verify-email', 'reset-password', 'change-email')),
      token_hash text not null unique,
      new_email text,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index email_tokens_user_idx on email_tokens (user_id, purpose, created_at desc)`.execute(db);

  // One row per mail job that was sent, so a retried job never sends twice. Without SMTP (development) the message
  // itself is kept too: that is the development mailbox.
  await sql`
    create table sent_mail (
      job_id text primary key,
      recipient text not null,
      subject text not null,
      text_body text,
      html_body text,
      transport text not null check (transport in ('smtp', 'dev-mailbox')),
      sent_at timestamptz not null default now()
    )`.execute(db);

  // Failed logins per email address (hashed), whether or not an account has it, so throttling looks the same for
  // both and tells nobody which addresses are registered.
  await sql`
    create table login_attempts (
      email_hash text primary key,
      consecutive_failures integer not null default 0,
      last_failure_at timestamptz not null default now(),
      locked_at timestamptz
    )`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_id uuid,
      action text not null,
      subject_id uuid,
      ip text,
      user_agent text,
      details jsonb not null default '{}'
    )`.execute(db);
  await sql`create index audit_log_occurred_idx on audit_log (occurred_at desc)`.execute(db);
  await sql`create index audit_log_subject_idx on audit_log (subject_id, occurred_at desc)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  const tables = ['audit_log', 'login_attempts', 'sent_mail', 'email_tokens', 'personal_access_tokens'];
  for (const table of [...tables, 'refresh_tokens', 'users']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
};
