// Read throughput of the busiest public endpoint, compared with a bare Fastify hello world on the same machine.
// Both servers run as child processes; autocannon (the load generator) runs in this process.
//
//   npx node bench/roadmap-read.ts          BENCH_DURATION=5 npx node bench/roadmap-read.ts
import path from 'node:path';
import autocannon, { type AutocannonResult } from 'autocannon';
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

export const ROADMAP_PATH = '/v1/roadmaps/backend-developer';
const CONNECTIONS = 100;

export const READ_GOALS = {
  /** 200 path: at least this share of hello-world req/s … */
  ratio200: 0.5,
  /** … with p99 latency at most this many ms. */
  p99Ms200: 10,
  /** 304 path: at least this share of hello-world req/s. */
  ratio304: 0.6,
};

export interface LoadRun {
  name: string;
  url: string;
  headers: Record<string, string>;
  expectedStatus: number;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  totalRequests: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  /** Responses whose status was not `expectedStatus`. */
  unexpectedStatus: number;
  throughputMBps: number;
  /** CPU used by the server process during the run, in % of one core. */
  serverCpuPercent: number;
  /** CPU used by the load generator (this process) during the run, in % of one core. */
  loadGeneratorCpuPercent: number;
}

export interface RoadmapReadResult {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  document: { url: string; bytes: number; etag: string; conditionalStatus: number };
  hello: LoadRun;
  roadmap200: LoadRun;
  roadmap200Compressed: LoadRun;
  roadmap304: LoadRun;
  ratio200: number;
  ratio200Compressed: number;
  ratio304: number;
  goals: { ratio200Met: boolean; p99Ms200Met: boolean; ratio304Met: boolean };
}

const load = (url: string, headers: Record<string, string>, duration: number) =>
  autocannon({ url, connections: CONNECTIONS, duration, headers, timeout: 10 });

const measure = async (options: {
  name: string;
  url: string;
  headers?: Record<string, string>;
  expectedStatus: number;
  serverPid: number;
  duration: number;
  warmup: number;
}): Promise<LoadRun> => {
  const headers = options.headers ?? {};
  progress(`${options.name}: warm-up ${options.warmup} s`);
  await load(options.url, headers, options.warmup);
  progress(`${options.name}: ${options.duration} s, ${CONNECTIONS} connections`);
  const serverCpuBefore = cpuSeconds(options.serverPid);
  const ownCpuBefore = ownCpuSeconds();
  const wallBefore = performance.now();
  const result: AutocannonResult = await load(options.url, headers, options.duration);
  const wall = (performance.now() - wallBefore) / 1000;
  const serverCpu = cpuSeconds(options.serverPid) - serverCpuBefore;
  const ownCpu = ownCpuSeconds() - ownCpuBefore;

  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  );
  const answered = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);
  return {
    name: options.name,
    url: options.url,
    headers,
    expectedStatus: options.expectedStatus,
    connections: CONNECTIONS,
    durationSeconds: options.duration,
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
    unexpectedStatus: answered - (statusCounts[String(options.expectedStatus)] ?? 0),
    throughputMBps: round(result.throughput.average / 1e6, 2),
    serverCpuPercent: round((serverCpu / wall) * 100),
    loadGeneratorCpuPercent: round((ownCpu / wall) * 100),
  };
};

