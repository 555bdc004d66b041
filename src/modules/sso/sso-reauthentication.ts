// Confirming a change with a fresh login at the provider (decision 0045), for accounts that no password opens: the
// provider is asked to log the person in again (prompt=login, max_age), the ID token must say the login happened just
// now (auth_time) and be the provider login linked to the account, and the answer is a proof bound to the account and
// the one change, spendable once within minutes (accounts/reauthentication.ts spends it).
import type { SsoProviderConfig } from '../../config/sso-options.ts';
import { ForbiddenError, UnauthorizedError } from '../../lib/errors.ts';
import type { RequestActor } from '../audit/actor.ts';
import type { ReauthOperation } from '../accounts/reauth-proofs.repository.ts';
import { selfAudit } from '../accounts/accounts.shared.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/tokens.ts';
import { ssoRefusal } from './sso-failures.ts';
import type { SsoPerson } from './sso-claims.ts';
import type { SsoUnitOfWork } from './sso.service.ts';

/** How long ago the login at the provider may have been: the provider is asked for one newer than this. */
export const FRESH_LOGIN_SECONDS = 300;
/** How long the proof can be spent. */
export const REAUTH_PROOF_MINUTES = 10;
/** Clocks of Waymark and the provider may disagree by this much. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** Refuses an answer whose login at the provider is not fresh: a session kept there is not the person now. */
export const refuseStaleLogin = (provider: SsoProviderConfig, person: SsoPerson, now: Date) => {
  const authTime = person.claims.auth_time;
  const ageSeconds = typeof authTime === 'number' ? now.getTime() / 1000 - authTime : Infinity;
  if (ageSeconds > FRESH_LOGIN_SECONDS + CLOCK_TOLERANCE_SECONDS) {
    throw ssoRefusal(
      new UnauthorizedError(
        `${provider.displayName} did not log you in again just now, so this cannot confirm the change: try again.`,
      ),
      'stale-login',
    );
  }
};

/** Refuses a provider login that does not open this account: only its own linked logins can confirm for it. */
export const refuseForeignLogin = (
  provider: SsoProviderConfig,
  identity: { userId: string; linkedAt: Date | null } | undefined,
  userId: string,
) => {
  if (identity?.linkedAt == null || identity.userId !== userId) {
    throw ssoRefusal(
      new ForbiddenError(
        `That ${provider.displayName} login is not linked to your account: log in there as yourself and try again.`,
      ),
      'not-your-login',
    );
  }
};

/** Stores a new proof for the account and the change, with its audit entry; the proof to give the browser. */
export const issueReauthProof = async (
  unit: SsoUnitOfWork,
  confirmed: { userId: string; provider: string; operation: ReauthOperation },
  now: Date,
  context: RequestActor,
) => {
  const proof = newOpaqueToken();
  await unit.accountsRepository.insertReauthProof({
    ...confirmed,
    tokenHash: hashOpaqueToken(proof),
    expiresAt: new Date(now.getTime() + REAUTH_PROOF_MINUTES * 60_000),
  });
  await unit.auditRepository.record(
    selfAudit('auth.reauthenticated', confirmed.userId, context, {
      method: 'sso',
      provider: confirmed.provider,
      operation: confirmed.operation,
    }),
  );
  return proof;
};
