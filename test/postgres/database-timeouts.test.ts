// Bounds on waiting for the database: a server that takes the connection and never answers (a failover in progress, a
// stuck proxy), and a statement that runs past the statement timeout. Either way the client gets a 503 in bounded
// time, never a hang and never a 500.
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, type DatabaseHandle } from '../../src/infra/database.ts';
import { createTestApp, createTestDatabase, type TestApp } from '../support/harness.ts';

/** Accepts TCP connections and never says a word, as a server host that vanished behind a live proxy would. */
const startSilentServer = async () => {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `postgres://postgres@127.0.0.1:${(server.address() as net.AddressInfo).port}/none`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
};

describe('a database server that never answers', () => {
  let silent: Awaited<ReturnType<typeof startSilentServer>>;
  let t: TestApp;
  beforeAll(async () => {
    silent = await startSilentServer();
    t = await createTestApp({ database: connectPostgres(silent.url, 2), jobs: false });
  });
  afterAll(async () => {
    await silent.close();
    await t.close();
  }, 20_000);

  it('when readiness is asked, then it says 503 within 2 s', async () => {
    const started = Date.now();
    const response = await t.app.inject('/readyz');

    expect(response.statusCode).toBe(503);
    expect(Date.now() - started).toBeLessThan(2000);
  }, 10_000);

  it('when a request needs the database, then it gets a 503 problem with Retry-After once connecting times out', async () => {
    const started = Date.now();
    const response = await t.app.inject('/v1/resources');

    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(response.json()).toMatchObject({ type: '/problems/service-unavailable', status: 503 });
    // The pool's connection timeout (5 s), well within the 10 s a request may take.
    expect(Date.now() - started).toBeLessThan(8000);
  }, 15_000);
});

describe('the statement timeout', () => {
  let database: DatabaseHandle & { url?: string };
  let bounded: DatabaseHandle;
  let t: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase();
    bounded = connectPostgres(database.url!, 2, { statementTimeoutMs: 300 });
    t = await createTestApp({ database: bounded, jobs: false });
  });
  afterAll(async () => {
    await t.app.close();
    await bounded.close();
    await database.close();
  });

  it('when a statement waits longer than the timeout, then the request gets a 503 problem with Retry-After, not a 500', async () => {
    // Another session holds the table the vote goes to, so the insert waits on its lock past the timeout.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table feedback_votes in access exclusive mode');
      const started = Date.now();
      const response = await t.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        payload: { roadmap: 'backend-developer', helpful: true },
      });

      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(response.json()).toMatchObject({ detail: expect.stringMatching(/took too long/) as string });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
  });

  it('when the statements are quick, then the same request succeeds', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { roadmap: 'backend-developer', helpful: true },
    });

    expect(response.statusCode).toBe(200);
  });
});
