// Linked identities (a provider's person → a Waymark account), links waiting for their mailed confirmation, and the
// accounts single sign-on makes. Only the hash of a confirmation token is stored.
import { sql } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { Role } from '../../lib/enums.ts';

export const createSsoRepository = (db: Db) => ({
  /** The identity's row, linked or waiting for its confirmation. */
  findIdentity(provider: string, subject: string) {
    return db
      .selectFrom('ssoIdentities')
      .select(['userId', 'linkedAt'])
      .where('provider', '=', provider)
      .where('subject', '=', subject)
      .executeTakeFirst();
  },

  /**
   * An account made by a first login: its address is verified, since the provider vouched for it, and it has no
   * password. `roleSource`: the provider, when its claims gave the role.
   */
  async insertProvisionedUser(user: {
    id: string;
    email: string;
    displayName: string;
    role: Role;
    roleSource: string | null;
  }) {
    return db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        passwordHash: null,
        role: user.role,
        roleSource: user.roleSource,
        emailVerifiedAt: sql<Date>`now()`,
      })
      .onConflict((oc) => oc.expression(sql`lower(email)`).doNothing())
      .returning(['id'])
      .executeTakeFirst();
  },

  /** Links the identity to the account; a link still waiting for its mailed confirmation is replaced. */
  async insertLinkedIdentity(identity: { provider: string; subject: string; userId: string; email: string }) {
    const linked = { linkedAt: sql<Date>`now()`, lastLoginAt: sql<Date>`now()` };
    const { provider, subject, userId, email } = identity;
    await db
      .insertInto('ssoIdentities')
      .values({ provider, subject, userId, email, ...linked })
      .onConflict((oc) =>
        oc
          .columns(['provider', 'subject'])
          .doUpdateSet({
            userId: identity.userId,
            email: identity.email,
            ...linked,
            linkTokenHash: null,
            linkExpiresAt: null,
          })
          .where('ssoIdentities.linkedAt', 'is', null),
      )
      .execute();
  },

  /**
   * Waits for the owner of the account to confirm by mail. While a link mailed before is live it stays the one, and
   * false says so (nothing to mail again); an expired one is replaced.
   */
  async upsertPendingLink(link: {
    provider: string;
    subject: string;
    userId: string;
    email: string;
    tokenHash: string;
    expiresAt: Date;
  }) {
    const pending = {
      userId: link.userId,
      email: link.email,
      linkTokenHash: link.tokenHash,
      linkExpiresAt: link.expiresAt,
    };
    const result = await db
      .insertInto('ssoIdentities')
      .values({ provider: link.provider, subject: link.subject, ...pending })
      .onConflict((oc) =>
        oc
          .columns(['provider', 'subject'])
          .doUpdateSet(pending)
          .where('ssoIdentities.linkedAt', 'is', null)
          .where('ssoIdentities.linkExpiresAt', '<=', sql<Date>`now()`),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  /** Links the identity whose live confirmation token this is; undefined when there is none. */
  confirmPendingLink(tokenHash: string) {
    return db
      .updateTable('ssoIdentities')
      .set({ linkedAt: sql<Date>`now()`, linkTokenHash: null, linkExpiresAt: null })
      .where('linkTokenHash', '=', tokenHash)
      .where('linkExpiresAt', '>', sql<Date>`now()`)
      .returning(['provider', 'userId'])
      .executeTakeFirst();
  },

  /** The providers whose logins open the account (linked, not waiting for a mail), one row per linked login. */
  linkedProvidersOf(userId: string) {
    return db
      .selectFrom('ssoIdentities')
      .select('provider')
      .where('userId', '=', userId)
      .where('linkedAt', 'is not', null)
      .execute();
  },

  /** Removes the account's logins of the provider, linked or waiting; how many went, and how many were linked. */
  async deleteIdentitiesOf(userId: string, provider: string) {
    const removed = await db
      .deleteFrom('ssoIdentities')
      .where('userId', '=', userId)
      .where('provider', '=', provider)
      .returning('linkedAt')
      .execute();
    return { all: removed.length, linked: removed.filter((row) => row.linkedAt !== null).length };
  },

  async recordLogin(provider: string, subject: string) {
    await db
      .updateTable('ssoIdentities')
      .set({ lastLoginAt: sql<Date>`now()` })
      .where('provider', '=', provider)
      .where('subject', '=', subject)
      .execute();
  },
});

export type SsoRepository = ReturnType<typeof createSsoRepository>;
