// One test per kind of input that used to reach PostgreSQL or a Date and end in a 500 (found by no-5xx.test.ts), or
// that was stored as something other than what was sent: each is now a 400 problem naming the field.
import net from 'node:net';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as canonicalTimeZones from '../../src/infra/migrations/0008-canonical-time-zones.ts';
import type { Problem } from '../../src/http/problem.ts';
import { signUp, type SignedUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let learner: SignedUp;
let admin: SignedUp;
const SLUG = 'backend-developer';

beforeAll(async () => {
  t = await createTestApp();
  learner = await signUp(t, { verified: true });
  admin = await signUp(t, { role: 'admin' });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE', url: string, who?: SignedUp, payload?: string) =>
  t.app.inject({
    method,
    url,
    headers: {
      ...(who === undefined ? {} : { authorization: `Bearer ${who.accessToken}` }),
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { payload }),
  });

const fieldsOf = (body: string) => (JSON.parse(body) as Problem).errors?.map((e) => `${e.in} ${e.pointer}`);

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('text that PostgreSQL cannot store, or would store changed', () => {
  it('when a body field holds a NUL character, then the answer is a 400 naming the field', async () => {
    const response = await call('PATCH', '/v1/me', learner, JSON.stringify({ displayName: 'Ada\u0000' }));

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(response.body)).toEqual(['body /displayName']);
  });

  it('when a nested body field holds a NUL character, then the pointer leads to it', async () => {
    const note = { stepId: 'http-and-apis', body: 'a\u0000b', updatedAt: '2026-01-05T10:00:00Z' };
    const payload = JSON.stringify({ roadmaps: [{ slug: SLUG, notes: [note] }] });

    const response = await call('POST', '/v1/me/progress/import', learner, payload);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /roadmaps/0/notes/0/body']);
  });

  it('when a query parameter holds a NUL character, then the answer is a 400 naming it', async () => {
    const response = await call('GET', '/v1/admin/users?q=a%00b', admin);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['query /q']);
  });

  it('when a string holds a lone surrogate, then it is refused rather than stored as U+FFFD', async () => {
    const response = await call('PATCH', '/v1/me', learner, '{"displayName":"Ada \\ud800"}');
    const me = await call('GET', '/v1/me', learner);

    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().detail).toContain('lone surrogate');
    expect(me.json<{ displayName: string }>().displayName).not.toContain('\ufffd');
  });
});

describe('numbers', () => {
  it('when a number is sent as "1e400" (Infinity once coerced), then the answer is a 400 naming the field', async () => {
    const payload = JSON.stringify({ name: 'ci', scopes: ['account:self'], expiresInDays: '1e400' });

    const response = await call('POST', '/v1/me/tokens', learner, payload);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /expiresInDays']);
  });

  it('when a page size is Infinity, then the answer is a 400 naming limit', async () => {
    const response = await call('GET', '/v1/roadmaps?limit=Infinity');

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['query /limit']);
  });

  it('when the hours a week would be stored as 0 (one decimal kept), then the answer is a 400', async () => {
    const payload = JSON.stringify({ hoursPerWeek: 0.01, startDate: '2026-01-05' });

    const response = await call('PUT', `/v1/me/roadmaps/${SLUG}`, learner, payload);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /hoursPerWeek']);
  });
});

