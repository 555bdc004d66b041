// Learner progress at scale, on a real PostgreSQL server: does reading one learner's progress and writing one step
// stay fast when the tables hold a million learners instead of ten thousand?
//
// 1. One database per size (waymark_bench_progress_<learners>) is migrated and gets the shipped content. A database
//    seeded earlier with the same size and seed version is reused (BENCH_RESEED=1 seeds anew), so the measurements
//    can be repeated on a quiet machine without seeding again.
// 2. Learners are seeded with COPY: each has an account, a login session, follows the Backend roadmap, a status row
//    for every one of its 15 steps, 5 checklist answers (20 progress rows a learner: 20M at 1M learners) and an
//    activity event per step begun. A learner's step rows are written step by step across a batch of learners, so
//    they land on different heap pages, as rows written weeks apart would.
// 3. At each size (BENCH_LEARNERS_SMALL, then BENCH_LEARNERS_LARGE), Waymark runs on that database as
//    in production (NODE_ENV=production, info logs to a file) and we measure, for random learners:
//    - one request at a time: GET …/progress and PUT …/steps/{id}, client latency and the server's own
//      latencyMs from its request log (joined by request id);
//    - under load (autocannon): step writes per second and their p99, against a bare Fastify + pg route that reads a
//      user by primary key (bench/pk-select-server.ts) on the same database, in the same run.
//    - the query plans the progress read and the step write rely on (EXPLAIN ANALYZE, BUFFERS).
//
//   npm run bench:progress      BENCH_LEARNERS_LARGE=100000 BENCH_DURATION=5 npm run bench:progress
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import autocannon, { type AutocannonRequest } from 'autocannon';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { connectPostgres, migrateToLatest } from '../src/infra/database.ts';
import { loadContent } from '../src/modules/content/content.loader.ts';
import { createContentRepository } from '../src/modules/content/content.repository.ts';
import { createAccessTokens } from '../src/modules/auth/tokens.ts';
import {
  BENCH_DIR,
  ROOT,
  cpuSeconds,
  envNumber,
  fmt,
  freePort,
  goalMark,
  makeTempDir,
  markdownTable,
  progress,
  removeDir,
  round,
  startChild,
  stopAllChildren,
  stopChild,
  waitForOk,
} from './lib.ts';

const SLUG = 'backend-developer';
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Bump when the seeded data changes shape, so older bench databases are seeded anew. */
const SEED_VERSION = '1';
const RESEED = process.env.BENCH_RESEED === '1';
const SMALL = envNumber('BENCH_LEARNERS_SMALL', 10_000);
const LARGE = envNumber('BENCH_LEARNERS_LARGE', 1_000_000);
const DURATION = envNumber('BENCH_DURATION', 10);
const WARMUP = envNumber('BENCH_WARMUP', 3);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 32);
const SEQUENTIAL_REQUESTS = envNumber('BENCH_SEQUENTIAL_REQUESTS', 2000);
/** Learners whose tokens the load uses: drawn at random from everyone seeded so far. */
const SAMPLE = envNumber('BENCH_SAMPLE_LEARNERS', 5000);
const CHECKLIST_ANSWERS = 5;
const BATCH = 10_000;
const JWT_SECRET = 'bench-only signing key: 9c7d0f5e2b8a4c61a3f0e9d87b6c5a41';
const POOL_MAX = 10;

export const PROGRESS_SCALE_GOALS = {
  readP50ServerMs: 3,
  /** Latency at the large size over latency at the small size. */
  largeOverSmallLatency: 1.3,
  /** Step writes per second as a share of the primary-key baseline's requests per second. */
  writeShareOfBaseline: 0.6,
  writeP99Ms: 50,
};

const databaseUrl = (name: string) => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Minimal CSV quoting for COPY … (format csv): every value here is plain text without quotes or commas. */
const csvLine = (values: (string | number)[]) => `${values.join(',')}\n`;

interface Content {
  stepIds: string[];
  checklistIds: string[];
}

/** Deterministic pseudo-random numbers, so two runs seed the same shape of data. */
const randomSource = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const STATUS_LEVELS = ['not_yet', 'partly', 'confident'] as const;

