// Asking again who is there before a change that cannot be undone or moves the account (deleting it, changing its
// address): the current password where a password opens the account, or else the proof of a fresh login at one of
// its providers (POST /v1/me/sso/{provider}/reauthenticate, decision 0045), spent in the change's own transaction.
import type { UnitOfWork } from '../../infra/unit-of-work.ts';
import { ValidationError } from '../../lib/errors.ts';
import type { RequestActor } from '../audit/actor.ts';
import type { PasswordHashing } from '../auth/passwords.ts';
import { hashOpaqueToken } from '../auth/tokens.ts';
import type { AccountsUnitOfWork } from './accounts.service.ts';
import { selfAudit, type UserRow } from './accounts.shared.ts';
import type { ReauthOperation } from './reauth-proofs.repository.ts';

/** What the caller sent to confirm: one of the two. */
export interface Confirmation {
  password?: string | undefined;
  reauthProof?: string | undefined;
}

/** Spends what confirmed the change, inside the change's transaction (a proof), or nothing (a password). */
export type SpendConfirmation = (unit: AccountsUnitOfWork) => Promise<void>;

const fieldError = (message: string, pointer: string, detail: string) =>
  new ValidationError(message, [{ in: 'body', pointer, detail }]);

export const createReauthentication = ({
  verifyPassword,
  transact,
  localPasswords,
}: {
  verifyPassword: PasswordHashing['verifyPassword'];
  transact: UnitOfWork<AccountsUnitOfWork>;
  localPasswords: boolean;
}) => {
  /** A password opens this account: passwords work here and it has one. */
  const passwordCounts = (user: UserRow) => localPasswords && user.passwordHash !== null;

  const checkPassword = async (user: UserRow, password: string, pointer: string, context: RequestActor) => {
    if (user.passwordHash !== null && (await verifyPassword(user.passwordHash, password))) return;
    await transact((unit) => unit.auditRepository.record(selfAudit('auth.reauthentication_failed', user.id, context)));
    throw fieldError('The current password is wrong.', pointer, 'is not your current password');
  };

  return {
    passwordCounts,

    /** The current password, checked; a wrong one is a field error, and it is audited. */
    checkPassword,

    /**
     * Checks the password now, or returns how to spend the proof in the change's transaction; a missing, wrong,
     * used or foreign confirmation is a field error and nothing changes.
     */
    async confirm(
      user: UserRow,
      given: Confirmation,
      operation: ReauthOperation,
      context: RequestActor,
    ): Promise<SpendConfirmation> {
      const proof = given.reauthProof;
      if (proof !== undefined) {
        return async (unit) => {
          const spent = await unit.accountsRepository.spendReauthProof(user.id, operation, hashOpaqueToken(proof));
          if (spent === undefined) {
            throw fieldError(
              'This confirmation is not valid any more: it was used, it expired, or it is for another account or ' +
                'change. Confirm with your organisation login again.',
              '/reauthProof',
              'is not a live confirmation of this account for this change',
            );
          }
        };
      }
      if (!passwordCounts(user)) {
        throw fieldError(
          'A password does not open this account: confirm with your organisation login instead.',
          given.password === undefined ? '/reauthProof' : '/password',
          'confirm with POST /v1/me/sso/{provider}/reauthenticate, then send its proof as reauthProof',
        );
      }
      if (given.password === undefined) {
        throw fieldError('Confirm with your current password.', '/password', 'is required');
      }
      await checkPassword(user, given.password, '/password', context);
      return async () => {};
    },
  };
};
