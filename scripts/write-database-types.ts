// `npm run db:types`: migrates a scratch database on the PostgreSQL server (TEST_DATABASE_URL, or the local one the
// tests use), writes src/infra/database.types.ts from its schema and drops the database again.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import pg from 'pg';
import { connectPostgres, migrateToLatest } from '../src/infra/database.ts';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from './database-types.ts';

const serverUrl = (database: string) => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
};

const scratch = `waymark_db_types_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const admin = new pg.Client({ connectionString: serverUrl('postgres') });
await admin.connect();
try {
  await admin.query(`create database ${scratch}`);
  const database = connectPostgres(serverUrl(scratch), 1);
  try {
    await migrateToLatest(database.db);
    await fs.writeFile(DATABASE_TYPES_FILE, await generateDatabaseTypes(database.db));
  } finally {
    await database.close();
  }
  console.log('src/infra/database.types.ts written');
} finally {
  await admin.query(`drop database if exists ${scratch} with (force)`);
  await admin.end();
}