/** How far learner `index` has come: steps before `reached` are done (one in ten skipped), `reached` is begun. */
const learnerShape = (index: number, stepCount: number) => {
  const random = randomSource(index + 1);
  const reached = Math.floor(random() * (stepCount + 1));
  const statuses = Array.from({ length: stepCount }, (_, step) =>
    step < reached ? (random() < 0.1 ? 'skipped' : 'done') : step === reached ? 'in_progress' : 'todo',
  );
  const levels = Array.from({ length: CHECKLIST_ANSWERS }, () => STATUS_LEVELS[Math.floor(random() * 3)] ?? 'not_yet');
  const startedDaysAgo = 10 + Math.floor(random() * 300);
  return { statuses, levels, startedDaysAgo, hoursPerWeek: 5 + Math.floor(random() * 16) };
};

const DAY_MS = 86_400_000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

/** The rows of learners [from, to) for one table, as CSV text in batches. */
function* tableRows(table: string, ids: string[], from: number, to: number, content: Content): Generator<string> {
  const steps = content.stepIds;
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(start + BATCH, to);
    const shapes = Array.from({ length: end - start }, (_, offset) => learnerShape(start + offset, steps.length));
    let chunk = '';
    if (table === 'step_progress' || table === 'progress_events') {
      // Step-major inside a batch: a learner's 15 rows are BATCH rows apart, on different pages.
      for (let step = 0; step < steps.length; step += 1) {
        for (let index = start; index < end; index += 1) {
          const shape = shapes[index - start]!;
          const status = shape.statuses[step]!;
          const at = isoDaysAgo(Math.max(0, shape.startedDaysAgo - step * 7));
          if (table === 'step_progress') chunk += csvLine([ids[index]!, SLUG, steps[step]!, status, at]);
          else if (status !== 'todo') chunk += csvLine([ids[index]!, SLUG, 'step_status', steps[step]!, status, at]);
        }
      }
      if (table === 'progress_events') {
        for (let index = start; index < end; index += 1) {
          const shape = shapes[index - start]!;
          const at = isoDaysAgo(shape.startedDaysAgo);
          chunk += csvLine([ids[index]!, SLUG, 'followed', '', `${shape.hoursPerWeek} h/week`, at]);
        }
      }
    } else {
      for (let index = start; index < end; index += 1) {
        const id = ids[index]!;
        const shape = shapes[index - start]!;
        const joined = isoDaysAgo(shape.startedDaysAgo + 1);
        switch (table) {
          case 'users':
            // No usable password: these learners are reached with access tokens signed for their sessions below.
            chunk += csvLine([
              id,
              `learner-${index}@bench.example`,
              `Learner ${index}`,
              '!',
              'learner',
              joined,
              joined,
            ]);
            break;
          case 'refresh_tokens':
            chunk += csvLine([id, id, id, `bench-${id}`, isoDaysAgo(-30), isoDaysAgo(-60), joined]);
            break;
          case 'roadmap_follows':
            chunk += csvLine([id, SLUG, shape.hoursPerWeek, joined.slice(0, 10), joined]);
            break;
          case 'checklist_assessments':
            for (let item = 0; item < CHECKLIST_ANSWERS; item += 1) {
              chunk += csvLine([id, SLUG, content.checklistIds[item]!, shape.levels[item]!]);
            }
            break;
          default:
            throw new Error(`no rows for ${table}`);
        }
      }
    }
    yield chunk;
  }
}

const COPY_COLUMNS: Record<string, string> = {
  users: 'users (id, email, display_name, password_hash, role, email_verified_at, created_at)',
  refresh_tokens: 'refresh_tokens (id, family_id, user_id, token_hash, expires_at, family_expires_at, created_at)',
  roadmap_follows: 'roadmap_follows (user_id, roadmap_slug, hours_per_week, start_date, followed_at)',
  step_progress: 'step_progress (user_id, roadmap_slug, step_id, status, updated_at)',
  checklist_assessments: 'checklist_assessments (user_id, roadmap_slug, item_id, level)',
  progress_events: 'progress_events (user_id, roadmap_slug, kind, subject_id, detail, occurred_at)',
};

