// What an operator sees: /metrics behind its token, one JSON log line per request with no secrets in it, and load
// shedding when the process is over its limits.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import { createMetrics } from '../../src/infra/metrics.ts';
import type { TokenPair } from '../../src/modules/accounts/accounts.schemas.ts';
import { testEngine } from '../support/engine.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';

const METRICS_TOKEN = randomBytes(32).toString('base64url');
const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  const logger = createLogger({ logLevel: 'info' }, { write: (line: string) => lines.push(line) });
  t = await createTestApp({
    logger,
    metrics: createMetrics(),
    config: { observability: { metricsToken: METRICS_TOKEN } },
  });
});
afterAll(() => t.close());

const scrape = (authorization?: string) =>
  t.app.inject({ url: '/metrics', headers: authorization === undefined ? {} : { authorization } });

describe('GET /metrics', () => {
  it('when called without the token or with a wrong one, then it answers 401', async () => {
    expect((await scrape()).statusCode).toBe(401);
    expect((await scrape(`Bearer ${METRICS_TOKEN.slice(1)}x`)).statusCode).toBe(401);
  });

  it('when roadmaps were read, then latency by route template, the cache hit ratio and event-loop lag are there', async () => {
    await t.app.inject('/v1/roadmaps/backend-developer');
    await t.app.inject('/v1/roadmaps/backend-developer');
    await t.app.inject('/v1/roadmaps/no-such-roadmap');

    const response = await scrape(`Bearer ${METRICS_TOKEN}`);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    const text = response.body;
    expect(text).toMatch(
      /waymark_http_request_duration_seconds_count\{method="GET",route="\/v1\/roadmaps\/:slug",status_code="200"\} 2/,
    );
    expect(text).toMatch(/waymark_http_request_duration_seconds_count\{[^}]*status_code="404"\} 1/);
    expect(text).toContain('waymark_cache_lookups_total{namespace="roadmaps",result="memory-hit"} 1');
    expect(text).toMatch(/waymark_cache_hit_ratio\{namespace="roadmaps"\} 0\.3333/);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toMatch(/waymark_job_queue_jobs\{queue="mail.send",state="queued"\} \d+/);
    if (testEngine() === 'postgres') expect(text).toMatch(/waymark_db_pool_connections\{state="total"\} [1-9]/);
  });
});

describe('request logs', () => {
  it('when someone logs in, then the log has one line per request with id, route, latency and user, and no secrets', async () => {
    const email = `logs-${Date.now()}@example.org`;
    const password = 'a long and unusual passphrase for logs';
    const registered = await t.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email, password, displayName: 'Logs' },
    });
    expect(registered.statusCode).toBe(202);
    const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
    const { accessToken, refreshToken } = login.json<TokenPair>();
    const me = await t.app.inject({
      url: '/v1/me',
      headers: {
        authorization: `Bearer ${accessToken}`,
        cookie: `session=${refreshToken}`,
        'x-request-id': 'trace-me-1',
      },
    });
    expect(me.statusCode).toBe(200);

    const captured = lines.join('\n');
    expect(captured).not.toContain(password);
    expect(captured).not.toContain(accessToken);
    expect(captured).not.toContain(refreshToken);
    const meLine = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.reqId === 'trace-me-1');
    expect(meLine).toMatchObject({
      msg: 'request completed',
      route: '/v1/me',
      method: 'GET',
      statusCode: 200,
      userId: expect.any(String) as string,
      latencyMs: expect.any(Number) as number,
    });
  });

  it('when a request object with headers and a password is logged by mistake, then they are redacted', () => {
    const before = lines.length;
    t.app.log.info({
      req: { headers: { authorization: 'Bearer leaked', cookie: 'a=b' } },
      body: { password: 'hunter2-long' },
    });

    const entry = lines.slice(before).join('\n');
    expect(entry).not.toContain('leaked');
    expect(entry).not.toContain('a=b');
    expect(entry).not.toContain('hunter2-long');
  });
});

describe('load shedding', () => {
  it('when the heap is over its limit, then requests get 503 with Retry-After, and liveness still answers', async () => {
    const shedding = await createTestApp({
      database: t.database,
      jobs: false,
      config: { loadShed: { maxHeapUsedMb: 1, retryAfterSeconds: 7 } },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 600)); // the first samples

      const read = await shedding.app.inject('/v1/roadmaps');
      const liveness = await shedding.app.inject('/healthz');

      expect(read.statusCode).toBe(503);
      expect(read.headers['retry-after']).toBe('7');
      expect(read.headers['content-type']).toContain('application/problem+json');
      expect(liveness.statusCode).toBe(200);
    } finally {
      await shedding.app.close();
    }
  });
});
