// Issue 12, items 1 and 2: a password reset, a password change and the first confirmation of a sign-up address end
// every credential the account had (sessions, personal tokens, mailed links), so nobody who held it keeps a way in.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { hashOpaqueToken } from '../../src/modules/auth/tokens.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { startTestMailbox, tokenIn } from '../support/mailbox.ts';

let t: TestApp;
let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
beforeAll(async () => {
  mailbox = await startTestMailbox();
  t = await createTestApp({ jobs: { smtpUrl: mailbox.url, runWorkers: true } });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

const PASSWORD = 'a long and unusual passphrase';
const NEW_PASSWORD = 'a brand new passphrase';
let counter = 0;
const newEmail = () => {
  counter += 1;
  return `recovery-${counter}-${Date.now()}@example.org`;
};

const post = (url: string, payload: object, bearer?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
  });
const getMe = (bearer: string) => t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${bearer}` } });
const login = async (email: string, password = PASSWORD) => {
  const response = await post('/v1/auth/login', { email, password });
  expect(response.statusCode).toBe(200);
  return response.json<TokenPair>();
};
const register = async (email: string) => {
  expect((await post('/v1/auth/register', { email, password: PASSWORD, displayName: 'Ada' })).statusCode).toBe(202);
};
/** Follows the link of the sign-up mail, as the owner of the address would. */
const confirmAddress = async (email: string) => {
  const link = tokenIn(await mailbox.waitFor(email, /Confirm your email address/));
  expect((await post('/v1/auth/verify-email', { token: link })).statusCode).toBe(204);
};
const createPersonalToken = async (session: TokenPair) => {
  const response = await post(
    '/v1/me/tokens',
    { name: 'backup script', scopes: ['account:self'], expiresInDays: 30 },
    session.accessToken,
  );
  expect(response.statusCode).toBe(201);
  return response.json<{ token: string }>().token;
};
/** Asks to move the account to `to`; returns the token of the link mailed there. */
const pendingEmailChange = async (session: TokenPair, to: string) => {
  expect((await post('/v1/me/email', { newEmail: to, password: PASSWORD }, session.accessToken)).statusCode).toBe(202);
  return tokenIn(await mailbox.waitFor(to, /Confirm your new email address/));
};
/** Asks for a reset link (once per address in this file); returns its token. */
const pendingReset = async (email: string) => {
  expect((await post('/v1/auth/forgot-password', { email })).statusCode).toBe(202);
  return tokenIn(await mailbox.waitFor(email, /Reset your Waymark password/));
};
const auditDetails = async (action: string, email: string) => {
  const row = await t.database.db
    .selectFrom('auditLog as a')
    .innerJoin('users as u', 'u.id', 'a.subjectId')
    .select('a.details')
    .where('a.action', '=', action)
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();
  return row.details;
};

describe('a password reset', () => {
  it('when a reset is completed, then sessions, personal tokens and the pending email change all end', async () => {
    const email = newEmail();
    const elsewhere = newEmail();
    await register(email);
    await confirmAddress(email);
    const session = await login(email);
    const personalToken = await createPersonalToken(session);
    const changeLink = await pendingEmailChange(session, elsewhere);
    const resetLink = await pendingReset(email);

    const reset = await post('/v1/auth/reset-password', { token: resetLink, newPassword: NEW_PASSWORD });

    expect(reset.statusCode).toBe(204);
    expect((await getMe(personalToken)).statusCode).toBe(401);
    expect((await getMe(session.accessToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: session.refreshToken })).statusCode).toBe(401);
    expect((await post('/v1/auth/verify-email', { token: changeLink })).statusCode).toBe(400);
    const now = await login(email, NEW_PASSWORD);
    expect((await getMe(now.accessToken)).json()).toMatchObject({ email });
    const notice = await mailbox.waitFor(email, /password was changed/);
    expect(notice.text).toContain('Signed out: 1 session.');
    expect(notice.text).toContain('Revoked: 1 personal access token;');
    expect(notice.text).toContain('The pending change of your email address was cancelled.');
    expect(await auditDetails('account.password_reset', email)).toEqual({
      ended: { sessions: 1, personalTokens: 1, emailChanges: 1, mailLinks: 0 },
    });
  });
});

describe('a password change', () => {
  it('when the password is changed, then every credential ends but the device that asked gets a new session', async () => {
    const email = newEmail();
    const elsewhere = newEmail();
    await register(email);
    await confirmAddress(email);
    const phone = await login(email);
    const laptop = await login(email);
    const personalToken = await createPersonalToken(laptop);
    const changeLink = await pendingEmailChange(laptop, elsewhere);
    const resetLink = await pendingReset(email);

    const changed = await post(
      '/v1/me/password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      laptop.accessToken,
    );

    expect(changed.statusCode).toBe(200);
    expect((await getMe(changed.json<TokenPair>().accessToken)).statusCode).toBe(200);
    expect((await getMe(phone.accessToken)).statusCode).toBe(401);
    expect((await getMe(laptop.accessToken)).statusCode).toBe(401);
    expect((await getMe(personalToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/verify-email', { token: changeLink })).statusCode).toBe(400);
    expect(
      (await post('/v1/auth/reset-password', { token: resetLink, newPassword: 'not again, please' })).statusCode,
    ).toBe(400);
    const notice = await mailbox.waitFor(email, /password was changed/);
    expect(notice.text).toContain('Signed out: 2 sessions.');
    expect(notice.text).toContain('Revoked: 1 personal access token;');
    expect(notice.text).toContain('The pending change of your email address was cancelled.');
    expect(notice.text).toContain('1 link from earlier mails');
    expect(await auditDetails('account.password_changed', email)).toEqual({
      ended: { sessions: 2, personalTokens: 1, emailChanges: 1, mailLinks: 1 },
    });
  });

  it('when an unconfirmed account changes its password, then a fresh confirmation link replaces the old one', async () => {
    const email = newEmail();
    await register(email);
    const oldLink = tokenIn(await mailbox.waitFor(email, /Confirm your email address/));
    const session = await login(email);

    const changed = await post(
      '/v1/me/password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      session.accessToken,
    );

    expect(changed.statusCode).toBe(200);
    await mailbox.waitFor(email, /password was changed/);
    const confirmations = mailbox.received.filter((m) => m.to.includes(email) && /Confirm your email/.test(m.subject));
    expect(confirmations).toHaveLength(2);
    expect((await post('/v1/auth/verify-email', { token: oldLink })).statusCode).toBe(400);
    expect((await post('/v1/auth/verify-email', { token: tokenIn(confirmations[1]!) })).statusCode).toBe(204);
  });
});

describe('an address change', () => {
  it('when the account moves to a new address, then a reset link mailed to the old one stops working', async () => {
    const email = newEmail();
    const next = newEmail();
    await register(email);
    await confirmAddress(email);
    const session = await login(email);
    const resetLink = await pendingReset(email);
    const changeLink = await pendingEmailChange(session, next);

    expect((await post('/v1/auth/verify-email', { token: changeLink })).statusCode).toBe(204);

    const reset = await post('/v1/auth/reset-password', { token: resetLink, newPassword: NEW_PASSWORD });
    expect(reset.statusCode).toBe(400);
    expect((await login(next)).user.email).toBe(next);
  });
});

describe('someone signed up with an address that is not theirs (pre-account takeover)', () => {
  it('when the owner confirms the address, then everything the account had before ends', async () => {
    const victim = newEmail();
    const attackers = newEmail();
    await register(victim);
    const attacker = await login(victim);
    const changeLink = await pendingEmailChange(attacker, attackers);
    // A token made before Waymark refused tokens to unconfirmed accounts.
    const oldToken = `wmk_pat_${randomUUID()}`;
    await t.database.db
      .insertInto('personalAccessTokens')
      .values({
        id: randomUUID(),
        userId: attacker.user.id,
        name: 'foothold',
        tokenHash: hashOpaqueToken(oldToken),
        scopes: ['account:self'],
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .execute();
    expect((await getMe(oldToken)).statusCode).toBe(200);
    const confirmLink = tokenIn(await mailbox.waitFor(victim, /Confirm your email address/));

    const confirmed = await post('/v1/auth/verify-email', { token: confirmLink });

    expect(confirmed.statusCode).toBe(204);
    expect((await getMe(attacker.accessToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: attacker.refreshToken })).statusCode).toBe(401);
    expect((await getMe(oldToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/verify-email', { token: changeLink })).statusCode).toBe(400);
    const account = await t.database.db
      .selectFrom('users')
      .select(['email', 'emailVerifiedAt'])
      .where('id', '=', attacker.user.id)
      .executeTakeFirstOrThrow();
    expect(account.email).toBe(victim);
    expect(account.emailVerifiedAt).not.toBeNull();
    expect(await auditDetails('account.email_verified', victim)).toEqual({
      ended: { sessions: 1, personalTokens: 1, emailChanges: 1, mailLinks: 0 },
    });
  });

  it('when the owner resets the password instead, then the same holds', async () => {
    const victim = newEmail();
    const attackers = newEmail();
    await register(victim);
    const attacker = await login(victim);
    const changeLink = await pendingEmailChange(attacker, attackers);
    const resetLink = await pendingReset(victim);

    expect((await post('/v1/auth/reset-password', { token: resetLink, newPassword: NEW_PASSWORD })).statusCode).toBe(
      204,
    );

    expect((await getMe(attacker.accessToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/verify-email', { token: changeLink })).statusCode).toBe(400);
    const owner = await login(victim, NEW_PASSWORD);
    expect((await getMe(owner.accessToken)).json()).toMatchObject({ email: victim, emailVerified: true });
  });
});
