// Single sign-on as a browser goes through it, for the integration tests: Waymark's start (or link) answer, the
// provider's redirects (a real oidc-provider, test/support/oidc-provider.ts), then Waymark's callback with the flow
// cookie the start set.
import type { LightMyRequestResponse } from 'fastify';
import type { SsoProviderConfig } from '../../src/config/sso-options.ts';
import type { TestApp } from './harness.ts';
import { followProviderRedirects, startOidcProvider, TEST_CLIENT, type TestOidcProvider } from './oidc-provider.ts';
import { TEST_ENV } from './config.ts';

export const PROVIDER_ID = 'corp';
const callbackPath = `/v1/auth/sso/${PROVIDER_ID}/callback`;

/** A provider that Waymark's test app (PUBLIC_URL from TEST_ENV) may send people to. */
export const startTestProvider = () => startOidcProvider({ redirectUris: [`${TEST_ENV.PUBLIC_URL}${callbackPath}`] });

/** SSO_PROVIDERS for the test app: people at corp.example; the waymark-editors group edits. */
export const providerConfig = (
  op: TestOidcProvider,
  overrides: Partial<SsoProviderConfig> = {},
): SsoProviderConfig => ({
  id: PROVIDER_ID,
  displayName: 'Corp Login',
  issuer: op.issuer,
  clientId: TEST_CLIENT.clientId,
  clientSecret: TEST_CLIENT.clientSecret,
  allowedDomains: ['corp.example'],
  roleClaim: 'groups',
  roles: { 'waymark-editors': 'editor' },
  ownsRoles: false,
  ...overrides,
});

const flowCookieOf = (response: LightMyRequestResponse) => {
  const cookie = response.cookies.find((one) => one.name === '__Host-waymark_sso');
  if (cookie === undefined) throw new Error(`the start answered ${response.statusCode} without the flow cookie`);
  return `${cookie.name}=${cookie.value}`;
};

/**
 * Comes back to Waymark's callback from `authorizationUrl`, with the flow cookie (or none: another browser), asking
 * for a page as a browser does when `accept` says so.
 */
const returnToWaymark = async (
  t: TestApp,
  authorizationUrl: string,
  flowCookie: string | undefined,
  accept?: string,
) => {
  const back = new URL(await followProviderRedirects(authorizationUrl, `${TEST_ENV.PUBLIC_URL}${callbackPath}`));
  return t.app.inject({
    method: 'GET',
    url: `${back.pathname}${back.search}`,
    headers: {
      ...(flowCookie === undefined ? {} : { cookie: flowCookie }),
      ...(accept === undefined ? {} : { accept }),
    },
  });
};

/** A login with the provider, as whoever `signInAs` named there; the answer of Waymark's callback. */
export const ssoLogin = async (
  t: TestApp,
  options: { next?: string; withoutFlowCookie?: boolean; accept?: string } = {},
): Promise<LightMyRequestResponse> => {
  const query = options.next === undefined ? '' : `?next=${encodeURIComponent(options.next)}`;
  const start = await t.app.inject({ method: 'GET', url: `/v1/auth/sso/${PROVIDER_ID}/start${query}` });
  if (start.statusCode !== 302) throw new Error(`the start answered ${start.statusCode}: ${start.body}`);
  const flowCookie = options.withoutFlowCookie ? undefined : flowCookieOf(start);
  return returnToWaymark(t, start.headers.location!, flowCookie, options.accept);
};

/** Linking the provider login to the account of `accessToken`; the answer of Waymark's callback. */
export const ssoLink = async (t: TestApp, accessToken: string) => {
  const start = await t.app.inject({
    method: 'POST',
    url: `/v1/me/sso/${PROVIDER_ID}/link`,
    headers: { authorization: `Bearer ${accessToken}` },
    payload: {},
  });
  if (start.statusCode !== 200) throw new Error(`the link answered ${start.statusCode}: ${start.body}`);
  return returnToWaymark(t, start.json<{ authorizationUrl: string }>().authorizationUrl, flowCookieOf(start));
};

/**
 * Confirming `operation` with a fresh login at the provider, for the account of `accessToken`: the authorization URL
 * Waymark gave, and the answer of its callback (a browser's when `accept` asks for a page).
 */
export const ssoReauthenticate = async (
  t: TestApp,
  accessToken: string,
  operation: 'delete-account' | 'change-email',
  options: { accept?: string } = {},
) => {
  const start = await t.app.inject({
    method: 'POST',
    url: `/v1/me/sso/${PROVIDER_ID}/reauthenticate`,
    headers: { authorization: `Bearer ${accessToken}` },
    payload: { operation },
  });
  if (start.statusCode !== 200) throw new Error(`the confirmation answered ${start.statusCode}: ${start.body}`);
  const { authorizationUrl } = start.json<{ authorizationUrl: string }>();
  return {
    authorizationUrl: new URL(authorizationUrl),
    callback: await returnToWaymark(t, authorizationUrl, flowCookieOf(start), options.accept),
  };
};

/** The proof a confirmation's callback put in the fragment of its redirect. */
export const proofFrom = (callback: LightMyRequestResponse) => {
  if (callback.statusCode !== 302) throw new Error(`the callback answered ${callback.statusCode}: ${callback.body}`);
  const fragment = new URLSearchParams(new URL(callback.headers.location!, 'http://waymark.test').hash.slice(1));
  return { proof: fragment.get('reauth')!, operation: fragment.get('operation')! };
};

/** The access token of the browser session a callback set, as the web app gets it: a refresh with the cookies. */
export const sessionFromCallback = async (t: TestApp, callback: LightMyRequestResponse) => {
  if (callback.statusCode !== 302) throw new Error(`the callback answered ${callback.statusCode}: ${callback.body}`);
  const cookies = Object.fromEntries(callback.cookies.map((cookie) => [cookie.name, cookie.value]));
  const csrf = cookies['__Host-waymark_csrf'];
  const refresh = await t.app.inject({
    method: 'POST',
    url: '/v1/auth/refresh',
    payload: {},
    headers: {
      cookie: Object.entries(cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join('; '),
      ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
    },
  });
  if (refresh.statusCode !== 200) throw new Error(`the refresh answered ${refresh.statusCode}: ${refresh.body}`);
  return refresh.json<{
    accessToken: string;
    user: { id: string; email: string; role: string; emailVerified: boolean };
  }>();
};
