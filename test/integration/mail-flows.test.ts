import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { emailKey } from '../../src/modules/accounts/accounts.shared.ts';
import { isoWeek } from '../../src/modules/progress/digest.ts';
import { startProgressWorkers } from '../../src/modules/progress/progress.jobs.ts';
import { createLogger } from '../../src/infra/logger.ts';
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
let counter = 0;
const newEmail = () => {
  counter += 1;
  return `mail-${counter}-${Date.now()}@example.org`;
};

const post = (url: string, payload: object, token?: string) =>
  t.app.inject({
    method: 'POST',
    url,
    payload,
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
const me = async (accessToken: string) =>
  (await t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${accessToken}` } })).json<{
    email: string;
    emailVerified: boolean;
  }>();
const login = (email: string, password = PASSWORD) => post('/v1/auth/login', { email, password });
const register = (email: string) => post('/v1/auth/register', { email, password: PASSWORD, displayName: 'Ada' });

describe('verifying an email address', () => {
  it('when a visitor signs up, then a mail with a link arrives and following it verifies the address once', async () => {
    const email = newEmail();
    await register(email);

    const mail = await mailbox.waitFor(email, /Confirm your email address/);
    const verified = await post('/v1/auth/verify-email', { token: tokenIn(mail) });
    const again = await post('/v1/auth/verify-email', { token: tokenIn(mail) });

    expect(mail.text).toContain('http://waymark.test/verify-email?token=');
    expect(verified.statusCode).toBe(204);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ errors: [{ pointer: '/token' }] });
    const tokens = (await login(email)).json<TokenPair>();
    expect(await me(tokens.accessToken)).toMatchObject({ emailVerified: true });
  });

  it('when a link has expired, then it is refused', async () => {
    const email = newEmail();
    await register(email);
    const mail = await mailbox.waitFor(email, /Confirm your email address/);
    await t.database.db
      .updateTable('emailTokens')
      .set({ expiresAt: sql<Date>`now() - interval '1 second'` })
      .execute();

    expect((await post('/v1/auth/verify-email', { token: tokenIn(mail) })).statusCode).toBe(400);
  });

  it('when someone signs up with a registered address, then its owner is told and no link is sent', async () => {
    const email = newEmail();
    await register(email);
    await mailbox.waitFor(email, /Confirm your email address/);

    const again = await register(email.toUpperCase());

    expect(again.statusCode).toBe(202);
    const notice = await mailbox.waitFor(email, /tried to sign up/);
    expect(notice.text).not.toContain('token=');
  });
});

describe('resetting a password', () => {
  it('when a known address asks, then a link arrives; an unknown address gets the same answer and no mail', async () => {
    const email = newEmail();
    await register(email);
    const stranger = newEmail();

    const unknown = await post('/v1/auth/forgot-password', { email: stranger });
    const known = await post('/v1/auth/forgot-password', { email });

    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    await mailbox.waitFor(email, /Reset your Waymark password/);
    expect(mailbox.received.some((mail) => mail.to.includes(stranger))).toBe(false);
  });

  it('when the link is followed, then the new password works, every session ends and the owner is told', async () => {
    const email = newEmail();
    await register(email);
    const before = (await login(email)).json<TokenPair>();
    await post('/v1/auth/forgot-password', { email });
    const token = tokenIn(await mailbox.waitFor(email, /Reset your Waymark password/));

    const weak = await post('/v1/auth/reset-password', { token, newPassword: 'password' });
    const reset = await post('/v1/auth/reset-password', { token, newPassword: 'a brand new passphrase' });
    const reused = await post('/v1/auth/reset-password', { token, newPassword: 'yet another passphrase' });

    expect(weak.statusCode).toBe(400);
    expect(reset.statusCode).toBe(204);
    expect(reused.statusCode).toBe(400);
    expect((await login(email, 'a brand new passphrase')).statusCode).toBe(200);
    expect((await login(email)).statusCode).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: before.refreshToken })).statusCode).toBe(401);
    await mailbox.waitFor(email, /password was changed/);
  });

  it('when an account is locked by failed logins, then a password reset unlocks it', async () => {
    const email = newEmail();
    await register(email);
    await t.database.db
      .insertInto('loginAttempts')
      .values({
        emailHash: emailKey(email),
        consecutiveFailures: 100,
        lockedAt: new Date(),
        lastFailureAt: new Date(),
      })
      .execute();
    expect((await login(email)).statusCode).toBe(423);

    await post('/v1/auth/forgot-password', { email });
    const token = tokenIn(await mailbox.waitFor(email, /Reset your Waymark password/));
    await post('/v1/auth/reset-password', { token, newPassword: 'unlocked at last, hooray' });

    expect((await login(email, 'unlocked at last, hooray')).statusCode).toBe(200);
  });

  it('when resets are asked for again and again, then at most three mails go out per hour', async () => {
    const email = newEmail();
    await register(email);

    for (let i = 0; i < 5; i += 1) expect((await post('/v1/auth/forgot-password', { email })).statusCode).toBe(202);

    const tokens = await t.database.db
      .selectFrom('emailTokens as e')
      .innerJoin('users as u', 'u.id', 'e.userId')
      .select('e.id')
      .where('u.email', '=', email)
      .where('e.purpose', '=', 'reset-password')
      .execute();
    expect(tokens).toHaveLength(3);
  });
});

describe('changing the email address', () => {
  it('when a learner asks with their password, then the new address confirms it and the old one is told', async () => {
    const email = newEmail();
    const next = newEmail();
    await register(email);
    const tokens = (await login(email)).json<TokenPair>();

    const wrong = await post('/v1/me/email', { newEmail: next, password: 'not my password' }, tokens.accessToken);
    const asked = await post('/v1/me/email', { newEmail: next, password: PASSWORD }, tokens.accessToken);

    expect(wrong.statusCode).toBe(400);
    expect(asked.statusCode).toBe(202);
    await mailbox.waitFor(email, /about to change/);
    const confirm = await mailbox.waitFor(next, /Confirm your new email address/);
    expect(await me(tokens.accessToken)).toMatchObject({ email });

    expect((await post('/v1/auth/verify-email', { token: tokenIn(confirm) })).statusCode).toBe(204);

    expect(await me(tokens.accessToken)).toMatchObject({ email: next, emailVerified: true });
    expect((await login(next)).statusCode).toBe(200);
    expect((await login(email)).statusCode).toBe(401);
  });
});

describe('the job queue', () => {
  it('when the transaction that enqueues a mail rolls back, then no mail is ever sent', async () => {
    const to = newEmail();

    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await t.jobs.send('mail.send', { template: 'already-registered', to }, { transaction: trx });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const control = newEmail();
    await t.jobs.send('mail.send', { template: 'already-registered', to: control });

    await mailbox.waitFor(control, /tried to sign up/);
    expect(mailbox.received.some((mail) => mail.to.includes(to))).toBe(false);
  });

  it('when a mail job runs twice, then the mail goes out once', async () => {
    const to = newEmail();
    const job = { id: `job-${to}`, data: { template: 'already-registered' as const, to } };

    await t.container.mailJobHandler(job as never);
    await t.container.mailJobHandler(job as never);

    await mailbox.waitFor(to, /tried to sign up/);
    expect(mailbox.received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
  });
});

describe('when the mail server refuses', () => {
  it('when sending fails, then the job is kept for a later retry with back-off, not lost', async () => {
    const busy = await startTestMailbox({ rejectFirst: 1 });
    // A database of its own: the file's worker must not take this job.
    const other = await createTestApp({ jobs: { smtpUrl: busy.url, runWorkers: true } });
    try {
      const to = newEmail();
      await other.jobs.send('mail.send', { template: 'already-registered', to });

      let retry: { state: string; delayed: boolean } | undefined;
      for (let i = 0; i < 100 && retry === undefined; i += 1) {
        const { rows } = await sql<{ state: string; delayed: boolean }>`
          select state, start_after > now() as delayed
          from pgboss.job where name = 'mail.send' and data ->> 'to' = ${to} and state = 'retry'
        `.execute(other.database.db);
        retry = rows[0];
        if (retry === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
      }

      expect(retry).toEqual({ state: 'retry', delayed: true });
      expect(busy.received).toEqual([]);
    } finally {
      await other.close();
      await busy.close();
    }
  });
});

describe('the development mailbox', () => {
  it('when no SMTP server is configured, then mail is kept and listed at /dev/mailbox', async () => {
    const dev = await createTestApp({ jobs: { runWorkers: true } });
    try {
      const email = newEmail();
      await dev.app.inject({
        method: 'POST',
        url: '/v1/auth/register',
        payload: { email, password: PASSWORD, displayName: 'Dev' },
      });

      let listed: { to: string; subject: string; text: string }[] = [];
      for (let i = 0; i < 100 && !listed.some((mail) => mail.to === email); i += 1) {
        listed = (await dev.app.inject('/dev/mailbox')).json<{ items: typeof listed }>().items;
        if (!listed.some((mail) => mail.to === email)) await new Promise((resolve) => setTimeout(resolve, 100));
      }

      expect(listed.find((mail) => mail.to === email)).toMatchObject({
        subject: 'Confirm your email address for Waymark',
      });
    } finally {
      await dev.close();
    }
  });

  it('when Waymark runs in production, then there is no /dev/mailbox', async () => {
    const production = await createTestApp({ database: t.database, config: { runtime: { nodeEnv: 'production' } } });
    try {
      expect((await production.app.inject('/dev/mailbox')).statusCode).toBe(404);
    } finally {
      await production.app.close();
    }
  });
});

describe('the weekly digest', () => {
  it('when learners asked for it, then each gets one mail a week with their progress and next step', async () => {
    const email = newEmail();
    const quiet = newEmail();
    for (const address of [email, quiet]) await register(address);
    await t.database.db
      .updateTable('users')
      .set({ emailVerifiedAt: new Date() })
      .where('email', 'in', [email, quiet])
      .execute();
    const tokens = (await login(email)).json<TokenPair>();
    const quietTokens = (await login(quiet)).json<TokenPair>();
    const patch = (token: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: '/v1/me', payload, headers: { authorization: `Bearer ${token}` } });
    expect((await patch(tokens.accessToken, { weeklyDigest: true })).json()).toMatchObject({ weeklyDigest: true });
    await patch(quietTokens.accessToken, { weeklyDigest: false });
    for (const token of [tokens.accessToken, quietTokens.accessToken]) {
      await t.app.inject({
        method: 'PUT',
        url: '/v1/me/roadmaps/backend-developer',
        payload: { hoursPerWeek: 10, startDate: '2027-01-04' },
        headers: { authorization: `Bearer ${token}` },
      });
    }
    const week = `2099-W${String(counter).padStart(2, '0')}`;

    const first = await t.container.weeklyDigest.sendWeek(week);
    const again = await t.container.weeklyDigest.sendWeek(week);

    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect(again.sent).toBe(0);
    const mail = await mailbox.waitFor(email, /Your Waymark week/);
    expect(mail.text).toContain('Backend Developer Roadmap: 0% done (0 of 15 steps)');
    expect(mail.text).toContain('Next: ');
    expect(mailbox.received.filter((m) => m.to.includes(email) && /Your Waymark week/.test(m.subject))).toHaveLength(1);
    expect(mailbox.received.some((m) => m.to.includes(quiet) && /Your Waymark week/.test(m.subject))).toBe(false);
  });

  it('when the digest job is due, then a worker mails this week to each learner once', async () => {
    const email = newEmail();
    await register(email);
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('email', '=', email).execute();
    const headers = { authorization: `Bearer ${(await login(email)).json<TokenPair>().accessToken}` };
    await t.app.inject({ method: 'PATCH', url: '/v1/me', payload: { weeklyDigest: true }, headers });
    await t.app.inject({
      method: 'PUT',
      url: '/v1/me/roadmaps/backend-developer',
      payload: { hoursPerWeek: 10, startDate: '2027-01-04' },
      headers,
    });
    await startProgressWorkers(t.jobs, t.container.weeklyDigest, createLogger({ logLevel: 'silent' }));

    await t.jobs.send('progress.weekly-digest', {});

    const mail = await mailbox.waitFor(email, /Your Waymark week/);
    expect(mail.text).toContain('Backend Developer Roadmap: 0% done');
    expect((await t.container.weeklyDigest.sendWeek(isoWeek(new Date()))).sent).toBe(0);
  });
});
