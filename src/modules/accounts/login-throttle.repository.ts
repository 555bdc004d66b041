// Failed logins counted per email address (by its hash, whether or not it has an account), for the login's back-off
// and lock.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';

export const createLoginThrottleRepository = (db: Db) => ({
  findLoginThrottle(emailHash: string) {
    return db
      .selectFrom('loginAttempts')
      .select([
        'consecutiveFailures as failures',
        'lockedAt',
        sql<number>`extract(epoch from (now() - last_failure_at))::float8`.as('secondsSinceLastFailure'),
      ])
      .where('emailHash', '=', emailHash)
      .executeTakeFirst();
  },

  /** Counts one more failure, atomically; locks once `lockAfter` failures in a row are reached. */
  async recordLoginFailure(emailHash: string, lockAfter: number) {
    return db
      .insertInto('loginAttempts')
      .values({ emailHash, consecutiveFailures: 1, lastFailureAt: sql<Date>`now()` })
      .onConflict((oc) =>
        oc.column('emailHash').doUpdateSet({
          consecutiveFailures: sql<number>`login_attempts.consecutive_failures + 1`,
          lastFailureAt: sql<Date>`now()`,
          lockedAt: sql<Date | null>`case when login_attempts.consecutive_failures + 1 >= ${lockAfter}
            then coalesce(login_attempts.locked_at, now()) else login_attempts.locked_at end`,
        }),
      )
      .returning(['consecutiveFailures as failures', 'lockedAt'])
      .executeTakeFirstOrThrow();
  },

  async clearLoginThrottle(emailHash: string) {
    await db.deleteFrom('loginAttempts').where('emailHash', '=', emailHash).execute();
  },

  /**
   * Forgets failed logins of addresses whose last failure is older than `days` days. Locked addresses stay. For the
   * housekeeping job: at most `limit` rows a call, the conditions checked again outside the subquery (see
   * deleteEndedSessionTokens).
   */
  async deleteStaleLoginThrottles(days: number, limit: number) {
    const cutoff = sql<Date>`now() - make_interval(days => ${days})`;
    const result = await db
      .deleteFrom('loginAttempts')
      .where('emailHash', 'in', (eb) =>
        eb
          .selectFrom('loginAttempts')
          .select('emailHash')
          .where('lockedAt', 'is', null)
          .where('lastFailureAt', '<', cutoff)
          .limit(limit),
      )
      .where('lockedAt', 'is', null)
      .where('lastFailureAt', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
});
