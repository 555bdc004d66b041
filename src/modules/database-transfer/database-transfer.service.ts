// `waymark db export | import`: everything in one database, carried to another — the embedded database of a laptop
// to a PostgreSQL server, or back. The file is JSON Lines, read and written a batch at a time:
//
//   {"format":"waymark-database-export","version":1,"migrations":[…],"engine":"pglite","exportedAt":"…"}
//   {"table":"users","columns":["id","email",…],"rows":2}      tables in dependency order, parents first
//   ["0b6f…","ada@example.org",…]                                 one row per line, values as PostgreSQL text
//   {"end":true,"tables":19,"rows":812}                           a file cut short has no end line
//
// The job queue (pg-boss's own schema) is not part of it: queued jobs belong to the running instance, and the
// schedules are set again when the worker starts.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { DatabaseEngine, Db } from '../../infra/database.ts';
import { migrateTo, migrateToLatest } from '../../infra/database.ts';
import { migrations as knownMigrations } from '../../infra/migrations/index.ts';
import { ConflictError, ValidationError } from '../../lib/errors.ts';
import { createDatabaseTransferRepository, type TableShape } from './database-transfer.repository.ts';

export const EXPORT_FORMAT = 'waymark-database-export';
export const EXPORT_VERSION = 1;
const INSERT_BATCH = 500;

interface ExportHeader {
  format: string;
  version: number;
  migrations: string[];
  engine: DatabaseEngine;
  exportedAt: string;
}
interface TableHeader {
  table: string;
  columns: string[];
  rows: number;
}
interface EndLine {
  end: true;
  tables: number;
  rows: number;
}

export interface TransferSummary {
  tables: number;
  rows: number;
}

const isPrefix = (prefix: string[], of: string[]) => prefix.every((name, index) => of[index] === name);

const write = async (out: Writable, line: string) => {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
};

/** Splits a byte stream into lines without holding more than one chunk and one partial line. */
async function* linesOf(input: AsyncIterable<Buffer | string>): AsyncGenerator<string, undefined> {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  for await (const chunk of input) {
    const lines = (partial + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    partial = lines.pop() ?? '';
    yield* lines;
  }
  partial += decoder.end();
  if (partial !== '') yield partial;
}

const broken = (detail: string) => new ValidationError(`This is not a complete Waymark export: ${detail}.`);

const parseLine = (line: string, number: number): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    throw broken(`line ${number} is not JSON`);
  }
};

const parseHeader = (line: string | undefined): ExportHeader => {
  const header = line === undefined ? undefined : (parseLine(line, 1) as Partial<ExportHeader>);
  if (header?.format !== EXPORT_FORMAT || !Array.isArray(header.migrations)) throw broken('the first line is wrong');
  if (header.version !== EXPORT_VERSION) {
    throw new ValidationError(
      `The export has format version ${String(header.version)}; this Waymark reads version ${EXPORT_VERSION}.`,
    );
  }
  return header as ExportHeader;
};

const sameColumns = (file: string[], target: string[]) =>
  file.length === target.length && file.every((column) => target.includes(column));