describe('formats', () => {
  it('when a uuid comes as urn:uuid:…, which PostgreSQL does not read, then the answer is a 400', async () => {
    const response = await call('DELETE', '/v1/me/tokens/urn:uuid:7b0e3c1a-2f4d-4e5b-9c6d-1a2b3c4d5e6f', learner);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['params /id']);
  });

  it('when a time is in year 0, which PostgreSQL has not, then the answer is a 400', async () => {
    const note = { stepId: 'http-and-apis', body: 'x', updatedAt: '0000-06-15T10:00:00Z' };
    const payload = JSON.stringify({ roadmaps: [{ slug: SLUG, notes: [note] }] });

    const response = await call('POST', '/v1/me/progress/import', learner, payload);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /roadmaps/0/notes/0/updatedAt']);
  });

  it('when a time is a leap second, which a JavaScript Date cannot hold, then the answer is a 400', async () => {
    const note = { stepId: 'http-and-apis', body: 'x', updatedAt: '2016-12-31T23:59:60Z' };
    const payload = JSON.stringify({ roadmaps: [{ slug: SLUG, notes: [note] }] });

    const response = await call('POST', '/v1/me/progress/import', learner, payload);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /roadmaps/0/notes/0/updatedAt']);
  });

  it('when a time is in the first century, then it is a time like any other (not read as 1900–1999)', async () => {
    const note = { stepId: 'http-and-apis', body: 'x', updatedAt: '0050-06-15T10:00:00Z' };
    const payload = JSON.stringify({ roadmaps: [{ slug: SLUG, notes: [note] }] });

    const response = await call('POST', '/v1/me/progress/import', learner, payload);

    expect(response.statusCode).toBeLessThan(300);
  });

  it('when a time is ordinary, then it is still accepted, in either case of T and Z', async () => {
    const note = { stepId: 'http-and-apis', body: 'x', updatedAt: '2026-01-05t10:00:00.5+01:00' };
    const payload = JSON.stringify({ roadmaps: [{ slug: SLUG, notes: [note] }] });

    const response = await call('POST', '/v1/me/progress/import', learner, payload);

    expect(response.statusCode).toBeLessThan(300);
  });
});

describe('plans that would end after year 9999', () => {
  it('when a learner follows from a start date in year 9999, then the answer is a 400 (the plan could not be written)', async () => {
    const payload = JSON.stringify({ hoursPerWeek: 0.1, startDate: '9999-12-31' });

    const response = await call('PUT', `/v1/me/roadmaps/${SLUG}`, learner, payload);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /startDate']);
  });

  it('when the latest start date is followed at the slowest pace, then the plan and its calendar still answer', async () => {
    const payload = JSON.stringify({ hoursPerWeek: 0.1, startDate: '2999-12-31' });

    const followed = await call('PUT', `/v1/me/roadmaps/${SLUG}`, learner, payload);
    const plan = await call('GET', `/v1/me/roadmaps/${SLUG}/plan`, learner);
    const calendar = await call('GET', `/v1/me/roadmaps/${SLUG}/plan.ics`, learner);

    expect(followed.statusCode).toBeLessThan(300);
    expect(plan.statusCode).toBe(200);
    expect(calendar.statusCode).toBe(200);
  });
});

describe('forged cursors', () => {
  it('when an activity cursor points beyond any bigint, then the answer is a 400 naming the cursor', async () => {
    const response = await call('GET', `/v1/me/activity?cursor=${base64url({ before: 2 ** 64 })}`, learner);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['query /cursor']);
  });

  it('when a comment cursor holds a time PostgreSQL cannot read, then the answer is a 400', async () => {
    const cursor = base64url({ createdAt: '2026-02-31 10:00:00+00', id: '7b0e3c1a-2f4d-4e5b-9c6d-1a2b3c4d5e6f' });

    const response = await call('GET', `/v1/feedback/comments?cursor=${cursor}`, admin);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['query /cursor']);
  });

  it('when a cursor holds a NUL character inside its JSON, then the answer is a 400', async () => {
    const response = await call('GET', `/v1/admin/users?cursor=${base64url({ after: 'a\u0000' })}`, admin);

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['query /cursor']);
  });
});

describe('URLs the router cannot read', () => {
  it('when a path holds a percent-escape that is not UTF-8, then the answer is a problem', async () => {
    const response = await call('GET', `/v1/roadmaps/%FF`);

    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<Problem>()).toMatchObject({ status: 400, instance: '/v1/roadmaps/%FF' });
  });

  it('when a path segment is longer than the router takes, then the answer is a 414 problem', async () => {
    const response = await call('GET', `/v1/roadmaps/${'a'.repeat(200)}`);

    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<Problem>().requestId).toBe(response.headers['x-request-id']);
  });
});

