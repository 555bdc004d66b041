// Every route declares its policy in `config.policy`: 'public', or the permission it needs. The app refuses to
// start when a route has none, and a request without the right credentials gets 401 (no or bad token) or 403
// (the role lacks the permission) before any handler runs.
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Role } from '../infra/database.types.ts';
import { ForbiddenError, UnauthorizedError } from '../lib/errors.ts';
import { can, type Permission } from '../modules/auth/permissions.ts';
import { InvalidAccessTokenError, type AccessTokens } from '../modules/auth/tokens.ts';

export type RoutePolicy = 'public' | { permission: Permission };

export interface Principal {
  userId: string;
  role: Role;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every route with the policy it declared, for tests and audits of the route table. */
    routePolicies(): { method: string; url: string; policy: RoutePolicy | undefined }[];
  }
}

export interface AuthorizationDeps {
  accessTokens: AccessTokens;
  /**
   * The user's role now, if the session behind the token still stands (not logged out or revoked, the user not
   * disabled); undefined otherwise. Reading it on each request makes a role change or a disabling take effect at once
   * instead of when the access token expires.
   */
  currentRole: (session: { userId: string; sessionId: string }) => Promise<Role | undefined>;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export const registerAuthorization = (app: FastifyInstance, { accessTokens, currentRole }: AuthorizationDeps) => {
  app.decorateRequest('principal', null);

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.decorate('routePolicies', () =>
    routes.flatMap((route) =>
      [route.method].flat().map((method) => ({ method, url: route.url, policy: route.config?.policy })),
    ),
  );
  app.addHook('onReady', async () => {
    const missing = routes.filter((route) => route.config?.policy === undefined);
    if (missing.length > 0) {
      const names = missing.map((route) => `${String(route.method)} ${route.url}`).join(', ');
      throw new Error(`Every route declares config.policy; these do not: ${names}`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (policy === 'public' || request.is404) return;
    if (policy === undefined) throw new ForbiddenError('This route has no access policy.');

    const match = BEARER.exec(request.headers.authorization ?? '');
    if (match === null) throw new UnauthorizedError('Send an access token: Authorization: Bearer <token>.');
    let claims: Principal;
    try {
      claims = await accessTokens.verify(match[1]!);
    } catch (error) {
      if (error instanceof InvalidAccessTokenError) {
        throw new UnauthorizedError('The access token is not valid or has expired.');
      }
      throw error;
    }
    const role = await currentRole(claims);
    if (role === undefined) throw new UnauthorizedError('This session has ended. Log in again.');
    if (!can(role, policy.permission)) throw new ForbiddenError('Your role does not allow this.');
    request.principal = { ...claims, role };
  });
};
