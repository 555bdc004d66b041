// The roadmaps a learner follows: follow one (or change the pace), stop, list them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import { Follow, FollowBody, FollowList, FollowParams } from './progress.schemas.ts';
import type { ProgressService } from './progress.service.ts';

// Everything here is the learner's own: the user id always comes from the credentials, never from the URL.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const followsRoutes: FastifyPluginAsyncTypebox<{ progressService: ProgressService }> = async (
  app,
  { progressService },
) => {
  app.get(
    '/v1/me/roadmaps',
    {
      config,
      schema: {
        tags,
        operationId: 'listFollowedRoadmaps',
        summary: 'The roadmaps you follow (and those you stopped following)',
        response: { 200: FollowList },
      },
    },
    (request) => progressService.listFollows(signedIn(request).userId),
  );

  app.put(
    '/v1/me/roadmaps/:slug',
    {
      config,
      schema: {
        tags,
        operationId: 'followRoadmap',
        summary: 'Follow a roadmap (or change your pace, or resume)',
        description: 'Idempotent: the same call twice leaves one record.',
        params: FollowParams,
        body: FollowBody,
        response: { 200: Follow, ...problemResponses(400, 404, 413, 415) },
      },
    },
    (request) => progressService.follow(signedIn(request).userId, request.params.slug, request.body),
  );

  app.delete(
    '/v1/me/roadmaps/:slug',
    {
      config,
      schema: {
        tags,
        operationId: 'unfollowRoadmap',
        summary: 'Stop following a roadmap',
        description: 'Your record and progress are kept; follow again to resume.',
        params: FollowParams,
        response: { 204: Type.Null({ description: 'Stopped' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await progressService.stopFollowing(signedIn(request).userId, request.params.slug);
      return reply.code(204).send(null);
    },
  );
};
