import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { createAccountsRepository } from '../../src/modules/accounts/accounts.repository.ts';
import { startHousekeepingWorker } from '../../src/modules/housekeeping/housekeeping.jobs.ts';
import { createLinkCheckRepository } from '../../src/modules/link-check/link-check.repository.ts';
import { createHousekeepingService } from '../../src/modules/housekeeping/housekeeping.service.ts';
import { createMailRepository } from '../../src/modules/mail/mail.repository.ts';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

// The harness keeps the defaults: failed logins 30 days, mailed links 7 days after expiry, sent mail 30 days, ended
// sessions 30 days.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const daysAhead = (days: number) => daysAgo(-days);

let counter = 0;
const insertUser = async () => {
  counter += 1;
  const id = randomUUID();
  await t.database.db
    .insertInto('users')
    .values({ id, email: `keeper-${counter}@example.org`, displayName: 'Kim', passwordHash: 'not-a-real-hash' })
    .execute();
  return id;
};

const insertToken = async (
  userId: string,
  familyId: string,
  times: { expiresAt: Date; familyExpiresAt?: Date; rotatedAt?: Date; revokedAt?: Date },
) => {
  const id = randomUUID();
  await t.database.db
    .insertInto('refreshTokens')
    .values({
      id,
      familyId,
      userId,
      tokenHash: `hash-${id}`,
      expiresAt: times.expiresAt,
      familyExpiresAt: times.familyExpiresAt ?? times.expiresAt,
      rotatedAt: times.rotatedAt ?? null,
      revokedAt: times.revokedAt ?? null,
    })
    .execute();
  return id;
};

/** Mail records as the mail job writes them, sent at `sentAt` (a column the application never sets itself). */
const insertSentMail = async (jobIds: string[], sentAt: Date) => {
  await t.database.db
    .insertInto('sentMail')
    .values(
      jobIds.map((jobId) => ({
        jobId,
        recipient: 'kim@example.org',
        subject: 'Hello',
        transport: 'dev-mailbox' as const,
      })),
    )
    .execute();
  await sql`update sent_mail set sent_at = ${sentAt} where job_id in (${sql.join(jobIds)})`.execute(t.database.db);
};

const tokenIdsOf = async (familyId: string) =>
  (await t.database.db.selectFrom('refreshTokens').select('id').where('familyId', '=', familyId).execute()).map(
    (row) => row.id,
  );

