// Migrates one template database per engine and imports the shipped content into it, once per run. Each test file
// then starts from a copy: `CREATE DATABASE … TEMPLATE …` on PostgreSQL, a data-directory dump on PGlite.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectPostgres, migrateToLatest, openEmbedded, type DatabaseHandle } from '../../src/infra/database.ts';
import { createJobQueue } from '../../src/infra/jobs.ts';
import { createLogger } from '../../src/infra/logger.ts';
import { createContentRepository } from '../../src/modules/content/content.repository.ts';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import { serverUrl, type TestEngine } from './engine.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    pgliteTemplateFile: string;
    testRunId: string;
  }
}

const prepare = async (database: DatabaseHandle, databaseUrl?: string) => {
  await migrateToLatest(database.db);
  await createContentRepository(database.db).importBundle(await loadContent('content'));
  // pg-boss installs its schema on first start; doing it here keeps every test file's start fast.
  const jobs = createJobQueue({ database, databaseUrl, logger: createLogger({ logLevel: 'silent' }) });
  await jobs.start();
  await jobs.stop();
};

export default async function setup(project: TestProject) {
  // Global setup runs in the main process, outside the project's `env`: read the engine from the project's config
  // (the integration projects are also named after theirs).
  const engine = (project.config.env.WAYMARK_TEST_DB ?? project.name) as TestEngine;
  const run = randomUUID().replaceAll('-', '').slice(0, 12);
  project.provide('testRunId', run);

  if (engine === 'pglite') {
    const database = await openEmbedded();
    await prepare(database);
    const file = path.join(os.tmpdir(), `waymark-test-${run}.tar`);
    const dump = await database.pglite.dumpDataDir('none');
    await fs.writeFile(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteTemplateFile', file);
    project.provide('templateDatabase', '');
    return async () => {
      await fs.rm(file, { force: true });
    };
  }

  const template = `waymark_test_${run}_template`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const database = connectPostgres(serverUrl(template), 2);
  await prepare(database, serverUrl(template));
  await database.close();
  project.provide('templateDatabase', template);
  project.provide('pgliteTemplateFile', '');

  return async () => {
    // Drops the template and any copy a crashed test file left behind.
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
      `waymark_test_${run}_%`,
    ]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
