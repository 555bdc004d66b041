// `npm run worker`: background jobs (mail) in a process of their own, for deployments that set WORKER_MODE=off on
// the API instances. Same configuration, same database, no HTTP.
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './infra/logger.ts';
import { startInfrastructure } from './server.ts';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
const logger = createLogger(config);
const infrastructure = await startInfrastructure(config, logger);
await infrastructure.startWorkers();
logger.info('Waymark worker is running');

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping: finishing the jobs in hand');
  infrastructure
    .close()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      logger.error({ err: error }, 'worker shutdown failed');
      process.exit(1);
    });
};
process.once('SIGTERM', () => stop('SIGTERM'));
process.once('SIGINT', () => stop('SIGINT'));
