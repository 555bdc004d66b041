// src/infra/database.types.ts is generated from a migrated database by kysely-codegen, so the row types cannot drift
// from the schema: `npm run db:types` writes it (write-database-types.ts), and test/postgres/database-types.test.ts
// fails when the committed copy differs from what the migrations produce (docs/decisions/0020).
import { generate, PostgresDialect } from 'kysely-codegen';
import prettier from 'prettier';
import type { Db } from '../src/infra/database.ts';

export const DATABASE_TYPES_FILE = new URL('../src/infra/database.types.ts', import.meta.url);

const HEADER = `// Generated from the migrated schema by \`npm run db:types\` (scripts/database-types.ts). Do not edit: change a
// migration, or a column's type in scripts/database-types.ts, and run it again. Shapes the schema cannot tell (JSON
// payloads, timestamps only the database writes) are in column-types.ts; closed value sets in lib/enums.ts.
`;

// The migrations' bookkeeping and pg-boss's own schema: no Waymark code queries them through Kysely's types.
const EXCLUDED_TABLES = '{public.kysely_migration,public.kysely_migration_lock,pgboss.*}';

// What the catalogue says about a type, the same for every column of it. Both drivers parse timestamptz into a Date
// and int8 into a number (database.ts sets pg's parser; PGlite does so itself). A date is selected as text.
const TYPE_MAPPING = { timestamptz: 'Date', int8: 'number' };

const ENUM_COLUMNS = {
  'resources.type': 'ResourceType',
  'users.role': 'Generated<Role>',
  'email_tokens.purpose': 'EmailTokenPurpose',
  'sent_mail.transport': 'MailTransport',
  'step_progress.status': 'StepStatus',
  'checklist_assessments.level': 'ChecklistLevel',
  'progress_events.kind': 'ProgressEventKind',
  'feedback_comments.state': 'CommentState',
  'hub_entries.kind': 'HubKind',
  'hub_entries.level': 'Level',
  'roadmap_drafts.kind': 'DraftKind',
  'roadmap_drafts.status': 'Generated<DraftStatus>',
};

const JSON_COLUMNS = {
  'roadmaps.document': 'JsonColumn<unknown>',
  'content_imports.summary': 'JsonColumn<unknown>',
  'audit_log.details': 'JsonColumn<Record<string, unknown>>',
  'mail_outbox.message': 'ClearableJsonColumn<unknown>',
  'hub_entries.document': 'JsonColumn<unknown>',
  'roadmap_drafts.document': 'JsonColumn<unknown>',
  'roadmap_drafts.started_from': 'JsonColumn<unknown>',
};

const columnsOf = (type: string, columns: string[]) => Object.fromEntries(columns.map((column) => [column, type]));

// The catalogue sees a default, so kysely-codegen would allow any insert and update; Waymark lets the database set
// these (and tests that a repository cannot write them by mistake).
const TIMESTAMP_COLUMNS = {
  ...columnsOf('CreatedAt', [
    'audit_log.occurred_at',
    'content_imports.imported_at',
    'email_tokens.created_at',
    'hub_entries.created_at',
    'mail_outbox.queued_at',
    'personal_access_tokens.created_at',
    'refresh_tokens.created_at',
    'resources.created_at',
    'roadmap_follows.followed_at',
    'roadmap_drafts.created_at',
    'roadmap_steps.created_at',
    'roadmaps.created_at',
    'sent_mail.sent_at',
    'step_bookmarks.created_at',
    'users.created_at',
    'weekly_digests.sent_at',
  ]),
  ...columnsOf('InsertedAt', [
    'feedback_comments.created_at',
    'feedback_votes.created_at',
    'progress_events.occurred_at',
  ]),
  ...columnsOf('UpdatedAt', [
    'checklist_assessments.updated_at',
    'hub_entries.updated_at',
    'public_profiles.updated_at',
    'resources.updated_at',
    'roadmap_drafts.updated_at',
    'roadmap_faq.updated_at',
    'roadmap_follows.updated_at',
    'roadmap_steps.updated_at',
    'roadmaps.updated_at',
    'step_progress.updated_at',
    'users.updated_at',
  ]),
};

const COMPUTED_COLUMNS = columnsOf('Computed<string | null>', [
  'hub_entries.search',
  'resources.search',
  'roadmap_faq.search',
  'roadmap_steps.search',
  'roadmaps.search',
]);

const CUSTOM_IMPORTS = {
  ...Object.fromEntries(
    ['ClearableJsonColumn', 'Computed', 'CreatedAt', 'InsertedAt', 'JsonColumn', 'UpdatedAt'].map((name) => [
      name,
      './column-types.ts',
    ]),
  ),
  ...Object.fromEntries(
    [
      'ChecklistLevel',
      'CommentState',
      'DraftKind',
      'DraftStatus',
      'EmailTokenPurpose',
      'HubKind',
      'Level',
      'MailTransport',
      'ProgressEventKind',
      'ResourceType',
      'Role',
      'StepStatus',
    ].map((name) => [name, '../lib/enums.ts']),
  ),
};

/** kysely-codegen names a table's interface after the table (`Resources`) and the whole `DB`; Waymark's names. */
const renameInterfaces = (source: string) => {
  const database = /^export interface DB \{\n([^}]*)\}/m.exec(source);
  if (!database) throw new Error('kysely-codegen wrote no `DB` interface');
  const tableTypes = [...database[1]!.matchAll(/: (\w+);$/gm)].map((match) => match[1]!);
  let renamed = source.replace(/^export interface DB \{/m, 'export interface Database {');
  for (const name of tableTypes) renamed = renamed.replace(new RegExp(`\\b${name}\\b(?=[ ;])`, 'g'), `${name}Table`);
  return renamed;
};

/** The contents of database.types.ts for the schema of `db`, a migrated PostgreSQL database. */
export const generateDatabaseTypes = async (db: Db): Promise<string> => {
  const generated = await generate({
    // The catalogue is read as it is named; the types are camel-cased by kysely-codegen, as the plugin names columns.
    db: db.withoutPlugins(),
    dialect: new PostgresDialect({ dateParser: 'string' }),
    camelCase: true,
    excludePattern: EXCLUDED_TABLES,
    typeMapping: TYPE_MAPPING,
    overrides: { columns: { ...ENUM_COLUMNS, ...JSON_COLUMNS, ...TIMESTAMP_COLUMNS, ...COMPUTED_COLUMNS } },
    customImports: CUSTOM_IMPORTS,
    skipAutogeneratedFileComment: true,
    outFile: null,
  });
  const source = HEADER + '\n' + renameInterfaces(generated);
  const options = await prettier.resolveConfig(DATABASE_TYPES_FILE);
  return prettier.format(source, { ...options, filepath: DATABASE_TYPES_FILE.pathname });
};
