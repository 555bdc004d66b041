// Opaque pagination cursors: base64url JSON that the client hands back unchanged. Anything that does not decode to
// the expected shape is a 400 naming the `cursor` parameter, never a 500.
import type { TSchema, Static } from 'typebox';
import { Value } from 'typebox/value';
import { ValidationError } from '../lib/errors.ts';

export const encodeCursor = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');

export const decodeCursor = <T extends TSchema>(cursor: string, schema: T): Static<T> => {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (decoded === undefined || !Value.Check(schema, decoded)) {
    throw new ValidationError('The cursor is not one this API gave out. Start again without a cursor.', [
      { in: 'query', pointer: '/cursor', detail: 'is not a valid cursor' },
    ]);
  }
  return decoded;
};
