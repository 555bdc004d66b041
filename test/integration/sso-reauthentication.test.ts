// Decision 0045: an account that no password opens (made by a provider login, or on an instance with passwords off)
// confirms deleting itself or changing its address with a fresh login at its provider — a real oidc-provider in this
// process — whose proof is bound to the account and the change, and works once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/harness.ts';
import type { TestOidcProvider } from '../support/oidc-provider.ts';
import {
  PROVIDER_ID,
  proofFrom,
  providerConfig,
  sessionFromCallback,
  ssoLogin,
  ssoReauthenticate,
  startTestProvider,
} from '../support/sso.ts';

let op: TestOidcProvider;
let t: TestApp;
beforeAll(async () => {
  op = await startTestProvider();
  t = await createTestApp({ config: { sso: { providers: [providerConfig(op)], localPasswords: false } } });
});
afterAll(async () => {
  await t.close();
  await op.close();
});

let counter = 0;
/** A person at the provider with a Waymark account made by their first login; they are signed in at both. */
const ssoAccount = async () => {
  counter += 1;
  const person = { id: `reauth-${counter}`, email: `reauth-${counter}@corp.example`, emailVerified: true };
  op.addAccount(person);
  op.signInAs(person.id);
  const session = await sessionFromCallback(t, await ssoLogin(t));
  return { person, accessToken: session.accessToken, userId: session.user.id };
};

