// `npm run worker`: background jobs (mail) in a process of their own, for deployments that set WORKER_MODE=off on
// the API instances. Same configuration, same database, no HTTP.
import { createLogger } from './infra/logger.ts';
import { closeOnSignals, loadConfigOrExit } from './infra/process.ts';
import { startInfrastructure } from './server.ts';

const config = loadConfigOrExit();
const logger = createLogger(config);
const infrastructure = await startInfrastructure(config, logger);
await infrastructure.startWorkers();
// Stopping lets the jobs in hand finish (pg-boss's graceful stop) before the pools close.
closeOnSignals(logger, () => infrastructure.close());
logger.info('Waymark worker is running');
