// The account use cases: sign-up, login with its throttling, changing the address, the profile and the password,
// the export and deletion. Mailed links (mail-links.ts) and sessions (sessions.service.ts) are composed in, so
// callers see one service.
import { randomUUID } from 'node:crypto';
import {
  ForbiddenError,
  LockedError,
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
import type { AccessTokens } from '../auth/tokens.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { LoginBody, RegisterBody, TokenPair, UserProfile } from './accounts.schemas.ts';
import { emailKey, refuseUnusablePassword, selfAudit, toProfile } from './accounts.shared.ts';
import type { RequestActor } from '../audit/actor.ts';
import { createPersonalDataExport } from './personal-data-export.ts';
import { makeRoomForOneMoreSession } from './session-limit.ts';
import { createSessionsService } from './sessions.service.ts';
import { endEveryCredential } from './credentials.ts';
import { createMailLinks, VERIFY_EMAIL_HOURS } from './mail-links.ts';
import { createReauthentication, type Confirmation } from './reauthentication.ts';
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
  /** LOCAL_PASSWORDS: false, and signing up, logging in and setting a password are refused (single sign-on only). */
  localPasswords: boolean;
  now?: () => Date;
}

const BAD_CREDENTIALS = 'The email or password is wrong.';

const refuseWhenPasswordsOff = (localPasswords: boolean) => {
  if (!localPasswords) {
    throw new ForbiddenError('Passwords are turned off here: log in with one of the single sign-on providers.');
  }
};

// Failed logins per email address: after FREE_FAILURES, each further try waits twice as long as the one before
// (up to MAX_BACKOFF_SECONDS); after LOCK_AFTER_FAILURES in a row the address is locked until it is unlocked.
const FREE_FAILURES = 5;
const MAX_BACKOFF_SECONDS = 15 * 60;
const LOCK_AFTER_FAILURES = 100;

const backoffSeconds = (failures: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_BACKOFF_SECONDS);

