// The HTTP API as main.ts runs it: infrastructure, content import, the app, the listener, and the shutdown.
import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { WEB_APP_DIR } from './http/web-app.ts';
import { exposureWarning } from './infra/exposure.ts';
import { createLogger } from './infra/logger.ts';
import { serveMetricsIfConfigured } from './infra/metrics.ts';
import { closeOnSignals, jobGraceWithin } from './infra/process.ts';
import type { Tracing } from './infra/tracing.ts';
import { formatIssue, ContentValidationError } from './modules/content/content.loader.ts';
import { StaleDraftsError } from './modules/content/import-version.repository.ts';
import { startInfrastructure } from './server.ts';

/** `started`: when the process began, for the start-up time in the log. */
export const runApi = async (config: Config, tracing: Tracing | undefined, started: number) => {
  const logger = createLogger(config.observability, undefined, tracing?.logFields);
  const exposure = exposureWarning({ host: config.http.host, nodeEnv: config.runtime.nodeEnv });
  if (exposure !== undefined) logger.error({ host: config.http.host, nodeEnv: config.runtime.nodeEnv }, exposure);
  const infrastructure = await startInfrastructure(config, logger);

  if (config.content.importOnStart) {
    try {
      const outcome = await infrastructure.container.contentService.importIfChanged();
      if (outcome.imported) logger.info({ summary: outcome.summary }, 'roadmap content imported');
      else logger.info({ contentHash: outcome.contentHash }, 'roadmap content unchanged');
    } catch (error) {
      if (error instanceof ContentValidationError) {
        logger.fatal({ issues: error.issues.map(formatIssue) }, `content in ${config.content.dir} is invalid`);
        await infrastructure.close();
        process.exit(1);
      }
      // Editors' open drafts are no fault of the files: serve what is published and leave the import to an operator.
      if (error instanceof StaleDraftsError) logger.error({ drafts: error.drafts }, error.message);
      else throw error;
    }
  }

  const app = await buildApp({
    config,
    container: infrastructure.container,
    logger,
    redis: infrastructure.redis,
    metrics: infrastructure.metrics,
    webRoot: WEB_APP_DIR,
  });
  if (config.jobs.workerMode === 'in-process') await infrastructure.startWorkers();
  const metricsServer = await serveMetricsIfConfigured(infrastructure.metrics, config, logger);

  // Readiness turns 503 first; after the drain period the listener closes and the requests in flight finish; then the
  // job in hand, then the pools. All within SHUTDOWN_GRACE_MS.
  closeOnSignals(logger, config.shutdown.graceMs, async (deadline) => {
    infrastructure.container.systemService.beginShutdown();
    await new Promise((resolve) => setTimeout(resolve, config.shutdown.drainMs));
    await app.close();
    await infrastructure.close(jobGraceWithin(deadline));
    await metricsServer?.close();
    await tracing?.shutdown(deadline - 100);
  });

  await app.listen({ host: config.http.host, port: config.http.port });
  logger.info(
    {
      url: config.http.publicUrl,
      docs: `${config.http.publicUrl}/docs`,
      startupMs: Math.round(performance.now() - started),
    },
    'Waymark is ready',
  );
};
