import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { problemResponses } from '../../http/problem.ts';
import { Accepted, LoginBody, RefreshBody, RegisterBody, TokenPair, UserProfile } from './accounts.schemas.ts';
import type { AccountsService, RequestContext } from './accounts.service.ts';

const contextOf = (request: FastifyRequest): RequestContext => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

const publicRoute = { policy: 'public' } as const;
const self = { policy: { permission: 'account:self' } } as const;

export const accountsRoutes: FastifyPluginAsyncTypebox<{ accountsService: AccountsService }> = async (
  app,
  { accountsService },
) => {
  app.post(
    '/v1/auth/register',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        summary: 'Create an account',
        description:
          'Passwords: at least 8 characters, at most 256, any characters; common passwords and your email are ' +
          'refused. The answer is the same whether or not the email already has an account; then log in.',
        body: RegisterBody,
        response: { 202: Accepted, ...problemResponses(400, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      await accountsService.register(request.body, contextOf(request));
      return reply.code(202).send({ message: 'If this email can be registered, the account is ready: log in.' });
    },
  );

  app.post(
    '/v1/auth/login',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        summary: 'Log in: get an access token and a refresh token',
        body: LoginBody,
        response: { 200: TokenPair, ...problemResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    (request) => accountsService.login(request.body, contextOf(request)),
  );

  app.post(
    '/v1/auth/refresh',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        summary: 'Trade a refresh token for a new pair',
        description: 'Each refresh token works once. Using a spent one again ends the whole session (all its tokens).',
        body: RefreshBody,
        response: { 200: TokenPair, ...problemResponses(400, 401, 413, 415, 429) },
      },
    },
    (request) => accountsService.refresh(request.body.refreshToken, contextOf(request)),
  );

  app.post(
    '/v1/auth/logout',
    {
      config: publicRoute,
      schema: {
        tags: ['accounts'],
        summary: 'End the session a refresh token belongs to',
        body: RefreshBody,
        response: { 204: Type.Null({ description: 'Logged out' }), ...problemResponses(400, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      await accountsService.logout(request.body.refreshToken, contextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/me',
    {
      config: self,
      schema: {
        tags: ['accounts'],
        summary: 'Your profile',
        security: [{ bearerAuth: [] }],
        response: { 200: UserProfile, ...problemResponses(401, 403, 429) },
      },
    },
    (request) => accountsService.getProfile(request.principal!.userId),
  );
};