export const createAccountsService = ({
  accountsRepository,
  transact,
  accessTokens,
  passwords: { hashPassword, verifyPassword, dummyPasswordHash },
  refreshTokenIdleDays,
  refreshTokenAbsoluteDays,
  bookmarksOf,
  localPasswords,
  now = () => new Date(),
}: AccountsServiceDeps) => {
  const mailLinks = createMailLinks({
    accountsRepository,
    transact,
    passwords: { hashPassword },
    now,
  });
  const { issueEmailToken, sendAddressConfirmation, ...mailLinkUseCases } = mailLinks;

  const currentUser = async (userId: string) => {
    const user = await accountsRepository.findUserById(userId);
    if (user === undefined) throw new UnauthorizedError('This account no longer exists.');
    return user;
  };

  const reauthentication = createReauthentication({ verifyPassword, transact, localPasswords });

  const { openSession, tokenPair, ...sessionUseCases } = createSessionsService({
    accountsRepository,
    transact,
    accessTokens,
    refreshTokenIdleDays,
    refreshTokenAbsoluteDays,
    now,
  });

  return {
    ...mailLinkUseCases,
    ...sessionUseCases,

    async forgotPassword(email: string, context: RequestActor): Promise<void> {
      refuseWhenPasswordsOff(localPasswords);
      await mailLinks.forgotPassword(email, context);
    },

    async resetPassword(body: { token: string; newPassword: string }, context: RequestActor): Promise<void> {
      refuseWhenPasswordsOff(localPasswords);
      await mailLinks.resetPassword(body, context);
    },

    /**
     * Creates an account. The answer is the same whether or not the email was already registered, so nobody can
     * learn who has an account here.
     */
    async register(body: RegisterBody, context: RequestActor): Promise<void> {
      refuseWhenPasswordsOff(localPasswords);
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
          await sendAddressConfirmation(unit, { id: created.id, email, displayName });
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
     * Needs the current password, or a fresh provider login's proof. The new address must be confirmed from its own
     * mailbox before it replaces the old one, and the old address is told. The answer does not say whether the new
     * address is taken.
     */
    async requestEmailChange(
      session: { userId: string },
      body: { newEmail: string } & Confirmation,
      context: RequestActor,
    ): Promise<void> {
      const user = await currentUser(session.userId);
      const spendConfirmation = await reauthentication.confirm(user, body, 'change-email', context);
      const newEmail = body.newEmail.trim();
      await transact(async (unit) => {
        await spendConfirmation(unit);
        if (await unit.accountsRepository.findUserByEmail(newEmail)) {
          await unit.sendMail({ template: 'already-registered', to: newEmail });
        } else {
          const token = await issueEmailToken(unit, user.id, 'change-email', VERIFY_EMAIL_HOURS * 60, newEmail);
          await unit.sendMail({ template: 'confirm-new-email', to: newEmail, token });
        }
        await unit.sendMail({
          template: 'email-change-requested',
          to: user.email,
          displayName: user.displayName,
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
      refuseWhenPasswordsOff(localPasswords);
      const key = emailKey(body.email);
      const throttle = await accountsRepository.findLoginThrottle(key);
      if (throttle?.lockedAt) {
        throw new LockedError('Too many failed logins: this account is locked. An admin can unlock it.');
      }
      const wait = backoffSeconds(throttle?.failures ?? 0) - (throttle?.secondsSinceLastFailure ?? 0);
      if (wait > 0) throw new TooManyRequestsError('Too many failed logins: wait before trying again.', wait);

      const user = await accountsRepository.findUserByEmail(body.email.trim());
      // An account without a password is checked against the dummy hash too, so its answer takes as long.
      const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), body.password);
      if (user === undefined || user.passwordHash === null || !valid) {
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
            details: {
              reason:
                user === undefined ? 'unknown_email' : user.passwordHash === null ? 'no_password' : 'wrong_password',
            },
          });
        });
        throw new UnauthorizedError(BAD_CREDENTIALS);
      }
      if (user.disabledAt !== null) throw new ForbiddenError('This account is disabled.');
      // Hashed before the transaction opens, so no transaction waits on argon2.
      const rehashed = needsRehash(user.passwordHash) ? await hashPassword(body.password) : undefined;
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

    async getProfile(userId: string): Promise<UserProfile> {
      return toProfile(await currentUser(userId));
    },

    /** The entry names the fields that changed, not their values: entries outlive a deleted account. */
    async updateProfile(
      userId: string,
      changes: { displayName?: string; timeZone?: string; weeklyDigest?: boolean },
      context: RequestActor,
    ): Promise<UserProfile> {
      const timeZone = changes.timeZone === undefined ? undefined : canonicalTimeZone(changes.timeZone);
      if (changes.timeZone !== undefined && timeZone === undefined) {
        throw new ValidationError(`"${changes.timeZone}" is not a time zone.`, [
          { in: 'body', pointer: '/timeZone', detail: 'is not an IANA time zone such as Europe/Berlin' },
        ]);
      }
      const changed = {
        ...(changes.displayName === undefined ? {} : { displayName: changes.displayName.trim() }),
        ...(timeZone === undefined ? {} : { timeZone }),
        ...(changes.weeklyDigest === undefined ? {} : { weeklyDigest: changes.weeklyDigest }),
      };
      await transact(async (unit) => {
        await unit.accountsRepository.updateProfile(userId, changed);
        await unit.auditRepository.record(
          selfAudit('account.profile_updated', userId, context, { fields: Object.keys(changed) }),
        );
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
      refuseWhenPasswordsOff(localPasswords);
      const user = await currentUser(session.userId);
      await reauthentication.checkPassword(user, body.currentPassword, '/currentPassword', context);
      refuseUnusablePassword(body.newPassword, user.email, '/newPassword', 'new password');
      const newHash = await hashPassword(body.newPassword);
      const next = await transact(async (unit) => {
        await unit.accountsRepository.updatePasswordHash(user.id, newHash);
        const ended = await endEveryCredential(unit, user.id);
        if (user.emailVerifiedAt === null) await sendAddressConfirmation(unit, user);
        await unit.sendMail({ template: 'password-changed', to: user.email, displayName: user.displayName, ended });
        await unit.auditRepository.record(selfAudit('account.password_changed', user.id, context, { ended }));
        return openSession(unit.accountsRepository, user, context);
      });
      return tokenPair(user, next.familyId, next.token, next.expiresAt);
    },

    /**
     * Needs the current password, or a fresh provider login's proof. Personal data goes; the audit log keeps
     * anonymous entries.
     */
    async deleteAccount(session: { userId: string }, confirmation: Confirmation, context: RequestActor): Promise<void> {
      const user = await currentUser(session.userId);
      const spendConfirmation = await reauthentication.confirm(user, confirmation, 'delete-account', context);
      await transact(async (unit) => {
        await spendConfirmation(unit);
        await unit.accountsRepository.deleteUser(user.id);
        await unit.auditRepository.record({ action: 'account.deleted', subjectId: user.id });
      });
    },

    exportPersonalData: createPersonalDataExport({
      accountsRepository,
      listSessions: sessionUseCases.listSessions,
      bookmarksOf,
      toProfile,
      now,
    }),
  };
};

export type AccountsService = ReturnType<typeof createAccountsService>;
