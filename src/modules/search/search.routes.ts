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
        summary: 'Search roadmaps, steps, FAQ, resources and hub entries',
        description:
          'Full-text search (English stemming; a word also finds its plural or singular, and step, hub and resource ' +
          'topics count), best match first, with a plain-text snippet and the ranges of its matched words. When a word ' +
          'is in no published text, it is replaced by the closest published word; if that finds more, those are the ' +
          'results, and `correctedQuery` names the query searched (unless `exact`).',
        querystring: SearchQuery,
        response: { 200: SearchResults, 304: { description: 'Not modified' }, ...problemResponses(400) },
      },
    },
    (request) => searchService.search(request.query),
  );
};
