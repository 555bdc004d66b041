// Why a provider login failed, as a short code: a browser that comes back from the provider is sent to the web app's
// login page with it (/login?sso-error=<code>), which says in words what happened and what to do; a script that asks
// for JSON still gets the problem document.
import type { AppError } from '../../lib/errors.ts';

export const SSO_FAILURES = [
  'not-started', // no flow cookie: another browser, or more than 10 minutes
  'rejected', // the provider's answer failed a check: tampered, expired, or refused at the provider
  'no-address',
  'unverified-address',
  'domain-not-allowed',
  'account-disabled',
  'linked-elsewhere',
  'try-again', // an account with the address was made meanwhile
  'unavailable', // the provider cannot be reached
  'stale-login', // a confirmation whose provider login was not fresh (auth_time)
  'not-your-login', // a confirmation by a provider login that is not linked to the account
] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

/** The error, marked with the failure a browser is told about. */
export const ssoRefusal = <E extends AppError>(error: E, failure: SsoFailure): E & { ssoFailure: SsoFailure } =>
  Object.assign(error, { ssoFailure: failure });

export const ssoFailureOf = (error: unknown): SsoFailure | undefined =>
  typeof error === 'object' && error !== null && 'ssoFailure' in error ? (error.ssoFailure as SsoFailure) : undefined;
