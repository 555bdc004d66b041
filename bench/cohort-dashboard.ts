// The mentor's dashboard of a 500-member cohort in an instance of a million learners, on a real PostgreSQL server:
// does every request the dashboard page makes stay within 100 ms of server time (p99)?
//
// 1. A fresh database with a unique name (waymark_bench_dashboard_<random>) is migrated and gets the shipped content;
//    it is dropped at the end, also after an error.
// 2. Learners are seeded with set-based inserts (generate_series): each has an account, a share of the Backend
//    roadmap's steps (done, one in ten skipped, then one in progress), an event per step begun and per step done,
//    two checklist answers, and every other learner a helpfulness vote on a step. A mentor (with a session) creates a
//    cohort through the API, and every 2000th learner joins it: 500 members at 1M learners.
// 3. Waymark runs on that database as in production (NODE_ENV=production, info logs to a file); each dashboard
//    request is made BENCH_DASHBOARD_REQUESTS times, one at a time, and its server time read from the request log.
// 4. The plans of the dashboard's queries (EXPLAIN ANALYZE, BUFFERS), as the repositories send them, with the indexes
//    of migration 0025 and, in a transaction rolled back, without them.
//
//   npm run bench:dashboard      BENCH_DASHBOARD_LEARNERS=100000 npm run bench:dashboard
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { connectPostgres, migrateToLatest } from '../src/infra/database.ts';
import { createAccessTokens } from '../src/modules/auth/tokens.ts';
import { loadContent } from '../src/modules/content/content.loader.ts';
import { createContentRepository } from '../src/modules/content/content.repository.ts';
import {
  BENCH_DIR,
  ROOT,
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
import { dashboardQueries, explainAll } from './cohort-dashboard-plans.ts';
import { seed } from './cohort-dashboard-seed.ts';

const SLUG = 'backend-developer';
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const LEARNERS = envNumber('BENCH_DASHBOARD_LEARNERS', 1_000_000);
const MEMBERS = envNumber('BENCH_DASHBOARD_MEMBERS', 500);
const REQUESTS = envNumber('BENCH_DASHBOARD_REQUESTS', 200);
const JWT_SECRET = 'bench-only signing key: 4f1e8a0c7b3d2e6f9a5c1b0d8e7f6a2c';
const PUBLIC_URL = 'http://bench.waymark.test';
const GOAL_P99_MS = 100;
const DAY = 86_400_000;

const databaseUrl = (name: string) => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

/** The mentor: an account, a session, and an access token for it. */
const makeMentor = async (client: pg.Client) => {
  const id = randomUUID();
  await client.query(
    `insert into users (id, email, display_name, password_hash, role, email_verified_at)
     values ($1, 'mentor@bench.example', 'Bench Mentor', '!', 'mentor', now())`,
    [id],
  );
  await client.query(
    `insert into refresh_tokens (id, family_id, user_id, token_hash, expires_at, family_expires_at)
     values ($1, $1, $1, 'bench-mentor', now() + interval '1 day', now() + interval '2 days')`,
    [id],
  );
  const tokens = createAccessTokens({
    secret: JWT_SECRET,
    issuer: PUBLIC_URL,
    audience: 'waymark-api',
    ttlSeconds: 3600,
  });
  return tokens.issue({ userId: id, role: 'mentor', sessionId: id });
};

const joinMembers = (client: pg.Client, cohortId: string) =>
  client.query(
    `insert into cohort_members (cohort_id, user_id, joined_via, joined_at)
     select $1::uuid, md5('learner' || i)::uuid, 'code', now() - interval '150 days'
     from generate_series($2::int, $3::int, $2::int) i`,
    [cohortId, Math.max(1, Math.floor(LEARNERS / MEMBERS)), Math.max(1, Math.floor(LEARNERS / MEMBERS)) * MEMBERS],
  );

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};

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

interface RequestResult {
  request: string;
  requests: number;
  bytes: number;
  serverP50: number;
  serverP99: number;
  clientP99: number;
}

