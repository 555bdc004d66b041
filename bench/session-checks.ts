// What the session checks cost an authenticated request (decision 0046): the same Waymark on the same PostgreSQL
// database, once asking the database about the session on every request (SESSION_CHECK_CACHE_MS=0, as before) and
// once keeping the answer for a second (the default), with a bare Fastify + pg primary-key select as the baseline,
// all in one run. The loads: an authenticated read (GET /v1/me) and a step write (PUT a step's status), spread over
// BENCH_SESSION_LEARNERS learners, each with their own session. The runs alternate (off, on, off, on) so that a
// machine busy with something else weighs on both alike.
//
//   npx node bench/session-checks.ts          BENCH_DURATION=5 npx node bench/session-checks.ts
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import autocannon, { type AutocannonRequest } from 'autocannon';
import pg from 'pg';
import {
  BENCH_DIR,
  ROOT,
  cpuSeconds,
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
  waitForOk,
  waymarkEnv,
} from './lib.ts';

const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DURATION = envNumber('BENCH_DURATION', 10);
const WARMUP = envNumber('BENCH_WARMUP', 2);
const CONNECTIONS = envNumber('BENCH_CONNECTIONS', 32);
const LEARNERS = envNumber('BENCH_SESSION_LEARNERS', 32);
const SLUG = 'backend-developer';
const JWT_SECRET = randomBytes(48).toString('base64');

interface Learner {
  id: string;
  accessToken: string;
}

interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  serverCpuMs: number;
  failures: number;
}

const fire = (url: string, requests: AutocannonRequest[], duration: number) =>
  autocannon({ url, connections: CONNECTIONS, duration, timeout: 10, requests });

