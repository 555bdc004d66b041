// The cache of public reads across instances: two apps on one database and one Redis behave as one, an import on
// either is seen through both at once, and Redis going away costs speed, never answers.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCache, type CacheLookup } from '../../src/infra/cache.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { copyFixtureContent, type FixtureCopy } from '../support/content-fixture.ts';
import { testRedisUrl } from '../support/engine.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { startThrowawayRedis } from '../support/redis-server.ts';

const silent = createLogger({ logLevel: 'silent' });
let base: TestApp;
let content: FixtureCopy;
beforeAll(async () => {
  base = await createTestApp({ jobs: false });
  content = await copyFixtureContent();
  await base.container.contentService.importFrom(content.dir);
});
afterAll(async () => {
  await base.close();
  await content.cleanup();
});

const opened: { app: TestApp; redis: Redis }[] = [];
afterEach(async () => {
  for (const { app, redis } of opened.splice(0)) {
    await app.app.close();
    redis.disconnect();
  }
});

/** An app on the shared test database with its own Redis connections, as a separate instance would have. */
const instance = async (options: { redisUrl: string; prefix: string; lookups?: CacheLookup[] }) => {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  redis.on('error', () => {});
  await redis.connect().catch(() => {});
  const app = await createTestApp({
    database: base.database,
    jobs: false,
    redis,
    redisKeyPrefix: options.prefix,
    onCacheLookup: (namespace, lookup) => {
      if (namespace === 'roadmaps') options.lookups?.push(lookup);
    },
  });
  opened.push({ app, redis });
  return app;
};

const stepTitle = async (t: TestApp) => {
  const response = await t.app.inject('/v1/roadmaps/alpha/steps/a-two');
  return response.json<{ title: string }>().title;
};

const eventually = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
};

const retitle = async (title: string) => {
  await content.edit('roadmaps/alpha/steps/a-two.md', (text) => text.replace(/^title: .*$/m, `title: ${title}`));
};

describe('the shared cache', () => {
  it('when one instance has rendered a document, then the other takes it from Redis, not from the database', async () => {
    const prefix = `waymark-test:${randomUUID()}:`;
    const firstLookups: CacheLookup[] = [];
    const secondLookups: CacheLookup[] = [];
    const first = await instance({ redisUrl: testRedisUrl(), prefix, lookups: firstLookups });
    const second = await instance({ redisUrl: testRedisUrl(), prefix, lookups: secondLookups });

    const fromFirst = await first.app.inject('/v1/roadmaps/alpha');
    await new Promise((resolve) => setTimeout(resolve, 50)); // the write to Redis is not awaited by the reader
    const fromSecond = await second.app.inject({ url: '/v1/roadmaps/alpha', headers: { 'accept-encoding': 'br' } });
    const again = await second.app.inject('/v1/roadmaps/alpha');

    expect(firstLookups).toEqual(['miss']);
    expect(secondLookups).toEqual(['redis-hit', 'memory-hit']);
    expect(fromSecond.headers['content-encoding']).toBe('br');
    expect(again.body).toBe(fromFirst.body);
    expect(again.headers.etag).toBe(fromFirst.headers.etag);
  });

  it('when content is imported through one instance, then the other serves the change within a second', async () => {
    const prefix = `waymark-test:${randomUUID()}:`;
    const first = await instance({ redisUrl: testRedisUrl(), prefix });
    const second = await instance({ redisUrl: testRedisUrl(), prefix });
    await retitle('Step two about queues');
    await first.container.contentService.importFrom(content.dir);
    expect(await stepTitle(first)).toBe('Step two about queues');
    expect(await stepTitle(second)).toBe('Step two about queues');
    const searchBefore = await second.app.inject('/v1/search?q=backpressure');
    expect(searchBefore.json<{ items: unknown[] }>().items).toEqual([]);

    await retitle('Step two about queues and backpressure');
    await first.container.contentService.importFrom(content.dir);

    expect(
      await eventually(async () => (await stepTitle(second)) === 'Step two about queues and backpressure', 1000),
    ).toBe(true);
    const searchAfter = await second.app.inject('/v1/search?q=backpressure');
    expect(searchAfter.json<{ items: { id: string }[] }>().items.map((hit) => hit.id)).toEqual(['a-two']);
  });

  it('when a reader votes through one instance, then the other counts it within a second', async () => {
    const prefix = `waymark-test:${randomUUID()}:`;
    const first = await instance({ redisUrl: testRedisUrl(), prefix });
    const second = await instance({ redisUrl: testRedisUrl(), prefix });
    const helpfulVotes = async () => {
      const response = await second.app.inject('/v1/feedback/summary?roadmap=alpha&target=roadmap');
      return response.json<{ items: { target: string; helpful: number }[] }>().items[0]?.helpful;
    };
    const before = await helpfulVotes(); // cached now, on the second instance

    const vote = await first.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { roadmap: 'alpha', target: 'roadmap', helpful: true },
    });

    expect(vote.statusCode).toBe(200);
    expect(await eventually(async () => (await helpfulVotes()) === (before ?? 0) + 1, 1000)).toBe(true);
  });
});

