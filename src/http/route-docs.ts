// What a route's OpenAPI entry says about access follows from its policy and its rate limit, decided here once, so
// route files declare only the answers that are their own (400, 404, 409 …):
// - a route that needs a permission requires a bearer token and may answer 401 (no, bad or ended credentials) and
//   403 (the role, the token's scopes, or a personal token on a session-only route; see authorization.ts);
// - a public route says so with an empty security requirement (none at all would read as a forgotten one), and one
//   that identifies its user may answer 401 to credentials that no longer work;
// - a rate-limited route (every route but those with `rateLimit: false`) may answer 429.
// Added to the route's schema, not only to the document, so these answers are serialized with the Problem schema as
// any answer a route lists itself.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { problemResponses } from './problem.ts';

const accessAnswersOf = (route: RouteOptions) => {
  const { policy, identifyUser, rateLimit } = route.config ?? {};
  const statuses = [
    ...(policy !== 'public' ? [401, 403] : identifyUser === true ? [401] : []),
    ...(rateLimit !== false ? [429] : []),
  ];
  return {
    security: policy === 'public' ? [] : [{ bearerAuth: [] }],
    responses: problemResponses(...statuses),
  };
};

/** Completes each documented route's schema from its policy; register it before the routes and the swagger plugin. */
export const registerRouteDocs = (app: FastifyInstance) => {
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    // Undocumented routes (Swagger UI, the web app's files, the dev mailbox) get their policy later, from their own
    // plugin's hook; nothing of theirs is in the document.
    if (schema === undefined || schema.hide === true) return;
    const { security, responses } = accessAnswersOf(route);
    route.schema = {
      ...schema,
      security: schema.security ?? security,
      // What a route lists itself wins.
      response: { ...responses, ...(schema.response as object | undefined) },
    };
  });
};