describe('requests that are not valid HTTP', () => {
  /** What the server answers to `bytes` on a socket of its own (app.inject cannot send what is not HTTP). */
  const rawExchange = async (bytes: Buffer) => {
    const server = await createTestApp({ database: t.database, jobs: false });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as net.AddressInfo;
    try {
      return await new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
        let answer = '';
        socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    } finally {
      await server.app.close();
    }
  };

  it('when a header holds a NUL byte, then Node refuses it and the answer is still a 400 problem', async () => {
    const answer = await rawExchange(
      Buffer.from('GET /v1/roadmaps HTTP/1.1\r\nHost: x\r\nUser-Agent: a\u0000b\r\n\r\n'),
    );
    const [head, body] = answer.split('\r\n\r\n');

    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    expect(head).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(body!)).toMatchObject({ status: 400, type: '/problems/bad-request' });
  });

  it('when Node refuses a request, then its answer carries the security headers every other answer carries', async () => {
    const answer = await rawExchange(Buffer.from('GET /v1/road\u0000maps HTTP/1.1\r\nHost: x\r\n\r\n'));
    const head = (answer.split('\r\n\r\n')[0] ?? '').toLowerCase();

    expect(head).toMatch(/^http\/1\.1 400 bad request/);
    expect(head).toContain("content-security-policy: default-src 'self'");
    expect(head).toContain('x-content-type-options: nosniff');
    expect(head).toContain('strict-transport-security: max-age=');
  });
});

describe('the size of a problem', () => {
  it('when a body has 60 000 unknown fields, then the problem names 20 of them and counts the rest', async () => {
    const payload = JSON.stringify(Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1])));

    const response = await call('PATCH', '/v1/me', learner, payload);

    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toHaveLength(20);
    expect(response.json<Problem>().detail).toMatch(/; and \d+ more$/);
    expect(response.rawPayload.length).toBeLessThan(10_000);
  });

  it('when a body has a key of half a megabyte, then the problem quotes only its start', async () => {
    const response = await call('PATCH', '/v1/me', learner, `{"${'k'.repeat(500_000)}":1}`);

    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]?.pointer).toBe(`/${'k'.repeat(199)}…`);
    expect(response.rawPayload.length).toBeLessThan(10_000);
  });
});

describe('time zones JavaScript and PostgreSQL read differently', () => {
  it('when a learner gives a zone name newer tzdata dropped, then its zone is stored and the streak still answers', async () => {
    const changed = await call('PATCH', '/v1/me', learner, JSON.stringify({ timeZone: 'US/Pacific-New' }));
    const streak = await call('GET', '/v1/me/streak', learner);

    expect(changed.json<{ timeZone: string }>().timeZone).toBe('America/Los_Angeles');
    expect(streak.statusCode).toBe(200);
  });

  it('when a zone was stored before names were resolved, then migration 0008 replaces it and the streak answers again', async () => {
    const stale = await signUp(t);
    const offset = await signUp(t);
    await sql`update users set time_zone = 'US/Pacific-New' where id = ${stale.id}`.execute(t.database.db);
    await sql`update users set time_zone = '+05:30' where id = ${offset.id}`.execute(t.database.db);
    const before = await call('GET', '/v1/me/streak', stale);

    // Migrations run without the camelCase plugin, as the migrator runs them (database.ts).
    await canonicalTimeZones.up(t.database.db.withoutPlugins() as Kysely<unknown>);

    expect(before.statusCode).toBe(500);
    expect((await call('GET', '/v1/me/streak', stale)).statusCode).toBe(200);
    expect((await call('GET', '/v1/me', stale)).json<{ timeZone: string }>().timeZone).toBe('America/Los_Angeles');
    expect((await call('GET', '/v1/me', offset)).json<{ timeZone: string }>().timeZone).toBe('UTC');
  });

  it('when a learner gives an offset, which PostgreSQL would read west for east, then the answer is a 400', async () => {
    const response = await call('PATCH', '/v1/me', learner, JSON.stringify({ timeZone: '+05:30' }));

    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.body)).toEqual(['body /timeZone']);
  });
});
