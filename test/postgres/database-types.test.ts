import fs from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from '../../scripts/database-types.ts';
import { migrateToLatest, type DatabaseHandle } from '../../src/infra/database.ts';
import { createEmptyPostgresDatabase } from '../support/harness.ts';

// The row types are generated from the schema the migrations build (decision 0020); this keeps the committed copy
// equal to it, as web-client.test.ts does for the API client.
let database: DatabaseHandle;
beforeAll(async () => {
  database = await createEmptyPostgresDatabase();
  await migrateToLatest(database.db);
});
afterAll(() => database.close());

class RolledBack extends Error {}

describe('the generated database types', () => {
  it('when the migrations run, then the generated database types equal the committed file (npm run db:types)', async () => {
    const committed = await fs.readFile(DATABASE_TYPES_FILE, 'utf8');
    expect(await generateDatabaseTypes(database.db), 'src/infra/database.types.ts is stale: run npm run db:types').toBe(
      committed,
    );
  });

  it('when a migration changes a column, then the generated types differ from the committed file', async () => {
    const committed = await fs.readFile(DATABASE_TYPES_FILE, 'utf8');
    let generated = '';
    // The change is made and read inside one transaction, then rolled back: the database stays as migrated.
    await expect(
      database.db.transaction().execute(async (trx) => {
        await sql`alter table users alter column display_name drop not null`.execute(trx);
        generated = await generateDatabaseTypes(trx);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(committed).toContain('  displayName: string;\n');
    expect(generated).toContain('  displayName: string | null;\n');
    expect(generated).not.toBe(committed);
  });
});
