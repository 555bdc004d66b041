// Issue 17 item 6: a provider login is linked to an existing Waymark account only once its owner has proved the
// account is theirs — logged in when they link it, or by following the link mailed to the account's address; never
// because the addresses match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { signUp, TEST_PASSWORD } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { startTestMailbox, tokenIn } from '../support/mailbox.ts';
import type { TestOidcProvider } from '../support/oidc-provider.ts';
import {
  PROVIDER_ID,
  providerConfig,
  sessionFromCallback,
  ssoLink,
  ssoLogin,
  startTestProvider,
} from '../support/sso.ts';

let op: TestOidcProvider;
let t: TestApp;
let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
beforeAll(async () => {
  op = await startTestProvider();
  mailbox = await startTestMailbox();
  t = await createTestApp({
    config: { sso: { providers: [providerConfig(op)], localPasswords: true } },
    jobs: { smtpUrl: mailbox.url, runWorkers: true },
  });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
  await op.close();
});

let counter = 0;
const atProvider = (email?: string) => {
  counter += 1;
  const account = { id: `linking-${counter}`, email: email ?? `linking-${counter}@corp.example`, emailVerified: true };
  op.addAccount(account);
  op.signInAs(account.id);
  return account;
};

const post = (url: string, payload: object, bearer?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
  });

/** A password account at `email`, its address confirmed or not. */
const passwordAccount = async (email: string, { verified }: { verified: boolean }) => {
  expect((await post('/v1/auth/register', { email, password: TEST_PASSWORD, displayName: 'Grace' })).statusCode).toBe(
    202,
  );
  if (verified) {
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('email', '=', email).execute();
  }
  const login = await post('/v1/auth/login', { email, password: TEST_PASSWORD });
  expect(login.statusCode).toBe(200);
  return login.json<TokenPair>();
};

const identityOf = (subject: string) =>
  t.database.db.selectFrom('ssoIdentities').selectAll().where('subject', '=', subject).executeTakeFirst();

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

describe('an account with the same address', () => {
  it('when its address logs in with the provider, then nothing is linked until the owner follows the mailed link', async () => {
    const person = atProvider();
    const owner = await passwordAccount(person.email, { verified: true });

    const callback = await ssoLogin(t);
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/login?sso=check-mail');
    expect(callback.cookies.some((cookie) => cookie.name === '__Host-waymark_refresh')).toBe(false);
    expect(await identityOf(person.id)).toMatchObject({ userId: owner.user.id, linkedAt: null });
    expect(await actionsAbout(owner.user.id)).toContain('account.sso_link_requested');
    // Trying again logs nobody in either.
    expect((await ssoLogin(t)).headers.location).toBe('/login?sso=check-mail');

    const mail = await mailbox.waitFor(person.email, /Link your Corp Login login/);
    const link = tokenIn(mail);
    expect(mail.text).toContain('/sso/confirm-link?token=');
    expect((await post('/v1/auth/sso/confirm-link', { token: link })).statusCode).toBe(204);
    expect((await identityOf(person.id))?.linkedAt).not.toBeNull();
    expect(await actionsAbout(owner.user.id)).toContain('account.sso_linked');

    const session = await sessionFromCallback(t, await ssoLogin(t));
    expect(session.user.id).toBe(owner.user.id);
    // The owner's password and session still work: the address was theirs all along.
    expect((await post('/v1/auth/login', { email: person.email, password: TEST_PASSWORD })).statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${owner.accessToken}` } })).statusCode,
    ).toBe(200);
  });

  it('when the account had never confirmed its address, then following the link ends its sessions and password', async () => {
    const person = atProvider();
    const squatter = await passwordAccount(person.email, { verified: false });
    await ssoLogin(t);
    // The sign-up mail went to the same address first; wait for the link mail.
    const link = tokenIn(await mailbox.waitFor(person.email, /Link your Corp Login login/));
    expect((await post('/v1/auth/sso/confirm-link', { token: link })).statusCode).toBe(204);

    expect(
      (await t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${squatter.accessToken}` } })).statusCode,
    ).toBe(401);
    expect((await post('/v1/auth/login', { email: person.email, password: TEST_PASSWORD })).statusCode).toBe(401);
    const session = await sessionFromCallback(t, await ssoLogin(t));
    expect(session.user).toMatchObject({ id: squatter.user.id, emailVerified: true });
  });

  it('when the owner recovers the account by a password reset, then a link mailed before it links nothing', async () => {
    const person = atProvider();
    const owner = await passwordAccount(person.email, { verified: true });
    await ssoLogin(t);
    const link = tokenIn(await mailbox.waitFor(person.email, /Link your Corp Login login/));

    expect((await post('/v1/auth/forgot-password', { email: person.email })).statusCode).toBe(202);
    const reset = tokenIn(await mailbox.waitFor(person.email, /Reset your .* password/));
    const newPassword = `${TEST_PASSWORD}-recovered`;
    expect((await post('/v1/auth/reset-password', { token: reset, newPassword })).statusCode).toBe(204);

    expect(await identityOf(person.id)).toBeUndefined();
    const late = await post('/v1/auth/sso/confirm-link', { token: link });
    expect(late.statusCode).toBe(400);
    expect(late.json()).toMatchObject({ errors: [{ pointer: '/token' }] });
    // The reset counts the spent link among the mailed links it ended, with the sign-up's confirmation link.
    const resetEntry = await t.database.db
      .selectFrom('auditLog')
      .select('details')
      .where('subjectId', '=', owner.user.id)
      .where('action', '=', 'account.password_reset')
      .executeTakeFirstOrThrow();
    expect(resetEntry.details).toMatchObject({ ended: { mailLinks: 2 } });
    // A provider login afterwards asks for a fresh confirmation by mail again.
    expect((await ssoLogin(t)).headers.location).toBe('/login?sso=check-mail');
  });

  it('when a confirmation link is used twice or made up, then the answer is a 400 naming the token', async () => {
    const made = await post('/v1/auth/sso/confirm-link', { token: 'not-a-token-anyone-was-sent' });
    expect(made.statusCode).toBe(400);
    expect(made.json()).toMatchObject({ errors: [{ pointer: '/token' }] });
  });
});