const seedLearners = async (client: pg.Client, learners: number, content: Content) => {
  const started = performance.now();
  const ids = Array.from({ length: learners }, () => randomUUID());
  await client.query('set synchronous_commit = off');
  for (const table of Object.keys(COPY_COLUMNS)) {
    const tableStarted = performance.now();
    const copy = client.query(copyFrom(`copy ${COPY_COLUMNS[table]} from stdin with (format csv)`));
    await pipeline(Readable.from(tableRows(table, ids, 0, learners, content)), copy);
    progress(`  ${table}: ${fmt(copy.rowCount ?? 0)} rows in ${fmt((performance.now() - tableStarted) / 1000, 1)} s`);
  }
  const analyzeStarted = performance.now();
  await client.query('vacuum analyze');
  progress(`  vacuum analyze in ${fmt((performance.now() - analyzeStarted) / 1000, 1)} s`);
  return (performance.now() - started) / 1000;
};

const tableSizes = async (client: pg.Client) => {
  const sizes: { table: string; rows: string; size: string }[] = [];
  for (const table of Object.keys(COPY_COLUMNS).sort()) {
    // Exact counts: the statistics' estimates lag right after a bulk load.
    const { rows } = await client.query<{ rows: string; size: string }>(
      `select count(*)::text as rows, pg_size_pretty(pg_total_relation_size($1::regclass)) as size from ${table}`,
      [table],
    );
    sizes.push({ table, rows: rows[0]!.rows, size: rows[0]!.size });
  }
  return sizes;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface LatencySummary {
  requests: number;
  clientP50: number;
  clientP99: number;
  serverP50: number;
  serverP99: number;
}

/** Server-side latency of each request id, from Waymark's "request completed" log lines. */
const serverTimes = (logFile: string) => {
  const times = new Map<string, number>();
  for (const line of readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"request completed"')) continue;
    try {
      const entry = JSON.parse(line) as { reqId?: string; latencyMs?: number };
      if (entry.reqId !== undefined && entry.latencyMs !== undefined) times.set(entry.reqId, entry.latencyMs);
    } catch {
      // a line cut by the file's end
    }
  }
  return times;
};

const summarise = (client: number[], requestIds: string[], logFile: string): LatencySummary => {
  const times = serverTimes(logFile);
  const server = requestIds.map((id) => times.get(id)).filter((value) => value !== undefined);
  if (server.length < requestIds.length * 0.99) {
    throw new Error(`only ${server.length} of ${requestIds.length} requests found in the server log`);
  }
  return {
    requests: client.length,
    clientP50: round(percentile(client, 50), 2),
    clientP99: round(percentile(client, 99), 2),
    serverP50: round(percentile(server, 50), 2),
    serverP99: round(percentile(server, 99), 2),
  };
};

interface Learner {
  id: string;
  token: string;
}

const pick = <T>(items: T[], random: () => number) => items[Math.floor(random() * items.length)]!;

/** One request at a time, each for a random learner: latency without queueing. */
const sequential = async (
  base: string,
  learners: Learner[],
  content: Content,
  logFile: string,
  kind: 'read' | 'write',
): Promise<LatencySummary> => {
  const random = randomSource(kind === 'read' ? 11 : 12);
  const client: number[] = [];
  const requestIds: string[] = [];
  for (let i = 0; i < SEQUENTIAL_REQUESTS; i += 1) {
    const learner = pick(learners, random);
    const started = performance.now();
    const response =
      kind === 'read'
        ? await fetch(`${base}/v1/me/roadmaps/${SLUG}/progress`, {
            headers: { authorization: `Bearer ${learner.token}` },
          })
        : await fetch(`${base}/v1/me/roadmaps/${SLUG}/steps/${pick(content.stepIds, random)}`, {
            method: 'PUT',
            headers: { authorization: `Bearer ${learner.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ status: pick(['todo', 'in_progress', 'done'], random) }),
          });
    await response.arrayBuffer();
    client.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${kind}: ${response.status} for learner ${learner.id}`);
    requestIds.push(response.headers.get('x-request-id') ?? '');
  }
  // The log is written asynchronously: give the last lines a moment to reach the file.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return summarise(client, requestIds, logFile);
};

interface LoadSummary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** CPU per request (ms): the HTTP server process, and its database backends. Less sensitive to a busy machine
   * than req/s. */
  serverCpuMs: number;
  databaseCpuMs: number;
  errors: number;
  non2xx: number;
}

const fire = (url: string, requests: AutocannonRequest[], duration: number) =>
  autocannon({ url, connections: CONNECTIONS, duration, timeout: 10, requests });

const stepWriteLoad = (learners: Learner[], content: Content): AutocannonRequest[] => {
  const random = randomSource(21);
  return [
    {
      method: 'PUT',
      setupRequest: (request) => {
        const learner = pick(learners, random);
        return {
          ...request,
          path: `/v1/me/roadmaps/${SLUG}/steps/${pick(content.stepIds, random)}`,
          headers: { authorization: `Bearer ${learner.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ status: pick(['todo', 'in_progress', 'done'], random) }),
        };
      },
    },
  ];
};

const pkSelectLoad = (learners: Learner[]): AutocannonRequest[] => {
  const random = randomSource(22);
  return [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/users/${pick(learners, random).id}` }) }];
};

/** The pids of the server backends connected to `database` (the pool's connections, open after a warm-up). */
const backendPids = async (client: pg.Client, database: string) =>
  (
    await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    )
  ).rows.map((row) => row.pid);

const totalCpu = (pids: number[]) => pids.reduce((sum, pid) => sum + (cpuSeconds(pid) || 0), 0);

/** Warm up, then measure; non-2xx answers are reported, never hidden. */
const measureLoad = async (
  url: string,
  requests: AutocannonRequest[],
  cpu: { serverPid: number; client: pg.Client; database: string },
): Promise<LoadSummary> => {
  await fire(url, requests, WARMUP);
  const backends = await backendPids(cpu.client, cpu.database);
  const serverBefore = cpuSeconds(cpu.serverPid);
  const databaseBefore = totalCpu(backends);
  const result = await fire(url, requests, DURATION);
  const served = result.requests.total;
  return {
    requestsPerSecond: round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverCpuMs: round(((cpuSeconds(cpu.serverPid) - serverBefore) * 1000) / served, 3),
    databaseCpuMs: round(((totalCpu(backends) - databaseBefore) * 1000) / served, 3),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
};

const explain = async (client: pg.Client, learner: string, content: Content) => {
  const plans: Record<string, string> = {};
  const run = async (name: string, text: string, values: unknown[]) => {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, values);
    plans[name] = rows.map((row) => row['QUERY PLAN']).join('\n');
  };
  // The statements as Waymark's repositories send them (src/modules/progress, src/modules/accounts).
  await run(
    'session check (every authenticated request)',
    `select u.role from refresh_tokens as t inner join users as u on u.id = t.user_id
      where t.family_id = $1 and t.user_id = $2 and t.revoked_at is null and t.family_expires_at > now()
        and u.disabled_at is null limit 1`,
    [learner, learner],
  );
  await run(
    'progress read: step statuses',
    `select step_id, status, updated_at from step_progress where user_id = $1 and roadmap_slug = $2`,
    [learner, SLUG],
  );
  await run(
    'progress read: checklist answers',
    `select item_id, level, updated_at from checklist_assessments where user_id = $1 and roadmap_slug = $2`,
    [learner, SLUG],
  );
  await client.query('begin');
  try {
    await run(
      'step write: upsert',
      `insert into step_progress (user_id, roadmap_slug, step_id, status) values ($1, $2, $3, 'done')
         on conflict (user_id, roadmap_slug, step_id) do update set status = excluded.status, updated_at = now()
       returning step_id, status, updated_at`,
      [learner, SLUG, content.stepIds[0]],
    );
    await run(
      'step write: activity event',
      `insert into progress_events (user_id, roadmap_slug, kind, subject_id, detail)
       values ($1, $2, 'step_status', $3, 'done')`,
      [learner, SLUG, content.stepIds[0]],
    );
  } finally {
    await client.query('rollback');
  }
  return plans;
};

interface SizeResult {
  learners: number;
  seedSeconds: number;
  tables: { table: string; rows: string; size: string }[];
  read: LatencySummary;
  write: LatencySummary;
  writeLoad: LoadSummary;
  baselineLoad: LoadSummary;
  plans: Record<string, string>;
}

const measureSize = async (learners: number): Promise<SizeResult> => {
  const database = databaseName(learners);
  const seedSeconds = await ensureSeeded(learners);
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  const logDir = await makeTempDir('waymark-bench-progress-');
  try {
    const content = await loadContentIds(client);
    await client.query('vacuum analyze');
    const tokens = createAccessTokens({
      secret: JWT_SECRET,
      issuer: 'http://bench.waymark.test',
      audience: 'waymark-api',
      ttlSeconds: 3600,
    });
    const random = randomSource(learners);
    const { rows: drawn } = await client.query<{ id: string }>('select id from users order by random() limit $1', [
      Math.min(SAMPLE, learners),
    ]);
    const sample: Learner[] = [];
    for (const { id } of drawn) {
      sample.push({ id, token: await tokens.issue({ userId: id, role: 'learner', sessionId: id }) });
    }

    const port = await freePort();
    const logFile = path.join(logDir, 'waymark.log');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: 'http://bench.waymark.test',
      DATABASE_URL: databaseUrl(database),
      DATABASE_POOL_MAX: String(POOL_MAX),
      JWT_SECRET,
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: '10000000',
      AUTH_RATE_LIMIT_MAX: '10000000',
      // Two cores shared with the load generator: event-loop delay is the load generator's doing, not Waymark's.
      LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      CONTENT_IMPORT_ON_START: 'false',
      DATA_DIR: logDir,
    };
    delete env.REDIS_URL;
    delete env.NODE_OPTIONS;
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each Waymark run there (for finding where the time goes).
    const profile = process.env.BENCH_CPU_PROF;
    const args = profile === undefined ? ['src/main.ts'] : ['--cpu-prof', `--cpu-prof-dir=${profile}`, 'src/main.ts'];
    const waymark = startChild('waymark', process.execPath, args, { cwd: ROOT, env, logFile });
    const base = `http://127.0.0.1:${port}`;
    await waitForOk(`${base}/readyz`, { child: waymark, timeoutMs: 60_000 });
    progress(`${fmt(learners)} learners: Waymark ready; one request at a time`);
    // Warm the roadmap cache and the connections before the timed requests.
    for (const learner of sample.slice(0, 50)) {
      await fetch(`${base}/v1/me/roadmaps/${SLUG}/progress`, {
        headers: { authorization: `Bearer ${learner.token}` },
      }).then((response) => response.arrayBuffer());
    }
    const read = await sequential(base, sample, content, logFile, 'read');
    const write = await sequential(base, sample, content, logFile, 'write');
    progress(`${fmt(learners)} learners: step writes under load (${CONNECTIONS} connections, ${DURATION} s)`);
    const writeLoad = await measureLoad(base, stepWriteLoad(sample, content), {
      serverPid: waymark.pid,
      client,
      database,
    });
    await stopChild(waymark);

    const baselinePort = await freePort();
    const baseline = startChild('pk-select-server', process.execPath, ['bench/pk-select-server.ts'], {
      cwd: ROOT,
      env: { ...env, PORT: String(baselinePort) },
    });
    const baselineBase = `http://127.0.0.1:${baselinePort}`;
    await waitForOk(`${baselineBase}/users/${sample[0]!.id}`, { child: baseline });
    progress(`${fmt(learners)} learners: primary-key baseline under load`);
    const baselineLoad = await measureLoad(baselineBase, pkSelectLoad(sample), {
      serverPid: baseline.pid,
      client,
      database,
    });
    await stopChild(baseline);

    const plans = await explain(client, pick(sample, random).id, content);
    return { learners, seedSeconds, tables: await tableSizes(client), read, write, writeLoad, baselineLoad, plans };
  } finally {
    await stopAllChildren();
    await removeDir(logDir);
    await client.end();
  }
};

const databaseName = (learners: number) => `waymark_bench_progress_${learners}`;

/** Seeds the database for `learners` unless it already holds that seed; returns how long seeding took (then or now). */
const ensureSeeded = async (learners: number) => {
  const name = databaseName(learners);
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (exists && !RESEED) {
      const client = new pg.Client({ connectionString: databaseUrl(name) });
      await client.connect();
      try {
        const { rows } = await client
          .query<{ seconds: number }>('select seconds from bench_seed where learners = $1 and version = $2', [
            learners,
            SEED_VERSION,
          ])
          .catch(() => ({ rows: [] as { seconds: number }[] }));
        if (rows[0] !== undefined) {
          progress(`${fmt(learners)} learners: reusing ${name} (BENCH_RESEED=1 seeds it anew)`);
          return rows[0].seconds;
        }
      } finally {
        await client.end();
      }
    }
    progress(`${fmt(learners)} learners: creating ${name}, migrating, importing content`);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const database = connectPostgres(databaseUrl(name), 2);
  try {
    await migrateToLatest(database.db);
    await createContentRepository(database.db).importBundle(await loadContent(path.join(ROOT, 'content')));
  } finally {
    await database.close();
  }
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    const content = await loadContentIds(client);
    if (content.stepIds.length === 0 || content.checklistIds.length < CHECKLIST_ANSWERS) {
      throw new Error(`roadmap ${SLUG} has too few steps or checklist items for this benchmark`);
    }
    progress(`${fmt(learners)} learners: seeding with COPY`);
    const seconds = round(await seedLearners(client, learners, content), 1);
    await client.query('create table bench_seed (learners integer, version text, seconds real)');
    await client.query('insert into bench_seed values ($1, $2, $3)', [learners, SEED_VERSION, seconds]);
    return seconds;
  } finally {
    await client.end();
  }
};

