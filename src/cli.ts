// `npx waymark <command>`: the same code paths as the server, for people and scripts.
import path from 'node:path';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './infra/logger.ts';
import { ContentValidationError, loadContent } from './modules/content/content.loader.ts';
import { startInfrastructure } from './server.ts';

const USAGE = `Usage: npx waymark <command>

  db migrate                  apply pending database migrations
  content validate [dir]      check roadmap content (default: CONTENT_DIR)
  content import [dir]        validate, then import in one transaction (idempotent)
  content export <dir>        write what the database holds as content files
`;

const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

const run = async (args: string[]) => {
  const [group, command, argument] = args;
  const config = loadConfig();
  if (group === 'content' && command === 'validate') {
    // Validation needs no database: it can run in an editor's pre-commit hook.
    const bundle = await loadContent(argument === undefined ? config.contentDir : path.resolve(argument));
    const steps = bundle.roadmaps.reduce((sum, roadmap) => sum + roadmap.steps.length, 0);
    console.log(
      `Content is valid: ${bundle.roadmaps.length} roadmap(s), ${steps} step(s), ${bundle.resources.length} resource(s).`,
    );
    return;
  }

  const known = ['db migrate', 'content import', 'content export'];
  if (!known.includes(`${group} ${command}`)) fail(USAGE, 64);
  if (group === 'content' && command === 'export' && argument === undefined) fail(USAGE, 64);

  const logger = createLogger({ logLevel: 'error' });
  const infrastructure = await startInfrastructure(config, logger);
  try {
    const { contentService } = infrastructure.container;
    if (group === 'db') {
      console.log('Migrations are current.');
    } else if (command === 'import') {
      const summary = await contentService.importFrom(argument === undefined ? undefined : path.resolve(argument));
      console.log(JSON.stringify(summary, null, 2));
    } else {
      const target = path.resolve(argument!);
      const counts = await contentService.exportTo(target);
      console.log(
        `Exported ${counts.roadmaps} roadmap(s), ${counts.steps} step(s), ${counts.resources} resource(s) to ${target}.`,
      );
    }
  } finally {
    await infrastructure.close();
  }
};

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof ContentValidationError) fail(error.message);
  throw error;
}
