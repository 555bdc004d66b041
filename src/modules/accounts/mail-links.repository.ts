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

  /**
   * Deletes mailed-link tokens that expired more than `days` days ago, used or not. For the housekeeping job: at most
   * `limit` rows a call, the condition checked again outside the subquery (see deleteEndedSessionTokens).
   */
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
});
