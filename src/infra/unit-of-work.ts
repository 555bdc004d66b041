// A change and its record are one write: the use cases that change data and write an audit entry (or queue mail)
// do both through one unit of work, so they commit together or not at all.
//
// The work gets only what is bound to the transaction: repositories made from `trx`, never the `db` handle. That
// matters on PGlite, which has one connection: a query on the outer handle inside a transaction would wait for
// the transaction that waits for it.
import type { Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './database.types.ts';

/** Runs `work` in one transaction, handing it the repositories `bind` makes from that transaction. */
export type UnitOfWork<Unit> = <T>(work: (unit: Unit) => Promise<T>) => Promise<T>;

/** Registers what must happen only once the transaction has committed (telling caches that data changed). */
export type AfterCommit = (task: () => Promise<void>) => void;

export const createUnitOfWork =
  <Unit>(db: Db, bind: (trx: Transaction<Database>, afterCommit: AfterCommit) => Unit): UnitOfWork<Unit> =>
  async (work) => {
    const committed: (() => Promise<void>)[] = [];
    const result = await db.transaction().execute((trx) => work(bind(trx, (task) => committed.push(task))));
    // Nothing registered runs when the work throws: the transaction rolled back and nothing changed.
    for (const task of committed) await task();
    return result;
  };

/**
 * For a repository method of several statements: its own transaction when called on the database, or the
 * caller's when the repository is bound to one (Kysely cannot open a transaction inside a transaction).
 */
export const atomically = <T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);
