import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { atomically } from '../../infra/unit-of-work.ts';
import type { EmailTokenPurpose } from '../../infra/database.types.ts';

export interface NewRefreshToken {
  id: string;
  familyId: string;
  userId: string;
  tokenHash: string;
  expiresAt: Date;
  familyExpiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

const userColumns = [
  'id',
  'email',
  'display_name',
  'password_hash',
  'role',
  'email_verified_at',
  'disabled_at',
  'time_zone',
  'weekly_digest',
  'created_at',
] as const;

const refreshRow = (token: NewRefreshToken) => ({
  id: token.id,
  family_id: token.familyId,
  user_id: token.userId,
  token_hash: token.tokenHash,
  expires_at: token.expiresAt,
  family_expires_at: token.familyExpiresAt,
  user_agent: token.userAgent,
  ip: token.ip,
});

export const createAccountsRepository = (db: Db) => ({
  /** Inserts the user; undefined when the email is taken (compared case-insensitively). */
  async insertUserUnlessEmailTaken(user: { id: string; email: string; displayName: string; passwordHash: string }) {
    return db
      .insertInto('users')
      .values({ id: user.id, email: user.email, display_name: user.displayName, password_hash: user.passwordHash })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
      .returning(['id'])
      .executeTakeFirst();
  },

  findUserByEmail(email: string) {
    return db
      .selectFrom('users')
      .select(userColumns)
      .where(sql<boolean>`lower(email) = lower(${email})`)
      .executeTakeFirst();
  },

  findUserById(id: string) {
    return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  },

  async updatePasswordHash(userId: string, passwordHash: string) {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
  },

  async insertRefreshToken(token: NewRefreshToken) {
    await db.insertInto('refresh_tokens').values(refreshRow(token)).execute();
  },

  /**
   * Marks a live token as used and stores its successor, in one transaction. Of two concurrent calls with the same
   * token the second finds it already rotated (the row lock makes it wait for the first) and gets undefined.
   */
  async rotateRefreshToken(
    tokenHash: string,
    successor: (current: { familyId: string; userId: string; familyExpiresAt: Date }) => NewRefreshToken,
  ) {
    return atomically(db, async (trx) => {
      const current = await trx
        .updateTable('refresh_tokens')
        .set({ rotated_at: sql<Date>`now()` })
        .where('token_hash', '=', tokenHash)
        .where('rotated_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .where('family_expires_at', '>', sql<Date>`now()`)
        .returning(['family_id', 'user_id', 'family_expires_at'])
        .executeTakeFirst();
      if (current === undefined) return undefined;
      const next = successor({
        familyId: current.family_id,
        userId: current.user_id,
        familyExpiresAt: current.family_expires_at,
      });
      await trx.insertInto('refresh_tokens').values(refreshRow(next)).execute();
      return next;
    });
  },

  /** A token in any state, with how long ago it was rotated (for telling a race from a replay). */
  findRefreshToken(tokenHash: string) {
    return db
      .selectFrom('refresh_tokens')
      .select([
        'family_id as familyId',
        'user_id as userId',
        'rotated_at as rotatedAt',
        'revoked_at as revokedAt',
        sql<number>`extract(epoch from (now() - rotated_at))::float8`.as('secondsSinceRotation'),
      ])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  async revokeFamily(familyId: string) {
    await db
      .updateTable('refresh_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
  },

  async updateProfile(userId: string, changes: { displayName?: string; timeZone?: string; weeklyDigest?: boolean }) {
    await db
      .updateTable('users')
      .set({
        ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
        ...(changes.timeZone === undefined ? {} : { time_zone: changes.timeZone }),
        ...(changes.weeklyDigest === undefined ? {} : { weekly_digest: changes.weeklyDigest }),
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', userId)
      .execute();
  },

  /**
   * Live sessions: per family, when it started, when a token was last issued, and the newest token's details. At most
   * `limit` (the most an account may hold) and one more, so a list can never grow without bound.
   */
  listSessions(userId: string, limit: number) {
    return db
      .selectFrom('refresh_tokens as t')
      .select([
        't.family_id as id',
        sql<Date>`min(t.created_at)`.as('createdAt'),
        sql<Date>`max(t.created_at)`.as('lastUsedAt'),
        sql<Date>`max(t.expires_at)`.as('expiresAt'),
        sql<string | null>`(array_agg(t.user_agent order by t.created_at desc))[1]`.as('userAgent'),
        sql<string | null>`(array_agg(t.ip order by t.created_at desc))[1]`.as('ip'),
      ])
      .where('t.user_id', '=', userId)
      .groupBy('t.family_id')
      .having(sql<boolean>`bool_and(t.revoked_at is null)`)
      .having(sql<boolean>`max(t.expires_at) > now()`)
      .orderBy(sql`max(t.created_at)`, 'desc')
      .limit(limit + 1)
      .execute();
  },

  /**
   * Ends the user's live sessions beyond the `keep` most recently used ones; returns the ended sessions' ids. Locks the
   * account's row first, so two logins at the same moment count each other's sessions. Use inside a transaction.
   */
  async endLeastRecentlyUsedSessions(userId: string, keep: number) {
    await db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
    const rows = await db
      .updateTable('refresh_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('family_id', 'in', (eb) =>
        eb
          .selectFrom('refresh_tokens as t')
          .select('t.family_id')
          .where('t.user_id', '=', userId)
          .groupBy('t.family_id')
          .having(sql<boolean>`bool_and(t.revoked_at is null)`)
          .having(sql<boolean>`max(t.expires_at) > now()`)
          .orderBy(sql`max(t.created_at)`, 'desc')
          .offset(keep),
      )
      .returning('family_id')
      .execute();
    return [...new Set(rows.map((row) => row.family_id))];
  },

  /** Revokes one of the user's sessions; false when the user has no such session. */
  async revokeUserSession(userId: string, familyId: string) {
    const result = await db
      .updateTable('refresh_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /**
   * The audit entries about the user or by them, newest first, at most `limit`. Each half is read through its own
   * index and stops at `limit`, so the work does not grow with the audit log (an `or` of the two would read it all).
   */
  async auditTrail(userId: string, limit: number) {
    const newest = (column: 'subject_id' | 'actor_id') => sql`(
      select id, occurred_at, action, ip, user_agent from audit_log where ${sql.ref(column)} = ${userId}
      order by occurred_at desc, id desc limit ${limit})`;
    const { rows } = await sql<{ occurred_at: Date; action: string; ip: string | null; user_agent: string | null }>`
      select occurred_at, action, ip, user_agent
      from (${newest('subject_id')} union ${newest('actor_id')}) trail
      order by occurred_at desc, id desc
      limit ${limit}`.execute(db);
    return rows;
  },

  /**
   * Deletes the account: the user row (its sessions go with it) in one transaction with the audit log's personal
   * details about it. The audit entries stay, as anonymous counts of what happened.
   */
  async deleteUser(userId: string) {
    await atomically(db, async (trx) => {
      await trx
        .updateTable('audit_log')
        .set({ ip: null, user_agent: null })
        .where((eb) => eb.or([eb('subject_id', '=', userId), eb('actor_id', '=', userId)]))
        .execute();
      await trx.deleteFrom('users').where('id', '=', userId).execute();
    });
  },

  async insertEmailToken(token: {
    id: string;
    userId: string;
    purpose: EmailTokenPurpose;
    tokenHash: string;
    expiresAt: Date;
    newEmail?: string;
  }) {
    await db
      .insertInto('email_tokens')
      .values({
        id: token.id,
        user_id: token.userId,
        purpose: token.purpose,
        token_hash: token.tokenHash,
        expires_at: token.expiresAt,
        new_email: token.newEmail ?? null,
      })
      .execute();
  },

  /** Marks a live token used and returns it; undefined when it is unknown, used, expired or for another purpose. */
  consumeEmailToken(tokenHash: string, purposes: EmailTokenPurpose[]) {
    return db
      .updateTable('email_tokens')
      .set({ used_at: sql<Date>`now()` })
      .where('token_hash', '=', tokenHash)
      .where('purpose', 'in', purposes)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['user_id as userId', 'purpose', 'new_email as newEmail'])
      .executeTakeFirst();
  },

  /** A live token's owner, without spending it: a cheap check before costly work (a reset hashes a password). */
  findLiveEmailToken(tokenHash: string, purposes: EmailTokenPurpose[]) {
    return db
      .selectFrom('email_tokens')
      .select(['user_id as userId'])
      .where('token_hash', '=', tokenHash)
      .where('purpose', 'in', purposes)
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .executeTakeFirst();
  },

  /** Spends the user's open tokens of these purposes; returns how many of them had not expired yet, per purpose. */
  async retireEmailTokens(userId: string, purposes: EmailTokenPurpose[]) {
    const rows = await db
      .updateTable('email_tokens')
      .set({ used_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('purpose', 'in', purposes)
      .where('used_at', 'is', null)
      .returning(['purpose', sql<boolean>`expires_at > now()`.as('live')])
      .execute();
    const live = { 'verify-email': 0, 'reset-password': 0, 'change-email': 0 } satisfies Record<
      EmailTokenPurpose,
      number
    >;
    for (const row of rows) if (row.live) live[row.purpose] += 1;
    return live;
  },

  async countRecentEmailTokens(userId: string, purpose: EmailTokenPurpose, withinMinutes: number) {
    const row = await db
      .selectFrom('email_tokens')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${withinMinutes})`)
      .executeTakeFirstOrThrow();
    return row.count;
  },

  async markEmailVerified(userId: string) {
    await db
      .updateTable('users')
      .set({ email_verified_at: sql<Date>`coalesce(email_verified_at, now())`, updated_at: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
  },

  /** Moves the account to a new, verified address; false when another account has taken it meanwhile. */
  async changeEmail(userId: string, newEmail: string) {
    const taken = await db
      .selectFrom('users')
      .select('id')
      .where(sql<boolean>`lower(email) = lower(${newEmail})`)
      .where('id', '!=', userId)
      .executeTakeFirst();
    if (taken !== undefined) return false;
    await db
      .updateTable('users')
      .set({ email: newEmail, email_verified_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
    return true;
  },

  findLoginThrottle(emailHash: string) {
    return db
      .selectFrom('login_attempts')
      .select([
        'consecutive_failures as failures',
        'locked_at as lockedAt',
        sql<number>`extract(epoch from (now() - last_failure_at))::float8`.as('secondsSinceLastFailure'),
      ])
      .where('email_hash', '=', emailHash)
      .executeTakeFirst();
  },

  /** Counts one more failure, atomically; locks once `lockAfter` failures in a row are reached. */
  async recordLoginFailure(emailHash: string, lockAfter: number) {
    return db
      .insertInto('login_attempts')
      .values({ email_hash: emailHash, consecutive_failures: 1, last_failure_at: sql<Date>`now()` })
      .onConflict((oc) =>
        oc.column('email_hash').doUpdateSet({
          consecutive_failures: sql<number>`login_attempts.consecutive_failures + 1`,
          last_failure_at: sql<Date>`now()`,
          locked_at: sql<Date | null>`case when login_attempts.consecutive_failures + 1 >= ${lockAfter}
            then coalesce(login_attempts.locked_at, now()) else login_attempts.locked_at end`,
        }),
      )
      .returning(['consecutive_failures as failures', 'locked_at as lockedAt'])
      .executeTakeFirstOrThrow();
  },

  async clearLoginThrottle(emailHash: string) {
    await db.deleteFrom('login_attempts').where('email_hash', '=', emailHash).execute();
  },

  /** Ends every session of a user (a password change, a disabled account); returns how many were live. */
  async revokeAllSessions(userId: string) {
    const rows = await db
      .updateTable('refresh_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning(['family_id', sql<boolean>`rotated_at is null and expires_at > now()`.as('live')])
      .execute();
    return new Set(rows.filter((row) => row.live).map((row) => row.family_id)).size;
  },

  // The deletes below serve the daily housekeeping job. Each removes at most `limit` rows, so no statement holds
  // its locks for long on a big table; the job repeats them until a batch comes back short. The conditions are
  // repeated outside the subquery so that a row changed meanwhile (a new failure, a rotation) is checked again.

  /** Forgets failed logins of addresses whose last failure is older than `days` days. Locked addresses stay. */
  async deleteStaleLoginThrottles(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('login_attempts')
      .where('email_hash', 'in', (eb) =>
        eb
          .selectFrom('login_attempts')
          .select('email_hash')
          .where('locked_at', 'is', null)
          .where('last_failure_at', '<', cutoff)
          .limit(limit),
      )
      .where('locked_at', 'is', null)
      .where('last_failure_at', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** Deletes mailed-link tokens that expired more than `days` days ago, used or not. */
  async deleteExpiredEmailTokens(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('email_tokens')
      .where('id', 'in', (eb) =>
        eb.selectFrom('email_tokens').select('id').where('expires_at', '<', cutoff).limit(limit),
      )
      .where('expires_at', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /**
   * Deletes the tokens of sessions that ended more than `days` days ago. A session (a family) ends when its last
   * token is revoked or expires; until then every spent token of it is kept, because presenting a spent token again
   * is how a stolen one is recognised (and the whole session ended).
   */
  async deleteEndedSessionTokens(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const familyInUse = (family: 'refresh_tokens.family_id' | 't.family_id') => sql<boolean>`exists (
      select 1 from refresh_tokens l
      where l.family_id = ${sql.ref(family)}
        and least(coalesce(l.revoked_at, 'infinity'::timestamptz), l.expires_at) >= ${cutoff})`;
    const result = await db
      .deleteFrom('refresh_tokens')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('refresh_tokens as t')
          .select('t.id')
          .where(sql<Date>`least(coalesce(t.revoked_at, 'infinity'::timestamptz), t.expires_at)`, '<', cutoff)
          .where(sql<boolean>`not ${familyInUse('t.family_id')}`)
          .limit(limit),
      )
      .where(sql<boolean>`not ${familyInUse('refresh_tokens.family_id')}`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** The user's role while the session has a live token and the user is enabled; undefined otherwise. */
  async roleInActiveSession(familyId: string, userId: string) {
    const row = await db
      .selectFrom('refresh_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .select('u.role')
      .where('t.family_id', '=', familyId)
      .where('t.user_id', '=', userId)
      .where('t.revoked_at', 'is', null)
      .where('t.family_expires_at', '>', sql<Date>`now()`)
      .where('u.disabled_at', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row?.role;
  },
});

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
