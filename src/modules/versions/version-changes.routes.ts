// "What changed since you were last here": the learner's own notice, and its dismissal (decision 0032).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import { SeenVersionBody, VersionChanges } from './version-changes.schemas.ts';
import type { VersionChangesService } from './version-changes.service.ts';
import { VersionsParams } from './versions.schemas.ts';

// The learner's own: the user id comes from the credentials, never from the URL.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const versionChangesRoutes: FastifyPluginAsyncTypebox<{ versionChangesService: VersionChangesService }> = async (
  app,
  { versionChangesService },
) => {
  app.get(
    '/v1/me/roadmaps/:slug/changes',
    {
      config,
      schema: {
        tags,
        operationId: 'getRoadmapChangesSinceSeen',
        summary: 'What changed on a roadmap since you were last here',
        description:
          'The steps added, changed and moved on your path (the steps the roadmap has now) between the version you ' +
          'last saw and the current one. Empty lists when you are up to date, or when you never saw a version ' +
          '(`seenVersion` null).',
        params: VersionsParams,
        response: { 200: VersionChanges, ...problemResponses(400, 404) },
      },
    },
    (request) => versionChangesService.changesSince(signedIn(request).userId, request.params.slug),
  );

  app.put(
    '/v1/me/roadmaps/:slug/changes/seen',
    {
      config,
      schema: {
        tags,
        operationId: 'dismissRoadmapChanges',
        summary: 'Dismiss the notice: you have seen this version',
        description: 'A version beyond the current one is a 400 naming `/version`. A later version seen is kept.',
        params: VersionsParams,
        body: SeenVersionBody,
        response: { 204: Type.Null({ description: 'Seen' }), ...problemResponses(400, 404, 413, 415) },
      },
    },
    async (request, reply) => {
      await versionChangesService.dismiss(signedIn(request).userId, request.params.slug, request.body.version);
      return reply.code(204).send(null);
    },
  );
};
