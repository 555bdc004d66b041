// Login sessions: a session is a family of refresh tokens, one live at a time, each spent by the refresh that issues
// its successor. Spent tokens stay until the session has ended, so a stolen one is recognised when it comes back.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { atomically } from '../../infra/unit-of-work.ts';

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

const refreshRow = (token: NewRefreshToken) => ({
  id: token.id,
  familyId: token.familyId,
  userId: token.userId,
  tokenHash: token.tokenHash,
  expiresAt: token.expiresAt,
  familyExpiresAt: token.familyExpiresAt,
  userAgent: token.userAgent,
  ip: token.ip,
});

export const createSessionsRepository = (db: Db) => ({
  async insertRefreshToken(token: NewRefreshToken) {
    await db.insertInto('refreshTokens').values(refreshRow(token)).execute();
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
        .updateTable('refreshTokens')
        .set({ rotatedAt: sql<Date>`now()` })
        .where('tokenHash', '=', tokenHash)
        .where('rotatedAt', 'is', null)
        .where('revokedAt', 'is', null)
        .where('expiresAt', '>', sql<Date>`now()`)
        .where('familyExpiresAt', '>', sql<Date>`now()`)
        .returning(['familyId', 'userId', 'familyExpiresAt'])
        .executeTakeFirst();
      if (current === undefined) return undefined;
      const next = successor({
        familyId: current.familyId,
        userId: current.userId,
        familyExpiresAt: current.familyExpiresAt,
      });
      await trx.insertInto('refreshTokens').values(refreshRow(next)).execute();
      return next;
    });
  },

  /** A token in any state, with how long ago it was rotated (for telling a race from a replay). */
  findRefreshToken(tokenHash: string) {
    return db
      .selectFrom('refreshTokens')
      .select([
        'familyId',
        'userId',
        'rotatedAt',
        'revokedAt',
        sql<number>`extract(epoch from (now() - rotated_at))::float8`.as('secondsSinceRotation'),
      ])
      .where('tokenHash', '=', tokenHash)
      .executeTakeFirst();
  },

  async revokeFamily(familyId: string) {
    await db
      .updateTable('refreshTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('familyId', '=', familyId)
      .where('revokedAt', 'is', null)
      .execute();
  },

  /**
   * Live sessions: per family, when it started, when a token was last issued, and the newest token's details. At most
   * `limit` (the most an account may hold) and one more, so a list can never grow without bound.
   */
  listSessions(userId: string, limit: number) {
    return db
      .selectFrom('refreshTokens as t')
      .select([
        't.familyId as id',
        sql<Date>`min(t.created_at)`.as('createdAt'),
        sql<Date>`max(t.created_at)`.as('lastUsedAt'),
        sql<Date>`max(t.expires_at)`.as('expiresAt'),
        sql<string | null>`(array_agg(t.user_agent order by t.created_at desc))[1]`.as('userAgent'),
        sql<string | null>`(array_agg(t.ip order by t.created_at desc))[1]`.as('ip'),
      ])
      .where('t.userId', '=', userId)
      .groupBy('t.familyId')
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
      .updateTable('refreshTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .where('familyId', 'in', (eb) =>
        eb
          .selectFrom('refreshTokens as t')
          .select('t.familyId')
          .where('t.userId', '=', userId)
          .groupBy('t.familyId')
          .having(sql<boolean>`bool_and(t.revoked_at is null)`)
          .having(sql<boolean>`max(t.expires_at) > now()`)
          .orderBy(sql`max(t.created_at)`, 'desc')
          .offset(keep),
      )
      .returning('familyId')
      .execute();
    return [...new Set(rows.map((row) => row.familyId))];
  },

  /** Revokes one of the user's sessions; false when the user has no such session. */
  async revokeUserSession(userId: string, familyId: string) {
    const result = await db
      .updateTable('refreshTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('userId', '=', userId)
      .where('familyId', '=', familyId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Ends every session of a user (a password change, a disabled account); returns how many were live. */
  async revokeAllSessions(userId: string) {
    const rows = await db
      .updateTable('refreshTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .returning(['familyId', sql<boolean>`rotated_at is null and expires_at > now()`.as('live')])
      .execute();
    return new Set(rows.filter((row) => row.live).map((row) => row.familyId)).size;
  },

  /** The user's role while the session has a live token and the user is enabled; undefined otherwise. */
  async roleInActiveSession(familyId: string, userId: string) {
    const row = await db
      .selectFrom('refreshTokens as t')
      .innerJoin('users as u', 'u.id', 't.userId')
      .select('u.role')
      .where('t.familyId', '=', familyId)
      .where('t.userId', '=', userId)
      .where('t.revokedAt', 'is', null)
      .where('t.familyExpiresAt', '>', sql<Date>`now()`)
      .where('u.disabledAt', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row?.role;
  },

  // The delete below serves the daily housekeeping job, like those of mail-links.repository.ts and
  // login-throttle.repository.ts. Each removes at most `limit` rows, so no statement holds its locks for long on a big
  // table; the job repeats them until a batch comes back short. The conditions are repeated outside the subquery so
  // that a row changed meanwhile (a rotation, a new failure) is checked again.

  /**
   * Deletes the tokens of sessions that ended more than `days` days ago. A session (a family) ends when its last
   * token is revoked or expires; until then every spent token of it is kept, because presenting a spent token again
   * is how a stolen one is recognised (and the whole session ended).
   */
  async deleteEndedSessionTokens(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const familyInUse = (family: 'refreshTokens.familyId' | 't.familyId') => sql<boolean>`exists (
      select 1 from refresh_tokens l
      where l.family_id = ${sql.ref(family)}
        and least(coalesce(l.revoked_at, 'infinity'::timestamptz), l.expires_at) >= ${cutoff})`;
    const result = await db
      .deleteFrom('refreshTokens')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('refreshTokens as t')
          .select('t.id')
          .where(sql<Date>`least(coalesce(t.revoked_at, 'infinity'::timestamptz), t.expires_at)`, '<', cutoff)
          .where(sql<boolean>`not ${familyInUse('t.familyId')}`)
          .limit(limit),
      )
      .where(sql<boolean>`not ${familyInUse('refreshTokens.familyId')}`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
