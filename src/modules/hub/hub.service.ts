import { Type } from 'typebox';
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { NotFoundError, ValidationError } from '../../lib/errors.ts';
import type { ReviewDocument } from '../content/hub-content.schemas.ts';
import type { HubPosition, HubRepository } from './hub.repository.ts';
import type { HubEntry, HubEntrySummary, ListHubQuery } from './hub.schemas.ts';
import { tableOfContents } from './toc.ts';

const HubCursor = Type.Union([
  Type.Object({ afterId: Type.String({ maxLength: 80 }) }, { additionalProperties: false }),
  Type.Object({ offset: Type.Integer({ minimum: 1, maximum: 100_000 }) }, { additionalProperties: false }),
]);

export const createHubService = ({ hubRepository }: { hubRepository: HubRepository }) => ({
  async listEntries(query: ListHubQuery) {
    if (query.step !== undefined && query.roadmap === undefined) {
      throw new ValidationError('Filtering by step needs the roadmap the step belongs to.', [
        { in: 'query', pointer: '/roadmap', detail: 'is required when step is given' },
      ]);
    }
    const limit = query.limit ?? 20;
    const position: HubPosition | undefined = resumeFrom(query.cursor, HubCursor);
    if (position !== undefined && 'offset' in position !== (query.q !== undefined)) {
      throw new ValidationError('The cursor belongs to a different query. Start again without a cursor.', [
        { in: 'query', pointer: '/cursor', detail: 'does not belong to this query' },
      ]);
    }
    const rows = await hubRepository.listEntries(query, position, rowsForPage(limit));
    // Ranked search results move on by offset; the plain list by the last id.
    const offset = position !== undefined && 'offset' in position ? position.offset : 0;
    const page = pageOf(rows, limit, (last) =>
      query.q !== undefined ? { offset: offset + limit } : { afterId: last.id },
    );
    const items: HubEntrySummary[] = page.items;
    return { items, nextCursor: page.nextCursor };
  },

  async getEntry(id: string): Promise<HubEntry> {
    const row = await hubRepository.findEntry(id);
    if (row === undefined) throw new NotFoundError(`There is no hub entry "${id}".`);
    const { document, body, ...summary } = row;
    switch (summary.kind) {
      case 'guide':
        return { ...summary, kind: 'guide', body, toc: tableOfContents(body) };
      case 'cheatsheet':
        return { ...summary, kind: 'cheatsheet', body };
      case 'review': {
        const review = document as ReviewDocument;
        return { ...summary, ...review, kind: 'review', notFor: review.notFor ?? [], body };
      }
    }
  },

  /** Whether `hub:<id>` is something readers of this roadmap may vote on (feedback.service.ts). */
  isFeedbackTarget: (id: string, roadmap: string) => hubRepository.entryNamesRoadmap(id, roadmap),
});

export type HubService = ReturnType<typeof createHubService>;
