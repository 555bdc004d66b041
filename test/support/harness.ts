// Everything a test file needs: a clean database copied from the migrated template, the services wired as in
// production, and the app built around them. Tests go through HTTP with `app.inject`.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { createContainer, type Container } from '../../src/container.ts';
import { createCache, type Cache, type CacheLookup } from '../../src/infra/cache.ts';
import { connectPostgres, openEmbedded, type DatabaseHandle } from '../../src/infra/database.ts';
import { createJobQueue, type JobQueue } from '../../src/infra/jobs.ts';
import { createLogger, type Logger } from '../../src/infra/logger.ts';
import type { Metrics } from '../../src/infra/metrics.ts';
import type { PasswordHashingOptions } from '../../src/modules/auth/passwords.ts';
import { startMailWorker } from '../../src/modules/mail/mail.jobs.ts';
import { testConfig, type ConfigOverrides } from './config.ts';
import { serverUrl, testEngine } from './engine.ts';
import type { Redis } from 'ioredis';

/** The server URL of a PostgreSQL test database, for pg-boss's own pool; undefined for PGlite. */
const urlOf = (database: DatabaseHandle) => {
  const url = (database as DatabaseHandle & { url?: string }).url;
  if (database.engine === 'postgres' && url === undefined) {
    throw new Error('A PostgreSQL test database needs its url for the job queue (or pass jobs: false)');
  }
  return url;
};

/** A fresh database for one test file, as the template left it (migrated, the shipped content imported). */
export const createTestDatabase = async (): Promise<DatabaseHandle> => {
  if (testEngine() === 'pglite') {
    const dump = await fs.readFile(inject('pgliteTemplateFile'));
    return openEmbedded({ loadDataDir: new Blob([dump]) });
  }
  return createPostgresDatabase(inject('templateDatabase'));
};

/**
 * Drops a test database once the last connection to it has gone. Pools (Kysely's, pg-boss's) finish closing their
 * connections a moment after they say they are closed; forcing the drop at once would kill those connections
 * mid-goodbye and surface as unhandled errors.
 */
const dropDatabase = async (name: string) => {
  const dropper = new pg.Client({ connectionString: serverUrl() });
  await dropper.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      try {
        await dropper.query(`drop database if exists ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    await dropper.query(`drop database if exists ${name} with (force)`);
  } finally {
    await dropper.end();
  }
};

/** A PostgreSQL database with nothing in it, not even migrations; `url` lets another process connect. */
export const createEmptyPostgresDatabase = () => createPostgresDatabase('template0');

const createPostgresDatabase = async (template: string): Promise<DatabaseHandle & { url: string }> => {
  const name = `waymark_test_${inject('testRunId')}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const database = connectPostgres(serverUrl(name), 4);
  return {
    ...database,
    url: serverUrl(name),
    async close() {
      await database.close();
      await dropDatabase(name);
    },
  };
};

export const TEST_ACCESS_TOKEN_SECRET = 'test-key-0123456789abcdefghijklmnopqrstuvwxyz';

export interface TestApp {
  app: FastifyInstance;
  container: Container;
  cache: Cache;
  database: DatabaseHandle;
  jobs: JobQueue;
  close(): Promise<void>;
}

/** For apps on a database that cannot hold pg-boss (unmigrated, unreachable): nothing is ever enqueued. */
const noJobs: JobQueue = {
  send: () => Promise.reject(new Error('this test app has no job queue')),
  work: () => Promise.resolve(),
  schedule: () => Promise.resolve(),
  unschedule: () => Promise.resolve(),
  queued: () => Promise.resolve(0),
  start: () => Promise.resolve(),
  stop: () => Promise.resolve(),
  depths: () => Promise.resolve([]),
};

export const createTestApp = async (
  options: {
    /** What this app's configuration changes, by area (the rest: `testConfig()`). */
    config?: ConfigOverrides;
    database?: DatabaseHandle;
    redis?: Redis;
    /** Apps that should share the cache through Redis pass the same prefix; by default each app has its own. */
    redisKeyPrefix?: string;
    onCacheLookup?: (namespace: string, lookup: CacheLookup) => void;
    /** Metrics as a server process keeps them: requests, cache lookups, the pool (PostgreSQL) and the job queue. */
    metrics?: Metrics;
    logger?: FastifyBaseLogger;
    /** The logger of the services and the mail job (default: silent), for tests that read what they log. */
    serviceLogger?: Logger;
    /**
     * false: no job queue at all. Otherwise a real pg-boss queue on the test database, stopped with the app; with
     * `smtpUrl`, its mail goes to that server (SMTP_URL).
     */
    jobs?: false | { smtpUrl?: string; runWorkers?: boolean };
    /** The built web app to serve at `/` (browser tests). */
    webRoot?: string;
    /** Bounds of the password-hashing line (tests of shedding set small ones). */
    passwordHashing?: PasswordHashingOptions;
  } = {},
): Promise<TestApp> => {
  const database = options.database ?? (await createTestDatabase());
  const smtpUrl = options.jobs === false ? undefined : options.jobs?.smtpUrl;
  const config = testConfig({ ...options.config, mail: { smtpUrl, ...options.config?.mail } });
  const silent = createLogger({ logLevel: 'silent' });
  const jobs =
    options.jobs === false
      ? noJobs
      : createJobQueue({ database, databaseUrl: urlOf(database), logger: silent, pollingIntervalSeconds: 0.5 });
  await jobs.start();
  const cache = createCache({
    redis: options.redis,
    keyPrefix: options.redisKeyPrefix ?? `waymark-test:${randomUUID()}:`,
    ttlMs: 30_000,
    maxEntries: 1000,
    logger: silent,
    onLookup: (namespace, lookup) => {
      options.onCacheLookup?.(namespace, lookup);
      options.metrics?.cacheLookup(namespace, lookup);
    },
  });
  await cache.start();
  const container = createContainer({
    config,
    accessTokenSecret: TEST_ACCESS_TOKEN_SECRET,
    db: database.db,
    cache,
    jobs,
    logger: options.serviceLogger ?? silent,
    buildInfo: {
      version: '0.0.0-test',
      commit: 'abc123',
      buildTime: '2026-11-25T00:00:00.000Z',
      node: process.version,
    },
    passwordHashing: options.passwordHashing,
  });
  const app = await buildApp({
    config,
    container,
    logger: options.logger ?? createLogger({ logLevel: 'silent' }),
    redis: options.redis,
    metrics: options.metrics,
    webRoot: options.webRoot,
  });
  if (options.metrics !== undefined) {
    if (database.poolStats !== undefined) options.metrics.watchPool(database.poolStats);
    options.metrics.watchQueues(() => jobs.depths(), silent);
  }
  app.addHook('onClose', async () => {
    await jobs.stop();
    cache.close();
  });
  if (options.jobs !== false && options.jobs?.runWorkers === true)
    await startMailWorker(jobs, container.mailJobHandler);
  return {
    app,
    container,
    cache,
    database,
    jobs,
    async close() {
      await app.close();
      await database.close();
    },
  };
};
