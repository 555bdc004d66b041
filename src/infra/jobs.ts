// The durable job queue: pg-boss on the same PostgreSQL as everything else (the server or the embedded PGlite).
// A job is enqueued inside the transaction of the change that causes it, so either both land or neither does.
import { fromKysely, fromPglite, PgBoss, type Job } from 'pg-boss';
import type { Transaction } from 'kysely';
import type { DatabaseHandle, EmbeddedDatabaseHandle } from './database.ts';
import type { Database } from './database.types.ts';
import type { Logger } from './logger.ts';

/** Every queue Waymark uses, with its retry policy. */
export const QUEUES = {
  'mail.send': { retryLimit: 8, retryDelay: 15, retryBackoff: true, retryDelayMax: 3600 },
  'progress.weekly-digest': { retryLimit: 3, retryDelay: 300, retryBackoff: true, retryDelayMax: 3600 },
  'feedback.rollup': { retryLimit: 2, retryDelay: 300, retryBackoff: true, retryDelayMax: 1800 },
  'feedback.purge': { retryLimit: 3, retryDelay: 600, retryBackoff: true, retryDelayMax: 3600 },
  'cohorts.nudges': { retryLimit: 2, retryDelay: 900, retryBackoff: true, retryDelayMax: 3600 },
  'housekeeping.prune': { retryLimit: 3, retryDelay: 600, retryBackoff: true, retryDelayMax: 3600 },
  // A run that failed half-way is not worth repeating soon: the next one takes the links it left.
  'links.check': { retryLimit: 1, retryDelay: 1800 },
} as const;
export type QueueName = keyof typeof QUEUES;

export interface JobQueue {
  /** Enqueues a job; with `transaction`, only if that transaction commits. */
  send(queue: QueueName, data: object, options?: { transaction?: Transaction<Database> }): Promise<void>;
  /** Runs `handler` for each job of the queue in this process. A handler that throws is retried later. */
  work<T extends object>(queue: QueueName, handler: (job: Job<T>) => Promise<void>): Promise<void>;
  /** How many jobs of the queue wait to start (new or waiting for a retry), from the database, up to 100. */
  queued(queue: QueueName): Promise<number>;
  /** Runs a queue on a cron schedule (UTC); saying it again replaces the schedule. */
  schedule(queue: QueueName, cron: string): Promise<void>;
  /** Removes the queue's schedule, if it has one: pg-boss keeps a schedule in the database until told otherwise. */
  unschedule(queue: QueueName): Promise<void>;
  start(): Promise<void>;
  /** Stops taking jobs, lets running ones finish (up to `timeoutMs`), closes pg-boss's connections. */
  stop(timeoutMs?: number): Promise<void>;
  /** Jobs per queue, from the database (all processes together). */
  depths(): Promise<{ queue: string; queued: number; active: number; failed: number }[]>;
}

const isEmbedded = (database: DatabaseHandle): database is EmbeddedDatabaseHandle => database.engine === 'pglite';

export const createJobQueue = (options: {
  database: DatabaseHandle;
  databaseUrl: string | undefined;
  logger: Logger;
  pollingIntervalSeconds?: number;
  /** Told after each job this process runs, for metrics. */
  onJobRun?: (queue: QueueName, outcome: 'completed' | 'failed') => void;
}): JobQueue => {
  const { database, logger } = options;
  // pg-boss makes its own spans (send, a `process <queue>` span around each job, complete) once tracing is on, and
  // without it they cost nothing. Propagating stores the sender's trace id on the job, so a mail job continues the
  // trace of the request that queued it.
  const openTelemetry = { propagateContext: true };
  let boss: PgBoss;
  if (isEmbedded(database)) {
    // PGlite is one connection: pg-boss's statements take their turn with Waymark's queries and transactions.
    const direct = fromPglite(database.pglite);
    boss = new PgBoss({
      backend: 'pglite',
      openTelemetry,
      db: { executeSql: (text, values) => database.db.connection().execute(() => direct.executeSql(text, values)) },
    });
  } else {
    boss = new PgBoss({
      connectionString: options.databaseUrl,
      max: 3,
      application_name: 'waymark-jobs',
      openTelemetry,
    });
  }
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  const polling = options.pollingIntervalSeconds ?? 2;

  return {
    async send(queue, data, sendOptions = {}) {
      // pg-boss's statements and result rows are its own: the application's camelCase plugin must not rename them.
      const db =
        sendOptions.transaction === undefined ? undefined : fromKysely(sendOptions.transaction.withoutPlugins());
      await boss.send(queue, data, { ...QUEUES[queue], ...(db === undefined ? {} : { db }) });
    },
    async work(queue, handler) {
      await boss.work(queue, { pollingIntervalSeconds: polling }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job as Job<never>);
          } catch (error) {
            options.onJobRun?.(queue, 'failed');
            // An aborted signal means pg-boss took the job back (a stop whose grace period was over, or a claim lost)
            // and has already failed it for a retry.
            if (job.signal.aborted) {
              logger.warn({ queue, jobId: job.id }, 'job stopped before it finished; it is retried later');
            }
            throw error;
          }
          options.onJobRun?.(queue, 'completed');
        }
      });
    },
    async queued(queue) {
      return (await boss.findJobs(queue, { queued: true, limit: 100 })).length;
    },
    async schedule(queue, cron) {
      await boss.schedule(queue, cron, {}, { tz: 'UTC' });
    },
    async unschedule(queue) {
      await boss.unschedule(queue);
    },
    async start() {
      await boss.start();
      for (const [name, policy] of Object.entries(QUEUES)) await boss.createQueue(name, policy);
    },
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, timeout: timeoutMs });
    },
    async depths() {
      return Promise.all(
        Object.keys(QUEUES).map(async (queue) => {
          const stats = await boss.getQueue(queue);
          return {
            queue,
            queued: stats?.queuedCount ?? 0,
            active: stats?.activeCount ?? 0,
            failed: stats?.failedCount ?? 0,
          };
        }),
      );
    },
  };
};
