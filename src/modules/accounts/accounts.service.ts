import { randomUUID } from 'node:crypto';
import {
  ForbiddenError,
  LockedError,
  NotFoundError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from '../../lib/errors.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { Bookmark } from '../bookmarks/bookmarks.schemas.ts';
import type { MailMessage } from '../mail/mail.templates.ts';
import type { PersonalTokensRepository } from '../personal-tokens/personal-tokens.repository.ts';
import { needsRehash, type PasswordHashing } from '../auth/passwords.ts';
import { hashOpaqueToken, newOpaqueToken, type AccessTokens } from '../auth/tokens.ts';
import type { AccountsRepository, NewRefreshToken } from './accounts.repository.ts';
import type { LoginBody, RegisterBody, Session, TokenPair, UserProfile } from './accounts.schemas.ts';
import { emailKey, refuseUnusablePassword, selfAudit } from './accounts.shared.ts';
import type { RequestActor } from '../audit/actor.ts';
import { createPersonalDataExport } from './personal-data-export.ts';
import { makeRoomForOneMoreSession, MAX_LIVE_SESSIONS } from './session-limit.ts';
import { endEveryCredential } from './credentials.ts';
import { createMailLinks, VERIFY_EMAIL_HOURS } from './mail-links.ts';
import { canonicalTimeZone } from './time-zone.ts';

/** What a use case may touch inside one transaction: the change, its audit entry and the mail it causes. */
export interface AccountsUnitOfWork {
  accountsRepository: AccountsRepository;
  personalTokensRepository: Pick<PersonalTokensRepository, 'revokeAllOf'>;
  auditRepository: AuditRepository;
  sendMail: (message: MailMessage) => Promise<void>;
}

export interface AccountsServiceDeps {
  /** For reads, and writes that need no record; every change with an audit entry goes through `transact`. */
  accountsRepository: AccountsRepository;
  /** Runs `work` in one transaction; its mail is enqueued only if the transaction commits. */
  transact: UnitOfWork<AccountsUnitOfWork>;
  accessTokens: AccessTokens;
  passwords: PasswordHashing;
  refreshTokenIdleDays: number;
  refreshTokenAbsoluteDays: number;
  /** The account's step bookmarks, for the personal-data export. */
  bookmarksOf: (userId: string) => Promise<Bookmark[]>;
  now?: () => Date;
}

type UserRow = NonNullable<Awaited<ReturnType<AccountsRepository['findUserById']>>>;

// Two refreshes racing with one token (two tabs, a retry) are told no without ending the session; a replay after
// this long is treated as theft (RFC 9700 §4.14.2) and ends the whole session.
const REUSE_GRACE_SECONDS = 10;
const DAY_MS = 86_400_000;

const BAD_CREDENTIALS = 'The email or password is wrong.';

// Failed logins per email address: after FREE_FAILURES, each further try waits twice as long as the one before
// (up to MAX_BACKOFF_SECONDS); after LOCK_AFTER_FAILURES in a row the address is locked until it is unlocked.
const FREE_FAILURES = 5;
const MAX_BACKOFF_SECONDS = 15 * 60;
export const LOCK_AFTER_FAILURES = 100;

export const backoffSeconds = (failures: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_BACKOFF_SECONDS);

const BAD_REFRESH = 'The refresh token is not valid. Log in again.';

export const toProfile = (user: UserRow): UserProfile => ({
  id: user.id,
  email: user.email,
  displayName: user.display_name,
  role: user.role,
  emailVerified: user.email_verified_at !== null,
  timeZone: user.time_zone,
  weeklyDigest: user.weekly_digest,
  createdAt: user.created_at.toISOString(),
});

export const createAccountsService = ({
  accountsRepository,
  transact,
  accessTokens,
  passwords: { hashPassword, verifyPassword, dummyPasswordHash },
  refreshTokenIdleDays,
  refreshTokenAbsoluteDays,
  bookmarksOf,
  now = () => new Date(),
}: AccountsServiceDeps) => {
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

  const { issueEmailToken, sendAddressConfirmation, ...mailLinkUseCases } = createMailLinks({
    accountsRepository,
    transact,
    passwords: { hashPassword },
    now,
  });

  const tokenPair = async (user: UserRow, familyId: string, refreshToken: string, refreshExpiresAt: Date) =>
    ({
      tokenType: 'Bearer',
      accessToken: await accessTokens.issue({ userId: user.id, role: user.role, sessionId: familyId }),
      expiresIn: accessTokens.ttlSeconds,
      refreshToken,
      refreshTokenExpiresAt: refreshExpiresAt.toISOString(),
      user: toProfile(user),
    }) satisfies TokenPair;

  const currentUser = async (userId: string) => {
    const user = await accountsRepository.findUserById(userId);
    if (user === undefined) throw new UnauthorizedError('This account no longer exists.');
    return user;
  };

  /** Re-authentication for sensitive changes: a wrong password is a field error, and it is audited. */
  const confirmPassword = async (user: UserRow, password: string, pointer: string, context: RequestActor) => {
    if (await verifyPassword(user.password_hash, password)) return;
    await transact((unit) => unit.auditRepository.record(selfAudit('auth.reauthentication_failed', user.id, context)));
    throw new ValidationError('The current password is wrong.', [
      { in: 'body', pointer, detail: 'is not your current password' },
    ]);
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

  return {
    ...mailLinkUseCases,

    /**
     * Creates an account. The answer is the same whether or not the email was already registered, so nobody can
     * learn who has an account here.
     */
    async register(body: RegisterBody, context: RequestActor): Promise<void> {
      refuseUnusablePassword(body.password, body.email, '/password');
      const email = body.email.trim();
      const displayName = body.displayName.trim();
      const passwordHash = await hashPassword(body.password);
      await transact(async (unit) => {
        const created = await unit.accountsRepository.insertUserUnlessEmailTaken({
          id: randomUUID(),
          email,
          displayName,
          passwordHash,
        });
        if (created === undefined) {
          // The owner of the address hears about it; the visitor learns nothing.
          const owner = await unit.accountsRepository.findUserByEmail(email);
          await unit.sendMail({ template: 'already-registered', to: owner?.email ?? email });
        } else {
          await sendAddressConfirmation(unit, { id: created.id, email, display_name: displayName });
        }
        await unit.auditRepository.record({
          action: created === undefined ? 'account.register_existing_email' : 'account.registered',
          subjectId: created?.id ?? null,
          ip: context.ip,
          userAgent: context.userAgent,
        });
      });
    },

    /**
     * Needs the current password. The new address must be confirmed from its own mailbox before it replaces the
     * old one, and the old address is told. The answer does not say whether the new address is taken.
     */
    async requestEmailChange(
      session: { userId: string },
      body: { newEmail: string; password: string },
      context: RequestActor,
    ): Promise<void> {
      const user = await currentUser(session.userId);
      await confirmPassword(user, body.password, '/password', context);
      const newEmail = body.newEmail.trim();
      await transact(async (unit) => {
        if (await unit.accountsRepository.findUserByEmail(newEmail)) {
          await unit.sendMail({ template: 'already-registered', to: newEmail });
        } else {
          const token = await issueEmailToken(unit, user.id, 'change-email', VERIFY_EMAIL_HOURS * 60, newEmail);
          await unit.sendMail({ template: 'confirm-new-email', to: newEmail, token });
        }
        await unit.sendMail({
          template: 'email-change-requested',
          to: user.email,
          displayName: user.display_name,
          newEmail,
        });
        await unit.auditRepository.record(selfAudit('account.email_change_requested', user.id, context));
      });
    },

    /**
     * Throttled per email address, the same way whether or not it has an account: back-off after repeated
     * failures, a lock after very many. Bad credentials look the same for an unknown email and a wrong password.
     */
    async login(body: LoginBody, context: RequestActor): Promise<TokenPair> {
      const key = emailKey(body.email);
      const throttle = await accountsRepository.findLoginThrottle(key);
      if (throttle?.lockedAt) {
        throw new LockedError('Too many failed logins: this account is locked. An admin can unlock it.');
      }
      const wait = backoffSeconds(throttle?.failures ?? 0) - (throttle?.secondsSinceLastFailure ?? 0);
      if (wait > 0) throw new TooManyRequestsError('Too many failed logins: wait before trying again.', wait);

      const user = await accountsRepository.findUserByEmail(body.email.trim());
      const valid = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), body.password);
      if (user === undefined || !valid) {
        // The failure is counted and audited together, and committed before the refusal is thrown.
        await transact(async (unit) => {
          const failures = await unit.accountsRepository.recordLoginFailure(key, LOCK_AFTER_FAILURES);
          if (failures.lockedAt !== null && failures.failures === LOCK_AFTER_FAILURES && user !== undefined) {
            await unit.auditRepository.record({ action: 'auth.account_locked', subjectId: user.id, ip: context.ip });
          }
          await unit.auditRepository.record({
            action: 'auth.login_failed',
            subjectId: user?.id ?? null,
            ip: context.ip,
            userAgent: context.userAgent,
            details: { reason: user === undefined ? 'unknown_email' : 'wrong_password' },
          });
        });
        throw new UnauthorizedError(BAD_CREDENTIALS);
      }
      if (user.disabled_at !== null) throw new ForbiddenError('This account is disabled.');
      // Hashed before the transaction opens, so no transaction waits on argon2.
      const rehashed = needsRehash(user.password_hash) ? await hashPassword(body.password) : undefined;
      // A login is all or nothing: the throttle cleared, the hash upgraded, the audit entry, the sessions it
      // replaces (over the limit per account) and the new session.
      const session = await transact(async (unit) => {
        if (throttle !== undefined) await unit.accountsRepository.clearLoginThrottle(key);
        if (rehashed !== undefined) await unit.accountsRepository.updatePasswordHash(user.id, rehashed);
        await unit.auditRepository.record(selfAudit('auth.login_succeeded', user.id, context));
        await makeRoomForOneMoreSession(unit, user.id, context);
        return openSession(unit.accountsRepository, user, context);
      });
      return tokenPair(user, session.familyId, session.token, session.expiresAt);
    },

    /** Trades a refresh token for a new pair; the old token is spent. */
    async refresh(refreshToken: string, context: RequestActor): Promise<TokenPair> {
      const tokenHash = hashOpaqueToken(refreshToken);
      const token = newOpaqueToken();
      const next = await accountsRepository.rotateRefreshToken(tokenHash, (session) =>
        refreshTokenRow(session, token, context),
      );
      if (next === undefined) {
        const spent = await accountsRepository.findRefreshToken(tokenHash);
        const replayed =
          spent !== undefined &&
          spent.revokedAt === null &&
          spent.rotatedAt !== null &&
          spent.secondsSinceRotation > REUSE_GRACE_SECONDS;
        if (replayed) {
          await transact(async (unit) => {
            await unit.accountsRepository.revokeFamily(spent.familyId);
            await unit.auditRepository.record({
              action: 'auth.refresh_token_reused',
              subjectId: spent.userId,
              ip: context.ip,
              userAgent: context.userAgent,
              details: { sessionId: spent.familyId },
            });
          });
        }
        throw new UnauthorizedError(BAD_REFRESH);
      }
      const user = await accountsRepository.findUserById(next.userId);
      if (user === undefined || user.disabled_at !== null) {
        await accountsRepository.revokeFamily(next.familyId);
        throw new UnauthorizedError(BAD_REFRESH);
      }
      return tokenPair(user, next.familyId, token, next.expiresAt);
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

    async getProfile(userId: string): Promise<UserProfile> {
      return toProfile(await currentUser(userId));
    },

    async updateProfile(
      userId: string,
      changes: { displayName?: string; timeZone?: string; weeklyDigest?: boolean },
    ): Promise<UserProfile> {
      const timeZone = changes.timeZone === undefined ? undefined : canonicalTimeZone(changes.timeZone);
      if (changes.timeZone !== undefined && timeZone === undefined) {
        throw new ValidationError(`"${changes.timeZone}" is not a time zone.`, [
          { in: 'body', pointer: '/timeZone', detail: 'is not an IANA time zone such as Europe/Berlin' },
        ]);
      }
      await accountsRepository.updateProfile(userId, {
        ...(changes.displayName === undefined ? {} : { displayName: changes.displayName.trim() }),
        ...(timeZone === undefined ? {} : { timeZone }),
        ...(changes.weeklyDigest === undefined ? {} : { weeklyDigest: changes.weeklyDigest }),
      });
      return toProfile(await currentUser(userId));
    },

    /**
     * Needs the current password; ends every session, personal token and mailed link, then starts a new session for
     * the device that asked. An address not yet confirmed gets a fresh confirmation link, since the old one ended.
     */
    async changePassword(
      session: { userId: string },
      body: { currentPassword: string; newPassword: string },
      context: RequestActor,
    ): Promise<TokenPair> {
      const user = await currentUser(session.userId);
      await confirmPassword(user, body.currentPassword, '/currentPassword', context);
      refuseUnusablePassword(body.newPassword, user.email, '/newPassword', 'new password');
      const newHash = await hashPassword(body.newPassword);
      const next = await transact(async (unit) => {
        await unit.accountsRepository.updatePasswordHash(user.id, newHash);
        const ended = await endEveryCredential(unit, user.id);
        if (user.email_verified_at === null) await sendAddressConfirmation(unit, user);
        await unit.sendMail({ template: 'password-changed', to: user.email, displayName: user.display_name, ended });
        await unit.auditRepository.record(selfAudit('account.password_changed', user.id, context, { ended }));
        return openSession(unit.accountsRepository, user, context);
      });
      return tokenPair(user, next.familyId, next.token, next.expiresAt);
    },

    /** Needs the current password. Personal data goes; the audit log keeps anonymous entries. */
    async deleteAccount(session: { userId: string }, password: string, context: RequestActor): Promise<void> {
      const user = await currentUser(session.userId);
      await confirmPassword(user, password, '/password', context);
      await transact(async (unit) => {
        await unit.accountsRepository.deleteUser(user.id);
        await unit.auditRepository.record({ action: 'account.deleted', subjectId: user.id });
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

    exportPersonalData: createPersonalDataExport({ accountsRepository, listSessions, bookmarksOf, toProfile, now }),

    currentRole: (session: { sessionId: string; userId: string }) =>
      accountsRepository.roleInActiveSession(session.sessionId, session.userId),
  };
};

export type AccountsService = ReturnType<typeof createAccountsService>;
