// How many login sessions one account may hold at once, so that the sessions list and the work of reading it stay
// bounded (issue 12). Nobody is refused a login for it: the new session takes the place of the one used longest ago.
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import { selfAudit } from './accounts.shared.ts';
import type { RequestActor } from '../audit/actor.ts';

/** Live login sessions (signed-in devices) per account. */
export const MAX_LIVE_SESSIONS = 100;

/**
 * Ends the account's least recently used sessions so that one more fits, each audited as a signed-out device.
 * Runs inside the login's transaction, so the new session and the ones it replaces commit together.
 */
export const makeRoomForOneMoreSession = async (
  unit: {
    accountsRepository: Pick<AccountsRepository, 'endLeastRecentlyUsedSessions'>;
    auditRepository: Pick<AuditRepository, 'record'>;
  },
  userId: string,
  context: RequestActor,
) => {
  const ended = await unit.accountsRepository.endLeastRecentlyUsedSessions(userId, MAX_LIVE_SESSIONS - 1);
  for (const sessionId of ended) {
    await unit.auditRepository.record(
      selfAudit('auth.session_revoked', userId, context, { sessionId, reason: 'session_limit' }),
    );
  }
};