export const runRoadmapRead = async (): Promise<RoadmapReadResult> => {
  const duration = envNumber('BENCH_DURATION', 10);
  const warmup = envNumber('BENCH_WARMUP', 2);
  const dataDir = await makeTempDir('waymark-bench-read-');
  try {
    const helloPort = await freePort();
    let waymarkPort = await freePort();
    while (waymarkPort === helloPort) waymarkPort = await freePort();

    progress(`starting hello-server on :${helloPort} and Waymark on :${waymarkPort} (DATA_DIR ${dataDir})`);
    const hello = startChild('hello-server', process.execPath, [path.join(BENCH_DIR, 'hello-server.ts')], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(helloPort) },
    });
    const waymark = startChild('waymark', process.execPath, ['src/main.ts'], {
      cwd: ROOT,
      env: waymarkEnv(waymarkPort, dataDir),
    });
    const helloUrl = `http://127.0.0.1:${helloPort}/`;
    const waymarkBase = `http://127.0.0.1:${waymarkPort}`;
    const roadmapUrl = `${waymarkBase}${ROADMAP_PATH}`;
    await waitForOk(helloUrl, { child: hello, timeoutMs: 30_000 });
    await waitForOk(`${waymarkBase}/readyz`, { child: waymark, timeoutMs: 120_000 });

    // One plain read and one conditional read first: the load runs below only count statuses.
    // fetch asks for compression by default; the plain runs below measure the uncompressed representation.
    const plain = await tryGet(roadmapUrl, { 'accept-encoding': 'identity' });
    const etag = plain?.headers.get('etag') ?? undefined;
    if (plain?.status !== 200 || etag === undefined) {
      throw new Error(`GET ${ROADMAP_PATH} answered ${plain?.status ?? 'nothing'} (etag ${etag ?? 'missing'})`);
    }
    const conditional = await tryGet(roadmapUrl, { 'accept-encoding': 'identity', 'if-none-match': etag });
    if (conditional?.status !== 304) {
      progress(`warning: If-None-Match read answered ${conditional?.status ?? 'nothing'}, not 304`);
    }

    const runHello = await measure({
      name: 'hello world GET /',
      url: helloUrl,
      expectedStatus: 200,
      serverPid: hello.pid,
      duration,
      warmup,
    });
    const run200 = await measure({
      name: `Waymark GET ${ROADMAP_PATH} (200)`,
      url: roadmapUrl,
      expectedStatus: 200,
      serverPid: waymark.pid,
      duration,
      warmup,
    });
    // What a browser asks for: the same document, brotli-compressed once when it was rendered.
    const run200Compressed = await measure({
      name: `Waymark GET ${ROADMAP_PATH} Accept-Encoding: gzip, br (200)`,
      url: roadmapUrl,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
      expectedStatus: 200,
      serverPid: waymark.pid,
      duration,
      warmup,
    });
    const run304 = await measure({
      name: `Waymark GET ${ROADMAP_PATH} If-None-Match (304)`,
      url: roadmapUrl,
      headers: { 'if-none-match': etag },
      expectedStatus: 304,
      serverPid: waymark.pid,
      duration,
      warmup,
    });
    for (const child of [hello, waymark]) {
      if (child.hasExited()) throw new Error(`${child.name} exited during the benchmark. Output:\n${child.output()}`);
    }
    await stopChild(waymark, { timeoutMs: 10_000 });
    await stopChild(hello, { timeoutMs: 5_000 });

    const ratio200 = run200.requestsPerSecond / runHello.requestsPerSecond;
    const ratio200Compressed = run200Compressed.requestsPerSecond / runHello.requestsPerSecond;
    const ratio304 = run304.requestsPerSecond / runHello.requestsPerSecond;
    return {
      connections: CONNECTIONS,
      durationSeconds: duration,
      warmupSeconds: warmup,
      document: { url: ROADMAP_PATH, bytes: plain.bytes, etag, conditionalStatus: conditional?.status ?? 0 },
      hello: runHello,
      roadmap200: run200,
      roadmap200Compressed: run200Compressed,
      roadmap304: run304,
      ratio200: round(ratio200, 3),
      ratio200Compressed: round(ratio200Compressed, 3),
      ratio304: round(ratio304, 3),
      goals: {
        ratio200Met: ratio200 >= READ_GOALS.ratio200,
        p99Ms200Met: run200.latencyMs.p99 <= READ_GOALS.p99Ms200,
        ratio304Met: ratio304 >= READ_GOALS.ratio304,
      },
    };
  } finally {
    await stopAllChildren();
    await removeDir(dataDir);
  }
};

const statuses = (run: LoadRun) =>
  Object.entries(run.statusCounts)
    .map(([status, count]) => `${status}: ${fmt(count)}`)
    .join(', ') || 'none';

export const formatRoadmapRead = (result: RoadmapReadResult) => {
  const pct = (ratio: number) => `${fmt(ratio * 100, 1)} %`;
  const row = (run: LoadRun, vsHello: string, goal: string) => [
    run.name,
    fmt(run.requestsPerSecond),
    fmt(run.latencyMs.p50, 1),
    fmt(run.latencyMs.p99, 1),
    fmt(run.latencyMs.max, 1),
    `${fmt(run.errors)} (${fmt(run.timeouts)} timeouts)`,
    `${statuses(run)}; non2xx ${fmt(run.non2xx)}; unexpected ${fmt(run.unexpectedStatus)}`,
    `${fmt(run.serverCpuPercent)} % / ${fmt(run.loadGeneratorCpuPercent)} %`,
    vsHello,
    goal,
  ];
  const { goals } = result;
  return [
    `Read throughput: ${result.connections} connections, ${result.durationSeconds} s per run after ` +
      `${result.warmupSeconds} s warm-up; document ${fmt(result.document.bytes)} bytes, ` +
      `If-None-Match check answered ${result.document.conditionalStatus}.`,
    '',
    markdownTable(
      ['Run', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'statuses', 'CPU server / loadgen', 'vs hello', 'goal'],
      [
        row(result.hello, '100 %', '(baseline)'),
        row(
          result.roadmap200,
          pct(result.ratio200),
          `≥ 50 %: ${goalMark(goals.ratio200Met)}; p99 ≤ 10 ms: ${goalMark(goals.p99Ms200Met)}`,
        ),
        row(result.roadmap200Compressed, pct(result.ratio200Compressed), '(not a goal: what browsers get)'),
        row(result.roadmap304, pct(result.ratio304), `≥ 60 %: ${goalMark(goals.ratio304Met)}`),
      ],
    ),
  ].join('\n');
};

if (import.meta.main) {
  const result = await runRoadmapRead();
  console.log(formatRoadmapRead(result));
}
