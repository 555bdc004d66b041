// Cold start of `npm start`, the way a self-hoster runs Waymark: from spawning npm until GET /readyz answers 200.
// First run: a fresh DATA_DIR (create the database, migrate, import content). Second run: the same DATA_DIR again.
// Then the idle RSS of the server process. The pair is repeated with a fresh DATA_DIR each time.
//
//   npx node bench/startup.ts          BENCH_STARTUP_PAIRS=1 npx node bench/startup.ts
import path from 'node:path';
import {
  ROOT,
  envNumber,
  findDescendant,
  fmt,
  freePort,
  goalMark,
  makeTempDir,
  markdownTable,
  median,
  progress,
  removeDir,
  round,
  sleep,
  startChild,
  stopAllChildren,
  stopChild,
  vmRssKb,
  waitForOk,
  waymarkEnv,
} from './lib.ts';

export const STARTUP_GOALS = { firstRunMs: 5000, secondRunMs: 2000, idleRssMiB: 250 };
const IDLE_WAIT_MS = 3000;
const POLL_INTERVAL_MS = 25;

export interface StartRun {
  /** From spawning `npm start` until GET /readyz answered 200. */
  readyMs: number;
  /** From spawning `npm start` until the `node src/main.ts` process was first seen (npm + prestart overhead). */
  serverProcessSeenMs: number | null;
  /** From SIGTERM to the server until `npm start` exited. */
  stopMs: number;
  stopForced: boolean;
  exitCode: number | null;
}

export interface StartupPair {
  pair: number;
  first: StartRun;
  second: StartRun;
  /** VmRSS of the `node src/main.ts` process, idle for 3 s after the second start. */
  idleRssKb: number;
}

export interface StartupResult {
  pairs: StartupPair[];
  median: { firstRunMs: number; secondRunMs: number; idleRssMiB: number };
  goals: { firstRunMet: boolean; secondRunMet: boolean; idleRssMet: boolean };
}

/** The Node process running Waymark (not npm, not the shell in between). */
const isServer = (argv: string[]) => path.basename(argv[0] ?? '') === 'node' && argv.includes('src/main.ts');

/** Starts `npm start`, waits for readiness, optionally samples RSS, then stops it with SIGTERM. */
const startAndStop = async (dataDir: string, idleRss: boolean) => {
  const port = await freePort();
  const spawnedAt = performance.now();
  const npm = startChild('npm start', 'npm', ['start'], { cwd: ROOT, env: waymarkEnv(port, dataDir) });
  let serverProcessSeenMs: number | null = null;
  let serverPid: number | undefined;
  try {
    await waitForOk(`http://127.0.0.1:${port}/readyz`, {
      child: npm,
      intervalMs: POLL_INTERVAL_MS,
      timeoutMs: 120_000,
      onPoll: () => {
        if (serverPid !== undefined) return;
        serverPid = findDescendant(npm.pid, isServer);
        if (serverPid !== undefined) serverProcessSeenMs = performance.now() - spawnedAt;
      },
    });
    const readyMs = performance.now() - spawnedAt;
    serverPid ??= findDescendant(npm.pid, isServer);
    if (serverPid === undefined) throw new Error('Waymark answers, but no `node src/main.ts` process was found');

    let idleRssKb = Number.NaN;
    if (idleRss) {
      await sleep(IDLE_WAIT_MS);
      idleRssKb = vmRssKb(serverPid);
    }

    const stopped = await stopChild(npm, { targetPid: serverPid, signal: 'SIGTERM', timeoutMs: 15_000 });
    const { code } = await npm.exited;
    const run: StartRun = {
      readyMs: round(readyMs),
      serverProcessSeenMs: serverProcessSeenMs === null ? null : round(serverProcessSeenMs),
      stopMs: round(stopped.ms),
      stopForced: stopped.forced,
      exitCode: code,
    };
    return { run, idleRssKb };
  } finally {
    if (!npm.hasExited()) await stopChild(npm, { targetPid: serverPid, timeoutMs: 10_000 });
  }
};

export const runStartup = async (): Promise<StartupResult> => {
  const pairCount = envNumber('BENCH_STARTUP_PAIRS', 3);
  const pairs: StartupPair[] = [];
  try {
    for (let pair = 1; pair <= pairCount; pair++) {
      const dataDir = await makeTempDir('waymark-bench-start-');
      try {
        progress(`startup pair ${pair}/${pairCount}: first run (fresh DATA_DIR ${dataDir})`);
        const first = await startAndStop(dataDir, false);
        progress(`startup pair ${pair}/${pairCount}: second run (same DATA_DIR), then ${IDLE_WAIT_MS / 1000} s idle`);
        const second = await startAndStop(dataDir, true);
        pairs.push({ pair, first: first.run, second: second.run, idleRssKb: second.idleRssKb });
      } finally {
        await removeDir(dataDir);
      }
    }
  } finally {
    await stopAllChildren();
  }
  const firstRunMs = median(pairs.map((p) => p.first.readyMs));
  const secondRunMs = median(pairs.map((p) => p.second.readyMs));
  const idleRssMiB = round(median(pairs.map((p) => p.idleRssKb)) / 1024, 1);
  return {
    pairs,
    median: { firstRunMs, secondRunMs, idleRssMiB },
    goals: {
      firstRunMet: firstRunMs <= STARTUP_GOALS.firstRunMs,
      secondRunMet: secondRunMs <= STARTUP_GOALS.secondRunMs,
      idleRssMet: idleRssMiB <= STARTUP_GOALS.idleRssMiB,
    },
  };
};

export const formatStartup = (result: StartupResult) => {
  const seconds = (ms: number) => `${fmt(ms / 1000, 2)} s`;
  const seen = (run: StartRun) => (run.serverProcessSeenMs === null ? 'n/a' : seconds(run.serverProcessSeenMs));
  const stop = (run: StartRun) => `${seconds(run.stopMs)}${run.stopForced ? ' (killed)' : ''} exit ${run.exitCode}`;
  const { median: m, goals } = result;
  return [
    `Startup (\`npm start\` until GET /readyz = 200, polled every ${POLL_INTERVAL_MS} ms; idle RSS ` +
      `${IDLE_WAIT_MS / 1000} s after the second start):`,
    '',
    markdownTable(
      [
        'Pair',
        'first run',
        '(server process seen)',
        'second run',
        '(server process seen)',
        'idle RSS',
        'stop first / second',
      ],
      result.pairs.map((p) => [
        String(p.pair),
        seconds(p.first.readyMs),
        seen(p.first),
        seconds(p.second.readyMs),
        seen(p.second),
        `${fmt(p.idleRssKb / 1024, 1)} MiB`,
        `${stop(p.first)} / ${stop(p.second)}`,
      ]),
    ),
    '',
    markdownTable(
      ['Median', 'result', 'goal', ''],
      [
        ['first run (fresh DATA_DIR)', seconds(m.firstRunMs), '≤ 5 s', goalMark(goals.firstRunMet)],
        ['second run (same DATA_DIR)', seconds(m.secondRunMs), '≤ 2 s', goalMark(goals.secondRunMet)],
        ['idle RSS (VmRSS)', `${fmt(m.idleRssMiB, 1)} MiB`, '≤ 250 MiB', goalMark(goals.idleRssMet)],
      ],
    ),
  ].join('\n');
};

if (import.meta.main) {
  const result = await runStartup();
  console.log(formatStartup(result));
}
