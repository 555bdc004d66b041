// Feedback: POST /v1/feedback per second against a PostgreSQL server, and the editors' analytics read once the
// database holds many feedback events and learners (seeded with generate_series, then rolled up by the same service
// the scheduled job calls). Waymark runs as a child process on the database `waymark_bench_feedback`, which is
// dropped and made afresh; autocannon runs in this process.
//
//   npx node bench/feedback.ts                                    posts, then seeding at full scale (10M / 1M)
//   BENCH_FEEDBACK_VOTES=0 npx node bench/feedback.ts             posts only
//   BENCH_FEEDBACK_VOTES=1000000 BENCH_FEEDBACK_LEARNERS=100000 npx node bench/feedback.ts
import { randomBytes } from 'node:crypto';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { connectPostgres } from '../src/infra/database.ts';
import { createAnalyticsRepository } from '../src/modules/feedback/analytics.repository.ts';
import { createAnalyticsService } from '../src/modules/feedback/analytics.service.ts';
import type { RoadmapDocument } from '../src/modules/roadmaps/roadmaps.schemas.ts';
import {
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
  waymarkEnv,
} from './lib.ts';

const DATABASE = 'waymark_bench_feedback';
const ROADMAP = 'backend-developer';
const POST_CONNECTIONS = 50;
const READ_CONNECTIONS = 10;
/** Returning visitors in the vote-change run: each request takes the next one's cookie. */
const RETURNING_VISITORS = 1000;

export const FEEDBACK_GOALS = {
  /** The analytics read, from rollups, at the seeded scale: p99 at most this many ms. */
  analyticsP99Ms: 100,
};

