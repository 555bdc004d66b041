import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem.ts';
import { SearchQuery, SearchResults } from './search.schemas.ts';
import type { SearchService } from './search.service.ts';

export const searchRoutes: FastifyPluginAsyncTypebox<{ searchService: SearchService }> = async (
  app,
  { searchService },
) => {
  app.get(
    '/v1/search',
    {
      config: { publicCache: { maxAgeSeconds: 60 }, policy: 'public' },
      schema: {
        tags: ['search'],
        operationId: 'search',
        summary: 'Search roadmaps, steps, FAQ and resources',
        description: 'Full-text search (English stemming), best match first, with a snippet around each match.',
        querystring: SearchQuery,
        response: { 200: SearchResults, 304: { description: 'Not modified' }, ...problemResponses(400) },
      },
    },
    (request) => searchService.search(request.query),
  );
};
