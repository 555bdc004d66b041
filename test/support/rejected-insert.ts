// For tests that a change and its record are one write: the test's own database refuses the record with a trigger,
// after the change itself was written in the same transaction.
import { sql } from 'kysely';
import type { Db } from '../../src/infra/database.ts';

/** Runs `act` while the database refuses rows of `table` whose `column` holds `value`. */
export const whileInsertRejected = async <T>(
  db: Db,
  rejected: { table: string; column: string; value: string },
  act: () => Promise<T>,
) => {
  await sql`
    CREATE OR REPLACE FUNCTION reject_test_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF to_jsonb(NEW) ->> TG_ARGV[0] = TG_ARGV[1] THEN
        RAISE EXCEPTION '% row % rejected by the test', TG_TABLE_NAME, TG_ARGV[1];
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER reject_test_row BEFORE INSERT ON ${sql.table(rejected.table)} FOR EACH ROW
    EXECUTE FUNCTION reject_test_row(${sql.lit(rejected.column)}, ${sql.lit(rejected.value)})`.execute(db);
  try {
    return await act();
  } finally {
    await sql`DROP TRIGGER reject_test_row ON ${sql.table(rejected.table)}`.execute(db);
  }
};
