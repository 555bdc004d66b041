// One account holds a bounded number of credentials, so its lists of them and the personal-data export have a
// maximum you can state: 50 live personal access tokens (one more is refused), 100 live login sessions (one more
// login signs out the device used longest ago), and 10,000 audit entries in the export.
import { RawNode, sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountsRepository } from '../../src/modules/accounts/accounts.repository.ts';
import { MAX_EXPORTED_AUDIT_ENTRIES } from '../../src/modules/accounts/personal-data-export.ts';
import { MAX_LIVE_SESSIONS } from '../../src/modules/accounts/session-limit.ts';
import { createPersonalTokensRepository } from '../../src/modules/personal-tokens/personal-tokens.repository.ts';
import { MAX_LIVE_PERSONAL_TOKENS } from '../../src/modules/personal-tokens/personal-tokens.service.ts';
import { signUp, TEST_PASSWORD, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ jobs: { runWorkers: false } });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, bearer?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` },
    ...(payload ? { payload } : {}),
  });

const createToken = (person: SignedUp) =>
  call('POST', '/v1/me/tokens', person.accessToken, { name: 'a script', scopes: ['account:self'], expiresInDays: 30 });

/** Gives the user `count` live tokens (and a revoked and an expired one, which do not count), straight in the table. */
const seedTokens = async (userId: string, count: number) => {
  await sql`
    insert into personal_access_tokens (id, user_id, name, token_hash, scopes, expires_at, revoked_at)
    select gen_random_uuid(), ${userId}, 'seeded ' || n, 'seeded-' || ${userId} || '-' || n, '{account:self}',
           case when n = ${count + 2} then now() - interval '1 day' else now() + interval '30 days' end,
           case when n = ${count + 1} then now() else null end
    from generate_series(1, ${count + 2}) n`.execute(t.database.db);
};

/** Gives the user `count` live sessions, session n last used n minutes ago, straight in the table. */
const seedSessions = async (userId: string, count: number) => {
  const { rows } = await sql<{ familyId: string; minutesAgo: number }>`
    insert into refresh_tokens (id, family_id, user_id, token_hash, created_at, expires_at, family_expires_at)
    select gen_random_uuid(), gen_random_uuid(), ${userId}, 'seeded-' || ${userId} || '-' || n,
           now() - make_interval(mins => n), now() + interval '1 day', now() + interval '30 days'
    from generate_series(1, ${count}) n
    returning family_id as "familyId", extract(epoch from (now() - created_at))::int / 60 as "minutesAgo"`.execute(
    t.database.db,
  );
  return new Map(rows.map((row) => [row.minutesAgo, row.familyId]));
};

const liveSessionIds = async (userId: string) =>
  (await createAccountsRepository(t.database.db).listSessions(userId, 10_000)).map((session) => session.id);

const login = (person: SignedUp) =>
  call('POST', '/v1/auth/login', undefined, { email: person.email, password: TEST_PASSWORD });

describe('personal access tokens per account', () => {
  it('when an account has the most live tokens, then one more is a 409 problem saying to revoke one', async () => {
    const person = await signUp(t, { verified: true });
    await seedTokens(person.id, MAX_LIVE_PERSONAL_TOKENS - 1);
    expect((await createToken(person)).statusCode).toBe(201);

    const refused = await createToken(person);

    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json<{ detail: string }>().detail).toMatch(/already have 50 personal access tokens.*Revoke one/);
    const listed = (await call('GET', '/v1/me/tokens', person.accessToken)).json<{ items: { id: string }[] }>();
    expect(listed.items).toHaveLength(MAX_LIVE_PERSONAL_TOKENS);
  });

  it('when one of them is revoked, then a new token can be made again', async () => {
    const person = await signUp(t, { verified: true });
    await seedTokens(person.id, MAX_LIVE_PERSONAL_TOKENS);
    const listed = (await call('GET', '/v1/me/tokens', person.accessToken)).json<{ items: { id: string }[] }>();

    await call('DELETE', `/v1/me/tokens/${listed.items[0]!.id}`, person.accessToken);
    const created = await createToken(person);

    expect(created.statusCode).toBe(201);
  });

  it('when several tokens are made at the same moment at the limit, then only one of them is', async () => {
    const person = await signUp(t, { verified: true });
    await seedTokens(person.id, MAX_LIVE_PERSONAL_TOKENS - 1);

    const answers = await Promise.all(Array.from({ length: 8 }, () => createToken(person)));

    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('when the tokens table holds more than the limit for one owner, then the list has the most and its query one more', async () => {
    const person = await signUp(t, { verified: true });
    await seedTokens(person.id, MAX_LIVE_PERSONAL_TOKENS * 3);

    const rows = await createPersonalTokensRepository(t.database.db).listLive(person.id, MAX_LIVE_PERSONAL_TOKENS);
    const listed = await call('GET', '/v1/me/tokens', person.accessToken);

    expect(rows).toHaveLength(MAX_LIVE_PERSONAL_TOKENS + 1);
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(MAX_LIVE_PERSONAL_TOKENS);
  });
});

describe('login sessions per account', () => {
  it('when an account has the most live sessions, then a login signs out the one used longest ago', async () => {
    const person = await signUp(t);
    await createAccountsRepository(t.database.db).revokeAllSessions(person.id);
    const seeded = await seedSessions(person.id, MAX_LIVE_SESSIONS);
    const longestAgo = seeded.get(MAX_LIVE_SESSIONS)!;

    const response = await login(person);

    expect(response.statusCode).toBe(200);
    const live = await liveSessionIds(person.id);
    expect(live).toHaveLength(MAX_LIVE_SESSIONS);
    expect(live).not.toContain(longestAgo);
    expect(live).toContain(seeded.get(MAX_LIVE_SESSIONS - 1));
    const audit = await t.database.db
      .selectFrom('auditLog')
      .select(['action', 'details'])
      .where('subjectId', '=', person.id)
      .where('action', '=', 'auth.session_revoked')
      .execute();
    expect(audit).toEqual([
      { action: 'auth.session_revoked', details: { sessionId: longestAgo, reason: 'session_limit' } },
    ]);
    const listed = await call('GET', '/v1/me/sessions', response.json<{ accessToken: string }>().accessToken);
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(MAX_LIVE_SESSIONS);
  });

  it('when several logins come at the same moment at the limit, then the account still has the most it may', async () => {
    const person = await signUp(t);
    await seedSessions(person.id, MAX_LIVE_SESSIONS - 1);

    const answers = await Promise.all(Array.from({ length: 6 }, () => login(person)));

    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await liveSessionIds(person.id)).toHaveLength(MAX_LIVE_SESSIONS);
  });

  it('when an account has fewer sessions than the most, then a login ends none of them', async () => {
    const person = await signUp(t);

    await login(person);

    expect(await liveSessionIds(person.id)).toHaveLength(2);
  });

  it('when the tokens table holds more live sessions than the limit, then the list has the most and its query one more', async () => {
    const person = await signUp(t);
    await seedSessions(person.id, MAX_LIVE_SESSIONS * 2);

    const rows = await createAccountsRepository(t.database.db).listSessions(person.id, MAX_LIVE_SESSIONS);
    const listed = await call('GET', '/v1/me/sessions', person.accessToken);

    expect(rows).toHaveLength(MAX_LIVE_SESSIONS + 1);
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(MAX_LIVE_SESSIONS);
  });
});

describe('the personal-data export', () => {
  it('when the audit log holds more about someone than an export carries, then it has the newest and says so', async () => {
    const person = await signUp(t);
    await sql`
      insert into audit_log (action, actor_id, subject_id, details)
      select 'test.bulk', ${person.id}, ${person.id}, '{}' from generate_series(1, ${MAX_EXPORTED_AUDIT_ENTRIES})
    `.execute(t.database.db);
    await login(person);

    const response = await call('GET', '/v1/me/export', person.accessToken);

    expect(response.statusCode).toBe(200);
    const data = response.json<{ activity: { action: string }[]; activityTruncated: boolean }>();
    expect(data.activity).toHaveLength(MAX_EXPORTED_AUDIT_ENTRIES);
    expect(data.activityTruncated).toBe(true);
    expect(data.activity.at(-1)?.action).toBe('auth.login_succeeded');
    expect(data.activity.map((entry) => entry.action)).not.toContain('account.registered');
  });

  it('when the export reads the audit trail, then it goes through the indexes, never the whole audit log', async () => {
    const person = await signUp(t);
    // Runs the repository's own statement as EXPLAIN, with scans of whole tables made as costly as the planner allows.
    const explain: KyselyPlugin = {
      transformQuery: ({ node }) => RawNode.create(['explain ', ''], [node]),
      transformResult: ({ result }) => Promise.resolve(result),
    };

    const plan = await t.database.db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const rows = await createAccountsRepository(trx.withPlugin(explain)).auditTrail(person.id, 10);
      return (rows as unknown as Record<string, string>[]).map((row) => Object.values(row)[0]).join('\n');
    });

    expect(plan).toContain('audit_log_subject_idx');
    expect(plan).toContain('audit_log_actor_idx');
    expect(plan).not.toMatch(/Seq Scan|audit_log_pkey|audit_log_occurred_idx/);
  });

  it('when the audit log holds less than that, then the export has all of it, oldest first', async () => {
    const person = await signUp(t);

    const data = (await call('GET', '/v1/me/export', person.accessToken)).json<{
      activity: { action: string }[];
      activityTruncated: boolean;
    }>();

    expect(data.activity.map((entry) => entry.action)).toEqual(['account.registered', 'auth.login_succeeded']);
    expect(data.activityTruncated).toBe(false);
  });
});
