// The OpenAPI document as the code describes it. `npm run openapi` writes it to openapi.json; a test fails when the
// committed file and the code disagree.
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createContainer } from './container.ts';
import { readBuildInfo } from './infra/build-info.ts';
import { createCache } from './infra/cache.ts';
import type { Database } from './infra/database.types.ts';
import { createLogger } from './infra/logger.ts';

export const generateOpenApiDocument = async () => {
  // Describing the routes runs no query: a database that cannot connect keeps this fast and side-effect free.
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
  const config = loadConfig({});
  const silent = createLogger({ logLevel: 'silent' });
  const buildInfo = { ...readBuildInfo({ build: { gitCommit: 'none', buildTime: 'none' } }), node: process.version };
  const app = await buildApp({
    config,
    container: createContainer({
      config,
      accessTokenSecret: 'describing-routes-signs-nothing',
      db,
      cache: createCache({ keyPrefix: config.redis.keyPrefix, ttlMs: 1000, maxEntries: 1, logger: silent }),
      jobs: {
        send: () => Promise.reject(new Error('describing routes sends nothing')),
        queued: () => Promise.reject(new Error('describing routes reads no queue')),
      },
      logger: silent,
      buildInfo,
    }),
    logger: silent,
  });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return document;
};

export const serializeOpenApi = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;
