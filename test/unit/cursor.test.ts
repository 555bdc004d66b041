import { describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { CursorRowId, pageOf, resumeFrom, rowsForPage } from '../../src/lib/cursor.ts';
import { ValidationError } from '../../src/lib/errors.ts';

const Position = Type.Object({ before: CursorRowId }, { additionalProperties: false });
const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index + 1 }));

describe('a page of a list', () => {
  it('when more rows came back than the limit, then the page holds the limit and a cursor resumes after its last', () => {
    const page = pageOf(rows(rowsForPage(3)), 3, (last) => ({ before: last.id }));

    expect(page.items).toEqual(rows(3));
    expect(resumeFrom(page.nextCursor!, Position)).toEqual({ before: 3 });
  });

  it('when no more rows came back than the limit, then the page holds them all and no cursor', () => {
    expect(pageOf(rows(3), 3, (last) => ({ before: last.id }))).toEqual({ items: rows(3), nextCursor: null });
    expect(pageOf([], 3, () => ({ before: 1 }))).toEqual({ items: [], nextCursor: null });
  });

  it('when there is no cursor, then the list starts at its beginning', () => {
    expect(resumeFrom(undefined, Position)).toBeUndefined();
  });

  it('when a cursor does not hold the expected position, then it is a 400 naming the cursor', () => {
    const forged = Buffer.from(JSON.stringify({ before: 'x' })).toString('base64url');

    expect(() => resumeFrom(forged, Position)).toThrow(ValidationError);
    expect(() => resumeFrom('not base64 json', Position)).toThrow(/cursor/);
  });
});
