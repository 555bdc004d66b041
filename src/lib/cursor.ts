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

export const encodeCursor = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');

export const decodeCursor = <T extends TSchema>(cursor: string, schema: T): Static<T> => {
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
