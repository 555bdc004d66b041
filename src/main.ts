import { buildApp } from './app.ts';
import { WEB_APP_DIR } from './http/web-app.ts';
import { createLogger } from './infra/logger.ts';
import { closeOnSignals, loadConfigOrExit } from './infra/process.ts';
import { formatIssue, ContentValidationError } from './modules/content/content.loader.ts';
import { startInfrastructure } from './server.ts';

const started = performance.now();
const config = loadConfigOrExit();

const logger = createLogger(config);
const infrastructure = await startInfrastructure(config, logger);

if (config.contentImportOnStart) {
  try {
    const outcome = await infrastructure.container.contentService.importIfChanged();
    if (outcome.imported) logger.info({ summary: outcome.summary }, 'roadmap content imported');
    else logger.info({ contentHash: outcome.contentHash }, 'roadmap content unchanged');
  } catch (error) {
    if (error instanceof ContentValidationError) {
      logger.fatal({ issues: error.issues.map(formatIssue) }, `content in ${config.contentDir} is invalid`);
      await infrastructure.close();
      process.exit(1);
    }
    throw error;
  }
}

const app = await buildApp({
  config,
  container: infrastructure.container,
  logger,
  redis: infrastructure.redis,
  webRoot: WEB_APP_DIR,
});
if (config.workerMode === 'in-process') await infrastructure.startWorkers();

closeOnSignals(logger, async () => {
  await app.close();
  await infrastructure.close();
});

await app.listen({ host: config.host, port: config.port });
logger.info(
  { url: config.publicUrl, docs: `${config.publicUrl}/docs`, startupMs: Math.round(performance.now() - started) },
  'Waymark is ready',
);
