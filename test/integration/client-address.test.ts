// Whose address Waymark believes, for each TRUST_PROXY setting, when clients forge X-Forwarded-For: the rate limit
// and the address recorded in the audit log follow the real client, never what a client wrote itself.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/accounts.ts';
import type { ConfigOverrides } from '../support/config.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

const RATE_LIMIT_MAX = 3;
const PROXY = '10.0.0.2';
const DIRECT = '203.0.113.9';

let t: TestApp;
const apps: FastifyInstance[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await t.close();
});

/** A second app on the same database with this proxy trust and a low rate limit. */
const appWith = async (config: ConfigOverrides) => {
  const { app } = await createTestApp({
    database: t.database,
    jobs: false,
    config: { ...config, http: { rateLimitMax: RATE_LIMIT_MAX, ...config.http } },
  });
  apps.push(app);
  return app;
};

const read = (app: FastifyInstance, remoteAddress: string, forwardedFor?: string) =>
  app.inject({
    method: 'GET',
    url: '/v1/roadmaps',
    remoteAddress,
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  });

/** The status codes of RATE_LIMIT_MAX + 1 reads, each with its own forged first address. */
const readsWithForgedAddresses = async (app: FastifyInstance, remoteAddress: string, realChain: string) => {
  const statuses: number[] = [];
  for (let i = 1; i <= RATE_LIMIT_MAX + 1; i += 1) {
    const forged = `198.18.0.${i}`;
    statuses.push((await read(app, remoteAddress, realChain === '' ? forged : `${forged}, ${realChain}`)).statusCode);
  }
  return statuses;
};

const LIMITED = [...new Array<number>(RATE_LIMIT_MAX).fill(200), 429];

/** The address the audit log recorded for a login through `app`. */
const recordedLoginAddress = async (app: FastifyInstance, remoteAddress: string, forwardedFor: string) => {
  const person = await signUp(t);
  const login = await app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    remoteAddress,
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { email: person.email, password: person.password },
  });
  expect(login.statusCode).toBe(200);
  const entry = await t.database.db
    .selectFrom('auditLog')
    .select('ip')
    .where('subjectId', '=', person.id)
    .where('action', '=', 'auth.login_succeeded')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return entry.ip;
};

describe('TRUST_PROXY=false', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWith({ http: { trustProxy: false } });
  });

  it('when a client sends a new X-Forwarded-For with every request, then its own address still runs out', async () => {
    expect(await readsWithForgedAddresses(app, '203.0.113.10', '')).toEqual(LIMITED);
  });

  it('when a client forges X-Forwarded-For at login, then the audit log has the connection address', async () => {
    expect(await recordedLoginAddress(app, DIRECT, '198.51.100.1')).toBe(DIRECT);
  });
});

describe('TRUST_PROXY=1 (one proxy in front)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWith({ http: { trustProxy: 1 } });
  });

  it('when a client forges addresses before the one the proxy added, then the limit follows the added one', async () => {
    expect(await readsWithForgedAddresses(app, PROXY, '198.51.100.20')).toEqual(LIMITED);
    expect((await read(app, PROXY, '198.18.0.1, 198.51.100.21')).statusCode).toBe(200);
  });

  it('when a client forges X-Forwarded-For at login, then the audit log has the address the proxy saw', async () => {
    expect(await recordedLoginAddress(app, PROXY, '198.51.100.1, 198.51.100.22')).toBe('198.51.100.22');
  });
});

describe('TRUST_PROXY=2 (a CDN, then a load balancer)', () => {
  it('when a client forges addresses, then the address the first proxy added is the client', async () => {
    const app = await appWith({ http: { trustProxy: 2 } });

    expect(await readsWithForgedAddresses(app, PROXY, '198.51.100.30, 10.0.0.3')).toEqual(LIMITED);
    expect(await recordedLoginAddress(app, PROXY, '198.51.100.1, 198.51.100.31, 10.0.0.3')).toBe('198.51.100.31');
  });
});

describe('TRUST_PROXY=10.0.0.0/8 (the proxies by address)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appWith({ http: { trustProxy: ['10.0.0.0/8'] } });
  });

  it('when requests pass two trusted proxies, then the first address outside them is the client', async () => {
    expect(await readsWithForgedAddresses(app, PROXY, '198.51.100.40, 10.0.0.3')).toEqual(LIMITED);
    expect(await recordedLoginAddress(app, PROXY, '198.51.100.1, 198.51.100.41, 10.0.0.3')).toBe('198.51.100.41');
  });

  it('when a client reaches Waymark directly with a forged X-Forwarded-For, then it is not believed', async () => {
    expect(await readsWithForgedAddresses(app, '203.0.113.42', '')).toEqual(LIMITED);
    expect(await recordedLoginAddress(app, DIRECT, '10.0.0.7')).toBe(DIRECT);
  });
});

describe('IPv6 clients', () => {
  it('when clients in one /64 each send requests, then they share one limit and the next /64 has its own', async () => {
    const app = await appWith({ http: { trustProxy: false } });

    const statuses = [];
    for (let i = 1; i <= RATE_LIMIT_MAX + 1; i += 1) {
      statuses.push((await read(app, `2001:db8:1:2::${i.toString(16)}`)).statusCode);
    }

    expect(statuses).toEqual(LIMITED);
    expect((await read(app, '2001:db8:1:3::1')).statusCode).toBe(200);
  });

  it('when a client comes as IPv4 and as IPv4-mapped IPv6, then both count as the same client', async () => {
    const app = await appWith({ http: { trustProxy: false } });

    const statuses = [];
    for (let i = 1; i <= RATE_LIMIT_MAX + 1; i += 1) {
      statuses.push((await read(app, i % 2 === 0 ? '203.0.113.60' : '::ffff:203.0.113.60')).statusCode);
    }

    expect(statuses).toEqual(LIMITED);
  });

  it('when clients in one /64 try to log in, then they share the stricter login limit', async () => {
    const app = await appWith({ http: { trustProxy: false }, auth: { rateLimitMax: 1 } });
    const login = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/auth/login',
        remoteAddress,
        payload: { email: 'nobody@example.org', password: 'not the password at all' },
      });

    expect((await login('2001:db8:9:9::1')).statusCode).toBe(401);
    expect((await login('2001:db8:9:9::2')).statusCode).toBe(429);
    expect((await login('2001:db8:9:a::1')).statusCode).toBe(401);
  });

  it('when clients in one /64 send feedback, then they share the per-IP feedback limit', async () => {
    const app = await appWith({ http: { trustProxy: 1 }, feedback: { rateLimitPerIp: 1 } });
    const send = (client: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/feedback',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': `198.18.0.1, ${client}` },
        payload: { roadmap: 'backend-developer', helpful: true },
      });

    expect((await send('2001:db8:5:6::1')).statusCode).toBe(200);
    expect((await send('2001:db8:5:6:ffff::2')).statusCode).toBe(429);
    expect((await send('2001:db8:5:7::1')).statusCode).toBe(200);
  });
});