describe('the housekeeping job', () => {
  it('when failed logins are past retention, then they are forgotten, while recent ones and locks stay', async () => {
    await t.database.db
      .insertInto('loginAttempts')
      .values([
        { emailHash: 'stale', consecutiveFailures: 4, lastFailureAt: daysAgo(31) },
        { emailHash: 'recent', consecutiveFailures: 4, lastFailureAt: daysAgo(29) },
        { emailHash: 'locked', consecutiveFailures: 100, lastFailureAt: daysAgo(400), lockedAt: daysAgo(400) },
      ])
      .execute();

    const deleted = await t.container.housekeepingService.prune();

    const left = await t.database.db.selectFrom('loginAttempts').select('emailHash').orderBy('emailHash').execute();
    expect(left.map((row) => row.emailHash)).toEqual(['locked', 'recent']);
    expect(deleted.loginAttempts).toBe(1);
  });

  it('when mailed links expired more than 7 days ago, then they are deleted, while newer and live ones stay', async () => {
    const userId = await insertUser();
    const link = (name: string, expiresAt: Date, usedAt: Date | null) => ({
      id: randomUUID(),
      userId,
      purpose: 'reset-password' as const,
      tokenHash: `link-${name}`,
      expiresAt,
      usedAt,
    });
    await t.database.db
      .insertInto('emailTokens')
      .values([
        link('old-unused', daysAgo(8), null),
        link('old-used', daysAgo(9), daysAgo(9.01)),
        link('recently-expired', daysAgo(6), null),
        link('live', daysAhead(0.01), null),
      ])
      .execute();

    await t.container.housekeepingService.prune();

    const left = await t.database.db
      .selectFrom('emailTokens')
      .select('tokenHash')
      .where('userId', '=', userId)
      .execute();
    expect(left.map((row) => row.tokenHash.replace('link-', '')).sort()).toEqual(['live', 'recently-expired']);
  });

  it('when mail was sent more than 30 days ago, then its record is deleted, while newer ones stay', async () => {
    await insertSentMail(['old-mail'], daysAgo(31));
    await insertSentMail(['new-mail'], daysAgo(29));

    await t.container.housekeepingService.prune();

    const left = await t.database.db
      .selectFrom('sentMail')
      .select('jobId')
      .where('jobId', 'in', ['old-mail', 'new-mail'])
      .execute();
    expect(left.map((row) => row.jobId)).toEqual(['new-mail']);
  });

  it('when sessions ended more than 30 days ago, then their tokens go, while live and recently ended ones stay', async () => {
    const userId = await insertUser();
    const expiredLongAgo = randomUUID();
    await insertToken(userId, expiredLongAgo, { expiresAt: daysAgo(45), rotatedAt: daysAgo(50) });
    await insertToken(userId, expiredLongAgo, { expiresAt: daysAgo(31) });
    const revokedLongAgo = randomUUID();
    await insertToken(userId, revokedLongAgo, { expiresAt: daysAhead(10), revokedAt: daysAgo(31) });
    const revokedRecently = randomUUID();
    await insertToken(userId, revokedRecently, { expiresAt: daysAhead(10), revokedAt: daysAgo(29) });
    const expiredRecently = randomUUID();
    await insertToken(userId, expiredRecently, { expiresAt: daysAgo(29) });
    // A live session keeps its spent tokens however old they are: presenting one again must still end the session.
    const live = randomUUID();
    await insertToken(userId, live, { expiresAt: daysAgo(40), rotatedAt: daysAgo(50), familyExpiresAt: daysAhead(5) });
    await insertToken(userId, live, { expiresAt: daysAhead(5), familyExpiresAt: daysAhead(5) });

    const deleted = await t.container.housekeepingService.prune();

    expect(await tokenIdsOf(expiredLongAgo)).toEqual([]);
    expect(await tokenIdsOf(revokedLongAgo)).toEqual([]);
    expect(await tokenIdsOf(revokedRecently)).toHaveLength(1);
    expect(await tokenIdsOf(expiredRecently)).toHaveLength(1);
    expect(await tokenIdsOf(live)).toHaveLength(2);
    expect(deleted.refreshTokens).toBe(3);
  });

  it('when a live session has an old spent token, then after the job its replay still ends the session', async () => {
    const { tokens: first } = await signUp(t);
    const second = (
      await t.app.inject({
        method: 'POST',
        url: '/v1/auth/refresh',
        payload: { refreshToken: first.refreshToken },
      })
    ).json<TokenPair>();
    // The spent token looks as if it had been rotated and had expired long ago; its session is still live.
    await t.database.db
      .updateTable('refreshTokens')
      .set({ rotatedAt: daysAgo(50), expiresAt: daysAgo(40) })
      .where('userId', '=', first.user.id)
      .where('rotatedAt', 'is not', null)
      .execute();

    await t.container.housekeepingService.prune();
    const replay = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: first.refreshToken },
    });
    const afterReplay = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: { refreshToken: second.refreshToken },
    });

    expect(replay.statusCode).toBe(401);
    expect(afterReplay.statusCode).toBe(401);
    const reuse = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('subjectId', '=', first.user.id)
      .where('action', '=', 'auth.refresh_token_reused')
      .execute();
    expect(reuse).toHaveLength(1);
  });

  it('when the job runs a second time, then it deletes nothing more and what was kept stays', async () => {
    await t.container.housekeepingService.prune();
    const count = async (table: 'loginAttempts' | 'emailTokens' | 'sentMail' | 'refreshTokens') =>
      (
        await t.database.db
          .selectFrom(table)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = {
      loginAttempts: await count('loginAttempts'),
      emailTokens: await count('emailTokens'),
      sentMail: await count('sentMail'),
      refreshTokens: await count('refreshTokens'),
    };

    const deleted = await t.container.housekeepingService.prune();

    expect(deleted).toEqual({ loginAttempts: 0, emailTokens: 0, sentMail: 0, refreshTokens: 0, linkChecks: 0 });
    expect(before.loginAttempts).toBeGreaterThan(0);
    expect(before.refreshTokens).toBeGreaterThan(0);
    expect({
      loginAttempts: await count('loginAttempts'),
      emailTokens: await count('emailTokens'),
      sentMail: await count('sentMail'),
      refreshTokens: await count('refreshTokens'),
    }).toEqual(before);
  });

  it('when more rows are past retention than one batch holds, then batch after batch deletes them all', async () => {
    await insertSentMail(
      Array.from({ length: 7 }, (_, i) => `batch-${i}`),
      daysAgo(40),
    );
    const userId = await insertUser();
    const family = randomUUID();
    for (let i = 0; i < 5; i += 1) await insertToken(userId, family, { expiresAt: daysAgo(40 - i) });
    const housekeeping = createHousekeepingService({
      accountsRepository: createAccountsRepository(t.database.db),
      mailRepository: createMailRepository(t.database.db),
      linkCheckRepository: createLinkCheckRepository(t.database.db),
      retentionDays: { loginAttempts: 30, emailTokens: 7, sentMail: 30, endedSessions: 30, linkChecks: 180 },
      batchSize: 2,
    });

    const deleted = await housekeeping.prune();

    expect(deleted.sentMail).toBe(7);
    expect(deleted.refreshTokens).toBe(5);
    expect(await tokenIdsOf(family)).toEqual([]);
  });

  it('when the prune job is queued, then a worker runs it', async () => {
    await t.database.db
      .insertInto('loginAttempts')
      .values({ emailHash: 'queued-stale', consecutiveFailures: 2, lastFailureAt: daysAgo(60) })
      .execute();
    await startHousekeepingWorker(t.jobs, t.container.housekeepingService, createLogger({ logLevel: 'silent' }));

    await t.jobs.send('housekeeping.prune', {});
    let left = 1;
    for (let i = 0; i < 100 && left > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = (
        await t.database.db
          .selectFrom('loginAttempts')
          .select('emailHash')
          .where('emailHash', '=', 'queued-stale')
          .execute()
      ).length;
    }

    expect(left).toBe(0);
  });
});
