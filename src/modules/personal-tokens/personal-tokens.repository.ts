import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { atomically } from '../../infra/unit-of-work.ts';

const columns = ['id', 'name', 'scopes', 'createdAt', 'expiresAt', 'lastUsedAt'] as const;

export const createPersonalTokensRepository = (db: Db) => ({
  /**
   * Inserts the token unless its owner already has `limit` live ones (undefined then). The owner's row is locked
   * while counting, so tokens created at the same moment cannot pass the limit together.
   */
  async insertWithinLimit(
    token: { id: string; userId: string; name: string; tokenHash: string; scopes: string[]; expiresAt: Date },
    limit: number,
  ) {
    return atomically(db, async (trx) => {
      await trx.selectFrom('users').select('id').where('id', '=', token.userId).forUpdate().execute();
      const { live } = await trx
        .selectFrom('personalAccessTokens')
        .select(sql<number>`count(*)::int`.as('live'))
        .where('userId', '=', token.userId)
        .where('revokedAt', 'is', null)
        .where('expiresAt', '>', sql<Date>`now()`)
        .executeTakeFirstOrThrow();
      if (live >= limit) return undefined;
      return trx
        .insertInto('personalAccessTokens')
        .values({
          id: token.id,
          userId: token.userId,
          name: token.name,
          tokenHash: token.tokenHash,
          scopes: token.scopes,
          expiresAt: token.expiresAt,
        })
        .returning(columns)
        .executeTakeFirstOrThrow();
    });
  },

  async ownerHasConfirmedAddress(userId: string) {
    const owner = await db
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('emailVerifiedAt', 'is not', null)
      .executeTakeFirst();
    return owner !== undefined;
  },

  /** The owner's tokens that still work, newest first: at most `limit` (the most one may have) and one more. */
  listLive(userId: string, limit: number) {
    return db
      .selectFrom('personalAccessTokens')
      .select(columns)
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', sql<Date>`now()`)
      .orderBy('createdAt', 'desc')
      .limit(limit + 1)
      .execute();
  },

  /** Revokes one of the owner's tokens; false when the owner has no such live token. */
  async revoke(userId: string, id: string) {
    const result = await db
      .updateTable('personalAccessTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('id', '=', id)
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Revokes every token of the owner (an account recovery); returns how many still worked. */
  async revokeAllOf(userId: string) {
    const rows = await db
      .updateTable('personalAccessTokens')
      .set({ revokedAt: sql<Date>`now()` })
      .where('userId', '=', userId)
      .where('revokedAt', 'is', null)
      .returning(sql<boolean>`expires_at > now()`.as('live'))
      .execute();
    return rows.filter((row) => row.live).length;
  },

  /** The live token with this hash, its owner's current role and scopes; marks it used. */
  async authenticate(tokenHash: string) {
    return db
      .updateTable('personalAccessTokens as t')
      .set({ lastUsedAt: sql<Date>`now()` })
      .from('users as u')
      .whereRef('u.id', '=', 't.userId')
      .where('t.tokenHash', '=', tokenHash)
      .where('t.revokedAt', 'is', null)
      .where('t.expiresAt', '>', sql<Date>`now()`)
      .where('u.disabledAt', 'is', null)
      .returning(['t.id', 't.userId', 't.scopes', 'u.role'])
      .executeTakeFirst();
  },
});

export type PersonalTokensRepository = ReturnType<typeof createPersonalTokensRepository>;
