import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import { StepParams } from '../progress/progress.schemas.ts';
import { Bookmark, BookmarkPage, BookmarkQuery } from './bookmarks.schemas.ts';
import { MAX_BOOKMARKS, type BookmarksService } from './bookmarks.service.ts';

// The learner's own, like progress: the user id comes from the credentials; a token with account:self may use them.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const bookmarksRoutes: FastifyPluginAsyncTypebox<{ bookmarksService: BookmarksService }> = async (
  app,
  { bookmarksService },
) => {
  const keyOf = (request: { params: { slug: string; stepId: string } }, userId: string) => ({
    userId,
    slug: request.params.slug,
    stepId: request.params.stepId,
  });

  app.get(
    '/v1/me/bookmarks',
    {
      config,
      schema: {
        tags,
        operationId: 'listMyBookmarks',
        summary: 'The steps you bookmarked, newest first',
        querystring: BookmarkQuery,
        response: { 200: BookmarkPage, ...problemResponses(400) },
      },
    },
    (request) => bookmarksService.list(signedIn(request).userId, request.query.cursor, request.query.limit ?? 50),
  );

  app.get(
    '/v1/me/bookmarks/:slug/:stepId',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyBookmark',
        summary: 'Your bookmark of a step, if you made one',
        params: StepParams,
        response: { 200: Bookmark, ...problemResponses(400, 404) },
      },
    },
    (request) => bookmarksService.find(keyOf(request, signedIn(request).userId)),
  );

  app.put(
    '/v1/me/bookmarks/:slug/:stepId',
    {
      config,
      schema: {
        tags,
        operationId: 'bookmarkStep',
        summary: 'Bookmark a step',
        description:
          'Idempotent: 201 the first time, 200 with the same bookmark after. An account keeps at most ' +
          `${MAX_BOOKMARKS} bookmarks: a 409 asks you to remove one first.`,
        params: StepParams,
        response: { 200: Bookmark, 201: Bookmark, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const { bookmark, created } = await bookmarksService.add(keyOf(request, signedIn(request).userId));
      return reply.code(created ? 201 : 200).send(bookmark);
    },
  );

  app.delete(
    '/v1/me/bookmarks/:slug/:stepId',
    {
      config,
      schema: {
        tags,
        operationId: 'removeMyBookmark',
        summary: 'Remove a bookmark',
        params: StepParams,
        response: { 204: Type.Null({ description: 'Removed' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await bookmarksService.remove(keyOf(request, signedIn(request).userId));
      return reply.code(204).send(null);
    },
  );
};
