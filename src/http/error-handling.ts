// How a request that goes wrong is answered: always a problem+json (problem.ts), bodies that are not JSON refused
// with a 415 on every route, and unknown routes a 404 (or the web app's page, for a browser's page request).
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorCodes } from 'fastify';
import { ProblemSchema, registerProblemHandlers, sendFrameworkError, writeClientError } from './problem.ts';
import { SECURITY_HEADER_LINES, setSecurityHeaders } from './security-headers.ts';

/**
 * Fastify's `frameworkErrors`: answered before any hook runs, so the security headers the hooks give every other
 * answer are set here.
 */
export const answerFrameworkError = (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
  setSecurityHeaders(request.raw, reply.raw);
  sendFrameworkError(error, request, reply);
};

/** Fastify's `clientErrorHandler`: Node refused the request before Fastify saw it, so no hook runs at all. */
export const answerClientError = (error: Error & { code?: string }, socket: Socket) =>
  writeClientError(error, socket, SECURITY_HEADER_LINES);

/** Refuses request bodies that are not JSON, wherever they are sent. Before the other onRequest hooks but helmet's. */
export const registerJsonBodiesOnly = (app: FastifyInstance) => {
  // Fastify would also parse text/plain, which a route without a body schema would take as it is, and one with a
  // schema would refuse as a 400 instead of a 415.
  app.removeContentTypeParser('text/plain');
  // Fastify does not parse the body of a GET or HEAD, so a read would take any body silently; it is refused the same way.
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const hasBody =
      Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    const contentType = request.headers['content-type'] ?? '';
    if (hasBody && !/^application\/json\s*(;|$)/i.test(contentType)) {
      throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE();
    }
  });
};

/** The error and not-found handlers, and the Problem schema the routes' documented answers refer to. */
export const registerErrorHandling = (app: FastifyInstance, { appShell }: { appShell?: Buffer | undefined }) => {
  app.addSchema(ProblemSchema);
  registerProblemHandlers(app, appShell === undefined ? {} : { appShell });
};
