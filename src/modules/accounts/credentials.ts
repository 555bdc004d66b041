// Ending every credential of an account at once: what a password reset, a password change and the first
// confirmation of a sign-up address do, so that nobody who held the account before keeps a way in (issue 12).
import type { PersonalTokensRepository } from '../personal-tokens/personal-tokens.repository.ts';
import type { AccountsRepository } from './accounts.repository.ts';

/** What was ended, as counts: for the mail that tells the owner, and for the audit entry. */
export interface EndedCredentials {
  /** Login sessions signed out. */
  sessions: number;
  /** Personal access tokens revoked. */
  personalTokens: number;
  /** Pending changes of the email address cancelled (their confirmation links stop working). */
  emailChanges: number;
  /**
   * Unused links from earlier mails, to confirm the address, reset the password or link a provider login, that stop
   * working.
   */
  mailLinks: number;
}

/** Runs inside the caller's transaction, so the change and the ending commit together or not at all. */
export const endEveryCredential = async (
  repositories: {
    accountsRepository: Pick<AccountsRepository, 'revokeAllSessions' | 'retireEmailTokens' | 'retirePendingSsoLinks'>;
    personalTokensRepository: Pick<PersonalTokensRepository, 'revokeAllOf'>;
  },
  userId: string,
): Promise<EndedCredentials> => {
  const sessions = await repositories.accountsRepository.revokeAllSessions(userId);
  const personalTokens = await repositories.personalTokensRepository.revokeAllOf(userId);
  const links = await repositories.accountsRepository.retireEmailTokens(userId, [
    'verify-email',
    'reset-password',
    'change-email',
  ]);
  const ssoLinks = await repositories.accountsRepository.retirePendingSsoLinks(userId);
  return {
    sessions,
    personalTokens,
    emailChanges: links['change-email'],
    mailLinks: links['verify-email'] + links['reset-password'] + ssoLinks,
  };
};
