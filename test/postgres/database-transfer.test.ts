// The growth path from a laptop to a server and back: `waymark db export` from the embedded database, `db import` into
// an empty PostgreSQL, and the reverse — run as the commands a self-hoster types, the data compared table by table.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openEmbedded, type DatabaseHandle } from '../../src/infra/database.ts';
import { createDatabaseTransferRepository } from '../../src/modules/database-transfer/database-transfer.repository.ts';
import { createContentRepository } from '../../src/modules/content/content.repository.ts';
import { loadContent } from '../../src/modules/content/content.loader.ts';
import type { RoadmapDocument } from '../../src/modules/roadmaps/roadmaps.schemas.ts';
import { createEmptyPostgresDatabase, createTestApp } from '../support/harness.ts';
import { runWaymark } from '../support/processes.ts';

let workDir: string;
/** The laptop's data as exported, and what its tables held. */
let laptopFile: string;
let laptopContents: Record<string, unknown[]>;
// Each embedded database on disk costs an initdb in WebAssembly (seconds on a busy machine): one laptop serves all.
beforeAll(async () => {
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-transfer-'));
  laptopContents = await seedLaptop('laptop');
  laptopFile = path.join(workDir, 'laptop.jsonl');
  const exported = await runWaymark(['bin/waymark.js', 'db', 'export', laptopFile], {
    DATA_DIR: path.join(workDir, 'laptop'),
  });
  expect(exported).toMatchObject({ code: 0, output: expect.stringContaining('of the pglite database') as string });
}, 180_000);
afterAll(() => fs.rm(workDir, { recursive: true, force: true }));

const pgliteDir = (name: string) => path.join(workDir, name, 'pglite');
const openLaptop = (name: string) => openEmbedded({ dataDir: pgliteDir(name) });

/** Every stored column of every table, rows in key order, as PostgreSQL prints them (dates in UTC). */
const snapshot = async (database: DatabaseHandle) => {
  // As the transfer reads them: by their catalogue names, without the application's camelCase plugin.
  const db = database.db.withoutPlugins();
  const tables = await createDatabaseTransferRepository(db).tables();
  return db.connection().execute(async (connection) => {
    await sql`set time zone 'UTC'`.execute(connection);
    const contents: Record<string, unknown[]> = {};
    for (const table of tables) {
      const order = sql.join(
        (table.primaryKey.length > 0 ? table.primaryKey : table.columns).map((column) => sql.id(column)),
      );
      const { rows } = await sql<{ row: unknown }>`
        select to_jsonb(t) as "row" from ${sql.id(table.name)} t order by ${order}
      `.execute(connection);
      contents[table.name] = rows.map((row) => row.row);
    }
    return contents;
  });
};

/** A laptop's embedded database after some real use: content, accounts, sessions, progress, notes, tokens, mail. */
const seedLaptop = async (name: string) => {
  const database = await openLaptop(name);
  await migrateToLatest(database.db);
  await createContentRepository(database.db).importBundle(await loadContent('content'));
  const t = await createTestApp({ database, jobs: { runWorkers: true } });
  const roadmap = (await t.app.inject('/v1/roadmaps/backend-developer')).json<RoadmapDocument>();
  const step = roadmap.tiers[0]!.steps[0]!;
  for (const who of ['ada', 'grace']) {
    const email = `${who}@example.org`;
    const password = 'a long and unusual passphrase';
    await t.app.inject({ method: 'POST', url: '/v1/auth/register', payload: { email, password, displayName: who } });
    // A confirmed address, so the account may hold a personal token too.
    await t.database.db.updateTable('users').set({ emailVerifiedAt: new Date() }).where('email', '=', email).execute();
    const login = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
    const headers = { authorization: `Bearer ${login.json<{ accessToken: string }>().accessToken}` };
    const base = '/v1/me/roadmaps/backend-developer';
    const calls = [
      { method: 'PUT', url: base, payload: { hoursPerWeek: 6, startDate: '2026-12-01' } },
      { method: 'PUT', url: `${base}/steps/${step.id}`, payload: { status: 'done' } },
      {
        method: 'PUT',
        url: `${base}/steps/${step.id}/note`,
        payload: { body: `${who}: "quotes", tabs\t, new\nlines` },
      },
      { method: 'PUT', url: `${base}/checklist/${roadmap.checklist[0]!.id}`, payload: { level: 'partly' } },
      {
        method: 'POST',
        url: '/v1/me/tokens',
        payload: { name: 'script', scopes: ['account:self'], expiresInDays: 30 },
      },
    ] as const;
    for (const call of calls) {
      const response = await t.app.inject({ ...call, headers });
      expect(response.statusCode, `${call.method} ${call.url}: ${response.body}`).toBeLessThan(300);
    }
  }
  const contents = await snapshot(database);
  await t.close();
  return contents;
};

