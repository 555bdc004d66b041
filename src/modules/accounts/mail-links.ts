// The use cases behind the links Waymark mails: confirming an address (the one signed up with, or a new one) and
// resetting a forgotten password. Each link is single-use; only its hash is stored.
import { randomUUID } from 'node:crypto';
import type { EmailTokenPurpose } from '../../lib/enums.ts';
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { ConflictError, ValidationError } from '../../lib/errors.ts';
import type { PasswordHashing } from '../auth/passwords.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/tokens.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import type { AccountsUnitOfWork } from './accounts.service.ts';
import { emailKey, refuseUnusablePassword, selfAudit } from './accounts.shared.ts';
import type { RequestActor } from '../audit/actor.ts';
import { endEveryCredential } from './credentials.ts';

export const VERIFY_EMAIL_HOURS = 24;
const RESET_PASSWORD_MINUTES = 30;
/** Reset mails per account per hour; more requests are answered the same way and send nothing. */
const RESET_MAILS_PER_HOUR = 3;

const badLink = (pointer = '/token') =>
  new ValidationError('This link is not valid any more: it was used, it expired, or it was never sent.', [
    { in: 'body', pointer, detail: 'is not a valid or current token' },
  ]);

export interface MailLinksDeps {
  accountsRepository: Pick<AccountsRepository, 'findLiveEmailToken' | 'findUserById'>;
  transact: UnitOfWork<AccountsUnitOfWork>;
  passwords: Pick<PasswordHashing, 'hashPassword'>;
  now: () => Date;
}

export const createMailLinks = ({ accountsRepository, transact, passwords, now }: MailLinksDeps) => {
  /** A single-use token for a mail link; only its hash is stored. */
  const issueEmailToken = async (
    unit: AccountsUnitOfWork,
    userId: string,
    purpose: EmailTokenPurpose,
    validMinutes: number,
    newEmail?: string,
  ) => {
    const token = newOpaqueToken();
    await unit.accountsRepository.insertEmailToken({
      id: randomUUID(),
      userId,
      purpose,
      tokenHash: hashOpaqueToken(token),
      expiresAt: new Date(now().getTime() + validMinutes * 60_000),
      ...(newEmail === undefined ? {} : { newEmail }),
    });
    return token;
  };

  /** The mail with the link that confirms the address an account signed up with. */
  const sendAddressConfirmation = async (
    unit: AccountsUnitOfWork,
    user: { id: string; email: string; displayName: string },
  ) => {
    const token = await issueEmailToken(unit, user.id, 'verify-email', VERIFY_EMAIL_HOURS * 60);
    await unit.sendMail({ template: 'verify-email', to: user.email, token });
  };

  return {
    issueEmailToken,
    sendAddressConfirmation,

    /**
     * Confirms an address: the one signed up with, or a new one asked for with POST /v1/me/email. The first
     * confirmation of a sign-up address ends every session, token and link the account had: until then anyone could
     * have signed up with the address, and that person must not keep a way in once its owner takes it (then the
     * owner logs in again).
     */
    async verifyEmail(token: string, context: RequestActor): Promise<void> {
      await transact(async (unit) => {
        const used = await unit.accountsRepository.consumeEmailToken(hashOpaqueToken(token), [
          'verify-email',
          'change-email',
        ]);
        if (used === undefined) throw badLink();
        if (used.purpose === 'verify-email') {
          const user = (await unit.accountsRepository.findUserById(used.userId))!;
          const ended = user.emailVerifiedAt === null ? await endEveryCredential(unit, user.id) : undefined;
          await unit.accountsRepository.markEmailVerified(user.id);
          await unit.auditRepository.record(
            selfAudit('account.email_verified', user.id, context, ended === undefined ? undefined : { ended }),
          );
          return;
        }
        if (!(await unit.accountsRepository.changeEmail(used.userId, used.newEmail!))) {
          throw new ConflictError('Another account uses this address now.');
        }
        // Links mailed to the old address (a reset, say) must not work once the address has moved.
        await unit.accountsRepository.retireEmailTokens(used.userId, [
          'change-email',
          'reset-password',
          'verify-email',
        ]);
        await unit.auditRepository.record(selfAudit('account.email_changed', used.userId, context));
      });
    },

    /** Always the same answer; a reset mail goes out only for an enabled account, a few per hour at most. */
    async forgotPassword(email: string, context: RequestActor): Promise<void> {
      await transact(async (unit) => {
        const user = await unit.accountsRepository.findUserByEmail(email.trim());
        if (user === undefined || user.disabledAt !== null) return;
        const recent = await unit.accountsRepository.countRecentEmailTokens(user.id, 'reset-password', 60);
        if (recent >= RESET_MAILS_PER_HOUR) return;
        const token = await issueEmailToken(unit, user.id, 'reset-password', RESET_PASSWORD_MINUTES);
        await unit.sendMail({ template: 'reset-password', to: user.email, displayName: user.displayName, token });
        await unit.auditRepository.record({
          action: 'auth.password_reset_requested',
          subjectId: user.id,
          ip: context.ip,
          userAgent: context.userAgent,
        });
      });
    },

    /**
     * Sets a new password from a reset link. Ends every session, personal token and mailed link, proves the address
     * (so it is verified), and lifts a lock left by failed logins: this is the email unlock. The link and the new
     * password are checked before the password is hashed, so a bad link costs a lookup, not argon2 work.
     */
    async resetPassword(body: { token: string; newPassword: string }, context: RequestActor): Promise<void> {
      const tokenHash = hashOpaqueToken(body.token);
      const link = await accountsRepository.findLiveEmailToken(tokenHash, ['reset-password']);
      if (link === undefined) throw badLink();
      const user = await accountsRepository.findUserById(link.userId);
      if (user === undefined) throw badLink();
      refuseUnusablePassword(body.newPassword, user.email, '/newPassword', 'new password');
      const newHash = await passwords.hashPassword(body.newPassword);
      await transact(async (unit) => {
        // Spent only now, with the change: of two uses racing, one wins, and a refused password spends nothing.
        if ((await unit.accountsRepository.consumeEmailToken(tokenHash, ['reset-password'])) === undefined) {
          throw badLink();
        }
        await unit.accountsRepository.updatePasswordHash(user.id, newHash);
        const ended = await endEveryCredential(unit, user.id);
        await unit.accountsRepository.markEmailVerified(user.id);
        await unit.accountsRepository.clearLoginThrottle(emailKey(user.email));
        await unit.sendMail({ template: 'password-changed', to: user.email, displayName: user.displayName, ended });
        await unit.auditRepository.record(selfAudit('account.password_reset', user.id, context, { ended }));
      });
    },
  };
};
