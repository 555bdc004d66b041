// Lists that a search can narrow (resources, the hub): with words, best match first and paged by offset, because
// ranks are not unique; without, in id order and paged by keyset, after the last id. One cursor shape for both.
import { Type, type Static } from 'typebox';
import { pageOf, resumeFrom } from './cursor.ts';
import { ValidationError } from './errors.ts';

const RankedOrIdCursor = Type.Union([
  Type.Object({ afterId: Type.String({ maxLength: 80 }) }, { additionalProperties: false }),
  Type.Object({ offset: Type.Integer({ minimum: 1, maximum: 100_000 }) }, { additionalProperties: false }),
]);
export type RankedOrIdPosition = Static<typeof RankedOrIdCursor>;

/** Where the list resumes; a 400 naming `cursor` when it was given out for the other kind of list. */
export const resumeRankedOrId = (cursor: string | undefined, searching: boolean): RankedOrIdPosition | undefined => {
  const position = resumeFrom(cursor, RankedOrIdCursor);
  if (position !== undefined && 'offset' in position !== searching) {
    throw new ValidationError('The cursor belongs to a different query. Start again without a cursor.', [
      { in: 'query', pointer: '/cursor', detail: 'does not belong to this query' },
    ]);
  }
  return position;
};

/** The page out of rows read with rowsForPage(limit), and the cursor that moves on by offset or by the last id. */
export const rankedOrIdPage = <Row extends { id: string }>(
  rows: readonly Row[],
  limit: number,
  position: RankedOrIdPosition | undefined,
  searching: boolean,
) => {
  const offset = position !== undefined && 'offset' in position ? position.offset : 0;
  return pageOf(rows, limit, (last) => (searching ? { offset: offset + limit } : { afterId: last.id }));
};

/** A step id names a step only together with its roadmap. */
export const requireRoadmapForStep = (query: { roadmap?: string | undefined; step?: string | undefined }) => {
  if (query.step !== undefined && query.roadmap === undefined) {
    throw new ValidationError('Filtering by step needs the roadmap the step belongs to.', [
      { in: 'query', pointer: '/roadmap', detail: 'is required when step is given' },
    ]);
  }
};
