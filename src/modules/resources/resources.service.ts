import { rowsForPage } from '../../lib/cursor.ts';
import { rankedOrIdPage, requireRoadmapForStep, resumeRankedOrId } from '../../lib/ranked-page.ts';
import type { ResourcesRepository } from './resources.repository.ts';
import type { ListResourcesQuery, Resource } from './resources.schemas.ts';

export const createResourcesService = ({ resourcesRepository }: { resourcesRepository: ResourcesRepository }) => ({
  async listResources(query: ListResourcesQuery) {
    requireRoadmapForStep(query);
    const limit = query.limit ?? 20;
    const searching = query.q !== undefined;
    const position = resumeRankedOrId(query.cursor, searching);
    const rows = await resourcesRepository.listResources(query, position, rowsForPage(limit));
    const page = rankedOrIdPage(rows, limit, position, searching);
    const items: Resource[] = page.items;
    return { items, nextCursor: page.nextCursor };
  },
});

export type ResourcesService = ReturnType<typeof createResourcesService>;
