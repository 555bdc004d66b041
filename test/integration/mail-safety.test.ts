// Mail that cannot be turned against anyone: no mailed token in a log line or kept once sent, a development mailbox
// that answers only its developer, no flooding one inbox, no display name in mail to an address nobody verified.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { emailKey } from '../../src/modules/accounts/accounts.shared.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { startTestMailbox, tokenIn } from '../support/mailbox.ts';

const PASSWORD = 'a long and unusual passphrase';
let counter = 0;
const newEmail = () => {
  counter += 1;
  return `safe-${counter}-${Date.now()}@example.org`;
};

let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
let t: TestApp;
beforeAll(async () => {
  mailbox = await startTestMailbox();
  t = await createTestApp({
    jobs: { smtpUrl: mailbox.url, runWorkers: true },
    config: { mail: { perAddressPerHour: 4 } },
  });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

const post = (app: TestApp, url: string, payload: object, accessToken?: string) =>
  app.app.inject({
    method: 'POST',
    url,
    payload,
    headers: accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` },
  });
const register = (app: TestApp, email: string, displayName = 'Ada') =>
  post(app, '/v1/auth/register', { email, password: PASSWORD, displayName });
const login = async (app: TestApp, email: string) =>
  (await post(app, '/v1/auth/login', { email, password: PASSWORD })).json<TokenPair>();

/** Polls until `check` gives a value, for at most 15 s. */
const eventually = async <T>(check: () => Promise<T | undefined>, what: string): Promise<T> => {
  for (let i = 0; i < 150; i += 1) {
    const value = await check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
};

/** A mail kept by the development mailbox (no SMTP server), once its job has run. */
const devMail = (app: TestApp, to: string, subject: RegExp) =>
  eventually(
    async () => {
      const rows = await app.database.db
        .selectFrom('sentMail')
        .select(['subject', 'textBody'])
        .where('recipient', '=', to)
        .execute();
      const row = rows.find((mail) => subject.test(mail.subject));
      return row === undefined ? undefined : { to: [to], subject: row.subject, text: row.textBody ?? '' };
    },
    `a mail to ${to} matching ${String(subject)}`,
  );

describe('mailed tokens and the log', () => {
  it('when a visitor signs up, verifies, and resets the password, then no log line holds a mailed token', async () => {
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'trace' }, { write: (line: string) => lines.push(line) });
    const dev = await createTestApp({ jobs: { runWorkers: true }, logger, serviceLogger: logger });
    try {
      const email = newEmail();
      await register(dev, email);
      const verify = tokenIn(await devMail(dev, email, /Confirm your email address/));
      await dev.app.inject(`/verify-email?token=${verify}`);
      await post(dev, '/v1/auth/verify-email', { token: verify });
      await post(dev, '/v1/auth/forgot-password', { email });
      const reset = tokenIn(await devMail(dev, email, /Reset your Waymark password/));
      await dev.app.inject(`/reset-password?token=${reset}`);
      await post(dev, '/v1/auth/reset-password', { token: reset, newPassword: 'a brand new passphrase' });
      await devMail(dev, email, /password was changed/);

      expect(lines.some((line) => line.includes('mail kept in the development mailbox'))).toBe(true);
      expect(lines.filter((line) => line.includes(verify) || line.includes(reset))).toEqual([]);
    } finally {
      await dev.close();
    }
  });

  it('when a request with a token in its query string or a token itself is logged, then neither shows', () => {
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => lines.push(line) });

    logger.error({ req: { method: 'GET', url: '/reset-password?token=query-secret', ip: '127.0.0.1' } }, 'failed');
    logger.info({ token: 'top-level-secret', data: { token: 'job-data-secret' } }, 'job');

    expect(lines.join('\n')).toContain('"url":"/reset-password"');
    expect(lines.join('\n')).not.toMatch(/query-secret|top-level-secret|job-data-secret/);
  });
});

describe('mailed tokens once the mail is sent', () => {
  it('when a mail went out over SMTP, then neither the job queue nor the outbox nor its record keeps the token', async () => {
    const email = newEmail();
    await register(t, email);
    const token = tokenIn(await mailbox.waitFor(email, /Confirm your email address/));
    await eventually(
      () => t.database.db.selectFrom('sentMail').select('jobId').where('recipient', '=', email).executeTakeFirst(),
      'the record of the sent mail',
    );

    const holding = await sql<{ place: string }>`
      select 'job' as place from pgboss.job where data::text like ${`%${token}%`}
      union all
      select 'outbox' from mail_outbox where message::text like ${`%${token}%`}
      union all
      select 'sent_mail' from sent_mail where coalesce(text_body, '') || coalesce(html_body, '') like ${`%${token}%`}
    `.execute(t.database.db);

    expect(holding.rows).toEqual([]);
  });
});

describe('the development mailbox', () => {
  const ask = (app: TestApp, remoteAddress: string, headers: Record<string, string> = {}) =>
    app.app.inject({ url: '/dev/mailbox', remoteAddress, headers });

  it('when a client on this machine asks, then it answers in test and development', async () => {
    const development = await createTestApp({ database: t.database, config: { runtime: { nodeEnv: 'development' } } });
    try {
      expect((await ask(t, '127.0.0.1')).statusCode).toBe(200);
      expect((await ask(t, '::1')).statusCode).toBe(200);
      expect((await ask(development, '127.0.0.1')).statusCode).toBe(200);
    } finally {
      await development.app.close();
    }
  });

  it('when a client elsewhere asks, then there is no such route, whatever X-Forwarded-For says', async () => {
    const proxied = await createTestApp({ database: t.database, config: { http: { trustProxy: 1 } } });
    try {
      const remote = await ask(t, '203.0.113.7');
      const forged = await ask(proxied, '203.0.113.7', { 'x-forwarded-for': '127.0.0.1' });

      expect(remote.statusCode).toBe(404);
      expect(remote.json()).toMatchObject({ type: expect.stringContaining('not-found') as unknown });
      expect(forged.statusCode).toBe(404);
    } finally {
      await proxied.app.close();
    }
  });

  it('when a proxy on this machine relays a request, then there is no such route', async () => {
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      expect((await ask(t, '127.0.0.1', { [header]: '203.0.113.7' })).statusCode, header).toBe(404);
    }
  });
});

describe('mail to one address per hour', () => {
  const outboxRows = async (email: string) =>
    Number(
      (
        await t.database.db
          .selectFrom('mailOutbox')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .where('recipientHash', '=', emailKey(email))
          .executeTakeFirstOrThrow()
      ).count,
    );

  it('when sign-ups and resets for one address pass the cap, then no more mail goes there and the answers stay the same', async () => {
    const email = newEmail();
    const signUps = [await register(t, email)];
    for (let i = 0; i < 3; i += 1) signUps.push(await register(t, email.toUpperCase()));
    const resets = [];
    for (let i = 0; i < 3; i += 1) resets.push(await post(t, '/v1/auth/forgot-password', { email }));
    const control = newEmail();
    await register(t, control);
    await mailbox.waitFor(control, /Confirm your email address/);

    // The fourth sign-up and every reset went over the cap; their answers do not say so.
    for (const answers of [signUps, resets]) {
      expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 202));
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    }
    expect(await outboxRows(email)).toBe(4);
    await eventually(
      async () => (mailbox.received.filter((mail) => mail.to.includes(email)).length === 4 ? true : undefined),
      'four mails',
    );
  });

  it('when a learner asks again and again to move to someone else’s address, then that inbox gets at most the cap', async () => {
    const email = newEmail();
    const victim = newEmail();
    await register(t, email);
    const session = await login(t, email);

    for (let i = 0; i < 6; i += 1) {
      const asked = await post(t, '/v1/me/email', { newEmail: victim, password: PASSWORD }, session.accessToken);
      expect(asked.statusCode).toBe(202);
    }

    expect(await outboxRows(victim)).toBe(4);
  });
  it('when a mail is dropped over the cap, then a log line says so without the address or a token', async () => {
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => lines.push(line) });
    const capped = await createTestApp({
      database: t.database,
      serviceLogger: logger,
      config: { mail: { perAddressPerHour: 1 } },
    });
    try {
      const email = newEmail();
      await register(capped, email);

      await post(capped, '/v1/auth/forgot-password', { email });

      const dropped = lines.filter((line) => line.includes('mail dropped'));
      expect(dropped).toHaveLength(1);
      expect(dropped[0]).toContain('"template":"reset-password"');
      expect(dropped[0]).not.toContain(email);
      expect(dropped[0]).not.toMatch(/"token"/);
    } finally {
      await capped.app.close();
    }
  });
});

describe('display names in mail', () => {
  const BAIT = 'Your parcel is held: pay at evil.example';

  it('when someone signs up with a display name, then mail to the unverified address does not carry it', async () => {
    const email = newEmail();
    await register(t, email, BAIT);
    const verify = await mailbox.waitFor(email, /Confirm your email address/);
    await post(t, '/v1/auth/forgot-password', { email });
    const reset = await mailbox.waitFor(email, /Reset your Waymark password/);

    expect(verify.text).not.toContain(BAIT);
    expect(reset.text).not.toContain(BAIT);
    expect(verify.text).toContain('Hello,');
  });

  it('when a learner asks to move to a new address, then the mail to the new address does not carry the name', async () => {
    const email = newEmail();
    const next = newEmail();
    await register(t, email, BAIT);
    const session = await login(t, email);

    await post(t, '/v1/me/email', { newEmail: next, password: PASSWORD }, session.accessToken);

    expect((await mailbox.waitFor(next, /Confirm your new email address/)).text).not.toContain(BAIT);
  });

  it('when the address is verified, then the mail greets its owner by name', async () => {
    const email = newEmail();
    await register(t, email, 'Grace');
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('email', '=', email).execute();

    await post(t, '/v1/auth/forgot-password', { email });

    expect((await mailbox.waitFor(email, /Reset your Waymark password/)).text).toContain('Hello Grace,');
  });
});
