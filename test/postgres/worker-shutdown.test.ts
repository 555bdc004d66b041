// SIGTERM to the worker process (`node src/worker.ts`) while it is sending a mail: the test SMTP server holds the
// transaction open after RCPT TO, so the job is demonstrably in hand when the signal arrives.
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/infra/database.ts';
import { createJobQueue } from '../../src/infra/jobs.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { createTestDatabase } from '../support/harness.ts';
import { startTestMailbox } from '../support/mailbox.ts';
import { startWorker, stopWaymark } from '../support/processes.ts';

let database: DatabaseHandle & { url?: string };
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const workerEnv = (smtpUrl: string, graceMs: number) => ({
  DATABASE_URL: database.url!,
  SMTP_URL: smtpUrl,
  SHUTDOWN_GRACE_MS: String(graceMs),
});

/** Enqueues a mail the way Waymark does (through its job queue) and returns the recipient. */
const enqueueMail = async () => {
  const to = `shutdown-${randomUUID().slice(0, 8)}@example.org`;
  const jobs = createJobQueue({ database, databaseUrl: database.url, logger: createLogger({ logLevel: 'silent' }) });
  await jobs.start();
  await jobs.send('mail.send', { template: 'password-changed', to, displayName: 'Shutdown Test' });
  await jobs.stop();
  return to;
};

const jobOf = async (to: string) => {
  const { rows } = await sql<{ id: string; state: string; output: unknown }>`
    select id, state, output from pgboss.job where name = 'mail.send' and data->>'to' = ${to}`.execute(database.db);
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

const sentMailRows = async (jobId: string) =>
  (await sql<{ transport: string }>`select transport from sent_mail where job_id = ${jobId}`.execute(database.db)).rows;

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', (code) => resolve(code));
  });

const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number) => {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('stopping the worker while it sends a mail', () => {
  it('when the mail can be sent within the grace period, then it is delivered once, the job completes and the exit is 0', async () => {
    const graceMs = 20_000;
    const mailbox = await startTestMailbox({ holdAtRecipient: true });
    try {
      const worker = await startWorker(workerEnv(mailbox.url, graceMs));
      const exited = exitOf(worker.child);
      const to = await enqueueMail();
      await mailbox.waitForRecipients(1);

      const signalled = Date.now();
      worker.child.kill('SIGTERM');
      await until(
        async () => worker.logs.some((line) => line.includes('"msg":"shutting down"')),
        (seen) => seen,
        graceMs,
      );
      mailbox.release();
      const code = await exited;
      const stoppedAfterMs = Date.now() - signalled;
      const job = await jobOf(to);

      expect(code).toBe(0);
      expect(stoppedAfterMs).toBeLessThan(graceMs);
      expect(mailbox.received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
      expect(job.state).toBe('completed');
      expect(await sentMailRows(job.id)).toEqual([{ transport: 'smtp' }]);
    } finally {
      await mailbox.close();
    }
  }, 90_000);

  it('when the mail cannot be sent within the grace period, then the worker exits in time and the next worker sends it once', async () => {
    const graceMs = 3000;
    const mailbox = await startTestMailbox({ holdAtRecipient: true });
    let second: ChildProcess | undefined;
    try {
      const first = await startWorker(workerEnv(mailbox.url, graceMs));
      const exited = exitOf(first.child);
      const to = await enqueueMail();
      await mailbox.waitForRecipients(1);

      const signalled = Date.now();
      first.child.kill('SIGTERM');
      const code = await exited;
      const stoppedAfterMs = Date.now() - signalled;
      const released = await jobOf(to);
      mailbox.release();
      second = (await startWorker(workerEnv(mailbox.url, graceMs))).child;
      await mailbox.waitFor(to, /password/i, 90_000);
      const finished = await until(
        () => jobOf(to),
        (job) => job.state === 'completed',
        30_000,
      );
      // Time for a second delivery to arrive, were the job to run again.
      await new Promise((resolve) => setTimeout(resolve, 3000));

      expect(code).toBe(0);
      // The grace period plus room for a busy machine to schedule the exit; a held send alone would never end.
      expect(stoppedAfterMs).toBeLessThan(graceMs + 3000);
      expect(first.logs.join('\n')).not.toContain('shutdown grace period is over');
      expect(first.logs.join('\n')).toContain('"msg":"job stopped before it finished; it is retried later"');
      expect(released.state).toBe('retry');
      expect(JSON.stringify(released.output)).toContain('shut down while active');
      expect(finished.state).toBe('completed');
      expect(mailbox.received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
      expect(await sentMailRows(finished.id)).toEqual([{ transport: 'smtp' }]);
    } finally {
      if (second !== undefined) await stopWaymark(second);
      await mailbox.close();
    }
  }, 180_000);
});
