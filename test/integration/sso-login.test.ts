// Issue 17 item 6: logging in with an OpenID Connect provider — a real one (oidc-provider) in this process — through
// the authorization code flow with PKCE, state and nonce, and every check of its ID token; the first login makes the
// account. Whatever fails, nothing is written.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/harness.ts';
import type { TestOidcProvider } from '../support/oidc-provider.ts';
import { PROVIDER_ID, providerConfig, sessionFromCallback, ssoLogin, startTestProvider } from '../support/sso.ts';

let op: TestOidcProvider;
let t: TestApp;
beforeAll(async () => {
  op = await startTestProvider();
  t = await createTestApp({ config: { sso: { providers: [providerConfig(op)], localPasswords: true } } });
});
afterAll(async () => {
  await t.close();
  await op.close();
});

let counter = 0;
/** A person at the provider, who logs in there from now on. */
const atProvider = (overrides: { email?: string; emailVerified?: boolean; groups?: string[]; name?: string } = {}) => {
  counter += 1;
  const account = {
    id: `person-${counter}`,
    email: `person-${counter}@corp.example`,
    emailVerified: true,
    ...overrides,
  };
  op.addAccount(account);
  op.signInAs(account.id);
  return account;
};

const countRows = async () => ({
  users: Number(
    (
      await t.database.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  identities: Number(
    (
      await t.database.db
        .selectFrom('ssoIdentities')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
  sessions: Number(
    (
      await t.database.db
        .selectFrom('refreshTokens')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  ),
});

describe('the providers list', () => {
  it('when anyone asks how to log in, then they get each provider and whether passwords work', async () => {
    const response = await t.app.inject({ url: '/v1/auth/sso/providers' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ localPasswords: true, items: [{ id: PROVIDER_ID, displayName: 'Corp Login' }] });
  });
});

describe('starting a login', () => {
  it("when a browser starts, then it is sent to the provider's authorization endpoint with PKCE, state and nonce", async () => {
    const response = await t.app.inject({ url: `/v1/auth/sso/${PROVIDER_ID}/start` });
    expect(response.statusCode).toBe(302);
    const location = new URL(response.headers.location!);
    expect(`${location.origin}`).toBe(op.issuer);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    for (const parameter of ['code_challenge', 'state', 'nonce']) {
      expect(location.searchParams.get(parameter)).toMatch(/^[\w-]{20,}$/);
    }
    const cookie = response.cookies.find((one) => one.name === '__Host-waymark_sso');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  });

  it('when the provider is unknown, then the answer is a 404 problem', async () => {
    const response = await t.app.inject({ url: '/v1/auth/sso/nobody/start' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('when the next page is another site, then the answer is a 400 naming the field', async () => {
    const response = await t.app.inject({ url: `/v1/auth/sso/${PROVIDER_ID}/start?next=//evil.example` });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('/next');
  });
});

describe('the first and later logins', () => {
  it('when someone logs in the first time, then a verified account is made, linked, audited, and logged in', async () => {
    const person = atProvider({ name: 'Ada Lovelace' });
    const callback = await ssoLogin(t, { next: '/dashboard' });
    expect(callback.statusCode).toBe(302);
    // The web app's step after a login, which brings in the guest's progress, says the account is new.
    expect(callback.headers.location).toBe('/sso/signed-in?next=%2Fdashboard&new=1');
    const session = await sessionFromCallback(t, callback);
    expect(session.user).toMatchObject({ email: person.email, role: 'learner', emailVerified: true });
    const me = await t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${session.accessToken}` } });
    expect(me.json()).toMatchObject({ displayName: 'Ada Lovelace' });
    const identity = await t.database.db
      .selectFrom('ssoIdentities')
      .selectAll()
      .where('subject', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(identity).toMatchObject({ provider: PROVIDER_ID, userId: session.user.id, linkTokenHash: null });
    expect(identity.linkedAt).not.toBeNull();
    const actions = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('subjectId', '=', session.user.id)
      .orderBy('occurredAt')
      .execute();
    expect(actions.map((entry) => entry.action)).toEqual(['account.provisioned', 'auth.login_succeeded']);
  });

  it('when the same person logs in again, then they get the same account', async () => {
    atProvider();
    const first = await sessionFromCallback(t, await ssoLogin(t));
    const again = await ssoLogin(t);
    expect(again.headers.location).toBe('/sso/signed-in?next=%2F');
    const second = await sessionFromCallback(t, again);
    expect(second.user.id).toBe(first.user.id);
  });

  it('when a group maps to a role, then the account made has it', async () => {
    atProvider({ groups: ['staff', 'waymark-editors'] });
    const session = await sessionFromCallback(t, await ssoLogin(t));
    expect(session.user.role).toBe('editor');
  });

  it('when logging out, then the session made by single sign-on ends', async () => {
    atProvider();
    const callback = await ssoLogin(t);
    const session = await sessionFromCallback(t, callback);
    const me = () => t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${session.accessToken}` } });
    expect((await me()).statusCode).toBe(200);
    const cookies = Object.fromEntries(callback.cookies.map((cookie) => [cookie.name, cookie.value]));
    const logout = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      payload: {},
      headers: {
        cookie: Object.entries(cookies)
          .map(([name, value]) => `${name}=${value}`)
          .join('; '),
        'x-csrf-token': cookies['__Host-waymark_csrf']!,
      },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me()).statusCode).toBe(401);
  });
});

describe('what is refused, with nothing written', () => {
  const refused = async (expectedStatus: number, act: () => Promise<LightMyRequestResponse>) => {
    const before = await countRows();
    const response = await act();
    expect(response.statusCode, response.body).toBe(expectedStatus);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(await countRows()).toEqual(before);
    return response;
  };

  it('when the ID token was changed after signing, then its signature fails and the answer is 401', async () => {
    atProvider();
    op.spoilNextIdToken({ kind: 'tampered', change: (claims) => ({ ...claims, email: 'someone-else@corp.example' }) });
    expect((await refused(401, () => ssoLogin(t))).body).toContain('signature verification failed');
  });

  it('when the ID token carries another nonce, then the answer is 401', async () => {
    atProvider();
    op.spoilNextIdToken({ kind: 'claims', change: (claims) => ({ ...claims, nonce: 'not-the-one-sent' }) });
    const response = await refused(401, () => ssoLogin(t));
    expect(response.json<{ detail: string }>().detail).toContain('"nonce" claim');
  });

  it('when the ID token is for another client, then the answer is 401', async () => {
    atProvider();
    op.spoilNextIdToken({ kind: 'claims', change: (claims) => ({ ...claims, aud: 'another-client' }) });
    expect((await refused(401, () => ssoLogin(t))).body).toContain('(audience)');
  });

  it('when the ID token names another issuer, then the answer is 401', async () => {
    atProvider();
    op.spoilNextIdToken({ kind: 'claims', change: (claims) => ({ ...claims, iss: 'https://impostor.example' }) });
    expect((await refused(401, () => ssoLogin(t))).body).toContain('(issuer)');
  });

  it('when the ID token has expired, then the answer is 401', async () => {
    atProvider();
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    op.spoilNextIdToken({ kind: 'claims', change: (claims) => ({ ...claims, iat: anHourAgo - 60, exp: anHourAgo }) });
    expect((await refused(401, () => ssoLogin(t))).body).toContain('(expiration time)');
  });

  it('when the callback comes to a browser that did not start the login, then the answer is 401', async () => {
    atProvider();
    expect((await refused(401, () => ssoLogin(t, { withoutFlowCookie: true }))).body).toContain(
      'not started in this browser',
    );
  });

  it('when the address is in a domain not allowed, then the answer is 403', async () => {
    atProvider({ email: `outsider-${counter}@elsewhere.example` });
    const response = await refused(403, () => ssoLogin(t));
    expect(response.body).toContain('elsewhere.example');
  });

  it('when the provider has not verified the address, then the answer is 403', async () => {
    atProvider({ emailVerified: false });
    const response = await refused(403, () => ssoLogin(t));
    expect(response.body).toContain('not verified');
  });

  it('when the account the identity opens is disabled, then the answer is 403', async () => {
    atProvider();
    const session = await sessionFromCallback(t, await ssoLogin(t));
    await t.database.db
      .updateTable('users')
      .set({ disabledAt: new Date() })
      .where('id', '=', session.user.id)
      .execute();
    await refused(403, () => ssoLogin(t));
  });
});

describe('what a browser is told when it is refused', () => {
  const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const refusedPage = async (act: () => Promise<LightMyRequestResponse>) => {
    const before = await countRows();
    const response = await act();
    expect(response.statusCode, response.body).toBe(302);
    expect(response.cookies.some((cookie) => cookie.name === '__Host-waymark_refresh')).toBe(false);
    expect(await countRows()).toEqual(before);
    return response.headers.location;
  };

  it('when the ID token was tampered with, then the browser goes to the login page told the answer was rejected', async () => {
    atProvider();
    op.spoilNextIdToken({ kind: 'tampered', change: (claims) => ({ ...claims, email: 'someone-else@corp.example' }) });
    expect(await refusedPage(() => ssoLogin(t, { accept: BROWSER_ACCEPT }))).toBe('/login?sso-error=rejected');
  });

  it('when the browser did not start the login, then it is told so', async () => {
    atProvider();
    expect(await refusedPage(() => ssoLogin(t, { accept: BROWSER_ACCEPT, withoutFlowCookie: true }))).toBe(
      '/login?sso-error=not-started',
    );
  });

  it('when the domain is not allowed or the address not verified, then each is its own code', async () => {
    atProvider({ email: `outsider-${counter}@elsewhere.example` });
    expect(await refusedPage(() => ssoLogin(t, { accept: BROWSER_ACCEPT }))).toBe(
      '/login?sso-error=domain-not-allowed',
    );
    atProvider({ emailVerified: false });
    expect(await refusedPage(() => ssoLogin(t, { accept: BROWSER_ACCEPT }))).toBe(
      '/login?sso-error=unverified-address',
    );
  });

  it('when the account is disabled, then the browser is told so', async () => {
    atProvider();
    const session = await sessionFromCallback(t, await ssoLogin(t));
    await t.database.db
      .updateTable('users')
      .set({ disabledAt: new Date() })
      .where('id', '=', session.user.id)
      .execute();
    expect(await refusedPage(() => ssoLogin(t, { accept: BROWSER_ACCEPT }))).toBe('/login?sso-error=account-disabled');
  });

  it('when a script asks for JSON, then it still gets the problem document', async () => {
    atProvider({ emailVerified: false });
    const response = await ssoLogin(t, { accept: 'application/json' });
    expect(response.statusCode).toBe(403);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
  });
});
