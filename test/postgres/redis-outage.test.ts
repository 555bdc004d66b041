// Redis goes away under load and comes back: a throwaway Redis is killed and started again while an API process uses it
// for rate limits and the shared cache. Redis is an optimisation, so while it is away no read and no write may fail:
// each instance counts and caches on its own, and the process lives on through ioredis's error events.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase } from '../support/harness.ts';
import { startWaymark, stopWaymark, type Started } from '../support/processes.ts';
import { startThrowawayRedis } from '../support/redis-server.ts';
import { startSteadyLoad, storedComments, type Answer } from '../support/steady-load.ts';

const OUTAGE_MS = 2500;

let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | undefined;
let redis: Awaited<ReturnType<typeof startThrowawayRedis>> | undefined;
let api: Started | undefined;

beforeAll(async () => {
  database = await createEmptyPostgresDatabase();
  redis = await startThrowawayRedis();
  api = await startWaymark({
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    JWT_SECRET: randomBytes(48).toString('base64'),
    RATE_LIMIT_MAX: '1000000',
    FEEDBACK_RATE_LIMIT_PER_IP: '1000000',
  });
}, 90_000);

afterAll(async () => {
  // Each step runs even when one before it failed, so no server or process outlives the test.
  const steps = [
    () => (api !== undefined && api.child.exitCode === null ? stopWaymark(api.child) : undefined),
    () => redis?.stop(),
    () => database?.close(),
  ];
  for (const step of steps) await Promise.resolve(step()).catch(() => {});
}, 60_000);

const brief = ({ kind, url, status, hang, startedAt, finishedAt }: Answer) =>
  `${kind} ${url}: ${hang ? 'hang' : status} in ${finishedAt - startedAt} ms`;

describe('Redis killed under load', () => {
  it('when it goes away and comes back, then no read or write fails, the process lives on, and Redis is used again', async () => {
    const load = startSteadyLoad(api!.url);
    try {
      const healthy = await load.next((a) => a.kind === 'write' && a.status === 200, 0, 10_000);
      expect(healthy, 'the load gets answers before the outage').toBeDefined();

      await redis!.stop();
      const stoppedAt = Date.now();
      // The outage's length is part of the scenario: the load keeps running through it.
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      await redis!.start();
      const restartedAt = Date.now();
      const back = await (async () => {
        // ioredis retries with a growing delay (at most 2 s by default); the cache says when it uses Redis again.
        for (let waited = 0; waited < 10_000; waited += 100) {
          if (api!.logs.slice().some((line) => line.includes('cache: Redis is back'))) return Date.now();
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return undefined;
      })();
      await load.stop();

      const outage = load.sentBetween(stoppedAt, restartedAt);
      const stored = await storedComments(database!.url, load.marker);
      const written = load.answers.filter((a) => a.kind === 'write').map((a) => a.comment!);

      expect(api!.child.exitCode, 'the API process is running').toBeNull();
      expect(outage.filter((a) => a.kind === 'write').length, 'writes during the outage').toBeGreaterThan(10);
      expect(load.answers.filter((a) => a.status < 200 || a.status >= 300).map(brief)).toEqual([]);
      expect(
        written.filter((comment) => !stored.has(comment)),
        'writes missing',
      ).toEqual([]);
      expect(back, 'the shared cache is used again').toBeDefined();
      expect(back! - restartedAt).toBeLessThan(5000);
    } finally {
      await load.stop();
    }
  }, 60_000);
});
