// The options of the server itself: the HTTP listener and what guards it, the database, Redis and the cache.
// Part of the options table (options.ts).
import { directory, integer, keyPrefix, oneOf, originList, text, trustProxy, url, type OptionSpec } from './parsers.ts';

export const serverOptions = {
  runtime: {
    nodeEnv: {
      env: 'NODE_ENV',
      description: 'development, test or production.',
      default: 'development',
      parse: oneOf('development', 'test', 'production'),
    },
  },
  http: {
    host: {
      env: 'HOST',
      description: 'Address the HTTP server binds to. Use 0.0.0.0 in a container.',
      default: '127.0.0.1',
      parse: text,
    },
    port: { env: 'PORT', description: 'HTTP port.', default: '3000', parse: integer(0, 65535) },
    publicUrl: {
      env: 'PUBLIC_URL',
      description: 'The URL users reach Waymark at (links in the API and in mail). Default: http://localhost:PORT.',
      default: undefined,
      parse: url('http:', 'https:'),
    },
    corsOrigins: {
      env: 'CORS_ORIGINS',
      description: 'Comma-separated origins allowed to call the API from a browser. Empty: same origin only.',
      default: '',
      parse: originList,
    },
    trustProxy: {
      env: 'TRUST_PROXY',
      description:
        'Proxies whose X-Forwarded-For names the client: false (none); a hop count, e.g. 1 for one proxy; or ' +
        'their addresses and CIDR ranges, e.g. 10.0.0.5,fd00::/8. true is refused: any client could pick its address.',
      default: 'false',
      parse: trustProxy,
    },
    bodyLimitBytes: {
      env: 'BODY_LIMIT_BYTES',
      description: 'Largest request body accepted; larger ones get 413.',
      default: '1048576',
      parse: integer(1024, 104857600),
    },
    requestTimeoutMs: {
      env: 'REQUEST_TIMEOUT_MS',
      description: 'A request that takes longer to arrive is cut off.',
      default: '10000',
      parse: integer(1000, 600000),
    },
    rateLimitMax: {
      env: 'RATE_LIMIT_MAX',
      description: 'Requests one client (IP) may make per window.',
      default: '300',
      parse: integer(1, 10000000),
    },
    rateLimitWindowMs: {
      env: 'RATE_LIMIT_WINDOW_MS',
      description: 'The rate-limit window.',
      default: '60000',
      parse: integer(1000, 86400000),
    },
  },
  loadShed: {
    maxEventLoopDelayMs: {
      env: 'LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS',
      description: 'Answer 503 with Retry-After while the event loop lags more than this. 0: no limit.',
      default: '1000',
      parse: integer(0, 600000),
    },
    maxHeapUsedMb: {
      env: 'LOAD_SHED_MAX_HEAP_USED_MB',
      description: 'Answer 503 with Retry-After while the JavaScript heap in use is above this. 0: no limit.',
      default: '0',
      parse: integer(0, 1048576),
    },
    maxRssMb: {
      env: 'LOAD_SHED_MAX_RSS_MB',
      description: 'Answer 503 with Retry-After while the resident memory is above this. 0: no limit.',
      default: '0',
      parse: integer(0, 1048576),
    },
    retryAfterSeconds: {
      env: 'LOAD_SHED_RETRY_AFTER_SECONDS',
      description: 'Retry-After sent with a load-shedding 503.',
      default: '10',
      parse: integer(1, 3600),
    },
  },
  shutdown: {
    graceMs: {
      env: 'SHUTDOWN_GRACE_MS',
      description:
        'On SIGTERM: how long requests in flight and the job in hand may take before the process exits anyway.',
      default: '10000',
      parse: integer(100, 600000),
    },
    drainMs: {
      env: 'SHUTDOWN_DRAIN_MS',
      description:
        'On SIGTERM: how long /readyz answers 503 while requests are still served, so a load balancer stops ' +
        'sending new ones before the listener closes.',
      default: '0',
      parse: integer(0, 600000),
    },
  },
  database: {
    url: {
      env: 'DATABASE_URL',
      description:
        'PostgreSQL server (postgres://user:pass@host:5432/db). Unset: the embedded PostgreSQL under DATA_DIR.',
      default: undefined,
      parse: url('postgres:', 'postgresql:'),
    },
    poolMax: {
      env: 'DATABASE_POOL_MAX',
      description: 'Most connections one process opens to the PostgreSQL server.',
      default: '10',
      parse: integer(1, 200),
    },
    statementTimeoutMs: {
      env: 'DATABASE_STATEMENT_TIMEOUT_MS',
      description:
        'The PostgreSQL server cancels a statement of the API or the worker that runs longer; the request gets ' +
        '503 with Retry-After. 0: no limit. The CLI (migrations, imports, exports) runs without it; the embedded ' +
        'database has none.',
      default: '5000',
      parse: integer(0, 3600000),
    },
    dataDir: {
      env: 'DATA_DIR',
      description: 'Folder for the embedded database and other local state.',
      default: './data',
      parse: directory,
    },
  },
  redis: {
    url: {
      env: 'REDIS_URL',
      description:
        'Redis (redis://host:6379). Set it when several instances run: rate limits, the cache of public reads ' +
        'and its invalidation are then shared.',
      default: undefined,
      parse: url('redis:', 'rediss:'),
    },
    keyPrefix: {
      env: 'REDIS_KEY_PREFIX',
      description: 'Prefix of every Redis key and channel Waymark uses, so several deployments can share one Redis.',
      default: 'waymark:',
      parse: keyPrefix,
    },
  },
  cache: {
    ttlMs: {
      env: 'CACHE_TTL_MS',
      description:
        'How long a public read (roadmap document, search page) stays cached, in memory and in Redis. Content ' +
        'imports invalidate at once; this bounds staleness only when an invalidation cannot be broadcast.',
      default: '30000',
      parse: integer(1000, 86400000),
    },
    maxEntries: {
      env: 'CACHE_MAX_ENTRIES',
      description: 'Most entries the in-process cache holds (least recently used go first).',
      default: '1000',
      parse: integer(1, 1000000),
    },
  },
} satisfies Record<string, Record<string, OptionSpec<unknown>>>;
