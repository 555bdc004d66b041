// Lighthouse on the web app's two heaviest pages: the Backend roadmap as a visitor sees it, and the dashboard of a
// learner who follows that roadmap and has some progress. Waymark runs as in production (NODE_ENV=production, the
// built app, a fresh embedded database) on a free loopback port; Chromium is Debian's, started once with a remote
// debugging port that Lighthouse connects to. Every page is audited BENCH_LIGHTHOUSE_RUNS times with a cold HTTP
// cache and the medians are printed. Lighthouse's default mobile settings apply (simulated slow 4G, 4× CPU
// slowdown), so the figures compare with what the Lighthouse panel in Chrome shows.
//
//   npm run bench:lighthouse                          BENCH_LIGHTHOUSE_RUNS=5 npm run bench:lighthouse
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import {
  BENCH_DIR,
  ROOT,
  envNumber,
  fmt,
  freePort,
  goalMark,
  makeTempDir,
  markdownTable,
  median,
  progress,
  removeDir,
  startChild,
  stopAllChildren,
  waitForOk,
  waymarkEnv,
} from './lib.ts';
import { CHROMIUM_FLAGS } from '../scripts/chromium.ts';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ROADMAP = 'backend-developer';
const LEARNER = { email: 'learner@example.org', password: 'a long and unusual passphrase', displayName: 'Lee Learner' };

export const LIGHTHOUSE_GOALS = {
  performance: 95,
  accessibility: 100,
  bestPractices: 95,
  /** JavaScript of the roadmap page, gzip-compressed, in KB. */
  roadmapJsGzipKb: 120,
};

/** Runs Lighthouse may lose (see below) before the benchmark gives up. */
const MAX_FAILED_RUNS = 3;

const gzip = promisify(zlib.gzip);

interface Audit {
  score: number | null;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[] };
}
interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
}

interface RunFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** JavaScript as the browser received it (the server sends Brotli when asked), in KB. */
  jsTransferredKb: number;
  /** The same scripts compressed with gzip (level 9, as the build writes them), in KB. */
  jsGzipKb: number;
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
const numeric = (report: Report, audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;

/** The page's scripts, by URL, from Lighthouse's network record. */
const scriptUrls = (report: Report) =>
  (report.audits['network-requests']?.details?.items ?? [])
    .filter((item) => item.resourceType === 'Script')
    .map((item) => String(item.url));

const gzipKbOf = async (urls: string[]) => {
  let bytes = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer());
    bytes += (await gzip(body, { level: 9 })).byteLength;
  }
  return bytes / 1024;
};

/** Fails when the page did not load what it shows (a signed-out dashboard would measure the wrong page). */
const expectLoaded = (report: Report, apiPath: string, name: string) => {
  const loaded = (report.audits['network-requests']?.details?.items ?? []).some(
    (item) => new URL(String(item.url)).pathname === apiPath && item.statusCode === 200,
  );
  if (!loaded) throw new Error(`${name}: the page did not load ${apiPath} (200) during the audit`);
};

const figuresOf = async (report: Report): Promise<RunFigures> => {
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const resources = report.audits['resource-summary']?.details?.items ?? [];
  const scripts = resources.find((item) => item.resourceType === 'script');
  return {
    performance: score(report, 'performance'),
    accessibility: score(report, 'accessibility'),
    bestPractices: score(report, 'best-practices'),
    lcpMs: numeric(report, 'largest-contentful-paint'),
    tbtMs: numeric(report, 'total-blocking-time'),
    cls: numeric(report, 'cumulative-layout-shift'),
    jsTransferredKb: Number(scripts?.transferSize ?? Number.NaN) / 1024,
    jsGzipKb: await gzipKbOf(scriptUrls(report)),
  };
};

const medianOf = (runs: RunFigures[]) =>
  Object.fromEntries(
    (Object.keys(runs[0]!) as (keyof RunFigures)[]).map((key) => [key, median(runs.map((run) => run[key]))]),
  ) as unknown as RunFigures;

const postJson = async (url: string, body: unknown, token?: string, method = 'POST') => {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json().catch((): unknown => undefined);
};

/** A learner who follows the roadmap, has finished its first steps, is working on the next and rated the checklist. */
const createLearner = async (base: string) => {
  await postJson(`${base}/v1/auth/register`, LEARNER);
  const { accessToken } = (await postJson(`${base}/v1/auth/login`, {
    email: LEARNER.email,
    password: LEARNER.password,
  })) as { accessToken: string };
  const roadmap = (await (await fetch(`${base}/v1/roadmaps/${ROADMAP}`)).json()) as {
    tiers: { steps: { id: string }[] }[];
    checklist: { id: string }[];
  };
  const me = `${base}/v1/me/roadmaps/${ROADMAP}`;
  const started = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await postJson(me, { hoursPerWeek: 10, startDate: started }, accessToken, 'PUT');
  const steps = roadmap.tiers.flatMap((tier) => tier.steps);
  for (const [index, step] of steps.slice(0, 5).entries())
    await postJson(`${me}/steps/${step.id}`, { status: index < 4 ? 'done' : 'in_progress' }, accessToken, 'PUT');
  for (const [index, item] of roadmap.checklist.slice(0, 3).entries())
    await postJson(`${me}/checklist/${item.id}`, { level: index === 0 ? 'confident' : 'partly' }, accessToken, 'PUT');
};

