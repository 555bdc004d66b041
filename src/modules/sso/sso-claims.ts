// What Waymark reads from a provider's claims about a person: who they are (the subject), their address — which must
// be verified and in one of the provider's allowed domains — a name to show, and the role their claims map to.
import type { SsoProviderConfig } from '../../config/sso-options.ts';
import { ROLES, type Role } from '../../lib/enums.ts';
import { ForbiddenError } from '../../lib/errors.ts';
import type { SsoClaims } from './oidc-client.ts';
import { ssoRefusal } from './sso-failures.ts';

export interface SsoPerson {
  provider: string;
  subject: string;
  email: string;
  displayName: string;
  claims: SsoClaims;
}

const MAX_DISPLAY_NAME = 80; // as a display name chosen at sign-up

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The person the claims describe; a 403 when their address is missing, unverified or outside the allowed domains. */
export const personFromClaims = (provider: SsoProviderConfig, claims: SsoClaims): SsoPerson => {
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
    throw ssoRefusal(
      new ForbiddenError(`${provider.displayName} did not give an email address; Waymark needs one to log you in.`),
      'no-address',
    );
  }
  // Only `true` counts: a provider that does not say has not vouched for the address.
  if (claims.email_verified !== true) {
    throw ssoRefusal(
      new ForbiddenError(
        `${provider.displayName} has not verified the address ${email}: verify it there, then log in again.`,
      ),
      'unverified-address',
    );
  }
  if (provider.allowedDomains.length > 0 && !provider.allowedDomains.includes(domainOf(email))) {
    throw ssoRefusal(
      new ForbiddenError(
        `Addresses at ${domainOf(email)} may not log in with ${provider.displayName} here; ask the people who run ` +
          'this site.',
      ),
      'domain-not-allowed',
    );
  }
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return {
    provider: provider.id,
    subject: claims.sub,
    email,
    displayName: (name === '' ? email.slice(0, email.indexOf('@')) : name).slice(0, MAX_DISPLAY_NAME),
    claims,
  };
};

/** The highest role any value of the provider's role claim maps to; learner when none does. */
export const roleFromClaims = (provider: SsoProviderConfig, claims: SsoClaims): Role => {
  if (provider.roleClaim === undefined) return 'learner';
  const raw = claims[provider.roleClaim];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string');
  const rank = (role: Role) => ROLES.indexOf(role);
  return values.reduce<Role>((best, value) => {
    const mapped = Object.hasOwn(provider.roles, value) ? provider.roles[value]! : 'learner';
    return rank(mapped) > rank(best) ? mapped : best;
  }, 'learner');
};
