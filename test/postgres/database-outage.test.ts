// PostgreSQL goes away under load and comes back: a server of the test's own is stopped (fast shutdown, then immediate
// shutdown, which is a crash to the clients) and started again while an API process (WORKER_MODE=off) and a worker
// process run against it. Neither may end; while the database is away readiness says 503 and requests that need it
// get a 503 problem with Retry-After, none a hang; every write that was answered 2xx is there afterwards; service and
// jobs resume by themselves.
import { randomBytes, randomUUID } from 'node:crypto';
import { PgBoss } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMailbox } from '../support/mailbox.ts';
import { startThrowawayPostgres, type ShutdownMode, type ThrowawayPostgres } from '../support/postgres-server.ts';
import { startWaymark, startWorker, stopWaymark, type Started, type StartedWorker } from '../support/processes.ts';
import { startSteadyLoad, storedComments, type Answer } from '../support/steady-load.ts';

const REQUEST_TIMEOUT_MS = 10_000;
/** How long the database stays away: long enough for every kind of request to meet the outage. */
const OUTAGE_MS = 2500;

let postgres: ThrowawayPostgres | undefined;
let mailbox: Awaited<ReturnType<typeof startTestMailbox>> | undefined;
let api: Started | undefined;
let worker: StartedWorker | undefined;

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  mailbox = await startTestMailbox();
  const env = {
    DATABASE_URL: postgres.url,
    SMTP_URL: mailbox.url,
    JWT_SECRET: randomBytes(48).toString('base64'),
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    RATE_LIMIT_MAX: '1000000',
    FEEDBACK_RATE_LIMIT_PER_IP: '1000000',
  };
  // The API migrates the empty database as it starts; the worker then finds it current.
  api = await startWaymark({ ...env, WORKER_MODE: 'off' });
  worker = await startWorker(env);
}, 90_000);

afterAll(async () => {
  // Each step runs even when one before it failed, so no server or process outlives the test.
  const steps = [
    () => (api !== undefined && api.child.exitCode === null ? stopWaymark(api.child) : undefined),
    () => (worker !== undefined && worker.child.exitCode === null ? stopWaymark(worker.child) : undefined),
    () => mailbox?.close(),
    () => postgres?.remove(),
  ];
  for (const step of steps) await Promise.resolve(step()).catch(() => {});
}, 60_000);

const alive = (process: { child: { exitCode: number | null; signalCode: string | null } }) =>
  process.child.exitCode === null && process.child.signalCode === null;

/** A mail job queued now that no worker may take before `delaySeconds` (pg-boss's startAfter). */
const queueDelayedMail = async (delaySeconds: number) => {
  const to = `delayed-${randomUUID().slice(0, 8)}@example.org`;
  const boss = new PgBoss({ connectionString: postgres!.url, supervise: false, schedule: false, migrate: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    await boss.send(
      'mail.send',
      { template: 'password-changed', to, displayName: 'Outage' },
      { startAfter: delaySeconds },
    );
  } finally {
    await boss.stop({ graceful: false });
  }
  return to;
};

const register = (email: string) =>
  fetch(`${api!.url}/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'a long and unusual passphrase', displayName: 'After the outage' }),
  });

const isOk = (answer: Answer) => answer.status >= 200 && answer.status < 300;
/** Readiness says 503 in its own format; every other request gets a problem that says when to try again. */
const isUnavailable = (answer: Answer) =>
  answer.status === 503 &&
  (answer.kind === 'readiness' ||
    (Number(answer.retryAfter) >= 1 && answer.contentType?.startsWith('application/problem+json') === true));
/** What a test failure shows of an answer. */
const brief = ({ kind, url, status, hang, retryAfter, startedAt, finishedAt }: Answer) =>
  `${kind} ${url}: ${hang ? 'hang' : status} retry-after=${retryAfter} in ${finishedAt - startedAt} ms`;

describe.each<ShutdownMode>(['fast', 'immediate'])('PostgreSQL stopped with %s shutdown under load', (mode) => {
  it('when it stops and starts again, then both processes live on, clients get 503s and never a hang, every acknowledged write is kept, and service and jobs resume within 5 s', async () => {
    const load = startSteadyLoad(api!.url, { timeoutMs: REQUEST_TIMEOUT_MS });
    try {
      const healthy = await load.next((a) => a.kind === 'write' && isOk(a), 0, 10_000);
      expect(healthy, 'the load gets answers before the outage').toBeDefined();
      const delayedTo = await queueDelayedMail(4);

      await postgres!.stop(mode);
      const stoppedAt = Date.now();
      const notReady = await load.next((a) => a.kind === 'readiness' && a.status === 503, stoppedAt, 5000);
      const unavailable = await load.next((a) => a.kind === 'write' && a.status === 503, stoppedAt, 5000);
      // The outage's length is part of the scenario: the load keeps running through it.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + OUTAGE_MS - Date.now())));
      await postgres!.start();
      const restartedAt = Date.now();
      const ready = await load.next((a) => a.kind === 'readiness' && a.status === 200, restartedAt, 10_000);
      const written = await load.next((a) => a.kind === 'write' && isOk(a), restartedAt, 10_000);
      const registeredTo = `after-${mode}-${randomUUID().slice(0, 8)}@example.org`;
      const registered = await register(registeredTo);
      await load.stop();

      const outage = load.sentBetween(stoppedAt, restartedAt);
      const stored = await storedComments(postgres!.url, load.marker);
      const acknowledged = load.answers.filter((a) => a.kind === 'write' && isOk(a)).map((a) => a.comment!);

      expect(alive(api!), 'the API process is running').toBe(true);
      expect(alive(worker!), 'the worker process is running').toBe(true);
      expect(notReady!.finishedAt - stoppedAt, 'readiness says 503 within 2 s').toBeLessThan(2000);
      expect(unavailable, 'a write during the outage is refused').toBeDefined();
      expect(outage.filter((a) => !isOk(a) && !isUnavailable(a)).map(brief), 'answers other than 2xx or 503').toEqual(
        [],
      );
      expect(outage.filter((a) => a.finishedAt - a.startedAt >= REQUEST_TIMEOUT_MS).map(brief)).toEqual([]);
      expect(
        load.answers.filter((a) => !isOk(a) && !isUnavailable(a)).map(brief),
        'answers other than 2xx or 503',
      ).toEqual([]);
      expect(
        acknowledged.filter((comment) => !stored.has(comment)),
        'acknowledged writes missing',
      ).toEqual([]);
      expect(ready!.finishedAt - restartedAt, 'ready again within 5 s').toBeLessThan(5000);
      expect(written!.finishedAt - restartedAt, 'writes succeed again within 5 s').toBeLessThan(5000);
      expect(registered.status).toBe(202);
      // Queued before the outage, due during it: the worker sends it once the database is back.
      expect(await mailbox!.waitFor(delayedTo, /password/i, 20_000)).toBeDefined();
      // Queued after it.
      expect(await mailbox!.waitFor(registeredTo, /Confirm your email address/, 20_000)).toBeDefined();
    } finally {
      await load.stop();
    }
  }, 60_000);
});