const buildWebApp = () => {
  progress('building the web app (when its sources changed)');
  const build = spawnSync(process.execPath, ['scripts/build-web.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the web app did not build');
};

const runs = envNumber('BENCH_LIGHTHOUSE_RUNS', 3);
const load = loadavg();
console.log(`Load average at start: ${load.map((value) => value.toFixed(2)).join(', ')} (1, 5, 15 min)`);
buildWebApp();

const dataDir = await makeTempDir('waymark-bench-lighthouse-');
const profileDir = await makeTempDir('waymark-bench-lighthouse-chromium-');
const results: Record<string, { runs: RunFigures[]; median: RunFigures }> = {};
/** Each page's full Lighthouse report of the run with the median performance score, for its diagnostics. */
const reports: Record<string, Report> = {};
try {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startChild('waymark', process.execPath, ['src/main.ts'], {
    cwd: ROOT,
    env: {
      ...waymarkEnv(port, dataDir),
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64'),
      // Lighthouse audits pages, not load shedding on a busy machine.
      LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
    },
  });
  await waitForOk(`${base}/readyz`, { child: server, timeoutMs: 120_000 });
  progress(`Waymark is ready on ${base}`);
  await createLearner(base);

  const debuggingPort = await freePort();
  // A persistent context is the browser's default one, which Lighthouse's own tab shares: the learner's session
  // cookie set here is there when Lighthouse opens the dashboard.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${debuggingPort}`],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const audit = async (
      name: string,
      url: string,
      { beforeEachRun, mustLoad }: { beforeEachRun?: () => Promise<void>; mustLoad: string },
    ) => {
      const figures: RunFigures[] = [];
      const pageReports: Report[] = [];
      for (let run = 1, attempt = 1; run <= runs; attempt += 1) {
        await beforeEachRun?.();
        // Cookies stay (the learner's session), the HTTP cache goes: every run is a first visit's load.
        await cdp.send('Network.clearBrowserCache');
        progress(`${name}: run ${run} of ${runs}`);
        const result = await lighthouse(url, {
          port: debuggingPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
          disableStorageReset: true,
        });
        if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
        const report = result.lhr as unknown as Report;
        // On a busy machine the trace is sometimes lost (NO_NAVSTART, NO_FCP): such a run measured nothing.
        if (report.runtimeError && attempt < runs + MAX_FAILED_RUNS) {
          progress(`${name}: run ${run} failed (${report.runtimeError.code}), again`);
          continue;
        }
        if (!report.runtimeError) expectLoaded(report, mustLoad, name);
        pageReports.push(report);
        figures.push(await figuresOf(report));
        run += 1;
      }
      results[name] = { runs: figures, median: medianOf(figures) };
      const medianScore = results[name].median.performance;
      reports[name] = pageReports[figures.findIndex((run) => run.performance >= medianScore)]!;
    };

    await audit('roadmap page (visitor)', `${base}/roadmaps/${ROADMAP}`, { mustLoad: `/v1/roadmaps/${ROADMAP}` });
    // A new session for every run: Lighthouse loads the page more than once (its back/forward cache check), and a
    // refresh token that was already used ends the session.
    const logIn = async () => {
      await page.goto(`${base}/login`);
      await page.getByLabel('Email').fill(LEARNER.email);
      await page.getByLabel('Password').fill(LEARNER.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await page.goto('about:blank');
    };
    await audit('dashboard (learner)', `${base}/dashboard`, {
      beforeEachRun: logIn,
      mustLoad: `/v1/me/roadmaps/${ROADMAP}/progress`,
    });
  } finally {
    await context.close();
  }
} finally {
  await stopAllChildren();
  await removeDir(dataDir);
  await removeDir(profileDir);
}

const rows = Object.entries(results).map(([name, { median: m }]) => [
  name,
  `${fmt(m.performance)} (${goalMark(m.performance >= LIGHTHOUSE_GOALS.performance)})`,
  `${fmt(m.accessibility)} (${goalMark(m.accessibility >= LIGHTHOUSE_GOALS.accessibility)})`,
  `${fmt(m.bestPractices)} (${goalMark(m.bestPractices >= LIGHTHOUSE_GOALS.bestPractices)})`,
  fmt(m.lcpMs),
  fmt(m.tbtMs),
  fmt(m.cls, 3),
  fmt(m.jsTransferredKb, 1),
  fmt(m.jsGzipKb, 1),
]);
console.log(`\nMedians of ${runs} runs each (Lighthouse 12, mobile settings):\n`);
console.log(
  markdownTable(
    ['Page', 'Performance', 'Accessibility', 'Best practices', 'LCP ms', 'TBT ms', 'CLS', 'JS sent KB', 'JS gzip KB'],
    rows,
  ),
);
const roadmapJs = results['roadmap page (visitor)']?.median.jsGzipKb ?? Number.NaN;
console.log(
  `\nRoadmap page JavaScript: ${fmt(roadmapJs, 1)} KB gzip, goal ≤ ${LIGHTHOUSE_GOALS.roadmapJsGzipKb} KB ` +
    `(${goalMark(roadmapJs <= LIGHTHOUSE_GOALS.roadmapJsGzipKb)})`,
);
console.log(
  `Load average at end: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')}`,
);

const resultsDir = path.join(BENCH_DIR, 'results');
await mkdir(resultsDir, { recursive: true });
const stamp = new Date().toISOString().replaceAll(':', '-');
const file = path.join(resultsDir, `lighthouse-${stamp}.json`);
await writeFile(
  file,
  JSON.stringify({ loadAverageAtStart: load, loadAverageAtEnd: loadavg(), runs, results }, null, 2),
);
for (const [name, report] of Object.entries(reports))
  await writeFile(
    path.join(resultsDir, `lighthouse-${stamp}-${name.split(' ')[0]}.report.json`),
    JSON.stringify(report),
  );
progress(`wrote ${path.relative(ROOT, file)} and the median runs' reports next to it`);
