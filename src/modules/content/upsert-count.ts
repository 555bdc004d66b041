// What every content upsert shares: the hash that says whether a row changed, and the count of what an import did.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';

export interface ChangeCount {
  created: number;
  updated: number;
  archived: number;
}

export const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

// xmax is 0 only on a row version that an INSERT made: the standard way to tell insert from update in an upsert.
export const wasCreated = sql<boolean>`(xmax = 0)`.as('created');

/** Rows returned by an upsert: `created` is true for new rows; unchanged rows are not returned at all. */
export const tally = (rows: { created: boolean }[], archived: number): ChangeCount => ({
  created: rows.filter((row) => row.created).length,
  updated: rows.filter((row) => !row.created).length,
  archived,
});

export const emptyCount = (): ChangeCount => ({ created: 0, updated: 0, archived: 0 });
