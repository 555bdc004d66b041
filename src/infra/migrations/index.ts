import type { Migration, MigrationProvider } from 'kysely/migration';
import * as content from './0001-content.ts';

// Append-only: a migration that has been merged is never edited (test/migrations.test.ts keeps their checksums).
export const migrations: Record<string, Migration> = {
  '0001-content': content,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
