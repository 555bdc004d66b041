// Builds everything a running Waymark needs from its configuration. main.ts (the HTTP server) and the CLI use it, so
// both see the same database, migrations and services.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Config } from './config.ts';
import { createContainer } from './container.ts';
import { readBuildInfo } from './infra/build-info.ts';
import { migrateToLatest, openDatabase } from './infra/database.ts';
import type { Logger } from './infra/logger.ts';

export const startInfrastructure = async (config: Config, logger: Logger) => {
  const database = await openDatabase(config);
  logger.info(
    { engine: database.engine, ...(database.engine === 'pglite' ? { dataDir: config.dataDir } : {}) },
    'database opened',
  );
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  let redis: Redis | undefined;
  if (config.redisUrl !== undefined) {
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
    redis.on('error', (error: Error) => logger.warn({ err: error }, 'redis error'));
    await redis.connect().catch((error: unknown) => logger.warn({ err: error }, 'redis not reachable; will retry'));
  }

  let accessTokenSecret = config.jwtSecret;
  if (accessTokenSecret === undefined) {
    accessTokenSecret = randomBytes(48).toString('base64');
    logger.warn('JWT_SECRET is not set: using a random key for this process (access tokens end at restart)');
  }
  const container = createContainer({ config, accessTokenSecret, db: database.db, buildInfo: readBuildInfo(config) });
  return {
    database,
    redis,
    container,
    async close() {
      redis?.disconnect();
      await database.close();
    },
  };
};
