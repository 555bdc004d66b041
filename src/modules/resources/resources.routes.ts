import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem.ts';
import { ListResourcesQuery, ResourcePage } from './resources.schemas.ts';
import type { ResourcesService } from './resources.service.ts';

export const resourcesRoutes: FastifyPluginAsyncTypebox<{ resourcesService: ResourcesService }> = async (
  app,
  { resourcesService },
) => {
  app.get(
    '/v1/resources',
    {
      config: { publicCache: { maxAgeSeconds: 60 }, policy: 'public' },
      schema: {
        tags: ['resources'],
        operationId: 'listResources',
        summary: 'List and search learning resources',
        description:
          'Guides, cheatsheets, reviews, articles, videos, courses, books and official docs linked from roadmap ' +
          'steps. Filters combine; `q` searches titles, publishers and descriptions and sorts by relevance.',
        querystring: ListResourcesQuery,
        response: { 200: ResourcePage, 304: { description: 'Not modified' }, ...problemResponses(400) },
      },
    },
    (request) => resourcesService.listResources(request.query),
  );
};
