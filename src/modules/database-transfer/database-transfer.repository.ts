// Reads and writes every Waymark table without knowing them by name: the catalog says which tables, columns, keys
// and foreign keys there are, so a new migration needs no change here. Works on PostgreSQL and PGlite alike.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { Database } from '../../infra/database.types.ts';

/** Kysely's own bookkeeping: the target gets it from running the migrations, never from an import. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export interface TableShape {
  name: string;
  /** Stored columns in table order; generated columns are left out, the target computes them again. */
  columns: string[];
  /** Columns whose values are JSON documents and travel as JSON; every other value travels as PostgreSQL text. */
  jsonColumns: string[];
  identityColumns: string[];
  primaryKey: string[];
}

type Executor = Kysely<Database>;

const ident = (name: string) => sql.id(name);
const list = (names: string[]) =>
  sql.join(
    names.map((name) => ident(name)),
    sql`, `,
  );

/** Parents before children, so rows can be inserted in file order with every foreign key checked. */
const dependencyOrder = (tables: string[], references: { child: string; parent: string }[]) => {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const { child, parent } of references) if (child === table && parent !== table) visit(parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of [...tables].sort()) visit(table);
  return ordered;
};

export const createDatabaseTransferRepository = (db: Db) => ({
  /** Every table of the application schema in dependency order. */
  async tables(executor: Executor = db): Promise<TableShape[]> {
    const { rows: columns } = await sql<{
      table: string;
      column: string;
      json: boolean;
      identity: boolean;
      primary: boolean;
    }>`
      select c.relname as "table", a.attname as "column",
             a.atttypid in ('json'::regtype, 'jsonb'::regtype) as "json",
             a.attidentity <> '' as "identity",
             exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary and a.attnum = any (i.indkey))
               as "primary"
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid
      where n.nspname = current_schema() and c.relkind in ('r', 'p')
        and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by c.relname, a.attnum
    `.execute(executor);
    const { rows: references } = await sql<{ child: string; parent: string }>`
      select child.relname as "child", parent.relname as "parent"
      from pg_constraint k
      join pg_class child on child.oid = k.conrelid
      join pg_class parent on parent.oid = k.confrelid
      join pg_namespace n on n.oid = child.relnamespace
      where k.contype = 'f' and n.nspname = current_schema()
    `.execute(executor);
    const shapes = new Map<string, TableShape>();
    for (const row of columns) {
      if (MIGRATION_TABLES.includes(row.table)) continue;
      const shape = shapes.get(row.table) ?? {
        name: row.table,
        columns: [],
        jsonColumns: [],
        identityColumns: [],
        primaryKey: [],
      };
      shape.columns.push(row.column);
      if (row.json) shape.jsonColumns.push(row.column);
      if (row.identity) shape.identityColumns.push(row.column);
      if (row.primary) shape.primaryKey.push(row.column);
      shapes.set(row.table, shape);
    }
    return dependencyOrder([...shapes.keys()], references).map((name) => shapes.get(name)!);
  },

  /** Names of the migrations applied to this database, oldest first; empty when it was never migrated. */
  async appliedMigrations(executor: Executor = db): Promise<string[]> {
    const { rows } = await sql<{ exists: boolean }>`
      select to_regclass('kysely_migration') is not null as "exists"
    `.execute(executor);
    if (rows[0]?.exists !== true) return [];
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(executor);
    return applied.rows.map((row) => row.name);
  },

  async countRows(executor: Executor, table: TableShape) {
    const { rows } = await sql<{ count: number }>`select count(*) as "count" from ${ident(table.name)}`.execute(
      executor,
    );
    return Number(rows[0]?.count ?? 0);
  },

  async isEmpty(executor: Executor, tables: TableShape[]) {
    for (const table of tables) {
      const { rows } = await sql`select 1 from ${ident(table.name)} limit 1`.execute(executor);
      if (rows.length > 0) return false;
    }
    return true;
  },

  /**
   * Reads a table in batches through a server-side cursor, each row as a JSON array of its values: PostgreSQL's own
   * text for every type (exact, whatever the type), JSON documents as they are. Needs an open transaction.
   */
  async *readRows(executor: Executor, table: TableShape, batchSize = 500): AsyncGenerator<string[]> {
    const values = sql.join(
      table.columns.map((column) =>
        table.jsonColumns.includes(column) ? sql`${ident(column)}::jsonb` : sql`${ident(column)}::text`,
      ),
      sql`, `,
    );
    const order: RawBuilder<unknown> = table.primaryKey.length > 0 ? sql`order by ${list(table.primaryKey)}` : sql``;
    await sql`
      declare waymark_export no scroll cursor for
      select json_build_array(${values})::text as "row" from ${ident(table.name)} ${order}
    `.execute(executor);
    for (;;) {
      const { rows } = await sql<{ row: string }>`fetch ${sql.raw(String(batchSize))} from waymark_export`.execute(
        executor,
      );
      if (rows.length === 0) break;
      yield rows.map((row) => row.row);
    }
    await sql`close waymark_export`.execute(executor);
  },

  /** Inserts rows given as objects of column → exported value; PostgreSQL parses each value with its column's type. */
  async insertRows(executor: Executor, table: TableShape, rows: Record<string, unknown>[]) {
    const overriding = table.identityColumns.length > 0 ? sql`overriding system value` : sql``;
    await sql`
      insert into ${ident(table.name)} (${list(table.columns)}) ${overriding}
      select ${list(table.columns)} from json_populate_recordset(null::${ident(table.name)}, ${JSON.stringify(rows)}::json)
    `.execute(executor);
  },

  /** Points each identity sequence past the highest imported value, so new rows do not collide with old ones. */
  async resetIdentities(executor: Executor, table: TableShape) {
    for (const column of table.identityColumns) {
      await sql`
        select setval(
          pg_get_serial_sequence(${`"${table.name}"`}, ${column}),
          coalesce((select max(${ident(column)}) from ${ident(table.name)}), 0) + 1,
          false
        )
      `.execute(executor);
    }
  },

  async truncate(executor: Executor, tables: TableShape[]) {
    await sql`truncate ${list(tables.map((table) => table.name))} restart identity cascade`.execute(executor);
  },
});

export type DatabaseTransferRepository = ReturnType<typeof createDatabaseTransferRepository>;
