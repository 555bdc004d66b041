// What only a server deployment has: a database server that can be unreachable, and Redis shared by instances.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../../src/infra/database.ts';
import { testRedisUrl } from '../support/engine.ts';
import { createEmptyPostgresDatabase, createTestApp, type TestApp } from '../support/harness.ts';
import { startTestMailbox, tokenIn } from '../support/mailbox.ts';
import { runWaymark, startWaymark, stopWaymark } from '../support/processes.ts';
import { startThrowawayRedis } from '../support/redis-server.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('rate limiting across instances', () => {
  it('when two instances share Redis, then a client is counted once across both', async () => {
    const redisA = new Redis(testRedisUrl());
    const redisB = new Redis(testRedisUrl());
    // A unique client address per run keeps this test independent of any other run sharing the Redis server.
    const remoteAddress = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`;
    const first = await createTestApp({ database: t.database, redis: redisA, config: { http: { rateLimitMax: 3 } } });
    const second = await createTestApp({ database: t.database, redis: redisB, config: { http: { rateLimitMax: 3 } } });
    try {
      const statuses = [];
      for (const app of [first.app, second.app, first.app, second.app]) {
        statuses.push((await app.inject({ url: '/v1/roadmaps', remoteAddress })).statusCode);
      }

      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await first.app.close();
      await second.app.close();
      redisA.disconnect();
      redisB.disconnect();
    }
  });
});

describe('rate limiting when Redis is down', () => {
  const capturingLogger = () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    return { logger, lines };
  };

  it('when the shared store cannot be reached, then each instance limits on its own, with a warning and no 5xx', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    unreachable.on('error', () => {}); // the app logs through its own client in production; here only the outcome matters
    const { logger, lines } = capturingLogger();
    const app = await createTestApp({
      database: t.database,
      redis: unreachable,
      logger,
      config: { http: { rateLimitMax: 2 } },
    });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await app.app.inject('/v1/roadmaps')).statusCode);

      expect(statuses).toEqual([200, 200, 429]);
      const warnings = lines.filter((line) => line.includes('each instance counts on its own'));
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40 });
    } finally {
      await app.app.close();
      unreachable.disconnect();
    }
  });

  it('when Redis goes away and comes back, then limits fall back to each instance and are shared again after', async () => {
    const redisServer = await startThrowawayRedis();
    const clients = [0, 1].map(() => {
      const client = new Redis(redisServer.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      client.on('error', () => {});
      return client;
    });
    const { logger, lines } = capturingLogger();
    const [first, second] = await Promise.all(
      clients.map((redis) =>
        createTestApp({ database: t.database, redis, logger, config: { http: { rateLimitMax: 3 } } }),
      ),
    );
    const remoteAddress = '10.1.2.3';
    const round = async (apps: TestApp[]) => {
      const statuses = [];
      for (const app of apps) statuses.push((await app.app.inject({ url: '/v1/roadmaps', remoteAddress })).statusCode);
      return statuses;
    };
    const connected = async () => {
      for (let attempt = 0; attempt < 200 && clients.some((c) => c.status !== 'ready'); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await connected();
      const shared = await round([first!, second!, first!, second!]);
      await redisServer.stop();
      const apart = await round([first!, second!, first!, second!, first!, second!, first!, second!]);
      await redisServer.start();
      await connected();
      const sharedAgain = await round([first!, second!, first!, second!]);

      expect(shared).toEqual([200, 200, 200, 429]);
      expect(apart).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
      expect(sharedAgain).toEqual([200, 200, 200, 429]);
      expect(lines.some((line) => line.includes('limits are shared across instances again'))).toBe(true);
    } finally {
      await first!.app.close();
      await second!.app.close();
      for (const client of clients) client.disconnect();
      await redisServer.stop();
    }
  });
});

describe('readiness', () => {
  it('when the database server cannot be reached, then readiness says 503 without the reason', async () => {
    const unreachable = await createTestApp({
      database: connectPostgres('postgres://postgres@127.0.0.1:1/none', 1),
      jobs: false,
    });
    try {
      const response = await unreachable.app.inject('/readyz');

      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 'not-ready', checks: { database: { status: 'failing' } } });
      expect(response.body).not.toContain('ECONNREFUSED');
    } finally {
      await unreachable.close();
    }
  });
});

describe('Waymark as deployed: the container commands against PostgreSQL and Redis', () => {
  it('when `db migrate` runs and then the server starts in production mode, then the roadmap is served', async () => {
    const database = await createEmptyPostgresDatabase();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: testRedisUrl(),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      JWT_SECRET: randomBytes(48).toString('base64'),
    };
    try {
      const migrate = await runWaymark(['src/cli.ts', 'db', 'migrate'], env);
      expect(migrate).toMatchObject({ code: 0, output: expect.stringContaining('Migrations are current.') as string });

      const server = await startWaymark(env);
      try {
        const roadmap = await fetch(`${server.url}/v1/roadmaps/backend-developer`);
        const ready = await fetch(`${server.url}/readyz`);

        expect(roadmap.status).toBe(200);
        expect(ready.status).toBe(200);
        expect(server.logs.some((line) => line.includes('"engine":"postgres"'))).toBe(true);
      } finally {
        expect(await stopWaymark(server.child)).toBe(0);
      }
    } finally {
      await database.close();
    }
  });
});

describe('the worker as a process of its own', () => {
  it('when the API runs with WORKER_MODE=off and `npm run worker` beside it, then the worker sends the mail', async () => {
    const database = await createEmptyPostgresDatabase();
    const mailbox = await startTestMailbox();
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: mailbox.url,
      WORKER_MODE: 'off',
      JWT_SECRET: randomBytes(48).toString('base64'),
    };
    const api = await startWaymark(env);
    let worker: ReturnType<typeof spawn> | undefined;
    try {
      const email = `worker-${Date.now()}@example.org`;
      const registered = await fetch(`${api.url}/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'a long and unusual passphrase', displayName: 'Worker' }),
      });
      expect(registered.status).toBe(202);
      // The API alone does not send it: the job waits for a worker.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(mailbox.received).toEqual([]);

      worker = spawn(process.execPath, ['src/worker.ts'], {
        env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      });
      const mail = await mailbox.waitFor(email, /Confirm your email address/, 30_000);
      expect(tokenIn(mail)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    } finally {
      if (worker !== undefined) {
        const running = worker;
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGTERM');
        await exited;
      }
      await stopWaymark(api.child);
      await mailbox.close();
      await database.close();
    }
  });
});
