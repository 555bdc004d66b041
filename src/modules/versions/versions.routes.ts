import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem.ts';
import { DiffParams, Version, VersionDiff, VersionList, VersionParams, VersionsParams } from './versions.schemas.ts';
import type { VersionsService } from './versions.service.ts';

const publicCache = { maxAgeSeconds: 60 };
const policy = 'public' as const;

export const versionsRoutes: FastifyPluginAsyncTypebox<{ versionsService: VersionsService }> = async (
  app,
  { versionsService },
) => {
  app.get(
    '/v1/roadmaps/:slug/versions',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['roadmaps'],
        operationId: 'listRoadmapVersions',
        summary: 'List the versions of a roadmap (its changelog)',
        description:
          'Newest first: number, date, change notes, where it came from, and counts of what changed since the ' +
          'version before.',
        params: VersionsParams,
        response: { 200: VersionList, ...problemResponses(400, 404) },
      },
    },
    (request) => versionsService.listVersions(request.params.slug),
  );

  app.get(
    '/v1/roadmaps/:slug/versions/:number',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['roadmaps'],
        operationId: 'getRoadmapVersion',
        summary: 'Read one version of a roadmap',
        description: 'The whole roadmap as that version published it, in the shape of the content files. Immutable.',
        params: VersionParams,
        response: { 200: Version, ...problemResponses(400, 404) },
      },
    },
    (request) => versionsService.getVersion(request.params.slug, request.params.number),
  );

  app.get(
    '/v1/roadmaps/:slug/versions/:from/diff/:to',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['roadmaps'],
        operationId: 'diffRoadmapVersions',
        summary: 'What changed between two versions',
        description:
          'Steps added, removed, moved (another tier, or out of order) and renamed, and every text that differs ' +
          'with its old and new wording, so the two can be shown side by side.',
        params: DiffParams,
        response: { 200: VersionDiff, ...problemResponses(400, 404) },
      },
    },
    (request) => versionsService.diff(request.params.slug, request.params.from, request.params.to),
  );
};