describe('the cache while Redis is away', () => {
  it('when Redis cannot be reached, then reads are served from the database and imports still show at once here', async () => {
    const alone = await instance({ redisUrl: 'redis://127.0.0.1:1', prefix: `waymark-test:${randomUUID()}:` });
    await retitle('Step two, read without Redis');
    await alone.container.contentService.importFrom(content.dir);

    const read = await alone.app.inject('/v1/roadmaps/alpha');

    expect(read.statusCode).toBe(200);
    expect(await stepTitle(alone)).toBe('Step two, read without Redis');
  });

  it('when an instance missed an invalidation while Redis was down, then it drops its memory once Redis is back', async () => {
    const redisServer = await startThrowawayRedis();
    try {
      const prefix = `waymark-test:${randomUUID()}:`;
      const first = await instance({ redisUrl: redisServer.url, prefix });
      const second = await instance({ redisUrl: redisServer.url, prefix });
      await retitle('Before the outage');
      await first.container.contentService.importFrom(content.dir);
      expect(await eventually(async () => (await stepTitle(second)) === 'Before the outage', 1000)).toBe(true);

      await redisServer.stop();
      await retitle('During the outage');
      await first.container.contentService.importFrom(content.dir);
      const duringOutage = await stepTitle(second);
      await redisServer.start();

      expect(duringOutage).toBe('Before the outage');
      expect(await eventually(async () => (await stepTitle(second)) === 'During the outage', 10_000)).toBe(true);
    } finally {
      await redisServer.stop();
    }
  });
});

describe('a namespace kept in each process only (the session checks)', () => {
  it('when two instances load it, then nothing goes to Redis, and an invalidation on one reaches the other', async () => {
    const prefix = `waymark-test:${randomUUID()}:`;
    const connections = [0, 1].map(() => new Redis(testRedisUrl(), { lazyConnect: true }));
    const caches = await Promise.all(
      connections.map(async (redis) => {
        await redis.connect();
        const cache = createCache({ redis, keyPrefix: prefix, ttlMs: 30_000, maxEntries: 10, logger: silent });
        await cache.start();
        return cache;
      }),
    );
    try {
      const loads = [0, 0];
      const namespaces = caches.map((cache) =>
        cache.namespace<string>('local', undefined, { shared: false, ttlMs: 60_000 }),
      );
      const read = (i: number) =>
        namespaces[i]!.getOrLoad('session', () => {
          loads[i]! += 1;
          return Promise.resolve('editor');
        });
      expect([await read(0), await read(1), await read(0), await read(1)]).toEqual([
        'editor',
        'editor',
        'editor',
        'editor',
      ]);
      expect(loads).toEqual([1, 1]);
      expect(await connections[0]!.keys(`${prefix}cache:local:*`)).toEqual([]);

      await namespaces[0]!.invalidate('session');
      expect(
        await eventually(async () => {
          await read(1);
          return loads[1] === 2;
        }, 1000),
      ).toBe(true);
    } finally {
      for (const cache of caches) cache.close();
      for (const redis of connections) redis.disconnect();
    }
  });
});
