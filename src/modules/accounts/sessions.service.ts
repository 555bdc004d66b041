// Login sessions after the login: a session is a family of refresh tokens. Refreshing spends the token and issues
// its successor; a spent token presented again ends the session; the owner lists sessions and ends them one by one.
// Opening a session (login, password change) and the token pair it answers with are here too, for those use cases.
import { randomUUID } from 'node:crypto';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { NotFoundError, UnauthorizedError } from '../../lib/errors.ts';
import { hashOpaqueToken, newOpaqueToken, type AccessTokens } from '../auth/tokens.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { Session, TokenPair } from './accounts.schemas.ts';
import type { AccountsUnitOfWork } from './accounts.service.ts';
import { selfAudit, toProfile, type UserRow } from './accounts.shared.ts';
import type { RequestActor } from '../audit/actor.ts';
import type { NewRefreshToken } from './sessions.repository.ts';
import { MAX_LIVE_SESSIONS } from './session-limit.ts';

// Two refreshes racing with one token (two tabs, a retry) are told no without ending the session; a replay after
// this long is treated as theft (RFC 9700 §4.14.2) and ends the whole session.
const REUSE_GRACE_SECONDS = 10;
const DAY_MS = 86_400_000;

const BAD_REFRESH = 'The refresh token is not valid. Log in again.';

export interface SessionsServiceDeps {
  /** For reads; the changes go through `transact`. */
  accountsRepository: Pick<AccountsRepository, 'findRefreshToken' | 'listSessions'>;
  transact: UnitOfWork<AccountsUnitOfWork>;
  accessTokens: AccessTokens;
  refreshTokenIdleDays: number;
  refreshTokenAbsoluteDays: number;
  now: () => Date;
}

