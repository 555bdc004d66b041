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

export const createUnitOfWork =
  <Unit>(db: Db, bind: (trx: Transaction<Database>) => Unit): UnitOfWork<Unit> =>
  (work) =>
    db.transaction().execute((trx) => work(bind(trx)));

/**
 * For a repository method of several statements: its own transaction when called on the database, or the
 * caller's when the repository is bound to one (Kysely cannot open a transaction inside a transaction).
 */
export const atomically = <T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().execute(work);
