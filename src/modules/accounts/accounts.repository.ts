// The account's own rows: the user, its profile and password, its audit trail, and deleting it. Sessions, mailed
// links and the login throttle have their own files; this repository is all of them in one object, so a unit of work
// binds them to one transaction together.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { Role } from '../../lib/enums.ts';
import { atomically } from '../../infra/unit-of-work.ts';
import { createLoginThrottleRepository } from './login-throttle.repository.ts';
import { createMailLinksRepository } from './mail-links.repository.ts';
import { createReauthProofsRepository } from './reauth-proofs.repository.ts';
import { createSessionsRepository } from './sessions.repository.ts';

const userColumns = [
  'id',
  'email',
  'displayName',
  'passwordHash',
  'role',
  'roleSource',
  'emailVerifiedAt',
  'disabledAt',
  'timeZone',
  'weeklyDigest',
  'createdAt',
] as const;

export const createAccountsRepository = (db: Db) => ({
  ...createSessionsRepository(db),
  ...createMailLinksRepository(db),
  ...createLoginThrottleRepository(db),
  ...createReauthProofsRepository(db),

  /** Inserts the user; undefined when the email is taken (compared case-insensitively). */
  async insertUserUnlessEmailTaken(user: { id: string; email: string; displayName: string; passwordHash: string }) {
    return db
      .insertInto('users')
      .values({ id: user.id, email: user.email, displayName: user.displayName, passwordHash: user.passwordHash })
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

  /** null: the account has no password any more (only its provider logins open it). */
  async updatePasswordHash(userId: string, passwordHash: string | null) {
    await db
      .updateTable('users')
      .set({ passwordHash, updatedAt: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
  },

  /** The role a provider's claims give, and that this provider gave it (role_source). */
  async setRoleFromProvider(userId: string, role: Role, provider: string) {
    await db
      .updateTable('users')
      .set({ role, roleSource: provider, updatedAt: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
  },

  /** Holds the account's row until the transaction ends, so two changes that each check what is left do not race. */
  async lockUser(userId: string) {
    await db.selectFrom('users').select('id').where('id', '=', userId).forUpdate().executeTakeFirst();
  },

  async updateProfile(userId: string, changes: { displayName?: string; timeZone?: string; weeklyDigest?: boolean }) {
    await db
      .updateTable('users')
      .set({
        ...(changes.displayName === undefined ? {} : { displayName: changes.displayName }),
        ...(changes.timeZone === undefined ? {} : { timeZone: changes.timeZone }),
        ...(changes.weeklyDigest === undefined ? {} : { weeklyDigest: changes.weeklyDigest }),
        updatedAt: sql<Date>`now()`,
      })
      .where('id', '=', userId)
      .execute();
  },

  /**
   * The audit entries about the user or by them, newest first, at most `limit`. Each half is read through its own
   * index and stops at `limit`, so the work does not grow with the audit log (an `or` of the two would read it all).
   */
  /** The provider logins linked to the account, or waiting for its mailed confirmation (decision 0039). */
  linkedLogins(userId: string) {
    return db
      .selectFrom('ssoIdentities')
      .select(['provider', 'subject', 'email', 'linkedAt', 'lastLoginAt', 'createdAt'])
      .where('userId', '=', userId)
      .orderBy('createdAt')
      .orderBy('provider')
      .execute();
  },

  async auditTrail(userId: string, limit: number) {
    const newest = (column: 'subjectId' | 'actorId') => sql`(
      select id, occurred_at, action, ip, user_agent from audit_log where ${sql.ref(column)} = ${userId}
      order by occurred_at desc, id desc limit ${limit})`;
    const { rows } = await sql<{ occurredAt: Date; action: string; ip: string | null; userAgent: string | null }>`
      select occurred_at, action, ip, user_agent
      from (${newest('subjectId')} union ${newest('actorId')}) trail
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
        .updateTable('auditLog')
        .set({ ip: null, userAgent: null })
        .where((eb) => eb.or([eb('subjectId', '=', userId), eb('actorId', '=', userId)]))
        .execute();
      await trx.deleteFrom('users').where('id', '=', userId).execute();
    });
  },
});

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
