// Opaque pagination cursors: base64url JSON that the client hands back unchanged. Anything that does not decode to
// the expected shape is a 400 naming the `cursor` parameter, never a 500.
import { Type, type TSchema, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { ValidationError } from './errors.ts';
import { flawsIn, isDate } from './value-rules.ts';

/** A bigint row id in a cursor: within what JavaScript reads exactly, and so within PostgreSQL's bigint. */
export const CursorRowId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });

const TIMESTAMP_TEXT = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?[+-]\d{2}(?::[0-5]\d)?$/;

/**
 * A timestamptz as PostgreSQL writes it (`created_at::text`: microseconds, which a JavaScript Date would lose), that
 * PostgreSQL can also read back: a real calendar day in years 1–9999.
 */
export const CursorTimestamp = Type.Refine(Type.String({ maxLength: 40 }), (value) => {
  const match = TIMESTAMP_TEXT.exec(value);
  return match !== null && isDate(match[1]!);
});

const encodeCursor = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');

const decodeCursor = <T extends TSchema>(cursor: string, schema: T): Static<T> => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  // A cursor is input like any other: a forged one may carry a NUL or a lone surrogate inside its JSON.
  if (decoded === undefined || !Value.Check(schema, decoded) || flawsIn(decoded, 'query').length > 0) {
    throw new ValidationError('The cursor is not one this API gave out. Start again without a cursor.', [
      { in: 'query', pointer: '/cursor', detail: 'is not a valid cursor' },
    ]);
  }
  return decoded;
};

/** Where a list resumes: the position in its cursor, or undefined on the first page. */
export const resumeFrom = <T extends TSchema>(cursor: string | undefined, schema: T): Static<T> | undefined =>
  cursor === undefined ? undefined : decodeCursor(cursor, schema);

/** How many rows to read for a page of `limit`: the one beyond it says whether another page follows. */
export const rowsForPage = (limit: number) => limit + 1;

/**
 * A page of `limit` items out of rows read with rowsForPage(limit), and the cursor to the next page when there is
 * one: `positionAfter` turns the page's last row into the position the next page starts after.
 */
export const pageOf = <Row>(
  rows: readonly Row[],
  limit: number,
  positionAfter: (last: Row) => unknown,
): { items: Row[]; nextCursor: string | null } => {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionAfter(last)) : null };
};
