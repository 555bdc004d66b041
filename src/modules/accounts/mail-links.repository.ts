// The tokens behind mailed links (confirm an address, reset a password, change the address) and what a confirmed
// link does to the account. Only a token's hash is stored.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { EmailTokenPurpose } from '../../lib/enums.ts';

export const createMailLinksRepository = (db: Db) => ({
  async insertEmailToken(token: {
    id: string;
    userId: string;
    purpose: EmailTokenPurpose;
    tokenHash: string;
    expiresAt: Date;
    newEmail?: string;
  }) {
    await db
      .insertInto('emailTokens')
      .values({
        id: token.id,
        userId: token.userId,
        purpose: token.purpose,
        tokenHash: token.tokenHash,
        expiresAt: token.expiresAt,
        newEmail: token.newEmail ?? null,
      })
      .execute();
  },

  /** Marks a live token used and returns it; undefined when it is unknown, used, expired or for another purpose. */
  consumeEmailToken(tokenHash: string, purposes: EmailTokenPurpose[]) {
    return db
      .updateTable('emailTokens')
      .set({ usedAt: sql<Date>`now()` })
      .where('tokenHash', '=', tokenHash)
      .where('purpose', 'in', purposes)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', sql<Date>`now()`)
      .returning(['userId', 'purpose', 'newEmail'])
      .executeTakeFirst();
  },

  /** A live token's owner, without spending it: a cheap check before costly work (a reset hashes a password). */
  findLiveEmailToken(tokenHash: string, purposes: EmailTokenPurpose[]) {
    return db
      .selectFrom('emailTokens')
      .select(['userId'])
      .where('tokenHash', '=', tokenHash)
      .where('purpose', 'in', purposes)
      .where('usedAt', 'is', null)
      .where('expiresAt', '>', sql<Date>`now()`)
      .executeTakeFirst();
  },

  /** Spends the user's open tokens of these purposes; returns how many of them had not expired yet, per purpose. */
  async retireEmailTokens(userId: string, purposes: EmailTokenPurpose[]) {
    const rows = await db
      .updateTable('emailTokens')
      .set({ usedAt: sql<Date>`now()` })
      .where('userId', '=', userId)
      .where('purpose', 'in', purposes)
      .where('usedAt', 'is', null)
      .returning(['purpose', sql<boolean>`expires_at > now()`.as('live')])
      .execute();
    const live = { 'verify-email': 0, 'reset-password': 0, 'change-email': 0 } satisfies Record<
      EmailTokenPurpose,
      number
    >;
    for (const row of rows) if (row.live) live[row.purpose] += 1;
    return live;
  },

  /**
   * Drops the user's provider logins still waiting for their mailed confirmation (single sign-on, decision 0039), so
   * a link mailed before a recovery cannot link a provider afterwards; returns how many were live.
   */
  async retirePendingSsoLinks(userId: string) {
    const rows = await db
      .deleteFrom('ssoIdentities')
      .where('userId', '=', userId)
      .where('linkedAt', 'is', null)
      .returning([sql<boolean>`link_expires_at > now()`.as('live')])
      .execute();
    return rows.filter((row) => row.live).length;
  },

  async countRecentEmailTokens(userId: string, purpose: EmailTokenPurpose, withinMinutes: number) {
    const row = await db
      .selectFrom('emailTokens')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('userId', '=', userId)
      .where('purpose', '=', purpose)
      .where('createdAt', '>', sql<Date>`now() - make_interval(mins => ${withinMinutes})`)
      .executeTakeFirstOrThrow();
    return row.count;
  },

  async markEmailVerified(userId: string) {
    await db
      .updateTable('users')
      .set({ emailVerifiedAt: sql<Date>`coalesce(email_verified_at, now())`, updatedAt: sql<Date>`now()` })
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
      .set({ email: newEmail, emailVerifiedAt: sql<Date>`now()`, updatedAt: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
    return true;
  },

  /**
   * Deletes mailed-link tokens that expired more than `days` days ago, used or not. For the housekeeping job: at most
   * `limit` rows a call, the condition checked again outside the subquery (see deleteEndedSessionTokens).
   */
  async deleteExpiredEmailTokens(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('emailTokens')
      .where('id', 'in', (eb) => eb.selectFrom('emailTokens').select('id').where('expiresAt', '<', cutoff).limit(limit))
      .where('expiresAt', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
