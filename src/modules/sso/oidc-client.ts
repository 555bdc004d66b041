// The OpenID Connect side of single sign-on, through openid-client (a certified relying party): discovery, the
// authorization URL with PKCE, state and nonce, and the code exchange with every ID-token check (issuer, audience,
// nonce, expiry and, with non-repudiation checks on, the signature against the provider's keys). Waymark's own rules
// about the person (domains, verified address, accounts) are the service's, not this file's.
import * as client from 'openid-client';
import type { SsoProviderConfig } from '../../config/sso-options.ts';
import { ServiceUnavailableError, UnauthorizedError } from '../../lib/errors.ts';
import { ssoRefusal } from './sso-failures.ts';

/** What a login at the provider says about the person: the ID token's claims, with the UserInfo claims added. */
export type SsoClaims = Record<string, unknown> & { sub: string };

/** What one authorization request needs to be checked when the browser comes back. */
export interface PendingAuthorization {
  state: string;
  nonce: string;
  codeVerifier: string;
}

const SCOPE = 'openid email profile';
const DISCOVERY_TIMEOUT_SECONDS = 10;

/** The most precise reason openid-client gives: its errors wrap the check that failed as their cause. */
const reasonOf = (error: Error): string => (error.cause instanceof Error ? reasonOf(error.cause) : error.message);

/** Errors of openid-client that mean "the provider's answer does not prove a login", not "Waymark is broken". */
const isRejectedAnswer = (error: unknown) =>
  error instanceof client.ClientError ||
  error instanceof client.ResponseBodyError ||
  error instanceof client.AuthorizationResponseError ||
  error instanceof client.WWWAuthenticateChallengeError;

export const createOidcClient = (provider: SsoProviderConfig, redirectUri: string) => {
  let discovered: Promise<client.Configuration> | undefined;

  /** The provider's metadata, fetched once; a failed fetch is tried again by the next login. */
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        // Plain HTTP only for issuers configured so, which config.ts refuses in production.
        execute: [
          client.enableNonRepudiationChecks,
          ...(provider.issuer.startsWith('http:') ? [client.allowInsecureRequests] : []),
        ],
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw ssoRefusal(
          new ServiceUnavailableError(
            `${provider.displayName} cannot be reached right now (${String(error)}); try again in a minute.`,
            60,
          ),
          'unavailable',
        );
      });
    return discovered;
  };

  return {
    /**
     * Where to send the browser, and what to keep until it comes back. `freshLoginSeconds` asks the provider to log
     * the person in again (prompt=login) and to say when (max_age makes auth_time part of the ID token).
     */
    async authorizationRequest(freshLoginSeconds?: number): Promise<{ url: URL; pending: PendingAuthorization }> {
      const config = await configuration();
      const pending = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: SCOPE,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
        ...(freshLoginSeconds === undefined ? {} : { prompt: 'login', max_age: String(freshLoginSeconds) }),
      });
      return { url, pending };
    },

    /**
     * Trades the code in the callback URL for tokens and returns the person's claims; any failed check is a 401 that
     * says which, and nothing has been written.
     */
    async claimsFromCallback(callbackUrl: URL, pending: PendingAuthorization): Promise<SsoClaims> {
      const config = await configuration();
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        const userInfo =
          config.serverMetadata().userinfo_endpoint === undefined
            ? {}
            : await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        return { ...userInfo, ...idClaims };
      } catch (error) {
        if (!isRejectedAnswer(error)) throw error;
        throw ssoRefusal(
          new UnauthorizedError(
            `The answer from ${provider.displayName} did not prove a login: ${reasonOf(error)}. Log in again.`,
          ),
          'rejected',
        );
      }
    },
  };
};

export type OidcClient = ReturnType<typeof createOidcClient>;
