import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { Database } from './database.types.ts';
import type { Logger } from './logger.ts';
import { migrationProvider } from './migrations/index.ts';

export type Db = Kysely<Database>;

// TypeScript names columns in camelCase, the database in snake_case; jsonb values keep the keys they were stored with.
const camelCase = () => new CamelCasePlugin({ maintainNestedObjectKeys: true });
export type DatabaseEngine = 'postgres' | 'pglite';

export interface DatabaseHandle {
  db: Db;
  engine: DatabaseEngine;
  /** The PostgreSQL pool's connections, for metrics; the embedded database has no pool. */
  poolStats?: () => { total: number; idle: number; waiting: number };
  close(): Promise<void>;
}

// Counts come back as int8, which pg returns as a string to avoid precision loss. Waymark's counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface PoolOptions {
  /** The server cancels any statement that runs longer (SQLSTATE 57014); 0: no limit. */
  statementTimeoutMs?: number;
  /** Told of a connection that failed (a server restart, a proxy closing it); the pool replaces it when needed. */
  logger?: Pick<Logger, 'warn'>;
}

// Opening a connection, or waiting for a free one, takes longer than this only when the server is away or overloaded:
// the request then gets a 503 instead of waiting (a server that refuses connections fails at once anyway).
const CONNECT_TIMEOUT_MS = 5000;
// A server that vanished without closing its sockets (a failover, a cut network) is noticed by TCP keep-alive.
const KEEPALIVE_INITIAL_DELAY_MS = 10_000;

export const connectPostgres = (databaseUrl: string, poolMax = 10, options: PoolOptions = {}): DatabaseHandle => {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolMax,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
    // Sent as a startup parameter, so it holds for the whole session whatever the statements do.
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // A connection may fail at any time, idle in the pool or in use, and an 'error' event with no listener would end the
  // process. An idle one is reported by the pool, which drops it. One in use also fails the query it runs (its request
  // gets a 503) and is dropped when released, so its own event needs no more than a listener.
  pool.on('error', (error) =>
    options.logger?.warn({ err: error }, 'database connection lost; the pool opens a new one when needed'),
  );
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [camelCase()] });
  return {
    db,
    engine: 'postgres',
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
};

// PostgreSQL's default 128 MB buffer pool lives inside PGlite's WebAssembly memory, which never shrinks: it was a third
// of an idle Waymark (425 MB resident; 270–300 MB with 16 MB). The embedded data set is a few megabytes. A PostgreSQL
// server keeps its own settings.
const EMBEDDED_SHARED_BUFFERS = '16MB';

export interface EmbeddedDatabaseHandle extends DatabaseHandle {
  pglite: PGlite;
}

/** The embedded PostgreSQL (PGlite). `dataDir` undefined keeps it in memory; `loadDataDir` starts from a dump. */
export const openEmbedded = async (
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<EmbeddedDatabaseHandle> => {
  if (options.dataDir !== undefined) await fs.mkdir(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${EMBEDDED_SHARED_BUFFERS}`],
    // Trigram similarity for search's typo fallback (migration 0012 creates the extension).
    extensions: { pg_trgm },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), plugins: [camelCase()] });
  // Destroying the Kysely instance closes PGlite: an open PGlite keeps the process alive for seconds.
  return { db, engine: 'pglite', pglite, close: () => db.destroy() };
};

/** The CLI sets `database.statementTimeoutMs` to 0: exports, imports and migrations may run long statements. */
export const openDatabase = (config: Pick<Config, 'database'>, logger?: Pick<Logger, 'warn'>) =>
  config.database.url !== undefined
    ? Promise.resolve(
        connectPostgres(config.database.url, config.database.poolMax, {
          statementTimeoutMs: config.database.statementTimeoutMs,
          logger,
        }),
      )
    : // PGlite runs each statement to its end on this thread: a statement timeout never fires there.
      openEmbedded({ dataDir: path.join(config.database.dataDir, 'pglite') });

// The migrations are history written against snake_case rows: they run without the plugin.
const migratorFor = (db: Db) => new Migrator({ db: db.withoutPlugins(), provider: migrationProvider });

type MigrationOutcome = Awaited<ReturnType<Migrator['migrateToLatest']>>;

/** The names of the migrations applied; throws with the failing migration's name. */
const appliedOrThrow = ({ error, results = [] }: MigrationOutcome): string[] => {
  const failed = results.find((result) => result.status === 'Error');
  if (error !== undefined) {
    throw new Error(
      `Migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`,
      { cause: error },
    );
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
};

/** Runs `work` on one connection without the pool's statement timeout: a migration may rewrite a large table. */
const withoutStatementTimeout = <T>(db: Db, work: (connection: Db) => Promise<T>) =>
  db.connection().execute(async (connection) => {
    await sql`set statement_timeout = 0`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`reset statement_timeout`.execute(connection);
    }
  });

/** Applies every pending migration. */
export const migrateToLatest = (db: Db): Promise<string[]> =>
  withoutStatementTimeout(db, async (connection) => appliedOrThrow(await migratorFor(connection).migrateToLatest()));

/** Applies pending migrations up to and including `name`, as when restoring an export made at that point. */
export const migrateTo = (db: Db, name: string): Promise<string[]> =>
  withoutStatementTimeout(db, async (connection) => appliedOrThrow(await migratorFor(connection).migrateTo(name)));

export const pendingMigrations = async (db: Db): Promise<string[]> => {
  const all = await migratorFor(db).getMigrations();
  return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
};

export const ping = async (db: Db): Promise<void> => {
  await sql`select 1`.execute(db);
};
