// Logins per second, and what a login load does to public reads. Every login verifies an argon2id hash (19 MiB,
// 2 passes) on libuv's thread pool, so logins compete with the event loop for the machine's cores.
// Waymark runs as a child process; autocannon (the load generator, both loads at once) runs in this process.
//
//   npx node bench/logins.ts          BENCH_DURATION=5 BENCH_LOGIN_ACCOUNTS=20 npx node bench/logins.ts
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import {
  ROOT,
  cpuSeconds,
  envNumber,
  fmt,
  freePort,
  goalMark,
  makeTempDir,
  markdownTable,
  median,
  ownCpuSeconds,
  progress,
  removeDir,
  round,
  startChild,
  stopAllChildren,
  stopChild,
  tryGet,
  waitForOk,
  waymarkEnv,
} from './lib.ts';
import { ROADMAP_PATH, type LoadRun } from './roadmap-read.ts';

export const LOGIN_PATH = '/v1/auth/login';
const REGISTER_PATH = '/v1/auth/register';
const LOGIN_CONNECTIONS = 16;
const READ_CONNECTIONS = 10;
/** Registrations sent at once while the accounts are created (each hashes a password). */
const REGISTER_CONCURRENCY = 4;
const READ_HEADERS = { 'accept-encoding': 'identity' };

export const LOGIN_GOALS = {
  /** Logins alone: at least this many successful logins per second … */
  loginsPerSecond: 80,
  /** … and public reads keep p99 latency at most this many ms while logins run. */
  readP99MsDuringLogins: 20,
};

/** A load run, plus the CPU the whole machine used meanwhile (% of one core): anything above server + loadgen is
 * other processes. */
export type LoginLoadRun = LoadRun & { machineCpuPercent: number };

export interface LoginsResult {
  accounts: number;
  /** Wall time to register all accounts (REGISTER_CONCURRENCY at a time). */
  registerMs: number;
  loginConnections: number;
  readConnections: number;
  durationSeconds: number;
  warmupSeconds: number;
  cpus: number;
  /** UV_THREADPOOL_SIZE as the server saw it (4 when unset). */
  threadPoolSize: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  /** Logins only. */
  logins: LoginLoadRun;
  /** Reads only, right before the combined run: the baseline. */
  readAlone: LoginLoadRun;
  /** Logins and reads at the same time (the CPU figures cover both). */
  loginsDuringReads: LoginLoadRun;
  readDuringLogins: LoginLoadRun;
  goals: { loginsPerSecondMet: boolean; readP99DuringLoginsMet: boolean };
  /** Failed logins one at a time, alternating: an unknown address should cost what a wrong password does. */
  badCredentials: { attempts: number; unknownEmailMedianMs: number; wrongPasswordMedianMs: number };
}

interface Account {
  email: string;
  password: string;
  displayName: string;
}

const account = (i: number): Account => ({
  email: `bench-${i}@example.org`,
  password: `a long and unusual passphrase ${i}`,
  displayName: `Bench ${i}`,
});

interface LoadSpec {
  name: string;
  url: string;
  headers: Record<string, string>;
  connections: number;
  expectedStatus: number;
  requests?: AutocannonRequest[];
}

/**
 * The login load: every request takes the next account from a counter shared by all connections, so the accounts
 * rotate across connections instead of every connection starting with the first one.
 */
const loginLoad = (base: string, accounts: Account[]): LoadSpec => {
  const bodies = accounts.map(({ email, password }) => JSON.stringify({ email, password }));
  let next = 0;
  return {
    name: `POST ${LOGIN_PATH}`,
    url: `${base}${LOGIN_PATH}`,
    headers: { 'content-type': 'application/json' },
    connections: LOGIN_CONNECTIONS,
    expectedStatus: 200,
    requests: [
      {
        method: 'POST',
        path: LOGIN_PATH,
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] ?? '' }),
      },
    ],
  };
};

const readLoad = (base: string): LoadSpec => ({
  name: `GET ${ROADMAP_PATH}`,
  url: `${base}${ROADMAP_PATH}`,
  headers: READ_HEADERS,
  connections: READ_CONNECTIONS,
  expectedStatus: 200,
});

const fire = (spec: LoadSpec, duration: number) =>
  autocannon({
    url: spec.url,
    connections: spec.connections,
    duration,
    headers: spec.headers,
    timeout: 10,
    ...(spec.requests === undefined ? {} : { requests: spec.requests }),
  });

/** Busy and total jiffies of all CPUs together, from the first line of /proc/stat. */
const machineJiffies = () => {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idle + iowait };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
};

const loadAverage = () => os.loadavg().map((value) => round(value, 2));

