// Shared helpers for the benchmark scripts: free ports, child processes that are always cleaned up, HTTP polling,
// /proc lookups and small formatting helpers. Nothing here fails on slowness: the benchmark reports numbers only.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (/work/main): Waymark is started from here. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A port nobody listens on right now: bind port 0, read what the kernel chose, release it. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });

export const makeTempDir = (prefix: string) => mkdtemp(path.join(tmpdir(), prefix));
export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });

/** A positive number from the environment, or the fallback. */
export const envNumber = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name}=${JSON.stringify(raw)}: expected a positive number`);
  return value;
};

/**
 * The environment for a Waymark child: the embedded database under `dataDir`, quiet logs, rate limits that never
 * answer 429 under load. Anything that would point Waymark elsewhere (an external PostgreSQL, Redis) is removed.
 * The directory of the running Node 24 binary goes first on PATH so `npm start` runs Waymark on it.
 */
export const waymarkEnv = (port: number, dataDir: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'PUBLIC_URL', 'CONTENT_DIR', 'CACHE_TTL_MS', 'NODE_OPTIONS']) {
    delete env[name];
  }
  return {
    ...env,
    PATH: [path.dirname(process.execPath), path.join(ROOT, 'node_modules', '.bin'), env.PATH ?? ''].join(
      path.delimiter,
    ),
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // 10,000,000 is the largest value the configuration accepts (src/config/server-options.ts).
    RATE_LIMIT_MAX: '10000000',
    // The stricter per-route limit on register, login, refresh and logout (default 20 per window).
    AUTH_RATE_LIMIT_MAX: '10000000',
    CONTENT_IMPORT_ON_START: 'true',
  };
};

export interface ManagedChild {
  name: string;
  process: ChildProcess;
  pid: number;
  /** Resolves when the process has exited (never rejects). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited: () => boolean;
  /** The last few KB of stdout and stderr, for error messages. */
  output: () => string;
}

const live = new Set<ManagedChild>();

const killGroup = (child: ManagedChild, signal: NodeJS.Signals) => {
  // Children start in their own process group, so npm, its shell and the server go together.
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      process.kill(child.pid, signal);
    } catch {
      // already gone
    }
  }
};

let cleanupInstalled = false;
const installCleanup = () => {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // Last resort: whatever still runs when the benchmark exits (normally or after an error) is killed.
  process.on('exit', () => {
    for (const child of live) killGroup(child, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal} received, stopping children`);
      for (const child of live) killGroup(child, 'SIGTERM');
      setTimeout(() => process.exit(130), 2000).unref();
    });
  }
};

/** Spawns a child in its own process group and registers it for cleanup. */
export const startChild = (
  name: string,
  command: string,
  args: string[],
  // With `logFile`, the child writes its output straight to that file: reading a busy server's logs through a pipe
  // would cost the load generator (this process) CPU.
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile?: string },
): ManagedChild => {
  installCleanup();
  const logFd = options.logFile === undefined ? undefined : openSync(options.logFile, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: logFd === undefined ? 'pipe' : ['ignore', logFd, logFd],
  });
  if (logFd !== undefined) closeSync(logFd);
  if (child.pid === undefined) throw new Error(`${name}: could not spawn ${command}`);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const managed: ManagedChild = {
    name,
    process: child,
    pid: child.pid,
    exited: new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        done = true;
        live.delete(managed);
        resolve({ code, signal });
      });
    }),
    hasExited: () => done,
    output: () => (options.logFile === undefined ? tail : readFileSync(options.logFile, 'utf8').slice(-4000)),
  };
  live.add(managed);
  return managed;
};

/**
 * Stops a child: `signal` goes to `targetPid` (default: the child itself), then waits for the child to exit; after
 * `timeoutMs` the whole group is killed. Returns how long the stop took.
 */
export const stopChild = async (
  child: ManagedChild,
  options: { targetPid?: number | undefined; signal?: NodeJS.Signals; timeoutMs?: number } = {},
) => {
  const started = performance.now();
  if (child.hasExited()) return { ms: 0, forced: false };
  try {
    process.kill(options.targetPid ?? child.pid, options.signal ?? 'SIGTERM');
  } catch {
    // it may have exited between the check and the signal
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? 15_000);
  });
  const outcome = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    killGroup(child, 'SIGKILL');
    await child.exited;
    return { ms: performance.now() - started, forced: true };
  }
  // The direct child is gone; make sure nothing else in its group lingers.
  killGroup(child, 'SIGKILL');
  return { ms: performance.now() - started, forced: false };
};

/** Kills every child still running (used in `finally` blocks). */
export const stopAllChildren = async () => {
  const children = [...live];
  await Promise.all(children.map((child) => stopChild(child, { timeoutMs: 10_000 })));
};

/** GET `url` once; undefined when nothing answers. */
export const tryGet = async (url: string, headers: Record<string, string> = {}) => {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(2000) });
    const body = await response.arrayBuffer();
    return { status: response.status, headers: response.headers, bytes: body.byteLength };
  } catch {
    return undefined;
  }
};

/** Polls `url` every `intervalMs` until it answers 200; fails early if `child` exits. */
export const waitForOk = async (
  url: string,
  options: { child?: ManagedChild; intervalMs?: number; timeoutMs?: number; onPoll?: () => void } = {},
) => {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 60_000;
  for (;;) {
    const response = await tryGet(url);
    if (response?.status === 200) return performance.now() - started;
    options.onPoll?.();
    if (options.child?.hasExited()) {
      throw new Error(`${options.child.name} exited before ${url} answered 200. Output:\n${options.child.output()}`);
    }
    if (performance.now() - started > timeoutMs) {
      throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    }
    await sleep(options.intervalMs ?? 25);
  }
};

/** Parent pid of every process, from /proc/<pid>/stat. */
const parentPids = () => {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
};

const argv = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
};

/** The first descendant of `rootPid` (or `rootPid` itself) whose command line (argv) satisfies `matches`. */
export const findDescendant = (rootPid: number, matches: (argv: string[]) => boolean): number | undefined => {
  const parents = parentPids();
  const isDescendant = (pid: number) => {
    for (let current = pid, depth = 0; depth < 64; depth++) {
      if (current === rootPid) return true;
      const parent = parents.get(current);
      if (parent === undefined || parent <= 1) return false;
      current = parent;
    }
    return false;
  };
  for (const pid of parents.keys()) {
    if (isDescendant(pid) && matches(argv(pid))) return pid;
  }
  return undefined;
};

/** VmRSS of a process in kB (from /proc/<pid>/status). */
export const vmRssKb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (match?.[1] === undefined) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]);
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';

export const goalMark = (met: boolean) => (met ? 'met' : 'missed');

/** A markdown table from a header row and body rows. */
export const markdownTable = (header: string[], rows: string[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** CPU time (user + system, all threads) a process has used so far, in seconds; assumes USER_HZ = 100. */
export const cpuSeconds = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
};

/** CPU time of this process (the load generator), in seconds. */
export const ownCpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** Progress lines go to stderr so stdout holds only the results. */
export const progress = (message: string) => console.error(`bench: ${message}`);
