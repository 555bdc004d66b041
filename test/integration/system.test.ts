import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument, serializeOpenApi } from '../../src/openapi.ts';
import { testEngine } from '../support/engine.ts';
import { migrateToLatest, openEmbedded } from '../../src/infra/database.ts';
import { createEmptyPostgresDatabase, createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.app.get('/test/explode', { config: { policy: 'public' } }, () => {
    throw new Error('connection string postgres://secret@db leaked');
  });
});
afterAll(() => t.close());

describe('operations endpoints', () => {
  it('when the liveness probe is called, then it answers ok', async () => {
    const response = await t.app.inject('/healthz');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('when the database answers and migrations ran, then the readiness probe says ready', async () => {
    const response = await t.app.inject('/readyz');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ready',
      checks: { database: { status: 'ok' }, migrations: { status: 'ok' } },
    });
  });

  it('when /version is called, then it reports version, commit, build time and Node.js', async () => {
    const response = await t.app.inject('/version');

    expect(response.json()).toEqual({
      version: '0.0.0-test',
      commit: 'abc123',
      buildTime: '2026-11-25T00:00:00.000Z',
      node: process.version,
    });
  });

  it('when the OpenAPI document is fetched, then it is OpenAPI 3.1 and lists the public API', async () => {
    const response = await t.app.inject('/openapi.json');

    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/roadmaps', '/v1/roadmaps/{slug}', '/v1/resources', '/v1/search', '/readyz']),
    );
  });

  it('when the committed openapi.json is compared with the code, then they match (run `npm run openapi`)', async () => {
    const committed = await fs.readFile('openapi.json', 'utf8');

    expect(committed).toBe(serializeOpenApi(await generateOpenApiDocument()));
  });

  it('when /docs is opened, then Swagger UI is served', async () => {
    const response = await t.app.inject('/docs/');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });
});

describe('every response', () => {
  it('when a client sends no request id, then the response carries a new one', async () => {
    const response = await t.app.inject('/healthz');

    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when a client sends a sane request id, then it is echoed; when it is odd, then it is replaced', async () => {
    const sane = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'client-42.abc' } });
    const odd = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id<script>' } });

    expect(sane.headers['x-request-id']).toBe('client-42.abc');
    expect(odd.headers['x-request-id']).not.toBe('bad id<script>');
  });

  it('when any page is served, then security headers are set', async () => {
    const response = await t.app.inject('/v1/roadmaps');

    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('when the route is unknown, then the answer is a 404 problem with the request id', async () => {
    const response = await t.app.inject({ url: '/v2/anything?x=1', headers: { 'x-request-id': 'trace-me' } });

    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No route answers GET /v2/anything.',
      instance: '/v2/anything',
      requestId: 'trace-me',
    });
  });

  it('when a handler fails unexpectedly, then the 500 problem hides what went wrong', async () => {
    const response = await t.app.inject('/test/explode');

    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('postgres://');
    expect(response.json()).toMatchObject({ status: 500, type: '/problems/internal-error' });
  });
});

describe('logs', () => {
  it('when a request fails, then its log lines carry its request id and no secrets from the headers', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const logged = await createTestApp({ database: t.database, logger });
    logged.app.get('/test/explode', { config: { policy: 'public' } }, () => {
      throw new Error('boom');
    });
    try {
      await logged.app.inject({
        url: '/test/explode',
        headers: { 'x-request-id': 'trace-42', authorization: 'Bearer secret-token', cookie: 'session=secret' },
      });

      const forRequest = lines.filter((line) => line.reqId === 'trace-42');
      expect(forRequest.map((line) => line.msg)).toContain('request failed');
      // One line per request, written when it is answered.
      expect(forRequest.filter((line) => line.route === '/test/explode')).toEqual([
        expect.objectContaining({ statusCode: 500, userId: null, latencyMs: expect.any(Number) as number }),
      ]);
      expect(JSON.stringify(lines)).not.toContain('secret');
    } finally {
      await logged.app.close();
    }
  });
});

describe('CORS', () => {
  it('when an allowed origin asks, then it is allowed; when another asks, then it is not', async () => {
    const allowed = await t.app.inject({ url: '/v1/roadmaps', headers: { origin: 'https://app.example.org' } });
    const other = await t.app.inject({ url: '/v1/roadmaps', headers: { origin: 'https://evil.example.com' } });

    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limiting', () => {
  it('when a client goes over the limit, then it gets a 429 problem with Retry-After', async () => {
    const limited = await createTestApp({ database: t.database, config: { http: { rateLimitMax: 2 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await limited.app.inject('/v1/roadmaps')).statusCode);
      const refused = await limited.app.inject('/v1/roadmaps');

      expect(statuses).toEqual([200, 200, 429]);
      expect(refused.headers['retry-after']).toBeDefined();
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ status: 429, type: '/problems/too-many-requests' });
    } finally {
      await limited.app.close();
    }
  });

  it('when probes are polled often, then they are never rate limited', async () => {
    const limited = await createTestApp({ database: t.database, config: { http: { rateLimitMax: 1 } } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await limited.app.inject('/healthz')).statusCode);

      expect(statuses).toEqual([200, 200, 200]);
    } finally {
      await limited.app.close();
    }
  });
});

describe('readiness when something is wrong', () => {
  it('when the database has not been migrated, then readiness says 503 and names the pending migration', async () => {
    const empty = testEngine() === 'pglite' ? await openEmbedded() : await createEmptyPostgresDatabase();
    const unmigrated = await createTestApp({ database: empty, jobs: false });
    try {
      const response = await unmigrated.app.inject('/readyz');

      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'not-ready',
        checks: {
          database: { status: 'ok' },
          migrations: { status: 'failing', detail: expect.stringMatching(/^pending: 0001-content, /) as string },
        },
      });
    } finally {
      await unmigrated.close();
    }
  });
});

describe('readiness and the migration table', () => {
  it('when the migrations were current once, then readiness no longer reads the migration table', async () => {
    const app = await createTestApp({ jobs: false });
    try {
      const first = await app.app.inject('/readyz');
      // Were the table still read on every probe, the migration missing from it now would show as pending.
      await sql`delete from kysely_migration where name = '0001-content'`.execute(app.database.db);
      const later = await app.app.inject('/readyz');

      expect(first.statusCode).toBe(200);
      expect(later.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('when the database was behind, then readiness reads the migration table again until it is current', async () => {
    const empty = testEngine() === 'pglite' ? await openEmbedded() : await createEmptyPostgresDatabase();
    const app = await createTestApp({ database: empty, jobs: false });
    try {
      const before = await app.app.inject('/readyz');
      await migrateToLatest(empty.db);
      const after = await app.app.inject('/readyz');

      expect(before.statusCode).toBe(503);
      expect(after.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
