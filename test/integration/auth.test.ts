import { generateKeyPair, SignJWT } from 'jose';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { emailKey } from '../../src/modules/accounts/accounts.shared.ts';
import { ARGON2_PARAMETERS } from '../../src/modules/auth/passwords.ts';
import { createTestApp, TEST_ACCESS_TOKEN_SECRET, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ config: { http: { bodyLimitBytes: 16_384 } } });
});
afterAll(() => t.close());

let counter = 0;
/** A new learner's details; every call gives an email no other test uses. */
const newLearner = (overrides: Partial<{ email: string; password: string; displayName: string }> = {}) => {
  counter += 1;
  return {
    email: `learner-${counter}-${Date.now()}@example.org`,
    password: 'a long and unusual passphrase',
    displayName: `Learner ${counter}`,
    ...overrides,
  };
};

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });
const me = (accessToken: string) =>
  t.app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${accessToken}` } });

const registerAndLogin = async (overrides: Parameters<typeof newLearner>[0] = {}) => {
  const learner = newLearner(overrides);
  expect((await post('/v1/auth/register', learner)).statusCode).toBe(202);
  const login = await post('/v1/auth/login', { email: learner.email, password: learner.password });
  expect(login.statusCode).toBe(200);
  return { learner, tokens: login.json<TokenPair>() };
};

const userIdOf = async (email: string) =>
  (await t.database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

describe('registering and logging in', () => {
  it('when a visitor registers and logs in, then the tokens open their profile', async () => {
    const { learner, tokens } = await registerAndLogin();

    expect(tokens).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { email: learner.email, role: 'learner' },
    });
    const profile = await me(tokens.accessToken);
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      email: learner.email,
      displayName: learner.displayName,
      emailVerified: false,
    });
  });

  it('when the email is already registered, then the answer is the same and the account is unchanged', async () => {
    const { learner } = await registerAndLogin();
    const first = await post('/v1/auth/register', newLearner());

    const again = await post('/v1/auth/register', { ...newLearner(), email: learner.email.toUpperCase() });

    expect(again.statusCode).toBe(first.statusCode);
    expect(again.json<{ message: string }>().message).toBe(first.json<{ message: string }>().message);
    expect(
      (await post('/v1/auth/login', { email: learner.email, password: 'a long and unusual passphrase' })).statusCode,
    ).toBe(200);
  });

  it('when the email is typed in another case at login, then it still matches', async () => {
    const { learner } = await registerAndLogin();

    const login = await post('/v1/auth/login', { email: learner.email.toUpperCase(), password: learner.password });

    expect(login.statusCode).toBe(200);
  });

  it.each([
    ['short', 'must be at least 8 characters'],
    ['password', 'is one of the most common passwords; choose another'],
    ['Iloveyou1', 'is one of the most common passwords; choose another'],
    ['x'.repeat(257), 'must be at most 256 characters'],
  ])('when the password is %s, then registration is refused naming the rule', async (password, detail) => {
    const response = await post('/v1/auth/register', newLearner({ password }));

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ in: 'body', pointer: '/password', detail }] });
  });

  it('when the password is the email address, then registration is refused', async () => {
    const learner = newLearner();
    const response = await post('/v1/auth/register', { ...learner, password: learner.email });

    expect(response.json()).toMatchObject({
      errors: [{ pointer: '/password', detail: 'must not be your email address' }],
    });
  });

  it('when the password is 64 characters of anything, then it is accepted whole (no truncation)', async () => {
    const password = '🦉 long passphrase with spaces, symbols !@#$%^&*() and ünïcödé '.padEnd(64, 'z');
    const { learner } = await registerAndLogin({ password });

    const truncated = await post('/v1/auth/login', { email: learner.email, password: password.slice(0, 60) });

    expect(truncated.statusCode).toBe(401);
  });

  it('when a password is typed in another Unicode form of the same characters, then it still logs in', async () => {
    const composed = 'caf\u00e9 au lait, twice daily';
    const { learner } = await registerAndLogin({ password: composed });

    const decomposed = await post('/v1/auth/login', { email: learner.email, password: composed.normalize('NFD') });

    expect(decomposed.statusCode).toBe(200);
  });

  it('when a registration tries to set its own role, then it is refused and nothing is created', async () => {
    const learner = newLearner();
    const response = await post('/v1/auth/register', { ...learner, role: 'admin' });

    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ pointer: '/role', detail: 'is not a known field' }] });
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', learner.email).execute()).toEqual(
      [],
    );
  });

  it('when the email is unknown or the password wrong, then the answers are the same', async () => {
    const { learner } = await registerAndLogin();

    const unknown = await post('/v1/auth/login', { email: 'nobody-here@example.org', password: learner.password });
    const wrong = await post('/v1/auth/login', { email: learner.email, password: 'not the passphrase at all' });

    const comparable = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(comparable(unknown.json())).toEqual(comparable(wrong.json()));
  });

  it('when a stored hash has older parameters, then a successful login rehashes it with today’s', async () => {
    const { learner } = await registerAndLogin();
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash(learner.password, { ...ARGON2_PARAMETERS, memoryCost: 4096, timeCost: 1 });
    await t.database.db.updateTable('users').set({ passwordHash: weak }).where('email', '=', learner.email).execute();

    expect((await post('/v1/auth/login', { email: learner.email, password: learner.password })).statusCode).toBe(200);

    const stored = await t.database.db
      .selectFrom('users')
      .select('passwordHash')
      .where('email', '=', learner.email)
      .executeTakeFirstOrThrow();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('when logins happen, then the audit log records success and failure without any secret', async () => {
    const { learner } = await registerAndLogin();
    await post('/v1/auth/login', { email: learner.email, password: 'wrong wrong wrong' });
    const userId = await userIdOf(learner.email);

    const entries = await t.database.db
      .selectFrom('auditLog')
      .select(['action', 'actorId', 'ip', 'details'])
      .where('subjectId', '=', userId)
      .orderBy('id')
      .execute();

    expect(entries.map((entry) => entry.action)).toEqual([
      'account.registered',
      'auth.login_succeeded',
      'auth.login_failed',
    ]);
    expect(entries[1]!.ip).toBe('127.0.0.1');
    const everything = JSON.stringify(await t.database.db.selectFrom('auditLog').selectAll().execute());
    expect(everything).not.toContain(learner.password);
    expect(everything).not.toContain('wrong wrong wrong');
  });
});

describe('a login is all or nothing', () => {
  // A real constraint, added for one test, refuses the rows of requests sent with this user agent: the database
  // itself fails the login part-way, as a full disk or a lost connection would.
  const FAILING_AGENT = 'half-written-login';
  const whileRefusing = async <T>(table: 'refreshTokens' | 'auditLog', act: () => Promise<T>) => {
    await sql`alter table ${sql.table(table)} add constraint refuse_half_written_login
      check (user_agent is distinct from ${sql.lit(FAILING_AGENT)})`.execute(t.database.db);
    try {
      return await act();
    } finally {
      await sql`alter table ${sql.table(table)} drop constraint refuse_half_written_login`.execute(t.database.db);
    }
  };
  const throttleOf = (email: string) =>
    t.database.db
      .selectFrom('loginAttempts')
      .select('consecutiveFailures')
      .where('emailHash', '=', emailKey(email))
      .executeTakeFirst();
  const auditActionsOf = async (userId: string) =>
    (
      await t.database.db
        .selectFrom('auditLog')
        .select('action')
        .where('subjectId', '=', userId)
        .orderBy('id')
        .execute()
    ).map((entry) => entry.action);

  it('when the new session cannot be stored, then the throttle, the hash and the audit log are as before', async () => {
    const learner = newLearner();
    await post('/v1/auth/register', learner);
    await post('/v1/auth/login', { email: learner.email, password: 'not the passphrase at all' });
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash(learner.password, { ...ARGON2_PARAMETERS, memoryCost: 4096, timeCost: 1 });
    await t.database.db.updateTable('users').set({ passwordHash: weak }).where('email', '=', learner.email).execute();
    const userId = await userIdOf(learner.email);

    const login = await whileRefusing('refreshTokens', () =>
      post('/v1/auth/login', { email: learner.email, password: learner.password }, { 'user-agent': FAILING_AGENT }),
    );

    expect(login.statusCode).toBe(500);
    expect(await throttleOf(learner.email)).toEqual({ consecutiveFailures: 1 });
    const stored = await t.database.db
      .selectFrom('users')
      .select('passwordHash')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(stored.passwordHash).toBe(weak);
    expect(await auditActionsOf(userId)).toEqual(['account.registered', 'auth.login_failed']);
    const sessions = await t.database.db
      .selectFrom('refreshTokens')
      .select('id')
      .where('userId', '=', userId)
      .execute();
    expect(sessions).toEqual([]);
    // Without the fault the same login goes through and writes all of it.
    expect((await post('/v1/auth/login', { email: learner.email, password: learner.password })).statusCode).toBe(200);
    expect(await throttleOf(learner.email)).toBeUndefined();
    expect(await auditActionsOf(userId)).toEqual(['account.registered', 'auth.login_failed', 'auth.login_succeeded']);
  });

  it('when a failed login cannot be audited, then it is not counted either', async () => {
    const learner = newLearner();
    await post('/v1/auth/register', learner);
    const userId = await userIdOf(learner.email);

    const login = await whileRefusing('auditLog', () =>
      post('/v1/auth/login', { email: learner.email, password: 'not the passphrase' }, { 'user-agent': FAILING_AGENT }),
    );

    expect(login.statusCode).toBe(500);
    expect(await throttleOf(learner.email)).toBeUndefined();
    expect(await auditActionsOf(userId)).toEqual(['account.registered']);
  });
});

describe('refresh tokens', () => {
  it('when a refresh token is used, then a new pair comes back and the new tokens work', async () => {
    const { tokens } = await registerAndLogin();

    const refreshed = await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken });

    expect(refreshed.statusCode).toBe(200);
    const pair = refreshed.json<TokenPair>();
    expect(pair.refreshToken).not.toBe(tokens.refreshToken);
    expect((await me(pair.accessToken)).statusCode).toBe(200);
    expect((await post('/v1/auth/refresh', { refreshToken: pair.refreshToken })).statusCode).toBe(200);
  });

  it('when two refreshes race with one token, then exactly one succeeds and the session survives', async () => {
    const { tokens } = await registerAndLogin();

    const results = await Promise.all([
      post('/v1/auth/refresh', { refreshToken: tokens.refreshToken }),
      post('/v1/auth/refresh', { refreshToken: tokens.refreshToken }),
    ]);

    expect(results.map((result) => result.statusCode).sort()).toEqual([200, 401]);
    const winner = results.find((result) => result.statusCode === 200)!.json<TokenPair>();
    expect((await me(winner.accessToken)).statusCode).toBe(200);
  });

  it('when a spent refresh token is replayed later, then the whole session is revoked', async () => {
    const { tokens } = await registerAndLogin();
    const successor = (await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken })).json<TokenPair>();
    // As if the replay came a minute after the rotation, past the grace period for racing clients.
    await t.database.db
      .updateTable('refreshTokens')
      .set({ rotatedAt: sql<Date>`now() - interval '1 minute'` })
      .where('rotatedAt', 'is not', null)
      .execute();

    const replay = await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken });

    expect(replay.statusCode).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: successor.refreshToken })).statusCode).toBe(401);
    expect((await me(successor.accessToken)).statusCode).toBe(401);
    const reuse = await t.database.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'auth.refresh_token_reused')
      .execute();
    expect(reuse.length).toBeGreaterThan(0);
  });

  it('when a refresh token has passed its idle expiry, then it is refused', async () => {
    const { tokens, learner } = await registerAndLogin();
    await t.database.db
      .updateTable('refreshTokens')
      .set({ expiresAt: sql<Date>`now() - interval '1 second'` })
      .where('userId', '=', await userIdOf(learner.email))
      .execute();

    expect((await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken })).statusCode).toBe(401);
  });

  it('when the session has passed its absolute expiry, then refresh is refused even if recently used', async () => {
    const { tokens, learner } = await registerAndLogin();
    await t.database.db
      .updateTable('refreshTokens')
      .set({ familyExpiresAt: sql<Date>`now() - interval '1 second'` })
      .where('userId', '=', await userIdOf(learner.email))
      .execute();

    expect((await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken })).statusCode).toBe(401);
  });

  it('when refresh tokens are stored, then only their hashes are', async () => {
    const { tokens } = await registerAndLogin();

    const stored = JSON.stringify(await t.database.db.selectFrom('refreshTokens').selectAll().execute());

    expect(stored).not.toContain(tokens.refreshToken);
  });
});

describe('logging out', () => {
  it('when a learner logs out, then the refresh token and the access token stop working', async () => {
    const { tokens } = await registerAndLogin();

    const logout = await post('/v1/auth/logout', { refreshToken: tokens.refreshToken });

    expect(logout.statusCode).toBe(204);
    expect((await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken })).statusCode).toBe(401);
    expect((await me(tokens.accessToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/logout', { refreshToken: tokens.refreshToken })).statusCode).toBe(204);
  });

  it('when one device logs out, then the other sessions go on', async () => {
    const { learner, tokens: laptop } = await registerAndLogin();
    const phone = (
      await post('/v1/auth/login', { email: learner.email, password: learner.password })
    ).json<TokenPair>();

    await post('/v1/auth/logout', { refreshToken: laptop.refreshToken });

    expect((await me(phone.accessToken)).statusCode).toBe(200);
  });
});

describe('a disabled account', () => {
  it('when an account is disabled, then its tokens stop working and it cannot log in', async () => {
    const { learner, tokens } = await registerAndLogin();
    await t.database.db
      .updateTable('users')
      .set({ disabledAt: new Date() })
      .where('email', '=', learner.email)
      .execute();

    expect((await me(tokens.accessToken)).statusCode).toBe(401);
    expect((await post('/v1/auth/refresh', { refreshToken: tokens.refreshToken })).statusCode).toBe(401);
    expect((await post('/v1/auth/login', { email: learner.email, password: learner.password })).statusCode).toBe(403);
  });
});

describe('forged and misused access tokens', () => {
  const key = new TextEncoder().encode(TEST_ACCESS_TOKEN_SECRET);
  let valid: TokenPair;
  let claims: { sub: string; sid: string };
  beforeAll(async () => {
    valid = (await registerAndLogin()).tokens;
    const payload = JSON.parse(Buffer.from(valid.accessToken.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    claims = payload;
  });

  const sign = (options: { alg?: string; typ?: string; iss?: string; aud?: string; exp?: string | number }) =>
    new SignJWT({ role: 'admin', sid: claims.sid })
      .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: options.typ ?? 'at+jwt' })
      .setSubject(claims.sub)
      .setIssuer(options.iss ?? 'http://waymark.test')
      .setAudience(options.aud ?? 'waymark-api')
      .setIssuedAt()
      .setExpirationTime(options.exp ?? '5m')
      .sign(key);

  const unsigned = (alg: string) => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    return `${encode({ alg, typ: 'at+jwt' })}.${encode({ sub: claims.sub, sid: claims.sid, role: 'admin', iss: 'http://waymark.test', aud: 'waymark-api', iat: now, exp: now + 300 })}.`;
  };

  it('when a token made with the right key is sent, then it is accepted (the forgeries below differ in one thing)', async () => {
    expect((await me(await sign({}))).statusCode).toBe(200);
  });

  it.each(['none', 'None', 'NONE', 'nOnE'])('when the algorithm is "%s", then the token is refused', async (alg) => {
    expect((await me(unsigned(alg))).statusCode).toBe(401);
  });

  it('when the token is signed with RS256 (HS/RS confusion), then it is refused', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ role: 'admin', sid: claims.sid })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt' })
      .setSubject(claims.sub)
      .setIssuer('http://waymark.test')
      .setAudience('waymark-api')
      .setExpirationTime('5m')
      .sign(privateKey);

    expect((await me(token)).statusCode).toBe(401);
  });

  it('when the payload is changed after signing, then the token is refused', async () => {
    const [header, payload, signature] = valid.accessToken.split('.');
    const changed = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    changed.role = 'admin';
    const tampered = `${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;

    expect((await me(tampered)).statusCode).toBe(401);
  });

  it.each([
    ['expired', { exp: Math.floor(Date.now() / 1000) - 60 }],
    ['for another issuer', { iss: 'https://evil.example.com' }],
    ['for another audience', { aud: 'another-api' }],
    ['of another type', { typ: 'JWT' }],
  ])('when the token is %s, then it is refused', async (_name, options) => {
    expect((await me(await sign(options))).statusCode).toBe(401);
  });

  it('when a refresh token is sent as an access token, then it is refused', async () => {
    expect((await me(valid.refreshToken!)).statusCode).toBe(401);
  });

  it('when no token is sent, then the 401 problem says how to authenticate', async () => {
    const response = await t.app.inject('/v1/me');

    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toContain('Bearer');
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('request bodies', () => {
  it('when the body is not JSON, then the answer is 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: 'email=a@example.org',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('when the body is larger than the limit, then the answer is 413', async () => {
    const response = await post('/v1/auth/register', { ...newLearner(), displayName: 'x'.repeat(20_000) });

    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('when the body carries __proto__ or constructor.prototype, then it is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: '{"email":"a@example.org","password":"whatever12","__proto__":{"role":"admin"}}',
      headers: { 'content-type': 'application/json' },
    });

    expect(response.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it('when the JSON is malformed, then the answer is a 400 problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      payload: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('throttling logins', () => {
  const backdate = (email: string, seconds: number) =>
    t.database.db
      .updateTable('loginAttempts')
      .set({ lastFailureAt: sql<Date>`now() - make_interval(secs => ${seconds})` })
      .where('emailHash', '=', emailKey(email))
      .execute();
  const failTimes = async (email: string, times: number) => {
    for (let i = 0; i < times; i += 1) await post('/v1/auth/login', { email, password: 'wrong wrong wrong' });
  };

  it('when an address fails five times, then the next try waits, with Retry-After, known or not', async () => {
    const { learner } = await registerAndLogin();
    const unknown = `nobody-${Date.now()}@example.org`;
    await failTimes(learner.email, 5);
    await failTimes(unknown, 5);

    const known = await post('/v1/auth/login', { email: learner.email, password: learner.password });
    const stranger = await post('/v1/auth/login', { email: unknown, password: learner.password });

    expect(known.statusCode).toBe(429);
    expect(Number(known.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(stranger.statusCode).toBe(429);
    expect({ ...known.json(), requestId: null }).toEqual({ ...stranger.json(), requestId: null });
  });

  it('when the back-off has passed, then the right password logs in and the count starts over', async () => {
    const { learner } = await registerAndLogin();
    await failTimes(learner.email, 6);
    await backdate(learner.email, 3600);

    const login = await post('/v1/auth/login', { email: learner.email, password: learner.password });

    expect(login.statusCode).toBe(200);
    expect(
      await t.database.db
        .selectFrom('loginAttempts')
        .selectAll()
        .where('emailHash', '=', emailKey(learner.email))
        .execute(),
    ).toEqual([]);
  });

  it('when an address reaches 100 failures in a row, then it is locked, known or not, until an admin enables it', async () => {
    const { learner, tokens } = await registerAndLogin();
    const unknown = `nobody-else-${Date.now()}@example.org`;
    for (const email of [learner.email, unknown]) {
      await t.database.db
        .insertInto('loginAttempts')
        .values({
          emailHash: emailKey(email),
          consecutiveFailures: 99,
          lastFailureAt: sql<Date>`now() - interval '1 day'`,
        })
        .execute();
      await failTimes(email, 1);
    }

    const known = await post('/v1/auth/login', { email: learner.email, password: learner.password });
    const stranger = await post('/v1/auth/login', { email: unknown, password: learner.password });

    expect(known.statusCode).toBe(423);
    expect({ ...known.json(), requestId: null }).toEqual({ ...stranger.json(), requestId: null });

    await t.container.usersService.enable({ userId: null, role: null, ip: null, userAgent: 'test' }, tokens.user.id);

    expect((await post('/v1/auth/login', { email: learner.email, password: learner.password })).statusCode).toBe(200);
  });

  it('when one client sends too many auth requests, then the route answers 429 before the general limit', async () => {
    const strict = await createTestApp({ database: t.database, config: { auth: { rateLimitMax: 2 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) {
        const response = await strict.app.inject({
          method: 'POST',
          url: '/v1/auth/refresh',
          payload: { refreshToken: 'not-a-token' },
        });
        statuses.push(response.statusCode);
      }

      expect(statuses).toEqual([401, 401, 429]);
      expect((await strict.app.inject('/v1/roadmaps')).statusCode).toBe(200);
    } finally {
      await strict.app.close();
    }
  });
});

describe('browser sessions (cookie)', () => {
  const cookiesOf = (response: { cookies: { name: string; value: string }[] }) =>
    Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie]));

  const browserLogin = async () => {
    const learner = newLearner();
    await post('/v1/auth/register', learner);
    const response = await post('/v1/auth/login', {
      email: learner.email,
      password: learner.password,
      session: 'cookie',
    });
    return {
      learner,
      response,
      cookies: cookiesOf(response) as Record<string, { value: string } & Record<string, unknown>>,
    };
  };

  const cookieHeader = (cookies: Record<string, { value: string }>) =>
    Object.entries(cookies)
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');

  it('when a browser logs in, then the refresh token comes only in a __Host- HttpOnly cookie', async () => {
    const { response, cookies } = await browserLogin();

    expect(response.statusCode).toBe(200);
    expect(response.json()).not.toHaveProperty('refreshToken');
    expect(cookies['__Host-waymark_refresh']).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      path: '/',
    });
    expect(cookies['__Host-waymark_refresh']!.domain).toBeUndefined();
    expect(cookies['__Host-waymark_csrf']).toMatchObject({ secure: true, sameSite: 'Strict', path: '/' });
    expect(cookies['__Host-waymark_csrf']!.httpOnly).toBeFalsy();
  });

  it('when the browser refreshes with the cookie and the CSRF header, then it gets a new cookie', async () => {
    const { cookies } = await browserLogin();

    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: {},
      headers: { cookie: cookieHeader(cookies), 'x-csrf-token': cookies['__Host-waymark_csrf']!.value },
    });

    expect(refreshed.statusCode).toBe(200);
    expect((await me(refreshed.json<TokenPair>().accessToken)).statusCode).toBe(200);
    expect(cookiesOf(refreshed)['__Host-waymark_refresh']!.value).not.toBe(cookies['__Host-waymark_refresh']!.value);
  });

  it('when a cookie call comes without the CSRF header, or with a wrong one, then it is refused', async () => {
    const { cookies } = await browserLogin();

    const missing = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: {},
      headers: { cookie: cookieHeader(cookies) },
    });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/refresh',
      payload: {},
      headers: { cookie: cookieHeader(cookies), 'x-csrf-token': 'guessed' },
    });
    const logout = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      payload: {},
      headers: { cookie: cookieHeader(cookies) },
    });

    expect(missing.statusCode).toBe(403);
    expect(wrong.statusCode).toBe(403);
    expect(logout.statusCode).toBe(403);
  });

  it('when the browser logs out, then the cookies are cleared and the session ends', async () => {
    const { cookies, response } = await browserLogin();

    const logout = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/logout',
      payload: {},
      headers: { cookie: cookieHeader(cookies), 'x-csrf-token': cookies['__Host-waymark_csrf']!.value },
    });

    expect(logout.statusCode).toBe(204);
    expect(cookiesOf(logout)['__Host-waymark_refresh']!.value).toBe('');
    expect((await me(response.json<TokenPair>().accessToken)).statusCode).toBe(401);
  });

  it('when neither body nor cookie carries a refresh token, then refresh is a 401', async () => {
    const response = await post('/v1/auth/refresh', {});

    expect(response.statusCode).toBe(401);
  });
});
