// The cache for public reads: a small in-process LRU in front of Redis (when REDIS_URL is set), with explicit
// invalidation that reaches every instance. See docs/decisions/0008-cache-and-invalidation.md.
//
// Values live under a namespace ("roadmaps", "search", …). Redis keys carry the namespace's generation
// (`<prefix>cache:<namespace>:<generation>:<key>`): invalidating a namespace increments its generation in Redis and
// publishes the new number, so no instance can read what was written before, and a slow load that started before the
// change can only write under the old generation, which nobody reads any more. Pub/sub delivers at most once: an
// instance whose subscriber connection dropped may have missed a message, so on every (re)connection it clears its
// memory and reads the generations again. Every entry also expires after the TTL, which bounds staleness when a
// change cannot be broadcast at all (Redis down, or no Redis and a CLI import in another process).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from './logger.ts';

export type CacheLookup = 'memory-hit' | 'redis-hit' | 'miss';

/** How a namespace's values travel through Redis; the default is JSON. */
export interface CacheCodec<T> {
  encode(value: T): Buffer;
  decode(bytes: Buffer): T;
}

/** A namespace's own terms; by default it shares the cache's memory, TTL and Redis layer. */
export interface NamespaceOptions {
  /** Entries expire after this long instead of the cache's TTL. */
  ttlMs?: number;
  /** Its own in-process store of this many entries, so it never pushes another namespace's entries out. */
  maxEntries?: number;
  /** false: values stay in each process's memory, never in Redis; invalidations still reach every instance. */
  shared?: boolean;
}

export interface CacheNamespace<T> {
  /** The cached value, or `load()`'s result, which is then cached. Concurrent misses share one load. */
  getOrLoad(key: string, load: () => Promise<T | undefined>): Promise<T | undefined>;
  /** Drops one key (with `key`) or the whole namespace here and, through Redis, on every instance. */
  invalidate(key?: string): Promise<void>;
}

export interface CacheOptions {
  /** Without Redis the cache is this process's memory only; invalidation then stays in this process. */
  redis?: Redis | undefined;
  keyPrefix: string;
  ttlMs: number;
  maxEntries: number;
  logger: Logger;
  onLookup?: (namespace: string, lookup: CacheLookup) => void;
}

const jsonCodec: CacheCodec<unknown> = {
  encode: (value) => Buffer.from(JSON.stringify(value)),
  decode: (bytes) => JSON.parse(bytes.toString('utf8')) as unknown,
};

interface InvalidationMessage {
  namespace: string;
  key?: string;
  generation?: number;
}

const memoryKey = (namespace: string, key: string) => `${namespace}\u0000${key}`;

