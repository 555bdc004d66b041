// Builds everything a running Waymark needs from its configuration. main.ts (the HTTP server), worker.ts and the CLI
// use it, so all see the same database, migrations, job queue and services.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import { createContainer } from './container.ts';
import { readBuildInfo } from './infra/build-info.ts';
import { createCache } from './infra/cache.ts';
import { migrateToLatest, openDatabase } from './infra/database.ts';
import { createJobQueue } from './infra/jobs.ts';
import { createMetrics } from './infra/metrics.ts';
import type { Logger } from './infra/logger.ts';
import { startCohortNudgesWorker } from './modules/cohorts/cohort-nudges.jobs.ts';
import { startFeedbackWorkers } from './modules/feedback/feedback.jobs.ts';
import { startHousekeepingWorker } from './modules/housekeeping/housekeeping.jobs.ts';
import { startLinkCheckWorker } from './modules/link-check/link-check.jobs.ts';
import { startMailWorker } from './modules/mail/mail.jobs.ts';
import { startProgressWorkers } from './modules/progress/progress.jobs.ts';

export const startInfrastructure = async (config: Config, logger: Logger) => {
  const database = await openDatabase(config, logger);
  logger.info(
    { engine: database.engine, ...(database.engine === 'pglite' ? { dataDir: config.database.dataDir } : {}) },
    'database opened',
  );
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  // Starting pg-boss also installs or upgrades its own schema (pgboss), as migrations do for Waymark's.
  const metrics = createMetrics();
  if (database.poolStats !== undefined) metrics.watchPool(database.poolStats);
  const jobs = createJobQueue({
    database,
    databaseUrl: config.database.url,
    logger,
    onJobRun: (queue, outcome) => metrics.jobRun(queue, outcome),
  });
  await jobs.start();
  metrics.watchQueues(() => jobs.depths(), logger);
  if (config.mail.smtpUrl === undefined && config.runtime.nodeEnv === 'production') {
    logger.warn('SMTP_URL is not set: mail (verification, password resets) is kept in the database, not sent');
  }

  let redis: Redis | undefined;
  if (config.redis.url !== undefined) {
    // Fail fast rather than queue: a request must never wait for Redis (rate limits and the cache fall back).
    redis = new Redis(config.redis.url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: true,
      commandTimeout: 1000,
    });
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis error'));
    await redis.connect().catch((error: unknown) => logger.warn({ err: error }, 'redis not reachable; will retry'));
  }
  const cache = createCache({
    redis,
    keyPrefix: config.redis.keyPrefix,
    ttlMs: config.cache.ttlMs,
    maxEntries: config.cache.maxEntries,
    logger,
    onLookup: (namespace, lookup) => metrics.cacheLookup(namespace, lookup),
  });
  await cache.start();

  let accessTokenSecret = config.auth.jwtSecret;
  if (accessTokenSecret === undefined) {
    accessTokenSecret = randomBytes(48).toString('base64');
    logger.warn('JWT_SECRET is not set: using a random key for this process (access tokens end at restart)');
  }
  const container = createContainer({
    config,
    accessTokenSecret,
    db: database.db,
    cache,
    jobs,
    logger,
    buildInfo: readBuildInfo(config),
  });
  return {
    database,
    redis,
    cache,
    jobs,
    metrics,
    container,
    /**
     * Runs the background jobs in this process: mail, and on schedules the weekly digest, feedback analytics,
     * the housekeeping that deletes rows past their retention, and the link check. Each feature's *.jobs.ts registers its own.
     */
    async startWorkers() {
      await startMailWorker(jobs, container.mailJobHandler);
      await startProgressWorkers(jobs, container.weeklyDigest, logger);
      await startFeedbackWorkers(jobs, container.analyticsService, logger);
      await startHousekeepingWorker(jobs, container.housekeepingService, logger);
      await startLinkCheckWorker(jobs, container.linkCheckService, config.linkCheck, logger);
      await startCohortNudgesWorker(jobs, container.nudgeSender, logger);
    },
    /** Lets the job in hand finish for up to `jobGraceMs` (then pg-boss retries it later), then closes the pools. */
    async close(jobGraceMs?: number) {
      await jobs.stop(jobGraceMs);
      cache.close();
      redis?.disconnect();
      await database.close();
    },
  };
};