/** Each request REQUESTS times, one at a time (after a few untimed), its server time read from the log. */
const measure = async (base: string, token: string, urls: [string, string][], logFile: string) => {
  const runs: { name: string; ids: string[]; client: number[]; bytes: number }[] = [];
  for (const [name, url] of urls) {
    const run = { name, ids: [] as string[], client: [] as number[], bytes: 0 };
    for (let i = 0; i < REQUESTS + 10; i += 1) {
      const started = performance.now();
      const response = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${name}: ${response.status} ${Buffer.from(body).toString()}`);
      if (i < 10) continue;
      run.client.push(performance.now() - started);
      run.ids.push(response.headers.get('x-request-id') ?? '');
      run.bytes = body.byteLength;
    }
    runs.push(run);
  }
  // The log is written asynchronously: give the last lines a moment to reach the file.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const times = serverTimes(logFile);
  return runs.map((run): RequestResult => {
    const server = run.ids.map((id) => times.get(id)).filter((value) => value !== undefined);
    return {
      request: run.name,
      requests: server.length,
      bytes: run.bytes,
      serverP50: round(percentile(server, 50), 1),
      serverP99: round(percentile(server, 99), 1),
      clientP99: round(percentile(run.client, 99), 1),
    };
  });
};

const main = async () => {
  const name = `waymark_bench_dashboard_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const logDir = await makeTempDir('waymark-bench-dashboard-');
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  const load = () => os.loadavg().map((value) => round(value, 1));
  try {
    const loadBefore = load();
    progress(`database ${name}: migrating, importing content (load ${loadBefore.join(' ')})`);
    const database = connectPostgres(databaseUrl(name), 2);
    try {
      await migrateToLatest(database.db);
      await createContentRepository(database.db).importBundle(await loadContent(path.join(ROOT, 'content')));
    } finally {
      await database.close();
    }
    await client.connect();
    const { rows: stepRows } = await client.query<{ id: string }>(
      'select id from roadmap_steps where roadmap_slug = $1 and archived_at is null order by tier_id, position',
      [SLUG],
    );
    const { rows: itemRows } = await client.query<{ id: string }>(
      `select item ->> 'id' as id from roadmaps, jsonb_array_elements(document -> 'checklist') item where slug = $1`,
      [SLUG],
    );
    progress(`seeding ${fmt(LEARNERS)} learners`);
    const seedStarted = performance.now();
    await seed(
      client,
      LEARNERS,
      stepRows.map((row) => row.id),
      itemRows.map((row) => row.id),
    );
    const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
    const token = await makeMentor(client);

    const port = await freePort();
    const logFile = path.join(logDir, 'waymark.log');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL,
      DATABASE_URL: databaseUrl(name),
      JWT_SECRET,
      LOG_LEVEL: 'info',
      RATE_LIMIT_MAX: '10000000',
      LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
      CONTENT_IMPORT_ON_START: 'false',
      DATA_DIR: logDir,
    };
    delete env.REDIS_URL;
    delete env.NODE_OPTIONS;
    const waymark = startChild('waymark', process.execPath, ['src/main.ts'], { cwd: ROOT, env, logFile });
    const base = `http://127.0.0.1:${port}`;
    await waitForOk(`${base}/readyz`, { child: waymark, timeoutMs: 60_000 });
    const created = await fetch(`${base}/v1/cohorts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        roadmap: SLUG,
        name: 'Bench cohort',
        startDate: new Date(Date.now() - 150 * DAY).toISOString().slice(0, 10),
        hoursPerWeek: 8,
      }),
    });
    if (created.status !== 201) throw new Error(`creating the cohort: ${created.status} ${await created.text()}`);
    const cohortId = ((await created.json()) as { id: string }).id;
    await joinMembers(client, cohortId);
    await client.query('analyze cohort_members');
    const page2 = (await (
      await fetch(`${base}/v1/cohorts/${cohortId}/activity?limit=50`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { nextCursor: string };
    const cohort = `/v1/cohorts/${cohortId}`;
    progress(`cohort of ${MEMBERS}: ${REQUESTS} of each request, one at a time`);
    const loadDuring = load();
    const results = await measure(
      base,
      token,
      [
        ['cohort (schedule, mentors)', cohort],
        ['dashboard (statuses, stalls, checklist)', `${cohort}/dashboard`],
        ['members: first page (100)', `${cohort}/members`],
        ['members: behind, by schedule', `${cohort}/members?status=behind&sort=schedule`],
        ['members: search by name', `${cohort}/members?search=learner%2012`],
        ['activity: first page (50)', `${cohort}/activity`],
        ['activity: second page', `${cohort}/activity?cursor=${page2.nextCursor}`],
        ['members.csv (all 500)', `${cohort}/members.csv`],
      ],
      logFile,
    );
    await stopChild(waymark);
    progress('query plans');
    const plans = await explainAll(client, await dashboardQueries(databaseUrl(name), cohortId));
    const { rows: sizes } = await client.query<{ table: string; rows: string }>(
      `select relname as table, n_live_tup::text as rows from pg_stat_user_tables
       where relname in ('users', 'step_progress', 'progress_events', 'checklist_assessments', 'feedback_votes',
                         'cohort_members') order by relname`,
    );
    await report({
      seedSeconds,
      sizes,
      results,
      plans,
      load: { before: loadBefore, during: loadDuring, after: load() },
    });
  } finally {
    await stopAllChildren();
    await client.end().catch(() => undefined);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await removeDir(logDir);
  }
};

const report = async (result: {
  seedSeconds: number;
  sizes: { table: string; rows: string }[];
  results: RequestResult[];
  plans: Awaited<ReturnType<typeof explainAll>>;
  load: { before: number[]; during: number[]; after: number[] };
}) => {
  const lines = [
    `# Mentor's dashboard: a cohort of ${fmt(MEMBERS)} among ${fmt(LEARNERS)} learners (PostgreSQL)`,
    '',
    `Seeded in ${fmt(result.seedSeconds, 1)} s. ${os.cpus().length} cores; load average (1, 5, 15 min) before ` +
      `${result.load.before.join(' ')}, while measuring ${result.load.during.join(' ')}, after ` +
      `${result.load.after.join(' ')}.`,
    '',
    markdownTable(
      ['table', 'rows'],
      result.sizes.map((row) => [row.table, fmt(Number(row.rows))]),
    ),
    '',
    `Server time (ms) of ${REQUESTS} requests each, one at a time; goal p99 ≤ ${GOAL_P99_MS} ms.`,
    '',
    markdownTable(
      ['request', 'p50', 'p99', 'client p99', 'bytes', 'goal'],
      result.results.map((row) => [
        row.request,
        fmt(row.serverP50, 1),
        fmt(row.serverP99, 1),
        fmt(row.clientP99, 1),
        fmt(row.bytes),
        goalMark(row.serverP99 <= GOAL_P99_MS),
      ]),
    ),
    '',
    'Query execution (ms, EXPLAIN ANALYZE, warm) with the indexes of migration 0025 and without them:',
    '',
    markdownTable(
      ['query', 'with', 'without'],
      result.plans.map((plan) => [plan.name, fmt(plan.msWith, 2), fmt(plan.msWithout, 2)]),
    ),
    '',
    ...result.plans.flatMap((plan) => [
      `## ${plan.name}`,
      '',
      '```',
      plan.withIndexes,
      '```',
      '',
      'Without the indexes of migration 0025:',
      '',
      '```',
      plan.without,
      '```',
      '',
    ]),
  ];
  const text = lines.join('\n');
  console.log(text);
  const dir = path.join(BENCH_DIR, 'results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `cohort-dashboard-${new Date().toISOString().replaceAll(':', '-')}.md`);
  await writeFile(file, text);
  progress(`report written to ${file}`);
};

await main();
