// Every route declares its policy in `config.policy`: 'public', or the permission it needs. The app refuses to
// start when a route has none, and a request without the right credentials gets 401 (no or bad token) or 403
// (the role or the token's scopes lack the permission) before any handler runs. Two credentials are accepted as
// `Authorization: Bearer`: an access token from a login session, or a personal access token (wmk_pat_…).
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from '../lib/enums.ts';
import { ForbiddenError, UnauthorizedError } from '../lib/errors.ts';
import { can, type Permission } from '../modules/auth/permissions.ts';
import { InvalidAccessTokenError, type AccessTokens } from '../modules/auth/tokens.ts';

export type RoutePolicy = 'public' | { permission: Permission };

/**
 * What only a login session may do; a personal access token is refused here whatever its scopes. A token is a
 * program's key: one that leaks must not let its holder take the account over (password, address, deletion), see
 * or end the owner's sessions, read their activity with IPs, get a login session, or mint more tokens. Decided here
 * and nowhere else: routes declare only their permission, and the app refuses to start when a route listed here is
 * missing, so a renamed route cannot silently lose this.
 */
export const SESSION_ONLY_ROUTES: readonly string[] = [
  'POST /v1/me/password', // also answers with a new login session
  'POST /v1/me/email',
  'DELETE /v1/me',
  'GET /v1/me/sessions',
  'DELETE /v1/me/sessions/:id',
  'GET /v1/me/export', // the sessions and the account's activity, with IPs and user agents
  'POST /v1/me/tokens',
  'GET /v1/me/tokens',
  'DELETE /v1/me/tokens/:id',
  'POST /v1/me/sso/:provider/link', // a provider login that opens the account is a way in, like a session
  'DELETE /v1/me/sso/:provider',
  'POST /v1/me/sso/:provider/reauthenticate', // its proof deletes the account or moves its address
];
const sessionOnlyRoutes = new Set(SESSION_ONLY_ROUTES);

/** HEAD answers like GET, so it is guarded like GET. */
const isSessionOnly = (method: string, url: string) =>
  sessionOnlyRoutes.has(`${method === 'HEAD' ? 'GET' : method} ${url}`);

export interface Principal {
  userId: string;
  role: Role;
  /** The login session (refresh-token family), or `token:<id>` for a personal access token. */
  sessionId: string;
}

/**
 * The signed-in user of a request to a route that needs a permission (the onRequest hook below has checked them), or
 * of a public route that identifies its user. A 401, never a crash, should a handler ever ask on a route without one.
 */
export const signedIn = (request: FastifyRequest): Principal => {
  if (request.principal === null) throw new UnauthorizedError('Send an access token: Authorization: Bearer <token>.');
  return request.principal;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** On a public route: who is signed in, when the request carries credentials (request.principal). */
    identifyUser?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Every route with the policy it declared, for tests and audits of the route table. */
    routePolicies(): { method: string; url: string; policy: RoutePolicy | undefined; sessionOnly: boolean }[];
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
  personalTokenPrefix: string;
  /** Who a personal access token speaks for, with its scopes; undefined when it does not work. */
  authenticatePersonalToken: (
    token: string,
  ) => Promise<{ tokenId: string; userId: string; role: Role; scopes: Permission[] } | undefined>;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;

export const registerAuthorization = (
  app: FastifyInstance,
  { accessTokens, currentRole, personalTokenPrefix, authenticatePersonalToken }: AuthorizationDeps,
) => {
  app.decorateRequest('principal', null);

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.decorate('routePolicies', () =>
    routes.flatMap((route) =>
      [route.method].flat().map((method) => ({
        method,
        url: route.url,
        policy: route.config?.policy,
        sessionOnly: isSessionOnly(method, route.url),
      })),
    ),
  );
  app.addHook('onReady', async () => {
    const missing = routes.filter((route) => route.config?.policy === undefined);
    if (missing.length > 0) {
      const names = missing.map((route) => `${String(route.method)} ${route.url}`).join(', ');
      throw new Error(`Every route declares config.policy; these do not: ${names}`);
    }
    const guarded = new Set(
      app.routePolicies().flatMap((route) => (route.policy === 'public' ? [] : [`${route.method} ${route.url}`])),
    );
    const unknown = SESSION_ONLY_ROUTES.filter((route) => !guarded.has(route));
    if (unknown.length > 0) {
      throw new Error(`SESSION_ONLY_ROUTES names routes that do not exist or are public: ${unknown.join(', ')}`);
    }
  });

  /** The principal behind the request's credentials; 401 or 403 when they do not grant `permission`. */
  const authenticate = async (
    request: FastifyRequest,
    permission: Permission,
    sessionOnly: boolean,
  ): Promise<Principal> => {
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (match === null) throw new UnauthorizedError('Send an access token: Authorization: Bearer <token>.');
    if (match[1]!.startsWith(personalTokenPrefix)) {
      const token = await authenticatePersonalToken(match[1]!);
      if (token === undefined) throw new UnauthorizedError('The personal access token is not valid any more.');
      if (sessionOnly) throw new ForbiddenError('This needs a login session, not a personal token.');
      if (!can(token.role, permission)) throw new ForbiddenError('Your role does not allow this.');
      if (!token.scopes.includes(permission)) {
        throw new ForbiddenError(`This token lacks the scope "${permission}".`);
      }
      return { userId: token.userId, role: token.role, sessionId: `token:${token.tokenId}` };
    }
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
    if (!can(role, permission)) throw new ForbiddenError('Your role does not allow this.');
    return { ...claims, role };
  };

  app.addHook('onRequest', async (request) => {
    const { policy, identifyUser } = request.routeOptions.config;
    if (request.is404) return;
    if (policy === 'public') {
      // Credentials on a public route are optional; sent, they must be valid (a stale token is a 401, not anonymity).
      if (identifyUser === true && request.headers.authorization !== undefined) {
        request.principal = await authenticate(request, 'account:self', false);
      }
      return;
    }
    if (policy === undefined) throw new ForbiddenError('This route has no access policy.');
    const sessionOnly = isSessionOnly(request.method, request.routeOptions.url!);
    request.principal = await authenticate(request, policy.permission, sessionOnly);
  });
};
