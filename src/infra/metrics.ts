// Prometheus metrics for one process: Node's defaults (CPU, memory, GC, event-loop lag), HTTP latency by route
// template and status, the database pool, the job queue and the cache. Gauges that describe something outside this
// module (pool, queue) are read when Prometheus scrapes, not kept up to date on every change.
import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheLookup } from './cache.ts';
import type { Logger } from './logger.ts';
import type { Config } from '../config.ts';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface QueueDepth {
  queue: string;
  queued: number;
  active: number;
  failed: number;
}

// From a cached 304 (well under a millisecond) to a slow export; Prometheus interpolates in between.
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const createMetrics = () => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });

  const httpDuration = new Histogram({
    name: 'waymark_http_request_duration_seconds',
    help: 'Time from a request arriving to its response being sent, by route template and status.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'waymark_cache_lookups_total',
    help: 'Cache lookups by namespace and result: memory-hit, redis-hit or miss (read from the database).',
    labelNames: ['namespace', 'result'] as const,
    registers: [registry],
  });
  const lookupCounts = new Map<string, { hits: number; total: number }>();
  new Gauge({
    name: 'waymark_cache_hit_ratio',
    help: 'Share of cache lookups since start answered from memory or Redis, by namespace.',
    labelNames: ['namespace'] as const,
    registers: [registry],
    collect() {
      for (const [namespace, { hits, total }] of lookupCounts) this.set({ namespace }, total === 0 ? 0 : hits / total);
    },
  });
  const jobRuns = new Counter({
    name: 'waymark_jobs_total',
    help: 'Jobs this process ran, by queue and outcome (completed, or failed and left to be retried).',
    labelNames: ['queue', 'outcome'] as const,
    registers: [registry],
  });

  return {
    registry,

    observeRequest(labels: { method: string; route: string; statusCode: number }, seconds: number) {
      httpDuration.observe({ method: labels.method, route: labels.route, status_code: labels.statusCode }, seconds);
    },

    cacheLookup(namespace: string, result: CacheLookup) {
      cacheLookups.inc({ namespace, result });
      const counts = lookupCounts.get(namespace) ?? { hits: 0, total: 0 };
      counts.total += 1;
      if (result !== 'miss') counts.hits += 1;
      lookupCounts.set(namespace, counts);
    },

    jobRun(queue: string, outcome: 'completed' | 'failed') {
      jobRuns.inc({ queue, outcome });
    },

    /** Connections of this process's PostgreSQL pool (none for the embedded database). */
    watchPool(stats: () => PoolStats) {
      new Gauge({
        name: 'waymark_db_pool_connections',
        help: 'Connections of the PostgreSQL pool by state: total, idle, and requests waiting for one.',
        labelNames: ['state'] as const,
        registers: [registry],
        collect() {
          const { total, idle, waiting } = stats();
          this.set({ state: 'total' }, total);
          this.set({ state: 'idle' }, idle);
          this.set({ state: 'waiting' }, waiting);
        },
      });
    },

    /** Jobs in the queue tables (shared by every process), read from the database when scraped. */
    watchQueues(depths: () => Promise<QueueDepth[]>, logger: Logger) {
      new Gauge({
        name: 'waymark_job_queue_jobs',
        help: 'Jobs per queue by state: queued (waiting or deferred), active, failed (kept for inspection).',
        labelNames: ['queue', 'state'] as const,
        registers: [registry],
        async collect() {
          try {
            for (const { queue, queued, active, failed } of await depths()) {
              this.set({ queue, state: 'queued' }, queued);
              this.set({ queue, state: 'active' }, active);
              this.set({ queue, state: 'failed' }, failed);
            }
          } catch (error) {
            logger.warn({ err: error }, 'metrics: could not read the job queue');
          }
        },
      });
    },
  };
};

export type Metrics = ReturnType<typeof createMetrics>;

/** Bearer check in constant time; no token configured means no check. */
export const metricsAuthorized = (authorization: string | undefined, token: string | undefined) => {
  if (token === undefined) return true;
  const offered = Buffer.from(/^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return offered.length === expected.length && timingSafeEqual(offered, expected);
};

/** /metrics on a port of its own (METRICS_PORT), for the API and the worker alike. */
export const serveMetrics = async (
  metrics: Metrics,
  options: { host: string; port: number; token: string | undefined; logger: Logger },
) => {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    if (!metricsAuthorized(request.headers.authorization, options.token)) {
      response.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
      return;
    }
    metrics.registry
      .metrics()
      .then((text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text))
      .catch((error: unknown) => {
        options.logger.error({ err: error }, 'metrics: collecting failed');
        response.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  options.logger.info({ port: options.port }, 'metrics served on their own port');
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** The metrics server of its own when METRICS_PORT is set; the API and the worker start it the same way. */
export const serveMetricsIfConfigured = async (
  metrics: Metrics,
  config: Pick<Config, 'http' | 'observability'>,
  logger: Logger,
) =>
  config.observability.metricsPort === undefined
    ? undefined
    : serveMetrics(metrics, {
        host: config.http.host,
        port: config.observability.metricsPort,
        token: config.observability.metricsToken,
        logger,
      });