export const createDatabaseTransferService = ({ db: application, engine }: { db: Db; engine: DatabaseEngine }) => {
  // Rows are copied by their catalogue column names (snake_case): the application's camelCase plugin stays out.
  const db = application.withoutPlugins();
  const repository = createDatabaseTransferRepository(db);

  /** Migrates an empty target to the point the export was made at, so the file's tables and columns fit. */
  const prepareSchema = async (exported: string[]) => {
    const code = Object.keys(knownMigrations).sort();
    if (exported.length === 0 || !isPrefix(exported, code)) {
      throw new ValidationError(
        `The export was made by a newer or different Waymark (migrations ${exported.join(', ') || 'none'}); ` +
          `import it with the Waymark version that made it, or a newer one.`,
      );
    }
    const applied = await repository.appliedMigrations();
    if (!isPrefix(applied, exported)) {
      throw new ConflictError(
        `The database is migrated past the export (it has ${applied.at(-1)}, the export ${exported.at(-1)}): ` +
          `import into a database that is empty or migrated no further than the export.`,
      );
    }
    await migrateTo(db, exported.at(-1)!);
  };

  const importTable = async (
    executor: Db,
    table: TableShape,
    rows: AsyncIterator<string>,
    expected: number,
    lineNumber: () => number,
  ) => {
    let batch: Record<string, unknown>[] = [];
    let count = 0;
    while (count < expected) {
      const next = await rows.next();
      if (next.done === true) throw broken(`table ${table.name} ends after ${count} of ${expected} rows`);
      const values = parseLine(next.value, lineNumber());
      if (!Array.isArray(values) || values.length !== table.columns.length) {
        throw broken(`line ${lineNumber()} is not a row of ${table.name}`);
      }
      batch.push(Object.fromEntries(table.columns.map((column, index) => [column, values[index]])));
      count += 1;
      if (batch.length === INSERT_BATCH) {
        await repository.insertRows(executor, table, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await repository.insertRows(executor, table, batch);
    await repository.resetIdentities(executor, table);
  };

  return {
    /** Writes every table from one consistent snapshot. */
    async exportTo(out: Writable): Promise<TransferSummary> {
      const header: ExportHeader = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        migrations: await repository.appliedMigrations(),
        engine,
        exportedAt: new Date().toISOString(),
      };
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute(async (trx) => {
          await write(out, JSON.stringify(header));
          const tables = await repository.tables(trx);
          let total = 0;
          for (const table of tables) {
            const rows = await repository.countRows(trx, table);
            await write(out, JSON.stringify({ table: table.name, columns: table.columns, rows } satisfies TableHeader));
            for await (const batch of repository.readRows(trx, table)) {
              for (const row of batch) await write(out, row);
            }
            total += rows;
          }
          const summary = { tables: tables.length, rows: total };
          await write(out, JSON.stringify({ end: true, ...summary } satisfies EndLine));
          return summary;
        });
    },

    /**
     * Loads an export into a database with no Waymark data, in one transaction: all of it or nothing. `force` first
     * empties a target that has data. Afterwards the database is migrated to this Waymark's latest schema.
     */
    async importFrom(input: AsyncIterable<Buffer | string>, options: { force?: boolean } = {}) {
      const lines: AsyncIterator<string, undefined> = linesOf(input)[Symbol.asyncIterator]();
      let lineNumber = 1;
      const header = parseHeader((await lines.next()).value);
      await prepareSchema(header.migrations);
      const nextLine = async () => {
        const next = await lines.next();
        lineNumber += 1;
        return next;
      };
      const rowLines: AsyncIterator<string> = { next: nextLine };

      const summary = await db.transaction().execute(async (trx) => {
        const tables = await repository.tables(trx);
        if (!(await repository.isEmpty(trx, tables))) {
          if (options.force !== true) {
            throw new ConflictError(
              'The database already holds Waymark data: import only into an empty database, or pass --force to ' +
                'replace everything in it.',
            );
          }
          await repository.truncate(trx, tables);
        }
        let imported = { tables: 0, rows: 0 };
        for (;;) {
          const next = await nextLine();
          if (next.done === true) throw broken('it has no end line (cut short?)');
          const line = parseLine(next.value, lineNumber) as Partial<TableHeader & EndLine>;
          if (line.end === true) {
            if (line.tables !== imported.tables || line.rows !== imported.rows) {
              throw broken(`it announces ${line.tables} tables and ${line.rows} rows`);
            }
            return imported;
          }
          const table = tables.find((shape) => shape.name === line.table);
          if (table === undefined || !Array.isArray(line.columns) || typeof line.rows !== 'number') {
            throw broken(`line ${lineNumber} names table ${String(line.table)}, which this database does not have`);
          }
          if (!sameColumns(line.columns, table.columns)) {
            throw broken(`the columns of ${table.name} differ from this database's`);
          }
          await importTable(trx, { ...table, columns: line.columns }, rowLines, line.rows, () => lineNumber);
          imported = { tables: imported.tables + 1, rows: imported.rows + line.rows };
        }
      });
      const migrated = await migrateToLatest(db);
      return { ...summary, exportedFrom: header.engine, exportedAt: header.exportedAt, migrated };
    },
  };
};

export type DatabaseTransferService = ReturnType<typeof createDatabaseTransferService>;

/** `file` ending in .gz is compressed. */
export const exportToFile = async (service: DatabaseTransferService, file: string) => {
  const out = createWriteStream(file);
  if (!file.endsWith('.gz')) {
    const summary = await service.exportTo(out);
    out.end();
    await finished(out);
    return summary;
  }
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  const summary = await service.exportTo(gzip);
  gzip.end();
  await written;
  return summary;
};

/** Reads a plain or gzip-compressed export, told apart by gzip's magic bytes. */
export const importFromFile = async (service: DatabaseTransferService, file: string, options: { force?: boolean }) => {
  const handle = await fs.open(file);
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
  await handle.close();
  const input = createReadStream(file);
  if (bytesRead < 2 || buffer[0] !== 0x1f || buffer[1] !== 0x8b) return service.importFrom(input, options);
  const gunzip = createGunzip();
  // A read or decompression error ends the iteration over `gunzip` with that error; the import reports it.
  pipeline(input, gunzip).catch(() => {});
  return service.importFrom(gunzip, options);
};
