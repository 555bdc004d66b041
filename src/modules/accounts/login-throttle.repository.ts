// Failed logins counted per email address (by its hash, whether or not it has an account), for the login's back-off
// and lock.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

export const createLoginThrottleRepository = (db: Db) => ({
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

  /**
   * Forgets failed logins of addresses whose last failure is older than `days` days. Locked addresses stay. For the
   * housekeeping job: at most `limit` rows a call, the conditions checked again outside the subquery (see
   * deleteEndedSessionTokens).
   */
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
});
