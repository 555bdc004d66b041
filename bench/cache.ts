// The public roadmap read with the shared cache: Redis off and on, one instance and two (the load split evenly
// across both), on a PostgreSQL server database of its own. The cache hit ratio comes from each instance's /metrics.
//
//   npx node bench/cache.ts          BENCH_DURATION=5 npx node bench/cache.ts
//   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres  BENCH_REDIS_URL=redis://127.0.0.1:6379
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  ROOT,
  envNumber,
  fmt,
  freePort,
  makeTempDir,
  markdownTable,
  progress,
  removeDir,
  round,
  startChild,
  stopAllChildren,
  stopChild,
  type ManagedChild,
  waitForOk,
  waymarkEnv,
} from './lib.ts';
import { ROADMAP_PATH } from './roadmap-read.ts';

const CONNECTIONS = 100;
const serverUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Scenario {
  name: string;
  instances: 1 | 2;
  redis: boolean;
}

const SCENARIOS: Scenario[] = [
  { name: 'one instance, no Redis', instances: 1, redis: false },
  { name: 'one instance, Redis', instances: 1, redis: true },
  { name: 'two instances, no Redis', instances: 2, redis: false },
  { name: 'two instances, Redis', instances: 2, redis: true },
];

const withDatabase = (name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

const admin = async (statement: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};

/** Cache lookups of the roadmaps namespace from one instance's /metrics, by result. */
const lookups = async (metricsUrl: string) => {
  const text = await (await fetch(metricsUrl)).text();
  const counts = { 'memory-hit': 0, 'redis-hit': 0, miss: 0 };
  for (const match of text.matchAll(/waymark_cache_lookups_total\{namespace="roadmaps",result="([a-z-]+)"\} (\d+)/g)) {
    counts[match[1] as keyof typeof counts] = Number(match[2]);
  }
  return counts;
};

const runScenario = async (scenario: Scenario, duration: number, warmup: number) => {
  const database = `waymark_bench_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  await admin(`create database ${database}`);
  const dataDir = await makeTempDir('waymark-bench-cache-');
  try {
    const instances: { child: ManagedChild; url: string; metrics: string }[] = [];
    for (let index = 0; index < scenario.instances; index += 1) {
      const port = await freePort();
      const metricsPort = await freePort();
      const env = {
        ...waymarkEnv(port, dataDir),
        DATABASE_URL: withDatabase(database),
        METRICS_PORT: String(metricsPort),
        // The benchmark measures the cache, not load shedding on a busy machine.
        LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
        ...(scenario.redis ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `waymark-bench-${database}:` } : {}),
      };
      const child = startChild(`waymark ${index + 1}`, process.execPath, ['src/main.ts'], { cwd: ROOT, env });
      const base = `http://127.0.0.1:${port}`;
      // One after the other: the first migrates and imports, the next finds both done.
      await waitForOk(`${base}/readyz`, { child, timeoutMs: 120_000 });
      instances.push({ child, url: `${base}${ROADMAP_PATH}`, metrics: `http://127.0.0.1:${metricsPort}/metrics` });
    }
    const load = (seconds: number) =>
      Promise.all(
        instances.map((instance) =>
          autocannon({
            url: instance.url,
            connections: CONNECTIONS / instances.length,
            duration: seconds,
            headers: { 'accept-encoding': 'br' },
            timeout: 10,
          }),
        ),
      );
    progress(`${scenario.name}: warm-up ${warmup} s`);
    await load(warmup);
    progress(`${scenario.name}: ${duration} s, ${CONNECTIONS} connections`);
    const results = await load(duration);
    const after = await Promise.all(instances.map((instance) => lookups(instance.metrics)));
    for (const instance of instances) await stopChild(instance.child, { timeoutMs: 10_000 });

    // Whole run, warm-up included: the misses that fill the caches happen in the warm-up.
    const total = after.reduce(
      (sum, counts) => ({
        memory: sum.memory + counts['memory-hit'],
        redis: sum.redis + counts['redis-hit'],
        miss: sum.miss + counts.miss,
      }),
      { memory: 0, redis: 0, miss: 0 },
    );
    const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
    return {
      scenario: scenario.name,
      requestsPerSecond: round(requests / duration),
      p50Ms: Math.max(...results.map((result) => result.latency.p50)),
      p99Ms: Math.max(...results.map((result) => result.latency.p99)),
      non2xx: results.reduce((sum, result) => sum + result.non2xx + result.errors, 0),
      ...total,
      hitRatio: round((total.memory + total.redis) / (total.memory + total.redis + total.miss), 6),
    };
  } finally {
    await stopAllChildren();
    await removeDir(dataDir);
    await admin(`drop database if exists ${database} with (force)`);
  }
};

const duration = envNumber('BENCH_DURATION', 10);
const warmup = envNumber('BENCH_WARMUP', 2);
const rows = [];
for (const scenario of SCENARIOS) rows.push(await runScenario(scenario, duration, warmup));
console.log(
  markdownTable(
    ['Scenario', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx + errors', 'memory hits', 'Redis hits', 'misses', 'hit ratio'],
    rows.map((row) => [
      row.scenario,
      fmt(row.requestsPerSecond),
      fmt(row.p50Ms, 1),
      fmt(row.p99Ms, 1),
      fmt(row.non2xx),
      fmt(row.memory),
      fmt(row.redis),
      fmt(row.miss),
      `${fmt(row.hitRatio * 100, 4)} %`,
    ]),
  ),
);
