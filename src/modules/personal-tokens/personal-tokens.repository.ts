import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import { atomically } from '../../infra/unit-of-work.ts';

const columns = ['id', 'name', 'scopes', 'created_at', 'expires_at', 'last_used_at'] as const;

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
        .selectFrom('personal_access_tokens')
        .select(sql<number>`count(*)::int`.as('live'))
        .where('user_id', '=', token.userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', sql<Date>`now()`)
        .executeTakeFirstOrThrow();
      if (live >= limit) return undefined;
      return trx
        .insertInto('personal_access_tokens')
        .values({
          id: token.id,
          user_id: token.userId,
          name: token.name,
          token_hash: token.tokenHash,
          scopes: token.scopes,
          expires_at: token.expiresAt,
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
      .where('email_verified_at', 'is not', null)
      .executeTakeFirst();
    return owner !== undefined;
  },

  /** The owner's tokens that still work, newest first: at most `limit` (the most one may have) and one more. */
  listLive(userId: string, limit: number) {
    return db
      .selectFrom('personal_access_tokens')
      .select(columns)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .orderBy('created_at', 'desc')
      .limit(limit + 1)
      .execute();
  },

  /** Revokes one of the owner's tokens; false when the owner has no such live token. */
  async revoke(userId: string, id: string) {
    const result = await db
      .updateTable('personal_access_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Revokes every token of the owner (an account recovery); returns how many still worked. */
  async revokeAllOf(userId: string) {
    const rows = await db
      .updateTable('personal_access_tokens')
      .set({ revoked_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returning(sql<boolean>`expires_at > now()`.as('live'))
      .execute();
    return rows.filter((row) => row.live).length;
  },

  /** The live token with this hash, its owner's current role and scopes; marks it used. */
  async authenticate(tokenHash: string) {
    return db
      .updateTable('personal_access_tokens as t')
      .set({ last_used_at: sql<Date>`now()` })
      .from('users as u')
      .whereRef('u.id', '=', 't.user_id')
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .where('t.expires_at', '>', sql<Date>`now()`)
      .where('u.disabled_at', 'is', null)
      .returning(['t.id', 't.user_id as userId', 't.scopes', 'u.role'])
      .executeTakeFirst();
  },
});

export type PersonalTokensRepository = ReturnType<typeof createPersonalTokensRepository>;