describe('linking while logged in', () => {
  it('when a logged-in person links the provider, then it is linked at once and opens their account', async () => {
    const learner = await signUp(t);
    const person = atProvider();
    const callback = await ssoLink(t, learner.accessToken);
    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/account');
    expect(await identityOf(person.id)).toMatchObject({ userId: learner.id });
    expect(await actionsAbout(learner.id)).toContain('account.sso_linked');

    const session = await sessionFromCallback(t, await ssoLogin(t));
    expect(session.user.id).toBe(learner.id);
    // The personal-data export names the linked login.
    const exported = await t.app.inject({
      url: '/v1/me/export',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(exported.statusCode).toBe(200);
    const { linkedLogins } = exported.json<{ linkedLogins: { linkedAt: string | null }[] }>();
    expect(linkedLogins).toEqual([
      expect.objectContaining({ provider: PROVIDER_ID, subject: person.id, email: person.email }),
    ]);
    expect(linkedLogins[0]!.linkedAt).not.toBeNull();
    // So does the list the account page shows.
    const listed = await t.app.inject({
      url: '/v1/me/sso',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toMatchObject({ items: [{ provider: PROVIDER_ID, email: person.email }] });
  });

  it('when the provider login is linked to someone else, then linking it answers 409 and changes nothing', async () => {
    const person = atProvider();
    const first = await sessionFromCallback(t, await ssoLogin(t));
    const other = await signUp(t);
    op.signInAs(person.id);
    const callback = await ssoLink(t, other.accessToken);
    expect(callback.statusCode).toBe(409);
    expect(await identityOf(person.id)).toMatchObject({ userId: first.user.id });
  });

  it('when nobody is signed in, then the link route and the list answer 401', async () => {
    const response = await post(`/v1/me/sso/${PROVIDER_ID}/link`, {});
    expect(response.statusCode).toBe(401);
    expect((await t.app.inject({ url: '/v1/me/sso' })).statusCode).toBe(401);
  });

  it('when a personal access token asks, then the link route answers 403', async () => {
    const learner = await signUp(t, { verified: true });
    const created = await post(
      '/v1/me/tokens',
      { name: 'script', scopes: ['account:self'], expiresInDays: 7 },
      learner.accessToken,
    );
    expect(created.statusCode).toBe(201);
    const token = created.json<{ token: string }>().token;
    const response = await post(`/v1/me/sso/${PROVIDER_ID}/link`, {}, token);
    expect(response.statusCode).toBe(403);
  });

  it('when a personal access token without account:self asks, then the list answers 403', async () => {
    const editor = await signUp(t, { verified: true });
    await t.database.db.updateTable('users').set({ role: 'editor' }).where('id', '=', editor.id).execute();
    const created = await post(
      '/v1/me/tokens',
      { name: 'drafts', scopes: ['drafts:write'], expiresInDays: 7 },
      editor.accessToken,
    );
    expect(created.statusCode).toBe(201);
    const bearer = `Bearer ${created.json<{ token: string }>().token}`;
    expect((await t.app.inject({ url: '/v1/me/sso', headers: { authorization: bearer } })).statusCode).toBe(403);
  });
});

describe('an instance without local passwords', () => {
  let ssoOnly: TestApp;
  beforeAll(async () => {
    ssoOnly = await createTestApp({ config: { sso: { providers: [providerConfig(op)], localPasswords: false } } });
  });
  afterAll(() => ssoOnly.close());

  it('when the login page asks, then it learns passwords are off', async () => {
    const response = await ssoOnly.app.inject({ url: '/v1/auth/sso/providers' });
    expect(response.json()).toMatchObject({ localPasswords: false });
  });

  it('when someone signs up, logs in or resets a password, then each answers 403 and nothing is written', async () => {
    const users = () => ssoOnly.database.db.selectFrom('users').select('id').execute();
    const before = await users();
    const email = 'someone@corp.example';
    const attempts = [
      ['/v1/auth/register', { email, password: TEST_PASSWORD, displayName: 'Someone' }],
      ['/v1/auth/login', { email, password: TEST_PASSWORD }],
      ['/v1/auth/forgot-password', { email }],
      ['/v1/auth/reset-password', { token: 'whatever', newPassword: TEST_PASSWORD }],
    ] as const;
    for (const [url, payload] of attempts) {
      const response = await ssoOnly.app.inject({ method: 'POST', url, payload });
      expect(response.statusCode, url).toBe(403);
      expect(response.json<{ detail: string }>().detail).toContain('Passwords are turned off');
    }
    expect(await users()).toEqual(before);
  });

  it('when someone logs in with the provider, then it works', async () => {
    atProvider();
    const session = await sessionFromCallback(ssoOnly, await ssoLogin(ssoOnly));
    expect(session.user.emailVerified).toBe(true);
  });
});