export const createSessionsService = ({
  accountsRepository,
  transact,
  accessTokens,
  refreshTokenIdleDays,
  refreshTokenAbsoluteDays,
  now,
}: SessionsServiceDeps) => {
  const refreshTokenRow = (
    session: { familyId: string; userId: string; familyExpiresAt: Date },
    token: string,
    context: RequestActor,
  ): NewRefreshToken => {
    const idleExpiry = new Date(now().getTime() + refreshTokenIdleDays * DAY_MS);
    return {
      id: randomUUID(),
      familyId: session.familyId,
      userId: session.userId,
      tokenHash: hashOpaqueToken(token),
      expiresAt: idleExpiry < session.familyExpiresAt ? idleExpiry : session.familyExpiresAt,
      familyExpiresAt: session.familyExpiresAt,
      userAgent: context.userAgent,
      ip: context.ip,
    };
  };

  const tokenPair = async (user: UserRow, familyId: string, refreshToken: string, refreshExpiresAt: Date) =>
    ({
      tokenType: 'Bearer',
      accessToken: await accessTokens.issue({ userId: user.id, role: user.role, sessionId: familyId }),
      expiresIn: accessTokens.ttlSeconds,
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
      user: toProfile(user),
    }) satisfies TokenPair;

  /** Stores the first refresh token of a new session (through `repository`, which may be a transaction's). */
  const openSession = async (
    repository: Pick<AccountsRepository, 'insertRefreshToken'>,
    user: UserRow,
    context: RequestActor,
  ) => {
    const familyExpiresAt = new Date(now().getTime() + refreshTokenAbsoluteDays * DAY_MS);
    const token = newOpaqueToken();
    const row = refreshTokenRow({ familyId: randomUUID(), userId: user.id, familyExpiresAt }, token, context);
    await repository.insertRefreshToken(row);
    return { familyId: row.familyId, token, expiresAt: row.expiresAt };
  };

  const listSessions = async (session: { userId: string; sessionId: string }): Promise<Session[]> => {
    const rows = await accountsRepository.listSessions(session.userId, MAX_LIVE_SESSIONS);
    return rows.slice(0, MAX_LIVE_SESSIONS).map((row) => ({
      id: row.id,
      current: row.id === session.sessionId,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: row.lastUsedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      userAgent: row.userAgent,
      ip: row.ip,
    }));
  };

  /**
   * Ends a session that its owner did not choose to end. The entry has no actor, since whoever presented the token
   * may not be the owner: it is about the account, from the address the token came from.
   */
  const endSessionWithEntry = async (
    unit: Pick<AccountsUnitOfWork, 'accountsRepository' | 'auditRepository'>,
    session: { familyId: string; userId: string },
    action: string,
    context: RequestActor,
    details: Record<string, unknown> = {},
  ) => {
    await unit.accountsRepository.revokeFamily(session.familyId);
    await unit.auditRepository.record({
      action,
      subjectId: session.userId,
      ip: context.ip,
      userAgent: context.userAgent,
      details: { sessionId: session.familyId, ...details },
    });
  };

  /**
   * Spends the token and stores its successor, unless the account was disabled since (behind the service's back, or
   * in a race with a refresh): then the session ends instead, with its entry, in the same transaction.
   */
  const rotateForLiveAccount = async (
    unit: Pick<AccountsUnitOfWork, 'accountsRepository' | 'auditRepository'>,
    tokenHash: string,
    token: string,
    context: RequestActor,
  ) => {
    const next = await unit.accountsRepository.rotateRefreshToken(tokenHash, (session) =>
      refreshTokenRow(session, token, context),
    );
    if (next === undefined) return 'not-live';
    const user = await unit.accountsRepository.findUserById(next.userId);
    if (user !== undefined && user.disabledAt === null) return { next, user };
    await endSessionWithEntry(unit, next, 'auth.session_revoked', context, { reason: 'account_disabled' });
    return 'account-disabled';
  };

  /** A spent token presented again after the grace two racing refreshes get: theft, so the session ends. */
  const endSessionIfReplayed = async (tokenHash: string, context: RequestActor) => {
    const spent = await accountsRepository.findRefreshToken(tokenHash);
    const replayed =
      spent !== undefined &&
      spent.revokedAt === null &&
      spent.rotatedAt !== null &&
      spent.secondsSinceRotation > REUSE_GRACE_SECONDS;
    if (!replayed) return;
    await transact((unit) => endSessionWithEntry(unit, spent, 'auth.refresh_token_reused', context));
  };

  return {
    tokenPair,
    openSession,

    /** Trades a refresh token for a new pair; the old token is spent. */
    async refresh(refreshToken: string, context: RequestActor): Promise<TokenPair> {
      const tokenHash = hashOpaqueToken(refreshToken);
      const token = newOpaqueToken();
      const rotated = await transact((unit) => rotateForLiveAccount(unit, tokenHash, token, context));
      if (rotated === 'not-live') await endSessionIfReplayed(tokenHash, context);
      if (rotated === 'not-live' || rotated === 'account-disabled') throw new UnauthorizedError(BAD_REFRESH);
      return tokenPair(rotated.user, rotated.next.familyId, token, rotated.next.expiresAt);
    },

    /** Ends the session the refresh token belongs to. Unknown tokens are ignored: logging out twice is fine. */
    async logout(refreshToken: string, context: RequestActor): Promise<void> {
      const found = await accountsRepository.findRefreshToken(hashOpaqueToken(refreshToken));
      if (found === undefined) return;
      await transact(async (unit) => {
        await unit.accountsRepository.revokeFamily(found.familyId);
        await unit.auditRepository.record(
          selfAudit('auth.logout', found.userId, context, { sessionId: found.familyId }),
        );
      });
    },

    listSessions,

    /** "Sign out that device." */
    async revokeSession(session: { userId: string }, sessionId: string, context: RequestActor): Promise<void> {
      await transact(async (unit) => {
        if (!(await unit.accountsRepository.revokeUserSession(session.userId, sessionId))) {
          throw new NotFoundError('You have no active session with this id.');
        }
        await unit.auditRepository.record(selfAudit('auth.session_revoked', session.userId, context, { sessionId }));
      });
    },
  };
};
export type SessionsService = ReturnType<typeof createSessionsService>;