const serverUrl = (database: string) => {
  const url = new URL(process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
};

interface Run {
  name: string;
  connections: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  statuses: Record<string, number>;
  errors: number;
  serverCpuPercent: number;
}

const measure = async (
  name: string,
  options: { url: string; connections: number; requests: AutocannonRequest[]; headers?: Record<string, string> },
  serverPid: number,
  duration: number,
  warmup: number,
): Promise<Run> => {
  const load = (seconds: number) => autocannon({ ...options, duration: seconds, timeout: 10 });
  if (warmup > 0) {
    progress(`${name}: warm-up ${warmup} s`);
    await load(warmup);
  }
  progress(`${name}: ${duration} s, ${options.connections} connections`);
  const cpuBefore = cpuSeconds(serverPid);
  const wallBefore = performance.now();
  const result = await load(duration);
  const wall = (performance.now() - wallBefore) / 1000;
  return {
    name,
    connections: options.connections,
    requestsPerSecond: round(result.requests.average, 1),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
    errors: result.errors,
    serverCpuPercent: round(((cpuSeconds(serverPid) - cpuBefore) / wall) * 100),
  };
};

const recreateDatabase = async () => {
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${DATABASE} with (force)`);
    await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
};

const json = { 'content-type': 'application/json' };

/** Seeds votes and learners with set-based SQL; each part is timed. */
const seed = async (
  db: ReturnType<typeof connectPostgres>['db'],
  votes: number,
  learners: number,
  stepIds: string[],
) => {
  const timings: Record<string, number> = {};
  const timed = async (name: string, work: () => Promise<unknown>) => {
    progress(`seeding: ${name}`);
    const started = performance.now();
    await work();
    timings[name] = round((performance.now() - started) / 1000, 1);
  };
  const document = await db
    .selectFrom('roadmaps')
    .select('document')
    .where('slug', '=', ROADMAP)
    .executeTakeFirstOrThrow();
  const faq = await db.selectFrom('roadmapFaq').select('id').where('roadmapSlug', '=', ROADMAP).execute();
  const targets = [
    'roadmap',
    ...stepIds.map((id) => `step:${id}`),
    ...faq.map((entry) => `faq:${entry.id}`),
    ...(document.document as { tiers: { id: string }[] }).tiers.map((tier) => `tier:${tier.id}`),
  ];
  const batch = 1_000_000;
  await timed(`${votes} feedback votes over 90 days and ${targets.length} targets`, async () => {
    for (let from = 1; from <= votes; from += batch) {
      const to = Math.min(votes, from + batch - 1);
      await sql`
        insert into feedback_votes (roadmap_slug, target, visitor_id, helpful, reasons, ip_hash, created_at, updated_at)
        select ${ROADMAP}, (${targets}::text[])[1 + i % ${targets.length}], gen_random_uuid(), random() < 0.8, '{}',
               'bench', now() - (i % 90) * interval '1 day', now() - (i % 90) * interval '1 day'
        from generate_series(${from}::int, ${to}::int) i`.execute(db);
      progress(`  votes: ${to}`);
    }
  });
  await timed(`${learners} learners, follows, step statuses and status events`, async () => {
    for (let from = 1; from <= learners; from += batch / 4) {
      const to = Math.min(learners, from + batch / 4 - 1);
      await sql`
        insert into users (id, email, display_name, password_hash)
        select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'learner-' || i || '@bench.test',
               'Learner ' || i, 'not-a-login'
        from generate_series(${from}::int, ${to}::int) i`.execute(db);
      await sql`
        insert into roadmap_follows (user_id, roadmap_slug, hours_per_week, start_date, followed_at)
        select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, ${ROADMAP}, 10, '2026-01-05',
               now() - (i % 300) * interval '1 day'
        from generate_series(${from}::int, ${to}::int) i`.execute(db);
      // Learner i has finished the first (i % 6) steps and is on the next one: a funnel that narrows.
      await sql`
        insert into step_progress (user_id, roadmap_slug, step_id, status)
        select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, ${ROADMAP}, s.id,
               case when s.n <= i % 6 then 'done' else 'in_progress' end
        from generate_series(${from}::int, ${to}::int) i
        join unnest(${stepIds}::text[]) with ordinality as s(id, n) on s.n <= i % 6 + 1`.execute(db);
      await sql`
        insert into progress_events (user_id, roadmap_slug, kind, subject_id, detail, occurred_at)
        select p.user_id, p.roadmap_slug, 'step_status', p.step_id, e.status,
               now() - (abs(hashtext(p.user_id::text)) % 300) * interval '1 day'
                     + (case when e.status = 'done' then (1 + abs(hashtext(p.step_id || p.user_id::text)) % 40) else 0 end)
                       * interval '1 hour'
        from step_progress p
        join (values ('in_progress'), ('done')) as e(status)
          on e.status = 'in_progress' or p.status = 'done'
        where p.user_id between ('00000000-0000-4000-8000-' || lpad(to_hex(${from}::int), 12, '0'))::uuid
                            and ('00000000-0000-4000-8000-' || lpad(to_hex(${to}::int), 12, '0'))::uuid`.execute(db);
      progress(`  learners: ${to}`);
    }
  });
  await timed('analyze', () => sql`analyze`.execute(db));
  const counts = await sql<{ votes: number; learners: number; statuses: number; events: number }>`
    select (select count(*) from feedback_votes)::int as votes, (select count(*) from users)::int as learners,
           (select count(*) from step_progress)::int as statuses, (select count(*) from progress_events)::int as events`.execute(
    db,
  );
  return { timings, targets: targets.length, counts: counts.rows[0]! };
};

export const runFeedbackBench = async () => {
  const duration = envNumber('BENCH_DURATION', 10);
  const warmup = envNumber('BENCH_WARMUP', 2);
  const votes = Number(process.env.BENCH_FEEDBACK_VOTES ?? 10_000_000);
  const learners = Number(process.env.BENCH_FEEDBACK_LEARNERS ?? 1_000_000);
  await recreateDatabase();
  const dataDir = await makeTempDir('waymark-bench-feedback-');
  const database = connectPostgres(serverUrl(DATABASE), 4);
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    progress(`starting Waymark on :${port} with DATABASE_URL …/${DATABASE}`);
    const waymark = startChild('waymark', process.execPath, ['src/main.ts'], {
      cwd: ROOT,
      env: {
        ...waymarkEnv(port, dataDir),
        DATABASE_URL: serverUrl(DATABASE),
        JWT_SECRET: randomBytes(48).toString('base64'),
        FEEDBACK_RATE_LIMIT_PER_IP: '10000000',
        FEEDBACK_RATE_LIMIT_PER_VISITOR: '10000000',
        WORKER_MODE: 'off',
      },
    });
    await waitForOk(`${base}/readyz`, { child: waymark, timeoutMs: 120_000 });
    const roadmap = (await (await fetch(`${base}/v1/roadmaps/${ROADMAP}`)).json()) as RoadmapDocument;
    const stepIds = roadmap.tiers.flatMap((tier) => tier.steps).map((step) => step.id);
    const targets = stepIds.map((id) => `step:${id}`);

    let sent = 0;
    const newVisitors = await measure(
      'new visitors: a vote each (insert)',
      {
        url: `${base}/v1/feedback`,
        connections: POST_CONNECTIONS,
        requests: [
          {
            method: 'POST',
            path: '/v1/feedback',
            headers: json,
            setupRequest: (request) => {
              sent += 1;
              return {
                ...request,
                body: JSON.stringify({
                  roadmap: ROADMAP,
                  target: targets[sent % targets.length],
                  helpful: sent % 5 !== 0,
                }),
              };
            },
          },
        ],
      },
      waymark.pid,
      duration,
      warmup,
    );

    progress(`making ${RETURNING_VISITORS} returning visitors`);
    const cookies: string[] = [];
    for (let i = 0; i < RETURNING_VISITORS; i += 1) {
      const response = await fetch(`${base}/v1/feedback`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ roadmap: ROADMAP, target: targets[0], helpful: true }),
      });
      cookies.push(response.headers.getSetCookie()[0]!.split(';')[0]!);
    }
    const returning = await measure(
      'returning visitors: vote changes (upsert)',
      {
        url: `${base}/v1/feedback`,
        connections: POST_CONNECTIONS,
        requests: [
          {
            method: 'POST',
            path: '/v1/feedback',
            setupRequest: (request) => {
              sent += 1;
              return {
                ...request,
                headers: { ...json, cookie: cookies[sent % cookies.length]! },
                body: JSON.stringify({
                  roadmap: ROADMAP,
                  target: targets[sent % targets.length],
                  helpful: sent % 3 !== 0,
                }),
              };
            },
          },
        ],
      },
      waymark.pid,
      duration,
      warmup,
    );
    const withComments = await measure(
      'new visitors: vote with a comment (spam score, duplicate check)',
      {
        url: `${base}/v1/feedback`,
        connections: POST_CONNECTIONS,
        requests: [
          {
            method: 'POST',
            path: '/v1/feedback',
            headers: json,
            setupRequest: (request) => {
              sent += 1;
              return {
                ...request,
                body: JSON.stringify({
                  roadmap: ROADMAP,
                  target: targets[sent % targets.length],
                  helpful: false,
                  reasons: ['unclear'],
                  comment: `Remark number ${sent}: the examples in this step could go one level deeper.`,
                }),
              };
            },
          },
        ],
      },
      waymark.pid,
      duration,
      warmup,
    );

    let scale: Awaited<ReturnType<typeof seed>> | undefined;
    let rollupSeconds: number | undefined;
    let analyticsRead: Run | undefined;
    if (votes > 0 && learners > 0) {
      await sql`truncate feedback_votes, feedback_comments`.execute(database.db);
      scale = await seed(database.db, votes, learners, stepIds);
      progress('rolling up (the job handler, in this process)');
      const analytics = createAnalyticsService({
        analyticsRepository: createAnalyticsRepository(database.db),
        targetNamesRepository: { name: () => Promise.reject(new Error('not used by rollUp')) },
        roadmapsService: { getRoadmapDocument: () => Promise.reject(new Error('not used by rollUp')) },
        jobs: { queued: () => Promise.reject(new Error('not used by rollUp')) },
        transact: () => Promise.reject(new Error('not used by rollUp')),
        retentionDays: 90,
      });
      const started = performance.now();
      await analytics.rollUp();
      rollupSeconds = round((performance.now() - started) / 1000, 1);

      const email = 'bench-editor@bench.test';
      const password = 'bench editor passphrase, long enough';
      await fetch(`${base}/v1/auth/register`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email, password, displayName: 'Bench Editor' }),
      });
      await sql`update users set role = 'editor', email_verified_at = now() where email = ${email}`.execute(
        database.db,
      );
      const login = (await (
        await fetch(`${base}/v1/auth/login`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ email, password }),
        })
      ).json()) as { accessToken: string };
      const url = `${base}/v1/roadmaps/${ROADMAP}/analytics`;
      const check = await fetch(url, { headers: { authorization: `Bearer ${login.accessToken}` } });
      if (check.status !== 200) throw new Error(`GET analytics answered ${check.status}: ${await check.text()}`);
      analyticsRead = await measure(
        `GET /v1/roadmaps/${ROADMAP}/analytics`,
        {
          url,
          connections: READ_CONNECTIONS,
          requests: [{ method: 'GET', headers: { authorization: `Bearer ${login.accessToken}` } }],
        },
        waymark.pid,
        duration,
        warmup,
      );
    }
    await stopChild(waymark);
    return { duration, warmup, posts: { newVisitors, returning, withComments }, scale, rollupSeconds, analyticsRead };
  } finally {
    await stopAllChildren();
    await database.close();
    await removeDir(dataDir);
  }
};

export const formatFeedbackBench = (result: Awaited<ReturnType<typeof runFeedbackBench>>) => {
  const row = (run: Run, goal = '') => [
    run.name,
    String(run.connections),
    fmt(run.requestsPerSecond),
    fmt(run.latencyMs.p50),
    fmt(run.latencyMs.p99),
    fmt(run.latencyMs.max),
    String(run.errors),
    Object.entries(run.statuses)
      .map(([code, count]) => `${code}×${count}`)
      .join(' '),
    `${run.serverCpuPercent} %`,
    goal,
  ];
  const header = ['run', 'conn.', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'statuses', 'server CPU', 'goal'];
  const rows = [row(result.posts.newVisitors), row(result.posts.returning), row(result.posts.withComments)];
  if (result.analyticsRead !== undefined) {
    const met = result.analyticsRead.latencyMs.p99 <= FEEDBACK_GOALS.analyticsP99Ms;
    rows.push(row(result.analyticsRead, `p99 ≤ ${FEEDBACK_GOALS.analyticsP99Ms} ms: ${goalMark(met)}`));
  }
  return [
    `Feedback (${result.duration} s per run after ${result.warmup} s warm-up, PostgreSQL ${DATABASE})`,
    '',
    markdownTable(header, rows),
    '',
    result.scale === undefined
      ? 'Seeding skipped (BENCH_FEEDBACK_VOTES or BENCH_FEEDBACK_LEARNERS is 0).'
      : `Seeded ${result.scale.counts.votes} votes on ${result.scale.targets} targets, ${result.scale.counts.learners} ` +
        `users, ${result.scale.counts.statuses} step statuses, ${result.scale.counts.events} progress events ` +
        `(seconds: ${JSON.stringify(result.scale.timings)}); rollup of everything: ${result.rollupSeconds} s.`,
  ].join('\n');
};

if (import.meta.main) {
  const result = await runFeedbackBench();
  console.log(formatFeedbackBench(result));
}