const loadContentIds = async (client: pg.Client): Promise<Content> => {
  const steps = await client.query<{ id: string }>(
    `select s.id from roadmap_steps s join roadmaps r on r.slug = s.roadmap_slug
      where s.roadmap_slug = $1 and s.archived_at is null
      order by (select t.ordinality from jsonb_array_elements(r.document -> 'tiers') with ordinality as t(tier, ordinality)
                 where t.tier ->> 'id' = s.tier_id), s.position`,
    [SLUG],
  );
  const checklist = await client.query<{ id: string }>(
    `select item ->> 'id' as id from roadmaps, jsonb_array_elements(document -> 'checklist') as item where slug = $1`,
    [SLUG],
  );
  return { stepIds: steps.rows.map((row) => row.id), checklistIds: checklist.rows.map((row) => row.id) };
};

const ratio = (value: number, base: number) => round(value / base, 2);

export const formatProgressScale = (small: SizeResult, large: SizeResult) => {
  const sizes = [small, large];
  const readRatio = ratio(large.read.serverP50, small.read.serverP50);
  const writeRatio = ratio(large.write.serverP50, small.write.serverP50);
  const share = (size: SizeResult) => size.writeLoad.requestsPerSecond / size.baselineLoad.requestsPerSecond;
  const g = PROGRESS_SCALE_GOALS;
  const lines = [
    `### Learner progress at scale (PostgreSQL, ${CONNECTIONS} connections under load, ${DURATION} s runs)`,
    '',
    markdownTable(
      ['learners', 'progress rows', 'seeded in', 'tables (rows, size)'],
      sizes.map((size) => [
        fmt(size.learners),
        fmt(
          size.tables
            .filter((table) => table.table === 'step_progress' || table.table === 'checklist_assessments')
            .reduce((sum, table) => sum + Number(table.rows), 0),
        ),
        `${fmt(size.seedSeconds, 0)} s`,
        size.tables.map((table) => `${table.table} ${fmt(Number(table.rows))} (${table.size})`).join('; '),
      ]),
    ),
    '',
    "One request at a time, random learners (ms; server = latencyMs from Waymark's request log):",
    '',
    markdownTable(
      ['learners', 'read p50 server', 'read p99 server', 'read p50 client', 'write p50 server', 'write p99 server'],
      sizes.map((size) => [
        fmt(size.learners),
        fmt(size.read.serverP50, 2),
        fmt(size.read.serverP99, 2),
        fmt(size.read.clientP50, 2),
        fmt(size.write.serverP50, 2),
        fmt(size.write.serverP99, 2),
      ]),
    ),
    '',
    'Under load:',
    '',
    markdownTable(
      [
        'learners',
        'step writes req/s',
        'p50 / p99 ms',
        'CPU ms/request server + db',
        'PK-select baseline req/s',
        'baseline CPU ms/request',
        'writes / baseline',
        'errors, non-2xx',
      ],
      sizes.map((size) => [
        fmt(size.learners),
        fmt(size.writeLoad.requestsPerSecond),
        `${size.writeLoad.p50} / ${size.writeLoad.p99}`,
        `${fmt(size.writeLoad.serverCpuMs, 2)} + ${fmt(size.writeLoad.databaseCpuMs, 2)}`,
        fmt(size.baselineLoad.requestsPerSecond),
        `${fmt(size.baselineLoad.serverCpuMs, 2)} + ${fmt(size.baselineLoad.databaseCpuMs, 2)}`,
        `${fmt(share(size) * 100, 1)} %`,
        `${size.writeLoad.errors + size.baselineLoad.errors}, ${size.writeLoad.non2xx + size.baselineLoad.non2xx}`,
      ]),
    ),
    '',
    markdownTable(
      ['goal', 'result', ''],
      [
        [
          `progress read p50 server ≤ ${g.readP50ServerMs} ms`,
          sizes.map((size) => `${fmt(size.read.serverP50, 2)} ms`).join(' / '),
          goalMark(sizes.every((size) => size.read.serverP50 <= g.readP50ServerMs)),
        ],
        [
          `latency at ${fmt(large.learners)} ≤ ${g.largeOverSmallLatency}× at ${fmt(small.learners)} (p50 server)`,
          `read ${readRatio}×, write ${writeRatio}×`,
          goalMark(readRatio <= g.largeOverSmallLatency && writeRatio <= g.largeOverSmallLatency),
        ],
        [
          `step writes ≥ ${g.writeShareOfBaseline * 100} % of baseline req/s`,
          sizes.map((size) => `${fmt(share(size) * 100, 1)} %`).join(' / '),
          goalMark(sizes.every((size) => share(size) >= g.writeShareOfBaseline)),
        ],
        [
          `step write p99 ≤ ${g.writeP99Ms} ms under load`,
          sizes.map((size) => `${size.writeLoad.p99} ms`).join(' / '),
          goalMark(sizes.every((size) => size.writeLoad.p99 <= g.writeP99Ms)),
        ],
      ],
    ),
  ];
  for (const size of sizes) {
    lines.push('', `Query plans at ${fmt(size.learners)} learners:`);
    for (const [name, plan] of Object.entries(size.plans)) lines.push('', `${name}:`, '```', plan, '```');
  }
  return lines.join('\n');
};

const main = async () => {
  const startedAt = new Date();
  if (process.argv.includes('--seed-only')) {
    for (const learners of [SMALL, LARGE]) await ensureSeeded(learners);
    return;
  }
  const small = await measureSize(SMALL);
  const large = await measureSize(LARGE);

  const report = formatProgressScale(small, large);
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = path.join(BENCH_DIR, 'results', `progress-scale-${stamp}`);
  await mkdir(path.dirname(file), { recursive: true });
  const machine = { node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg() };
  await writeFile(`${file}.json`, `${JSON.stringify({ startedAt, machine, small, large }, null, 2)}\n`);
  await writeFile(`${file}.md`, `${report}\n`);
  console.log(report);
  progress(`results in ${file}.{json,md}`);
};

await main();
