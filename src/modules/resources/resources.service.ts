import { Type } from 'typebox';
import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { ValidationError } from '../../lib/errors.ts';
import type { ResourcePosition, ResourcesRepository } from './resources.repository.ts';
import type { ListResourcesQuery, Resource } from './resources.schemas.ts';

const ResourceCursor = Type.Union([
  Type.Object({ afterId: Type.String({ maxLength: 80 }) }, { additionalProperties: false }),
  Type.Object({ offset: Type.Integer({ minimum: 1, maximum: 100_000 }) }, { additionalProperties: false }),
]);

export const createResourcesService = ({ resourcesRepository }: { resourcesRepository: ResourcesRepository }) => ({
  async listResources(query: ListResourcesQuery) {
    if (query.step !== undefined && query.roadmap === undefined) {
      throw new ValidationError('Filtering by step needs the roadmap the step belongs to.', [
        { in: 'query', pointer: '/roadmap', detail: 'is required when step is given' },
      ]);
    }
    const limit = query.limit ?? 20;
    const position: ResourcePosition | undefined = resumeFrom(query.cursor, ResourceCursor);
    if (position !== undefined && 'offset' in position !== (query.q !== undefined)) {
      throw new ValidationError('The cursor belongs to a different query. Start again without a cursor.', [
        { in: 'query', pointer: '/cursor', detail: 'does not belong to this query' },
      ]);
    }
    const rows = await resourcesRepository.listResources(query, position, rowsForPage(limit));
    // Ranked search results move on by offset; the plain list by the last id.
    const offset = position !== undefined && 'offset' in position ? position.offset : 0;
    const page = pageOf(rows, limit, (last) =>
      query.q !== undefined ? { offset: offset + limit } : { afterId: last.id },
    );
    const items: Resource[] = page.items;
    return { items, nextCursor: page.nextCursor };
  },
});

export type ResourcesService = ReturnType<typeof createResourcesService>;
