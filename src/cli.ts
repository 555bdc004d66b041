// `npx waymark <command>`: the same code paths as the server, for people and scripts.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './infra/database.ts';
import type { Role } from './lib/enums.ts';
import { createLogger } from './infra/logger.ts';
import { AppError } from './lib/errors.ts';
import { ROLES } from './modules/auth/permissions.ts';
import { writeContentFiles } from './modules/content/content-export.ts';
import { ContentValidationError, loadContent } from './modules/content/content.loader.ts';
import {
  createDatabaseTransferService,
  exportToFile,
  importFromFile,
} from './modules/database-transfer/database-transfer.service.ts';
import { startInfrastructure } from './server.ts';

const USAGE = `Usage: npx waymark <command>

  db migrate                  apply pending database migrations
  db export <file>            write everything in the database to one file (JSON Lines;
                              gzip-compressed when the name ends in .gz)
  db import <file> [--force]  load an export into an empty database in one transaction;
                              --force first deletes all Waymark data in it
  content validate [dir]      check roadmap content (default: CONTENT_DIR)
  content import [dir] [--force]
                              validate, then import in one transaction (idempotent);
                              --force imports even when open drafts would go stale
  content export <dir> [--roadmap <slug> | --draft <id>]
                              write what the database holds as content files into a new
                              or empty folder; only one published roadmap, or a draft's
                              document, as that roadmap's files with --roadmap or --draft
  users create-admin --email <email> --name <display name> [--password-stdin]
                              create an admin account; the password is asked for,
                              or read from standard input with --password-stdin
  users set-role <email> <learner|mentor|editor|admin>
                              change the role of an account
`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const fail = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};

const readStdin = async () => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
};

/** Asks for a password on the terminal without echoing it. */
const promptPassword = (question: string) =>
  new Promise<string>((resolve, reject) => {
    if (!process.stdin.isTTY) {
      reject(new Error('No terminal to ask for the password: pipe it in with --password-stdin.'));
      return;
    }
    process.stdout.write(question);
    process.stdin.setRawMode(true);
    process.stdin.resume();
    let password = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(password);
          return;
        }
        if (char === '\u0003') process.exit(130); // Ctrl-C
        password = char === '\u007f' ? password.slice(0, -1) : password + char;
      }
    };
    process.stdin.on('data', onData);
  });

const isRole = (value: string | undefined): value is Role => (ROLES as readonly string[]).includes(value ?? '');

/**
 * Opens the database without the job queue or the services: an export reads it as it is, an import migrates it only
 * as far as the file needs before loading it.
 */
const transferDatabase = async (config: Config, command: 'export' | 'import', file: string, force: boolean) => {
  const database = await openDatabase(config);
  try {
    const service = createDatabaseTransferService(database);
    if (command === 'export') {
      const { tables, rows } = await exportToFile(service, file);
      console.log(`Exported ${rows} row(s) from ${tables} table(s) of the ${database.engine} database to ${file}.`);
    } else {
      const { tables, rows, exportedFrom } = await importFromFile(service, file, { force });
      console.log(
        `Imported ${rows} row(s) into ${tables} table(s) of the ${database.engine} database (exported from ${exportedFrom}).`,
      );
    }
  } finally {
    await database.close();
  }
};

const run = async (argv: string[]) => {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      force: { type: 'boolean' },
      roadmap: { type: 'string' },
      draft: { type: 'string' },
    },
  });
  const [group, command, first, second] = positionals;
  // An operator's command may run statements longer than a request's (an import, an export, a migration).
  const loaded = loadConfig();
  const config: Config = { ...loaded, database: { ...loaded.database, statementTimeoutMs: 0 } };
  if (group === 'content' && command === 'validate') {
    // Validation needs no database: it can run in an editor's pre-commit hook.
    const bundle = await loadContent(first === undefined ? config.content.dir : path.resolve(first));
    const steps = bundle.roadmaps.reduce((sum, roadmap) => sum + roadmap.steps.length, 0);
    console.log(
      `Content is valid: ${bundle.roadmaps.length} roadmap(s), ${steps} step(s), ${bundle.resources.length} resource(s), ${bundle.hub.length} hub entr${bundle.hub.length === 1 ? 'y' : 'ies'}.`,
    );
    return;
  }
  if (group === 'db' && (command === 'export' || command === 'import')) {
    if (first === undefined) fail(USAGE, 64);
    await transferDatabase(config, command, path.resolve(first!), values.force === true);
    return;
  }

  const known = ['db migrate', 'content import', 'content export', 'users create-admin', 'users set-role'];
  if (!known.includes(`${group} ${command}`)) fail(USAGE, 64);
  if (command === 'export' && first === undefined) fail(USAGE, 64);
  const oneRoadmap = values.roadmap !== undefined || values.draft !== undefined;
  if (oneRoadmap && `${group} ${command}` !== 'content export') fail(USAGE, 64);
  if (values.roadmap !== undefined && values.draft !== undefined) {
    fail(`Give --roadmap or --draft, not both.\n\n${USAGE}`, 64);
  }
  if (values.draft !== undefined && !UUID.test(values.draft)) {
    fail(`--draft takes a draft's id, a UUID as in /v1/drafts/{id}; "${values.draft}" is not one.`, 64);
  }
  if (command === 'create-admin' && (values.email === undefined || values.name === undefined)) fail(USAGE, 64);
  if (command === 'set-role' && (first === undefined || !isRole(second))) fail(USAGE, 64);
  const password =
    command === 'create-admin'
      ? values['password-stdin'] === true
        ? await readStdin()
        : await promptPassword('Password for the new admin: ')
      : undefined;

  const logger = createLogger({ logLevel: 'error' });
  const infrastructure = await startInfrastructure(config, logger);
  const operator = { userId: null, role: null, ip: null, userAgent: 'waymark cli' };
  try {
    const { contentService, draftsService, usersService } = infrastructure.container;
    if (group === 'db') {
      console.log('Migrations are current.');
    } else if (command === 'import') {
      const summary = await contentService.importFrom(first === undefined ? undefined : path.resolve(first), {
        force: values.force === true,
      });
      console.log(JSON.stringify(summary, null, 2));
    } else if (command === 'export' && oneRoadmap) {
      const target = path.resolve(first!);
      const files =
        values.roadmap !== undefined
          ? await contentService.roadmapFiles(values.roadmap)
          : await draftsService.exportFiles(values.draft!);
      await writeContentFiles(target, files);
      const what = values.roadmap !== undefined ? `roadmap ${values.roadmap}` : `draft ${values.draft}`;
      console.log(`Exported ${what} as ${files.length} file(s) to ${target}.`);
    } else if (command === 'export') {
      const target = path.resolve(first!);
      const counts = await contentService.exportTo(target);
      console.log(
        `Exported ${counts.roadmaps} roadmap(s), ${counts.steps} step(s), ${counts.resources} resource(s), ${counts.hub} hub entr${counts.hub === 1 ? 'y' : 'ies'} to ${target}.`,
      );
    } else if (command === 'create-admin') {
      const admin = await usersService.createAdmin(
        { email: values.email!, displayName: values.name!, password: password! },
        operator,
      );
      console.log(`Created admin ${admin.email} (${admin.id}).`);
    } else {
      const user = await usersService.setRoleByEmail(first!, second as Role, operator);
      console.log(`${user.email} is now ${user.role}.`);
    }
  } finally {
    await infrastructure.close();
  }
};

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError || error instanceof ContentValidationError || error instanceof AppError) {
    fail(error.message);
  }
  if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
    fail(`${error.message}\n\n${USAGE}`, 64);
  }
  throw error;
}
