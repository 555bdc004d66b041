// `npm run worker`: background jobs (mail) in a process of their own, for deployments that set WORKER_MODE=off on
// the API instances. Same configuration, same database, no HTTP.
import { createLogger } from './infra/logger.ts';
import { serveMetrics } from './infra/metrics.ts';
import { closeOnSignals, jobGraceWithin, loadConfigOrExit } from './infra/process.ts';
import { startInfrastructure } from './server.ts';

const config = loadConfigOrExit();
const logger = createLogger(config);
const infrastructure = await startInfrastructure(config, logger);
await infrastructure.startWorkers();
const metricsServer =
  config.metricsPort === undefined
    ? undefined
    : await serveMetrics(infrastructure.metrics, {
        host: config.host,
        port: config.metricsPort,
        token: config.metricsToken,
        logger,
      });
// Stopping lets the job in hand finish (pg-boss's graceful stop) within the grace period, then the pools close.
// A job still running then is aborted and handed back to the queue, which retries it after its retry delay.
closeOnSignals(logger, config.shutdownGraceMs, async (deadline) => {
  await infrastructure.close(jobGraceWithin(deadline));
  await metricsServer?.close();
});
logger.info('Waymark worker is running');
