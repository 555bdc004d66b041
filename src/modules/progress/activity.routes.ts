// What a learner has done and what they show: the activity feed, the streak and the public profile.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import {
  ActivityPage,
  ActivityQuery,
  HandleParams,
  PublicProfile,
  PublicProfileSettings,
  Streak,
} from './progress.schemas.ts';
import type { ProgressService } from './progress.service.ts';

// Apart from the routes marked public, everything here is the learner's own: the user id always comes from the
// credentials, never from the URL.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const activityRoutes: FastifyPluginAsyncTypebox<{ progressService: ProgressService }> = async (
  app,
  { progressService },
) => {
  app.get(
    '/v1/me/activity',
    {
      config,
      schema: {
        tags,
        operationId: 'listMyActivity',
        summary: 'Your activity: what you marked, noted and assessed, newest first',
        querystring: ActivityQuery,
        response: { 200: ActivityPage, ...problemResponses(400) },
      },
    },
    (request) => progressService.activity(signedIn(request).userId, request.query.cursor, request.query.limit ?? 50),
  );

  app.get(
    '/v1/me/streak',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyStreak',
        summary: 'Your streak: days in a row with progress, in your time zone',
        response: { 200: Streak },
      },
    },
    (request) => progressService.streak(signedIn(request).userId),
  );

  app.get(
    '/v1/me/public-profile',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyPublicProfile',
        summary: 'Your public-profile settings',
        response: { 200: PublicProfileSettings, ...problemResponses(404) },
      },
    },
    (request) => progressService.getOwnPublicProfileSettings(signedIn(request).userId),
  );

  app.put(
    '/v1/me/public-profile',
    {
      config,
      schema: {
        tags,
        operationId: 'updateMyPublicProfile',
        summary: 'Turn your public profile on or off and choose what it shows',
        description: 'Off unless enabled; shows your name, handle and bio, and progress or streak only if chosen.',
        body: PublicProfileSettings,
        response: { 200: PublicProfileSettings, ...problemResponses(400, 409, 413, 415) },
      },
    },
    (request) => progressService.setPublicProfile(signedIn(request).userId, request.body),
  );

  app.get(
    '/v1/profiles/:handle',
    {
      config: { policy: 'public', publicCache: { maxAgeSeconds: 60 } },
      schema: {
        tags,
        operationId: 'getPublicProfile',
        summary: "A learner's public profile (only what they chose to share)",
        params: HandleParams,
        response: { 200: PublicProfile, 304: { description: 'Not modified' }, ...problemResponses(400, 404) },
      },
    },
    (request) => progressService.getPublicProfile(request.params.handle),
  );
};