const summarize = (
  spec: LoadSpec,
  name: string,
  result: AutocannonResult,
  duration: number,
  cpu: { server: number; loadGenerator: number; machine: number },
): LoginLoadRun => {
  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  );
  const answered = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
  return {
    name,
    url: spec.url,
    headers: spec.headers,
    expectedStatus: spec.expectedStatus,
    connections: spec.connections,
    durationSeconds: duration,
    requestsPerSecond: round(result.requests.average, 1),
    totalRequests: result.requests.total,
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCounts,
    unexpectedStatus: answered - (statusCounts[String(spec.expectedStatus)] ?? 0),
    throughputMBps: round(result.throughput.average / 1e6, 2),
    serverCpuPercent: cpu.server,
    loadGeneratorCpuPercent: cpu.loadGenerator,
    machineCpuPercent: cpu.machine,
  };
};

/** Runs the loads at the same time for `duration` s; the CPU figures cover the whole run (all loads together). */
const measure = async (
  loads: { spec: LoadSpec; name: string }[],
  serverPid: number,
  duration: number,
): Promise<LoginLoadRun[]> => {
  const serverCpuBefore = cpuSeconds(serverPid);
  const ownCpuBefore = ownCpuSeconds();
  const machineBefore = machineJiffies();
  const wallBefore = performance.now();
  const results = await Promise.all(loads.map(({ spec }) => fire(spec, duration)));
  const wall = (performance.now() - wallBefore) / 1000;
  const machineAfter = machineJiffies();
  const cpu = {
    server: round(((cpuSeconds(serverPid) - serverCpuBefore) / wall) * 100),
    loadGenerator: round(((ownCpuSeconds() - ownCpuBefore) / wall) * 100),
    machine: round(
      ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * os.cpus().length * 100,
    ),
  };
  return loads.map(({ spec, name }, i) => summarize(spec, name, results[i]!, duration, cpu));
};

const postJson = async (url: string, body: unknown) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.text() };
};