export const createCache = ({ redis, keyPrefix, ttlMs, maxEntries, logger, onLookup }: CacheOptions) => {
  const memory = new LRUCache<string, { value: unknown }>({ max: maxEntries, ttl: ttlMs, ttlAutopurge: false });
  /** The namespaces with a store of their own (NamespaceOptions.maxEntries); the others use `memory`. */
  const ownStores = new Map<string, LRUCache<string, { value: unknown }>>();
  const storeOf = (namespace: string) => ownStores.get(namespace) ?? memory;
  const localOnly = new Set<string>();
  const ttls = new Map<string, number>();
  const inflight = new Map<string, Promise<unknown>>();
  const codecs = new Map<string, CacheCodec<unknown>>();
  /** Redis generation per namespace; absent until read from Redis, and the Redis layer is skipped until then. */
  const generations = new Map<string, number>();
  /** Counts local invalidations, so a load that began before one does not store its (stale) result. */
  const epochs = new Map<string, number>();
  const channel = `${keyPrefix}cache:invalidate`;
  const generationKey = (namespace: string) => `${keyPrefix}cache:${namespace}:generation`;
  const instance = randomUUID();
  // Subscribed again on every 'ready' below, followed by a resync; ioredis's own resubscribe would skip the resync.
  const subscriber = redis?.duplicate({ lazyConnect: true, autoResubscribe: false });
  let redisWarned = false;

  const redisFailed = (error: unknown, doing: string) => {
    // One line per outage, not one per request.
    if (redisWarned) return;
    redisWarned = true;
    logger.warn({ err: error }, `cache: Redis failed while ${doing}; reads go to memory and the database`);
  };

  const dropLocal = (namespace: string, key?: string) => {
    epochs.set(namespace, (epochs.get(namespace) ?? 0) + 1);
    const store = storeOf(namespace);
    if (key !== undefined) {
      store.delete(memoryKey(namespace, key));
      inflight.delete(memoryKey(namespace, key));
      return;
    }
    const prefix = memoryKey(namespace, '');
    for (const cached of [...store.keys(), ...inflight.keys()]) {
      if (cached.startsWith(prefix)) {
        store.delete(cached);
        inflight.delete(cached);
      }
    }
  };

  /** After a (re)connection: what was missed is unknown, so start over from Redis's generations. */
  const resync = async () => {
    if (redis === undefined || redis.status !== 'ready') return;
    const namespaces = [...codecs.keys()];
    try {
      const values = namespaces.length === 0 ? [] : await redis.mget(namespaces.map(generationKey));
      for (const namespace of namespaces) dropLocal(namespace);
      namespaces.forEach((namespace, index) => generations.set(namespace, Number(values[index] ?? 0)));
      if (redisWarned) logger.info('cache: Redis is back; shared cache and invalidation resumed');
      redisWarned = false;
    } catch (error) {
      redisFailed(error, 'reading generations');
    }
  };

  if (redis !== undefined && subscriber !== undefined) {
    subscriber.on('error', (error: Error) => redisFailed(error, 'listening for invalidations'));
    subscriber.on('ready', () => {
      subscriber
        .subscribe(channel)
        .then(resync)
        .catch((error: unknown) => redisFailed(error, 'subscribing to invalidations'));
    });
    redis.on('ready', () => void resync());
    subscriber.on('message', (_channel: string, raw: string) => {
      const message = JSON.parse(raw) as InvalidationMessage & { instance: string };
      if (message.generation !== undefined) generations.set(message.namespace, message.generation);
      if (message.instance !== instance) dropLocal(message.namespace, message.key);
    });
  }

  const redisKey = (namespace: string, key: string) => {
    const generation = generations.get(namespace);
    if (redis === undefined || redis.status !== 'ready' || generation === undefined || localOnly.has(namespace)) {
      return undefined;
    }
    return `${keyPrefix}cache:${namespace}:${generation}:${key}`;
  };

  const readRedis = async (namespace: string, key: string): Promise<unknown> => {
    const target = redisKey(namespace, key);
    if (target === undefined) return undefined;
    try {
      const bytes = await redis!.getBuffer(target);
      return bytes === null ? undefined : codecs.get(namespace)!.decode(bytes);
    } catch (error) {
      redisFailed(error, 'reading');
      return undefined;
    }
  };

  const writeRedis = (namespace: string, key: string, value: unknown) => {
    const target = redisKey(namespace, key);
    if (target === undefined) return;
    redis!
      .set(target, codecs.get(namespace)!.encode(value), 'PX', ttls.get(namespace) ?? ttlMs)
      .catch((error: unknown) => {
        redisFailed(error, 'writing');
      });
  };

  const load = async (namespace: string, key: string, loader: () => Promise<unknown>) => {
    const epoch = epochs.get(namespace) ?? 0;
    const shared = await readRedis(namespace, key);
    if (shared !== undefined) {
      onLookup?.(namespace, 'redis-hit');
      if (epochs.get(namespace) === epoch) storeOf(namespace).set(memoryKey(namespace, key), { value: shared });
      return shared;
    }
    onLookup?.(namespace, 'miss');
    const fresh = await loader();
    if (fresh !== undefined && (epochs.get(namespace) ?? 0) === epoch) {
      storeOf(namespace).set(memoryKey(namespace, key), { value: fresh });
      writeRedis(namespace, key, fresh);
    }
    return fresh;
  };

  const invalidate = async (namespace: string, key?: string) => {
    dropLocal(namespace, key);
    if (redis === undefined) return;
    const message: InvalidationMessage & { instance: string } = { instance, namespace };
    try {
      if (key === undefined) {
        message.generation = await redis.incr(generationKey(namespace));
        generations.set(namespace, message.generation);
      } else {
        const target = redisKey(namespace, key);
        if (target !== undefined) await redis.del(target);
        message.key = key;
      }
      await redis.publish(channel, JSON.stringify(message));
    } catch (error) {
      logger.warn(
        { err: error, namespace, key },
        'cache: could not broadcast an invalidation through Redis; other instances catch up within the cache TTL',
      );
    }
  };

  return {
    /** Connects the subscriber; until then (and whenever Redis is away) this instance serves from memory only. */
    async start() {
      if (subscriber === undefined) return;
      // A failed first connection is retried by ioredis like any later one.
      await subscriber.connect().catch((error: unknown) => redisFailed(error, 'connecting the subscriber'));
    },

    namespace<T>(name: string, codec?: CacheCodec<T>, options: NamespaceOptions = {}): CacheNamespace<T> {
      if (codecs.has(name)) throw new Error(`cache namespace "${name}" is already in use`);
      codecs.set(name, codec ?? jsonCodec);
      if (options.maxEntries !== undefined || options.ttlMs !== undefined) {
        const max = options.maxEntries ?? maxEntries;
        ownStores.set(name, new LRUCache({ max, ttl: options.ttlMs ?? ttlMs, ttlAutopurge: false }));
      }
      if (options.ttlMs !== undefined) ttls.set(name, options.ttlMs);
      if (options.shared === false) localOnly.add(name);
      const store = storeOf(name);
      if (redis?.status === 'ready') {
        redis
          .get(generationKey(name))
          .then((value) => generations.set(name, Number(value ?? 0)))
          .catch((error: unknown) => redisFailed(error, 'reading generations'));
      }
      return {
        async getOrLoad(key, loader) {
          const local = memoryKey(name, key);
          const cached = store.get(local);
          if (cached !== undefined) {
            onLookup?.(name, 'memory-hit');
            return cached.value as T;
          }
          let pending = inflight.get(local);
          if (pending === undefined) {
            pending = load(name, key, loader).finally(() => {
              if (inflight.get(local) === pending) inflight.delete(local);
            });
            inflight.set(local, pending);
          }
          return (await pending) as T | undefined;
        },
        invalidate: (key) => invalidate(name, key),
      };
    },

    /** Drops whole namespaces everywhere, e.g. after a content import. */
    async invalidate(...namespaces: string[]) {
      await Promise.all(namespaces.map((namespace) => invalidate(namespace)));
    },

    close() {
      subscriber?.disconnect();
      memory.clear();
      for (const store of ownStores.values()) store.clear();
    },
  };
};

export type Cache = ReturnType<typeof createCache>;
