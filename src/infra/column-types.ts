// What the database's catalogue cannot say about a column, written by hand: what Waymark keeps in a jsonb column, and
// which columns only the database writes. database.types.ts is generated from the migrated schema (`npm run
// db:types`, scripts/database-types.ts) and refers to these by name.
import type { ColumnType } from 'kysely';

/** Written as a JSON string, read back as a parsed value (pg and PGlite both parse jsonb). */
export type JsonColumn<T> = ColumnType<T, string, string>;
/** A JSON value that an update clears (sets to null) once it has served. */
export type ClearableJsonColumn<T> = ColumnType<T | null, string, string | null>;
/** Set by the column's default when the row is inserted; never written by Waymark. */
export type CreatedAt = ColumnType<Date, never, never>;
/** Set by the default on insert; an update sets it to the time of the change. */
export type UpdatedAt = ColumnType<Date, never, Date>;
/** Set by the default on insert unless given (fixtures and benchmarks that need rows from the past); never updated. */
export type InsertedAt = ColumnType<Date, Date | undefined, never>;
/** Computed by the database from other columns (`generated always as … stored`): read only. */
export type Computed<T> = ColumnType<T, never, never>;
