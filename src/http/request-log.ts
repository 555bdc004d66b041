// One log line per request, written once the user and the route are known, instead of Fastify's "incoming" and
// "completed" pair.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/** The route template (/v1/roadmaps/:slug), not the path: bounded values, and no query string that may hold a token. */
export const routeTemplateOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';

/** Fastify's `logController`. */
export class RequestLog extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = {
      method: request.method,
      route: routeTemplateOf(request),
      statusCode: reply.statusCode,
      latencyMs: Math.round(reply.elapsedTime * 100) / 100,
      userId: request.principal?.userId ?? null,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