const rowCounts = (contents: Record<string, unknown[]>) =>
  Object.fromEntries(Object.entries(contents).map(([table, rows]) => [table, rows.length]));

describe('moving a Waymark database between the embedded engine and PostgreSQL', () => {
  it('when a laptop export is imported into an empty PostgreSQL, then every table holds the same rows, and back again', async () => {
    const serverFile = path.join(workDir, 'server.jsonl.gz');
    const server = await createEmptyPostgresDatabase();
    try {
      const imported = await runWaymark(['bin/waymark.js', 'db', 'import', laptopFile], { DATABASE_URL: server.url });

      expect(imported).toMatchObject({ code: 0, output: expect.stringContaining('(exported from pglite)') as string });
      const onServer = await snapshot(server);
      expect(onServer).toEqual(laptopContents);
      expect(rowCounts(onServer)).toMatchObject({ users: 2, step_notes: 2, personal_access_tokens: 2 });
      expect(onServer.audit_log!.length).toBeGreaterThan(0);

      // Identities continue after the imported rows rather than colliding with them.
      const highest = Math.max(...onServer.audit_log!.map((row) => Number((row as { id: number }).id)));
      const { rows } = await sql<{ id: number }>`
        insert into audit_log (action, details) values ('test.after-import', '{}') returning id
      `.execute(server.db);
      expect(Number(rows[0]!.id)).toBe(highest + 1);
      await sql`delete from audit_log where action = 'test.after-import'`.execute(server.db);

      const serverExport = await runWaymark(['bin/waymark.js', 'db', 'export', serverFile], {
        DATABASE_URL: server.url,
      });
      const backOnLaptop = await runWaymark(['bin/waymark.js', 'db', 'import', serverFile], {
        DATA_DIR: path.join(workDir, 'laptop-again'),
      });

      expect(serverExport.code).toBe(0);
      expect(backOnLaptop).toMatchObject({
        code: 0,
        output: expect.stringContaining('(exported from postgres)') as string,
      });
      const again = await openLaptop('laptop-again');
      const after = await snapshot(again);
      await again.close();
      expect(after).toEqual(onServer);
    } finally {
      await server.close();
    }
  }, 180_000);

  it('when the target already holds data, then the import is refused and changes nothing; with --force it replaces it', async () => {
    const target = await createEmptyPostgresDatabase();
    try {
      await migrateToLatest(target.db);
      await sql`insert into users (id, email, display_name, password_hash) values
        (gen_random_uuid(), 'someone@example.org', 'Someone', 'x')`.execute(target.db);

      const refused = await runWaymark(['bin/waymark.js', 'db', 'import', laptopFile], { DATABASE_URL: target.url });
      const untouched = await snapshot(target);
      const forced = await runWaymark(['bin/waymark.js', 'db', 'import', laptopFile, '--force'], {
        DATABASE_URL: target.url,
      });

      expect(refused).toMatchObject({
        code: 1,
        output: expect.stringContaining('already holds Waymark data') as string,
      });
      expect(rowCounts(untouched)).toMatchObject({ users: 1, roadmaps: 0 });
      expect(forced.code).toBe(0);
      expect(await snapshot(target)).toEqual(laptopContents);
    } finally {
      await target.close();
    }
  }, 60_000);

  it('when the file is cut short, then nothing is imported and the message says so', async () => {
    const file = path.join(workDir, 'cut.jsonl');
    const lines = (await fs.readFile(laptopFile, 'utf8')).trimEnd().split('\n');
    await fs.writeFile(file, `${lines.slice(0, -5).join('\n')}\n`);
    const target = await createEmptyPostgresDatabase();
    try {
      const result = await runWaymark(['bin/waymark.js', 'db', 'import', file], { DATABASE_URL: target.url });

      expect(result).toMatchObject({
        code: 1,
        output: expect.stringContaining('not a complete Waymark export') as string,
      });
      expect(Object.values(rowCounts(await snapshot(target))).every((count) => count === 0)).toBe(true);
    } finally {
      await target.close();
    }
  }, 60_000);
});
