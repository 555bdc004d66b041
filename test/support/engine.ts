import { createHash } from 'node:crypto';

export type TestEngine = 'postgres' | 'pglite';

export const testEngine = (): TestEngine => {
  const engine = process.env.WAYMARK_TEST_DB;
  if (engine !== 'postgres' && engine !== 'pglite') {
    throw new Error(`WAYMARK_TEST_DB must be postgres or pglite, not ${String(engine)}`);
  }
  return engine;
};

/** The PostgreSQL server the tests use; this machine and CI run one on 127.0.0.1:5432 with trust auth. */
export const serverUrl = (database = 'postgres') => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
};

export const testRedisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Names unique to this test run, so two runs on one machine (a developer and CI) never share a database. */
export const runId = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 10);
