// The worker as worker.ts runs it: background jobs (mail) in a process of their own, for deployments that set
// WORKER_MODE=off on the API instances. Same configuration, same database, no HTTP.
import type { Config } from './config.ts';
import { createLogger } from './infra/logger.ts';
import { serveMetricsIfConfigured } from './infra/metrics.ts';
import { closeOnSignals, jobGraceWithin } from './infra/process.ts';
import type { Tracing } from './infra/tracing.ts';
import { startInfrastructure } from './server.ts';

export const runWorker = async (config: Config, tracing: Tracing | undefined) => {
  const logger = createLogger(config.observability, undefined, tracing?.logFields);
  const infrastructure = await startInfrastructure(config, logger);
  await infrastructure.startWorkers();
  const metricsServer = await serveMetricsIfConfigured(infrastructure.metrics, config, logger);
  // Stopping lets the job in hand finish (pg-boss's graceful stop) within the grace period, then the pools close.
  // A job still running then is aborted and handed back to the queue, which retries it after its retry delay.
  closeOnSignals(logger, config.shutdown.graceMs, async (deadline) => {
    await infrastructure.close(jobGraceWithin(deadline));
    await metricsServer?.close();
    await tracing?.shutdown(deadline - 100);
  });
  logger.info('Waymark worker is running');
};
