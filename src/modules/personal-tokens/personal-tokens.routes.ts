import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import { CreatedToken, CreateTokenBody, TokenList, TokenParams } from './personal-tokens.schemas.ts';
import { MAX_LIVE_PERSONAL_TOKENS, type PersonalTokensService } from './personal-tokens.service.ts';

// Managing tokens needs a login session (SESSION_ONLY_ROUTES, http/authorization.ts): a token cannot mint or revoke
// tokens.
const config = { policy: { permission: 'account:self' } } as const;

export const personalTokensRoutes: FastifyPluginAsyncTypebox<{ personalTokensService: PersonalTokensService }> = async (
  app,
  { personalTokensService },
) => {
  app.post(
    '/v1/me/tokens',
    {
      config,
      schema: {
        tags: ['accounts'],
        operationId: 'createPersonalToken',
        summary: 'Create a personal access token for a program',
        description:
          'Needs a confirmed email address and a login session. The token is shown once. It can use only the scopes ' +
          'given, and only while your role holds them; never on the routes that need a login session. An account can ' +
          `have at most ${MAX_LIVE_PERSONAL_TOKENS} tokens that work at once: a 409 asks you to revoke one first.`,
        body: CreateTokenBody,
        response: { 201: CreatedToken, ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await personalTokensService.create(signedInActorOf(request), request.body)),
  );

  app.get(
    '/v1/me/tokens',
    {
      config,
      schema: {
        tags: ['accounts'],
        operationId: 'listPersonalTokens',
        summary: 'Your personal access tokens that still work',
        description: `Newest first; at most ${MAX_LIVE_PERSONAL_TOKENS}, the most an account can have.`,
        response: { 200: TokenList },
      },
    },
    (request) => personalTokensService.list(signedIn(request).userId),
  );

  app.delete(
    '/v1/me/tokens/:id',
    {
      config,
      schema: {
        tags: ['accounts'],
        operationId: 'revokePersonalToken',
        summary: 'Revoke a personal access token',
        params: TokenParams,
        response: { 204: Type.Null({ description: 'Revoked' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await personalTokensService.revoke(signedInActorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
