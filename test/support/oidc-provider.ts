// A real, certified OpenID Provider (oidc-provider) on a free local port, for the single sign-on tests. It knows one
// client (Waymark's), logs in whichever account the test names (a minimal interaction: no forms), and can be told to
// spoil the next ID token it hands out, so the tests see Waymark refuse it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';
import { freePort } from './free-port.ts';
import { createTestAdapter } from './oidc-adapter.ts';

export interface TestAccount {
  /** The subject (`sub`): the provider's id of the person. */
  id: string;
  email: string;
  emailVerified: boolean;
  name?: string;
  groups?: string[];
}

/** How the next ID token is spoiled: signed again with changed claims, or changed after signing. */
export type IdTokenSpoiler =
  | { kind: 'claims'; change: (claims: JWTPayload) => JWTPayload }
  | { kind: 'tampered'; change: (claims: JWTPayload) => JWTPayload };

export const TEST_CLIENT = { clientId: 'waymark', clientSecret: 'a client secret for the tests only' };

const base64url = (text: string) => Buffer.from(text).toString('base64url');

export const startOidcProvider = async (options: { redirectUris: string[] }) => {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, TestAccount>();
  let signedIn: string | undefined;
  let spoiler: IdTokenSpoiler | undefined;

  const provider = new Provider(issuer, {
    adapter: createTestAdapter(),
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['test cookie key'] },
    pkce: { required: () => true },
    // Lifetimes of its own, so it does not print a notice for each default it falls back to.
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    features: { devInteractions: { enabled: false } },
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (account === undefined) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified,
          ...(account.name === undefined ? {} : { name: account.name }),
          ...(account.groups === undefined ? {} : { groups: account.groups }),
        }),
      };
    },
  });

  // Spoils the ID token of the next token response, once.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || spoiler === undefined || typeof body?.id_token !== 'string') return;
    const { kind, change } = spoiler;
    spoiler = undefined;
    const claims = change(decodeJwt(body.id_token));
    if (kind === 'claims') {
      body.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'test-key' }).sign(privateKey);
    } else {
      const [header, , signature] = body.id_token.split('.');
      body.id_token = `${header}.${base64url(JSON.stringify(claims))}.${signature}`;
    }
  });

  const providerCallback = provider.callback();
  // The interaction: log in the account the test chose and consent to everything asked for, without a page.
  const server = http.createServer((req, res) => {
    if (!req.url?.startsWith('/interaction/')) {
      providerCallback(req, res);
      return;
    }
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (signedIn === undefined) throw new Error('the test named no account to sign in with');
      const grant = new provider.Grant({ accountId: signedIn, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: signedIn }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    port: (server.address() as AddressInfo).port,
    addAccount(account: TestAccount) {
      accounts.set(account.id, account);
    },
    /** Who logs in at the provider from now on. */
    signInAs(accountId: string) {
      signedIn = accountId;
    },
    spoilNextIdToken(next: IdTokenSpoiler) {
      spoiler = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type TestOidcProvider = Awaited<ReturnType<typeof startOidcProvider>>;

/**
 * Plays the browser between Waymark's redirect to the provider and the provider's redirect back: follows the
 * provider's redirects with its cookies, and returns the URL it sends the browser back to (the callback).
 */
export const followProviderRedirects = async (authorizationUrl: string, callbackPrefix: string) => {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location === null)
      throw new Error(`the provider answered ${response.status} at ${url}: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('the provider redirected more than 10 times');
};