const send = (method: 'DELETE' | 'POST', url: string, accessToken: string, payload: object) =>
  t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${accessToken}` } });

const userExists = async (userId: string) =>
  (await t.database.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst()) !== undefined;

const actionsAbout = async (userId: string) =>
  (
    await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('subjectId', '=', userId)
      .orderBy('occurredAt')
      .orderBy('id')
      .execute()
  ).map((entry) => entry.action);

describe('confirming with the provider', () => {
  it('when an account made by a provider login reads its profile, then it says it has no password', async () => {
    const { accessToken } = await ssoAccount();
    const me = await t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${accessToken}` } });
    expect(me.json()).toMatchObject({ hasPassword: false });
  });

  it('when the confirmation starts, then the provider is asked for a new login and to say when it was', async () => {
    const { accessToken } = await ssoAccount();
    const { authorizationUrl, callback } = await ssoReauthenticate(t, accessToken, 'delete-account');
    expect(authorizationUrl.searchParams.get('prompt')).toBe('login');
    expect(authorizationUrl.searchParams.get('max_age')).toBe('300');
    expect(callback.headers.location).toMatch(/^\/account#reauth=[^&]+&operation=delete-account$/);
  });

  it('when the account is deleted with a fresh proof, then it is gone and the entries say how', async () => {
    const { accessToken, userId } = await ssoAccount();
    const { proof } = proofFrom((await ssoReauthenticate(t, accessToken, 'delete-account')).callback);
    const actionsBefore = await actionsAbout(userId);
    expect(actionsBefore).toContain('auth.reauthenticated');
    const deleted = await send('DELETE', '/v1/me', accessToken, { reauthProof: proof });
    expect(deleted.statusCode).toBe(204);
    expect(await userExists(userId)).toBe(false);
    expect(await actionsAbout(userId)).toContain('account.deleted');
  });

  it('when the address change is confirmed with a proof, then it goes ahead once and the proof is spent', async () => {
    const { accessToken } = await ssoAccount();
    const { proof } = proofFrom((await ssoReauthenticate(t, accessToken, 'change-email')).callback);
    const body = { newEmail: `moved-${counter}@corp.example`, reauthProof: proof };
    expect((await send('POST', '/v1/me/email', accessToken, body)).statusCode).toBe(202);
    const again = await send('POST', '/v1/me/email', accessToken, body);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ errors: [{ pointer: '/reauthProof' }] });
  });

  it('when a proof for one change is sent for another, then it is refused and not spent', async () => {
    const { accessToken, userId } = await ssoAccount();
    const { proof } = proofFrom((await ssoReauthenticate(t, accessToken, 'change-email')).callback);
    const wrong = await send('DELETE', '/v1/me', accessToken, { reauthProof: proof });
    expect(wrong.statusCode).toBe(400);
    expect(await userExists(userId)).toBe(true);
    const body = { newEmail: `other-${counter}@corp.example`, reauthProof: proof };
    expect((await send('POST', '/v1/me/email', accessToken, body)).statusCode).toBe(202);
  });

  it("when another account sends someone's proof, then it is refused, nothing is deleted, and the owner can still use it", async () => {
    const owner = await ssoAccount();
    const { proof } = proofFrom((await ssoReauthenticate(t, owner.accessToken, 'delete-account')).callback);
    const other = await ssoAccount();
    const stolen = await send('DELETE', '/v1/me', other.accessToken, { reauthProof: proof });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json()).toMatchObject({ errors: [{ pointer: '/reauthProof' }] });
    expect(await userExists(other.userId)).toBe(true);
    expect((await send('DELETE', '/v1/me', owner.accessToken, { reauthProof: proof })).statusCode).toBe(204);
  });

  it('when the ID token says the login at the provider was an hour ago, then no proof is given', async () => {
    const { accessToken, userId } = await ssoAccount();
    op.spoilNextIdToken({
      kind: 'claims',
      change: (claims) => ({ ...claims, auth_time: Math.floor(Date.now() / 1000) - 3600 }),
    });
    const { callback } = await ssoReauthenticate(t, accessToken, 'delete-account');
    expect(callback.statusCode).toBe(401);
    expect(callback.json<{ detail: string }>().detail).toContain('did not log you in again');
    expect(await actionsAbout(userId)).not.toContain('auth.reauthenticated');
    const proofs = t.database.db.selectFrom('reauthProofs').select('tokenHash').where('userId', '=', userId);
    expect(await proofs.execute()).toEqual([]);
  });

  it('when a browser comes back with a stale login, then it is sent back to its page with the reason', async () => {
    const { accessToken } = await ssoAccount();
    op.spoilNextIdToken({ kind: 'claims', change: ({ auth_time: _gone, ...claims }) => claims });
    const { callback } = await ssoReauthenticate(t, accessToken, 'change-email', { accept: 'text/html' });
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/account?sso-error=stale-login');
  });

  it('when someone else logs in at the provider to confirm, then it is refused as not their login', async () => {
    const { accessToken, userId } = await ssoAccount();
    const stranger = { id: `stranger-${counter}`, email: `stranger-${counter}@corp.example`, emailVerified: true };
    op.addAccount(stranger);
    op.signInAs(stranger.id);
    const { callback } = await ssoReauthenticate(t, accessToken, 'delete-account');
    expect(callback.statusCode).toBe(403);
    expect(await actionsAbout(userId)).not.toContain('auth.reauthenticated');
  });

  it('when an account without a password sends a password or nothing, then the answer names the field', async () => {
    const { accessToken, userId } = await ssoAccount();
    const withPassword = await send('DELETE', '/v1/me', accessToken, { password: 'a guess at a password' });
    expect(withPassword.statusCode).toBe(400);
    expect(withPassword.json()).toMatchObject({ errors: [{ pointer: '/password' }] });
    const withNothing = await send('DELETE', '/v1/me', accessToken, {});
    expect(withNothing.json()).toMatchObject({ errors: [{ pointer: '/reauthProof' }] });
    expect(await userExists(userId)).toBe(true);
  });

  it('when the confirmation is asked of a provider the account has no login with, then it answers 409', async () => {
    const { accessToken, userId } = await ssoAccount();
    await t.database.db.deleteFrom('ssoIdentities').where('userId', '=', userId).execute();
    const start = await send('POST', `/v1/me/sso/${PROVIDER_ID}/reauthenticate`, accessToken, {
      operation: 'delete-account',
    });
    expect(start.statusCode).toBe(409);
  });
});
