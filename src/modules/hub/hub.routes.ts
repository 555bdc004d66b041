import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem.ts';
import { HubEntry, HubEntryParams, HubPage, ListHubQuery } from './hub.schemas.ts';
import type { HubService } from './hub.service.ts';

const publicCache = { maxAgeSeconds: 60 };
const policy = 'public' as const;

export const hubRoutes: FastifyPluginAsyncTypebox<{ hubService: HubService }> = async (app, { hubService }) => {
  app.get(
    '/v1/hub',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['hub'],
        operationId: 'listHubEntries',
        summary: 'List and search the Resource Hub',
        description:
          'Waymark’s own guides, reviews and cheatsheets. Filters combine; `step` needs `roadmap`; `q` searches ' +
          'titles, summaries and bodies and sorts by relevance. Cursor-paginated.',
        querystring: ListHubQuery,
        response: { 200: HubPage, 304: { description: 'Not modified' }, ...problemResponses(400) },
      },
    },
    (request) => hubService.listEntries(request.query),
  );

  app.get(
    '/v1/hub/:id',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['hub'],
        operationId: 'getHubEntry',
        summary: 'Read one hub entry',
        description:
          'A guide with its Markdown body and table of contents, a review with its verdict, rating and who it ' +
          'suits, or a cheatsheet with its body. `kind` says which.',
        params: HubEntryParams,
        response: { 200: HubEntry, 304: { description: 'Not modified' }, ...problemResponses(400, 404) },
      },
    },
    (request) => hubService.getEntry(request.params.id),
  );
};
