// A roadmap as its content files, for editors who keep the roadmaps in a repository (docs/decisions/0035): the
// published one, or a draft's document. The same files `waymark content export --roadmap/--draft` writes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem.ts';
import { DraftParams } from '../drafts/drafts.schemas.ts';
import type { DraftsService } from '../drafts/drafts.service.ts';
import { ContentFiles, ExportRoadmapParams } from './content-export.schemas.ts';
import type { ContentService } from './content.service.ts';

// Reading a draft takes drafts:write (drafts.routes.ts); the published roadmap's files are the start of a draft.
const config = { policy: { permission: 'drafts:write' } } as const;
const tags = ['drafts'];

export const contentExportRoutes: FastifyPluginAsyncTypebox<{
  contentService: Pick<ContentService, 'roadmapFiles'>;
  draftsService: Pick<DraftsService, 'exportFiles'>;
}> = async (app, { contentService, draftsService }) => {
  app.get(
    '/v1/roadmaps/:slug/export',
    {
      config,
      schema: {
        tags,
        operationId: 'exportRoadmap',
        summary: 'Export a published roadmap as content files',
        description:
          'The files of the roadmap learners see now, as `waymark content export --roadmap` writes them: put ' +
          '`roadmaps/<slug>/` in a content folder and an import makes the same roadmap. Nothing is written.',
        params: ExportRoadmapParams,
        response: { 200: ContentFiles, ...problemResponses(400, 404) },
      },
    },
    async (request) => ({ files: await contentService.roadmapFiles(request.params.slug) }),
  );

  app.get(
    '/v1/drafts/:id/export',
    {
      config,
      schema: {
        tags,
        operationId: 'exportDraft',
        summary: 'Export a draft as content files',
        description:
          'The draft’s document as the files of its roadmap, as `waymark content export --draft` writes them: ' +
          'imported, they give what the draft’s preview shows. Nothing is written.',
        params: DraftParams,
        response: { 200: ContentFiles, ...problemResponses(400, 404) },
      },
    },
    async (request) => ({ files: await draftsService.exportFiles(request.params.id) }),
  );
};
