// Tracing as an operator turns it on: the API and a worker as real processes on PostgreSQL and Redis, exporting over
// OTLP/HTTP (JSON) to a receiver standing in for a collector. The batch exporter is told to wait ten minutes, so
// every span that arrives was sent by the graceful shutdown.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureContent, type FixtureCopy } from '../support/content-fixture.ts';
import { testRedisUrl } from '../support/engine.ts';
import { createEmptyPostgresDatabase } from '../support/harness.ts';
import { SPAN_KIND, startOtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver.ts';
import { startWaymark, stopWaymark } from '../support/processes.ts';

let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
let content: FixtureCopy;
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;

beforeAll(async () => {
  database = await createEmptyPostgresDatabase();
  content = await copyFixtureContent();
  receiver = await startOtlpReceiver();
}, 120_000);

afterAll(async () => {
  await receiver.close();
  await content.cleanup();
  await database.close();
});

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const traceparent = (traceId: string) => `00-${traceId}-${CALLER_SPAN_ID}-01`;

const startWorker = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['src/worker.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => logs.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  return { child, logs };
};

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

const parsed = (lines: string[]) =>
  lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

describe('tracing on PostgreSQL, with the OTLP variables set', () => {
  it('when a request carries a traceparent and queues a mail, then the API and the worker export its trace, flushed at SIGTERM', async () => {
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: `waymark-test-${randomUUID().slice(0, 8)}:`,
      CONTENT_DIR: content.dir,
      WORKER_MODE: 'off',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '600000',
    };
    const api = await startWaymark(env);
    const worker = startWorker({ ...env, LOG_LEVEL: 'info' });

    const read = await fetch(`${api.url}/v1/roadmaps/alpha`, { headers: { traceparent: traceparent(TRACE_ID) } });
    const mailTraceId = TRACE_ID.replace(/^4/, '5');
    const registered = await fetch(`${api.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: traceparent(mailTraceId) },
      body: JSON.stringify({ email: 'traced@example.org', password: 'a passphrase long enough', displayName: 'T' }),
    });
    const exportsWhileRunning = receiver.requests.length;
    const apiExit = await stopWaymark(api.child);
    // The job is in the database already; the worker takes it on its next poll.
    await expect
      .poll(() => worker.logs.some((line) => line.includes('mail kept in the development mailbox')), {
        timeout: 60_000,
        interval: 200,
      })
      .toBe(true);
    const exportsBeforeWorkerStopped = receiver.requests.length;
    worker.child.kill('SIGTERM');
    const workerExit = await exitOf(worker.child);

    expect(read.status).toBe(200);
    expect(registered.status).toBe(202);
    expect(apiExit).toBe(0);
    expect(workerExit).toBe(0);
    expect(exportsWhileRunning).toBe(0);
    expect(exportsBeforeWorkerStopped).toBe(1); // the API's, at its shutdown
    expect(receiver.requests.map((request) => [request.url, request.contentType])).toEqual([
      ['/v1/traces', 'application/json'],
      ['/v1/traces', 'application/json'],
    ]);

    // The request: a server span named by its route template, continuing the caller's trace.
    const server = receiver.spans.find((span) => span.traceId === TRACE_ID && span.kind === SPAN_KIND.server);
    expect(server).toMatchObject({
      name: 'GET /v1/roadmaps/:slug',
      parentSpanId: CALLER_SPAN_ID,
      attributes: {
        'http.route': '/v1/roadmaps/:slug',
        'http.response.status_code': 200,
        'http.request.method': 'GET',
      },
      resource: { 'service.name': 'waymark-api', 'service.version': expect.any(String) as string },
    });
    // Its queries, somewhere below it (Fastify's request and handler spans sit between).
    const queries = receiver.descendantsOf(server!.spanId).filter((span) => span.attributes['db.system.name']);
    expect(queries.some((span) => span.name.startsWith('pg.query:SELECT'))).toBe(true);
    expect(queries.find((span) => span.name.startsWith('pg.query'))?.attributes['db.query.text']).toMatch(/roadmap/);
    // The cache in Redis is asked first, inside the same request.
    expect(receiver.descendantsOf(server!.spanId).some((span) => span.attributes['db.system.name'] === 'redis')).toBe(
      true,
    );

    // The request's log line carries the trace and the server span it was written in.
    const requestLine = parsed(api.logs).find(
      (line) => line.msg === 'request completed' && line.route === '/v1/roadmaps/:slug',
    );
    expect(requestLine).toMatchObject({ traceId: TRACE_ID, spanId: server!.spanId });

    // The mail job, in the worker: pg-boss's process span continues the trace of the request that queued it.
    const processed = receiver.spans.find(
      (span) => span.traceId === mailTraceId && span.name === 'process mail.send' && span.kind === SPAN_KIND.consumer,
    );
    expect(processed?.resource['service.name']).toBe('waymark-worker');
    const jobQueries = receiver.descendantsOf(processed!.spanId);
    expect(jobQueries.some((span: ReceivedSpan) => /sent_mail/.test(String(span.attributes['db.query.text'])))).toBe(
      true,
    );
    const mailLine = parsed(worker.logs).find((line) => line.msg === 'mail kept in the development mailbox');
    expect(mailLine?.traceId).toBe(mailTraceId);
  }, 180_000);
});
