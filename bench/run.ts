// The whole benchmark: startup first, then read throughput, then logins. Prints markdown tables and writes the figures as JSON to
// bench/results/<timestamp>.json. It reports numbers only: missing a goal never makes it fail.
//
//   npm run bench          BENCH_DURATION=5 BENCH_STARTUP_PAIRS=1 npm run bench
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, progress } from './lib.ts';
import { formatLogins, LOGIN_GOALS, runLogins } from './logins.ts';
import { formatRoadmapRead, READ_GOALS, runRoadmapRead } from './roadmap-read.ts';
import { formatStartup, runStartup, STARTUP_GOALS } from './startup.ts';

const startedAt = new Date();
const machine = {
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  totalMemoryMiB: Math.round(os.totalmem() / 2 ** 20),
  loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
};

progress(
  `node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), load average ${machine.loadAverageAtStart.join(' ')}`,
);
const startup = await runStartup();
const read = await runRoadmapRead();
const logins = await runLogins();

const file = path.join(BENCH_DIR, 'results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(
  file,
  `${JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { ...machine, loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100) },
      goals: { startup: STARTUP_GOALS, read: READ_GOALS, logins: LOGIN_GOALS },
      startup,
      read,
      logins,
    },
    null,
    2,
  )}\n`,
);

console.log(
  [
    `## Waymark benchmark, ${startedAt.toISOString()}`,
    '',
    `Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), load average at start ` +
      `${machine.loadAverageAtStart.join(' ')}. Load generator and servers share these CPUs.`,
    '',
    formatStartup(startup),
    '',
    formatRoadmapRead(read),
    '',
    formatLogins(logins),
    '',
    `Results: ${path.relative(process.cwd(), file)}`,
  ].join('\n'),
);
