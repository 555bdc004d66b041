import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { AdminUser, ChangeUserBody, ListUsersQuery, UserPage, UserParams } from './users.schemas.ts';
import type { UsersService } from './users.service.ts';

const manageUsers = { policy: { permission: 'users:manage' } } as const;

export const usersRoutes: FastifyPluginAsyncTypebox<{ usersService: UsersService }> = async (app, { usersService }) => {
  app.get(
    '/v1/admin/users',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        operationId: 'listUsers',
        summary: 'Search and list users',
        querystring: ListUsersQuery,
        response: { 200: UserPage, ...problemResponses(400) },
      },
    },
    (request) => usersService.listUsers(request.query),
  );

  app.patch(
    '/v1/admin/users/:id',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        operationId: 'updateUserRole',
        summary: "Change a user's role",
        params: UserParams,
        body: ChangeUserBody,
        response: { 200: AdminUser, ...problemResponses(400, 404, 409, 415) },
      },
    },
    (request) => usersService.changeRole(signedInActorOf(request), request.params.id, request.body.role),
  );

  app.post(
    '/v1/admin/users/:id/disable',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        operationId: 'disableUser',
        summary: 'Disable a user and end all their sessions',
        params: UserParams,
        response: { 200: AdminUser, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => usersService.disable(signedInActorOf(request), request.params.id),
  );

  app.post(
    '/v1/admin/users/:id/enable',
    {
      config: manageUsers,
      schema: {
        tags: ['admin'],
        operationId: 'enableUser',
        summary: 'Enable a disabled user',
        params: UserParams,
        response: { 200: AdminUser, ...problemResponses(400, 404) },
      },
    },
    (request) => usersService.enable(signedInActorOf(request), request.params.id),
  );
};
