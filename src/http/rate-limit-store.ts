// Rate limits counted in Redis, shared by every instance, falling back to this instance's own counters while Redis
// cannot be reached. Without the fallback, @fastify/rate-limit either answers 500 (skipOnError off) or stops
// limiting at all (skipOnError on); per-instance limits keep a client from more than instances × max requests.
// ioredis reconnects by itself; the first request after that counts in Redis again.
import { createRequire } from 'node:module';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];
type ChildOptions = Parameters<FastifyRateLimitStore['child']>[0];

/** What the plugin passes to a store's constructor (its global parameters; typed loosely upstream). */
interface StoreOptions {
  continueExceeding?: boolean;
  exponentialBackoff?: boolean;
  cache?: number;
}

interface InnerStore extends FastifyRateLimitStore {
  read(key: string, callback: Callback, timeWindow: number, max: number): void;
}

// The plugin's own stores are not exported by name; loading them keeps the exact counting rules (Lua in Redis, an
// LRU in memory) instead of copying them.
const require = createRequire(import.meta.url);
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  redis: Redis,
  key: string,
) => InnerStore;
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  cache?: number,
) => InnerStore;

export interface ResilientStoreOptions {
  redis: Redis;
  keyPrefix: string;
  logger: FastifyBaseLogger;
}

export const createResilientRateLimitStore = ({
  redis,
  keyPrefix,
  logger,
}: ResilientStoreOptions): FastifyRateLimitStoreCtor => {
  // One state for the global store and its per-route children, so an outage is logged once, not once per route.
  let degraded = false;
  const useLocal = (error: unknown) => {
    if (degraded) return;
    degraded = true;
    logger.warn(
      { err: error },
      'rate limits: Redis cannot be reached; each instance counts on its own until it is back',
    );
  };
  const useRedis = () => {
    if (!degraded) return;
    degraded = false;
    logger.info('rate limits: Redis is back; limits are shared across instances again');
  };

  class ResilientStore implements FastifyRateLimitStore {
    private readonly shared: InnerStore;
    private readonly local: InnerStore;

    constructor(options: StoreOptions, stores?: { shared: InnerStore; local: InnerStore }) {
      const continueExceeding = options.continueExceeding ?? false;
      const exponentialBackoff = options.exponentialBackoff ?? false;
      this.shared = stores?.shared ?? new RedisStore(continueExceeding, exponentialBackoff, redis, keyPrefix);
      this.local = stores?.local ?? new LocalStore(continueExceeding, exponentialBackoff, options.cache);
    }

    private count(method: 'incr' | 'read', key: string, callback: Callback, timeWindow: number, max: number) {
      if (redis.status !== 'ready') {
        useLocal(new Error(`Redis connection is ${redis.status}`));
        this.local[method](key, callback, timeWindow, max);
        return;
      }
      this.shared[method](
        key,
        (error, result) => {
          if (error === null) {
            useRedis();
            callback(null, result);
            return;
          }
          useLocal(error);
          this.local[method](key, callback, timeWindow, max);
        },
        timeWindow,
        max,
      );
    }

    incr(key: string, callback: Callback, timeWindow: number, max: number) {
      this.count('incr', key, callback, timeWindow, max);
    }

    read(key: string, callback: Callback, timeWindow: number, max: number) {
      this.count('read', key, callback, timeWindow, max);
    }

    child(routeOptions: ChildOptions) {
      return new ResilientStore(routeOptions as StoreOptions, {
        shared: this.shared.child(routeOptions) as InnerStore,
        local: this.local.child(routeOptions) as InnerStore,
      });
    }
  }
  return ResilientStore;
};