const measure = async (url: string, requests: AutocannonRequest[], serverPid: number): Promise<Load> => {
  await fire(url, requests, WARMUP);
  const before = cpuSeconds(serverPid);
  const result = await fire(url, requests, DURATION);
  // A refused request is fast: a run with any would flatter what it measures.
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} answers were not 2xx`);
  return {
    requestsPerSecond: round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverCpuMs: round(((cpuSeconds(serverPid) - before) * 1000) / Math.max(1, result.requests.total), 3),
    failures: result.errors + result.timeouts,
  };
};

/** Each request goes out as the next learner, round the list. */
const asLearners = (learners: Learner[], request: (learner: Learner, n: number) => AutocannonRequest) => {
  let n = 0;
  return [
    {
      setupRequest: (base: AutocannonRequest) => {
        n += 1;
        const learner = learners[n % learners.length]!;
        const own = request(learner, n);
        return { ...base, ...own, headers: { ...own.headers, authorization: `Bearer ${learner.accessToken}` } };
      },
    },
  ] as AutocannonRequest[];
};

const post = async (base: string, route: string, body: object) => {
  const response = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok && response.status !== 202) throw new Error(`POST ${route} answered ${response.status}`);
  return response.status === 202 ? undefined : ((await response.json()) as Record<string, unknown>);
};

const main = async () => {
  const database = `waymark_bench_sessions_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  const dataDir = await makeTempDir('waymark-bench-sessions-');
  try {
    const start = async (cacheMs: number) => {
      const port = await freePort();
      const env = {
        ...waymarkEnv(port, dataDir),
        DATABASE_URL: url.toString(),
        JWT_SECRET,
        // The tokens' issuer: the same for every start, so the learners' tokens work on each.
        PUBLIC_URL: 'http://localhost:3000',
        SESSION_CHECK_CACHE_MS: String(cacheMs),
      };
      const child = startChild(`waymark (cache ${cacheMs} ms)`, process.execPath, ['src/main.ts'], { cwd: ROOT, env });
      const base = `http://127.0.0.1:${port}`;
      await waitForOk(`${base}/readyz`, { child, timeoutMs: 120_000 });
      return { child, base };
    };

    progress(`database ${database}: the first start migrates and imports`);
    let waymark = await start(0);
    const learners: Learner[] = [];
    for (let i = 0; i < LEARNERS; i += 1) {
      const email = `bench-session-${i}@example.org`;
      const password = `a long and unusual passphrase ${i}`;
      await post(waymark.base, '/v1/auth/register', { email, password, displayName: `Learner ${i}` });
      const tokens = (await post(waymark.base, '/v1/auth/login', { email, password }))!;
      learners.push({ id: (tokens.user as { id: string }).id, accessToken: tokens.accessToken as string });
    }
    for (const learner of learners) {
      const check = await fetch(`${waymark.base}/v1/me`, {
        headers: { authorization: `Bearer ${learner.accessToken}` },
      });
      if (check.status !== 200) throw new Error(`GET /v1/me answered ${check.status}: ${await check.text()}`);
    }
    const roadmap = (await (await fetch(`${waymark.base}/v1/roadmaps/${SLUG}`)).json()) as {
      tiers: { steps: { id: string }[] }[];
    };
    const steps = roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id));
    const read = asLearners(learners, () => ({ method: 'GET', path: '/v1/me' }));
    const write = asLearners(learners, (_learner, n) => ({
      method: 'PUT',
      path: `/v1/me/roadmaps/${SLUG}/steps/${steps[n % steps.length]!}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: n % 2 === 0 ? 'done' : 'in_progress' }),
    }));

    const pkPort = await freePort();
    const pk = startChild('pk-select-server', process.execPath, [path.join(BENCH_DIR, 'pk-select-server.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url.toString(), PORT: String(pkPort), DATABASE_POOL_MAX: '10' },
    });
    const pkBase = `http://127.0.0.1:${pkPort}`;
    await waitForOk(`${pkBase}/users/${learners[0]!.id}`, { child: pk, timeoutMs: 30_000 });
    const baseline = await measure(pkBase, [{ method: 'GET', path: `/users/${learners[0]!.id}` }], pk.pid);
    await stopChild(pk);

    const rounds: { cacheMs: number; read: Load; write: Load }[] = [];
    for (const cacheMs of [0, 1000, 0, 1000]) {
      if (rounds.length > 0) waymark = await start(cacheMs);
      progress(`SESSION_CHECK_CACHE_MS=${cacheMs}: ${DURATION} s of reads, then of writes`);
      rounds.push({
        cacheMs,
        read: await measure(waymark.base, read, waymark.child.pid),
        write: await measure(waymark.base, write, waymark.child.pid),
      });
      await stopChild(waymark.child);
    }

    const best = (cacheMs: number, kind: 'read' | 'write') =>
      rounds
        .filter((run) => run.cacheMs === cacheMs)
        .map((run) => run[kind])
        .reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a));
    const row = (name: string, load: Load) => [
      name,
      fmt(load.requestsPerSecond),
      `${load.p50} / ${load.p99}`,
      fmt(load.serverCpuMs, 3),
      fmt(load.failures),
      `${fmt((load.requestsPerSecond / baseline.requestsPerSecond) * 100, 1)} %`,
    ];
    console.log(
      `\nSession checks: ${CONNECTIONS} connections, ${LEARNERS} learners, ${DURATION} s per run, the better of two`,
    );
    console.log(
      markdownTable(
        ['Load', 'req/s', 'p50 / p99 ms', 'server CPU ms/req', 'errors', 'of pk-select'],
        [
          row('bare Fastify + pg pk select (baseline)', baseline),
          row('GET /v1/me, session checked every request', best(0, 'read')),
          row('GET /v1/me, session check kept ≤ 1 s', best(1000, 'read')),
          row('PUT step, session checked every request', best(0, 'write')),
          row('PUT step, session check kept ≤ 1 s', best(1000, 'write')),
        ],
      ),
    );
    for (const kind of ['read', 'write'] as const) {
      const ratio = best(1000, kind).requestsPerSecond / best(0, kind).requestsPerSecond;
      console.log(`${kind}: kept / checked every request = ${fmt(ratio, 2)}×`);
    }
  } finally {
    await stopAllChildren();
    await admin.query(`drop database if exists ${database} with (force)`).catch(() => undefined);
    await admin.end();
    await removeDir(dataDir);
  }
};

await main();
