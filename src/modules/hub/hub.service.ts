import { rowsForPage } from '../../lib/cursor.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { rankedOrIdPage, requireRoadmapForStep, resumeRankedOrId } from '../../lib/ranked-page.ts';
import type { ReviewDocument } from '../content/hub-content.schemas.ts';
import type { HubRepository } from './hub.repository.ts';
import type { HubEntry, HubEntrySummary, ListHubQuery } from './hub.schemas.ts';
import { tableOfContents } from './toc.ts';

export const createHubService = ({ hubRepository }: { hubRepository: HubRepository }) => ({
  /** With `q`, best match first; without, in id order (lib/ranked-page.ts). */
  async listEntries(query: ListHubQuery) {
    requireRoadmapForStep(query);
    const limit = query.limit ?? 20;
    const searching = query.q !== undefined;
    const position = resumeRankedOrId(query.cursor, searching);
    const rows = await hubRepository.listEntries(query, position, rowsForPage(limit));
    const page = rankedOrIdPage(rows, limit, position, searching);
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