/** Registers every account (`concurrency` at a time); fails unless each answers 202. Returns the wall time in ms. */
const registerAll = async (base: string, accounts: Account[], concurrency: number) => {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < accounts.length) {
      const body = accounts[next++]!;
      const { status, body: text } = await postJson(`${base}${REGISTER_PATH}`, body);
      if (status !== 202) throw new Error(`POST ${REGISTER_PATH} for ${body.email} answered ${status}: ${text}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return performance.now() - started;
};

/** Alternates failed logins for unknown addresses and for real accounts with a wrong password, one at a time. */
const badCredentialTimings = async (base: string, accounts: Account[]) => {
  const timeFailure = async (email: string) => {
    const started = performance.now();
    const { status } = await postJson(`${base}${LOGIN_PATH}`, { email, password: 'not the password at all' });
    if (status !== 401) throw new Error(`a failed login for ${email} answered ${status}, not 401`);
    return performance.now() - started;
  };
  const unknown: number[] = [];
  const wrong: number[] = [];
  const attempts = Math.min(30, accounts.length);
  for (let i = 0; i < attempts; i += 1) {
    unknown.push(await timeFailure(`nobody-${i}@bench.example.org`));
    wrong.push(await timeFailure(accounts[i]!.email));
  }
  return { attempts, unknownEmailMedianMs: round(median(unknown), 1), wrongPasswordMedianMs: round(median(wrong), 1) };
};

export const runLogins = async (): Promise<LoginsResult> => {
  const duration = envNumber('BENCH_DURATION', 10);
  const warmup = envNumber('BENCH_WARMUP', 2);
  const accountCount = Math.round(envNumber('BENCH_LOGIN_ACCOUNTS', 50));
  const loadAverageAtStart = loadAverage();
  const dataDir = await makeTempDir('waymark-bench-logins-');
  try {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    progress(`starting Waymark on :${port} (DATA_DIR ${dataDir})`);
    const env: NodeJS.ProcessEnv = { ...waymarkEnv(port, dataDir), JWT_SECRET: randomBytes(48).toString('base64') };
    const waymark = startChild('waymark', process.execPath, ['src/main.ts'], { cwd: ROOT, env });
    await waitForOk(`${base}/readyz`, { child: waymark, timeoutMs: 120_000 });

    progress(`registering ${accountCount} accounts`);
    const accounts = Array.from({ length: accountCount }, (_, i) => account(i));
    const registerMs = await registerAll(base, accounts, REGISTER_CONCURRENCY);

    // One login and one read first: the load runs below only count statuses.
    const first = accounts[0]!;
    const login = await postJson(`${base}${LOGIN_PATH}`, { email: first.email, password: first.password });
    if (login.status !== 200 || !login.body.includes('"accessToken"')) {
      throw new Error(`POST ${LOGIN_PATH} answered ${login.status}: ${login.body.slice(0, 500)}`);
    }
    const read = await tryGet(`${base}${ROADMAP_PATH}`, READ_HEADERS);
    if (read?.status !== 200) throw new Error(`GET ${ROADMAP_PATH} answered ${read?.status ?? 'nothing'}`);

    progress('failed logins: unknown addresses against wrong passwords');
    const badCredentials = await badCredentialTimings(base, accounts);

    const logins = loginLoad(base, accounts);
    const reads = readLoad(base);

    progress(`logins: warm-up ${warmup} s, then ${duration} s, ${LOGIN_CONNECTIONS} connections`);
    await fire(logins, warmup);
    const [loginsAlone] = await measure([{ spec: logins, name: `${logins.name} (alone)` }], waymark.pid, duration);

    progress(`reads: warm-up ${warmup} s, then ${duration} s, ${READ_CONNECTIONS} connections`);
    await fire(reads, warmup);
    const [runReadAlone] = await measure([{ spec: reads, name: `${reads.name} (alone)` }], waymark.pid, duration);

    progress(`logins and reads together: ${duration} s`);
    const [runLoginsDuringReads, runReadDuringLogins] = await measure(
      [
        { spec: logins, name: `${logins.name} (with reads)` },
        { spec: reads, name: `${reads.name} (with logins)` },
      ],
      waymark.pid,
      duration,
    );
    if (waymark.hasExited()) throw new Error(`Waymark exited during the benchmark. Output:\n${waymark.output()}`);
    await stopChild(waymark, { timeoutMs: 10_000 });

    return {
      accounts: accountCount,
      registerMs: round(registerMs),
      loginConnections: LOGIN_CONNECTIONS,
      readConnections: READ_CONNECTIONS,
      durationSeconds: duration,
      warmupSeconds: warmup,
      cpus: os.cpus().length,
      threadPoolSize: Number(env.UV_THREADPOOL_SIZE ?? 4),
      loadAverageAtStart,
      loadAverageAtEnd: loadAverage(),
      logins: loginsAlone!,
      readAlone: runReadAlone!,
      loginsDuringReads: runLoginsDuringReads!,
      readDuringLogins: runReadDuringLogins!,
      badCredentials,
      goals: {
        // Only logins that answered 200 count: any other status misses the goal.
        loginsPerSecondMet:
          loginsAlone!.requestsPerSecond >= LOGIN_GOALS.loginsPerSecond &&
          loginsAlone!.unexpectedStatus === 0 &&
          loginsAlone!.errors === 0,
        readP99DuringLoginsMet: runReadDuringLogins!.latencyMs.p99 <= LOGIN_GOALS.readP99MsDuringLogins,
      },
    };
  } finally {
    await stopAllChildren();
    await removeDir(dataDir);
  }
};

const statuses = (run: LoginLoadRun) =>
  Object.entries(run.statusCounts)
    .map(([status, count]) => `${status}: ${fmt(count)}`)
    .join(', ') || 'none';

export const formatLogins = (result: LoginsResult) => {
  const row = (run: LoginLoadRun, goal: string) => [
    run.name,
    fmt(run.connections),
    fmt(run.requestsPerSecond, 1),
    fmt(run.latencyMs.p50, 1),
    fmt(run.latencyMs.p99, 1),
    fmt(run.latencyMs.max, 1),
    `${fmt(run.errors)} (${fmt(run.timeouts)} timeouts)`,
    `${statuses(run)}; non2xx ${fmt(run.non2xx)}`,
    `${fmt(run.serverCpuPercent)} % / ${fmt(run.loadGeneratorCpuPercent)} % / ${fmt(run.machineCpuPercent)} %`,
    goal,
  ];
  const { goals } = result;
  return [
    `Logins: ${fmt(result.accounts)} accounts (registered in ${fmt(result.registerMs / 1000, 1)} s), ` +
      `${result.durationSeconds} s per run after ${result.warmupSeconds} s warm-up; argon2id (19 MiB, t=2) on ` +
      `${result.threadPoolSize} libuv threads, ${result.cpus} CPUs; load average ${result.loadAverageAtStart.join(' ')} ` +
      `at the start, ${result.loadAverageAtEnd.join(' ')} at the end. The last two rows ran at the same time (their ` +
      'CPU figures are for both together); CPU is in % of one core, machine = all processes.',
    '',
    markdownTable(
      [
        'Run',
        'conns',
        'req/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'errors',
        'statuses',
        'CPU server / loadgen / machine',
        'goal',
      ],
      [
        row(result.logins, `≥ ${LOGIN_GOALS.loginsPerSecond} logins/s: ${goalMark(goals.loginsPerSecondMet)}`),
        row(result.readAlone, '(baseline)'),
        row(result.loginsDuringReads, '(not a goal)'),
        row(
          result.readDuringLogins,
          `p99 ≤ ${LOGIN_GOALS.readP99MsDuringLogins} ms: ${goalMark(goals.readP99DuringLoginsMet)}`,
        ),
      ],
    ),
    '',
    `Failed logins, one at a time (${result.badCredentials.attempts} each, alternating): unknown address ` +
      `${fmt(result.badCredentials.unknownEmailMedianMs, 1)} ms median, wrong password ` +
      `${fmt(result.badCredentials.wrongPasswordMedianMs, 1)} ms median.`,
  ].join('\n');
};

if (import.meta.main) {
  const result = await runLogins();
  console.log(formatLogins(result));
}
