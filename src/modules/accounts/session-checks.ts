// Every authenticated request asks whether its session still stands and what the user's role is now, so that a
// logout, a revoked session, a disabled account or a role change takes effect at once rather than when the access
// token expires. Asking the database each time was a round trip on every request; instead each instance keeps the
// answer for at most SESSION_CHECK_CACHE_MS (≤ 1 s), and the changes that end a session or alter a role drop it here
// and, through the cache's Redis channel, on every instance, once their transaction has committed.
//
// The changes are caught where they are written: `watchSessionChanges` wraps the repositories of a unit of work, so a
// use case cannot end a session and forget to tell the checks. The TTL is the guarantee when a message cannot be
// delivered (Redis away, or a CLI process without Redis): no instance trusts an answer older than that.
import type { Cache } from '../../infra/cache.ts';
import type { Role } from '../../lib/enums.ts';
import type { UsersRepository } from '../users/users.repository.ts';
import type { AccountsRepository } from './accounts.repository.ts';

export const SESSION_CHECKS_CACHE = 'session-checks';
/** Live sessions one instance remembers; past that the least recently used are asked again. */
const REMEMBERED_SESSIONS = 20_000;

export interface SessionChecks {
  /** The user's role if the session still stands (not ended, the account not disabled); undefined otherwise. */
  currentRole: (session: { sessionId: string; userId: string }) => Promise<Role | undefined>;
  /** One session ended: forgotten on every instance. */
  sessionEnded: (sessionId: string) => Promise<void>;
  /** An account's sessions or role changed (which ones is not known here): every session is asked again. */
  accountsChanged: () => Promise<void>;
}

export const createSessionChecks = ({
  cache,
  roleInActiveSession,
  ttlMs,
}: {
  cache: Pick<Cache, 'namespace'>;
  roleInActiveSession: AccountsRepository['roleInActiveSession'];
  /** 0: the database is asked on every request. */
  ttlMs: number;
}): SessionChecks => {
  if (ttlMs === 0) {
    return {
      currentRole: (session) => roleInActiveSession(session.sessionId, session.userId),
      sessionEnded: () => Promise.resolve(),
      accountsChanged: () => Promise.resolve(),
    };
  }
  // Only live sessions are kept (an ended one loads undefined, which the cache does not store), in each process's
  // memory: a session's standing is not worth a Redis round trip, and must never outlive the TTL anywhere.
  const roles = cache.namespace<Role>(SESSION_CHECKS_CACHE, undefined, {
    ttlMs,
    maxEntries: REMEMBERED_SESSIONS,
    shared: false,
  });
  return {
    // The access token's claims are signed, so a session id always comes with its own user: the id is the key.
    currentRole: (session) =>
      roles.getOrLoad(session.sessionId, () => roleInActiveSession(session.sessionId, session.userId)),
    sessionEnded: (sessionId) => roles.invalidate(sessionId),
    accountsChanged: () => roles.invalidate(),
  };
};

/** The repository methods that end sessions or change who may use them, and what each tells the checks. */
type SessionWrites = Pick<
  AccountsRepository,
  | 'revokeFamily'
  | 'revokeUserSession'
  | 'revokeAllSessions'
  | 'endLeastRecentlyUsedSessions'
  | 'deleteUser'
  | 'setRoleFromProvider'
>;
type AccountWrites = Pick<UsersRepository, 'setRole' | 'setDisabled'>;

/**
 * The unit of work's accounts and users repositories, each change to a session's standing registered to reach the
 * checks after the transaction commits (before, a request in between could load and keep the old answer).
 */
export const watchSessionChanges = <A extends SessionWrites, U extends AccountWrites>(
  repositories: { accountsRepository: A; usersRepository: U },
  afterCommit: (task: () => Promise<void>) => void,
  checks: Pick<SessionChecks, 'sessionEnded' | 'accountsChanged'>,
): { accountsRepository: A; usersRepository: U } => {
  const { accountsRepository: accounts, usersRepository: users } = repositories;
  const everySession = () => afterCommit(() => checks.accountsChanged());
  return {
    accountsRepository: {
      ...accounts,
      async revokeFamily(familyId: string) {
        await accounts.revokeFamily(familyId);
        afterCommit(() => checks.sessionEnded(familyId));
      },
      async revokeUserSession(userId: string, familyId: string) {
        const revoked = await accounts.revokeUserSession(userId, familyId);
        if (revoked) afterCommit(() => checks.sessionEnded(familyId));
        return revoked;
      },
      async revokeAllSessions(userId: string) {
        const live = await accounts.revokeAllSessions(userId);
        everySession();
        return live;
      },
      async endLeastRecentlyUsedSessions(userId: string, keep: number) {
        const ended = await accounts.endLeastRecentlyUsedSessions(userId, keep);
        for (const familyId of ended) afterCommit(() => checks.sessionEnded(familyId));
        return ended;
      },
      async deleteUser(userId: string) {
        await accounts.deleteUser(userId);
        everySession();
      },
      async setRoleFromProvider(userId: string, role: Role, provider: string) {
        await accounts.setRoleFromProvider(userId, role, provider);
        everySession();
      },
    },
    usersRepository: {
      ...users,
      async setRole(id: string, role: Role) {
        const changed = await users.setRole(id, role);
        everySession();
        return changed;
      },
      async setDisabled(id: string, disabled: boolean) {
        const changed = await users.setDisabled(id, disabled);
        everySession();
        return changed;
      },
    },
  };
};
