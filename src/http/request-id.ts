// Every answer names its request in X-Request-Id, and a problem repeats it in its body (problem.ts), so a report
// can be matched with its log line. A client may send its own id to correlate its logs with ours.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's `genReqId`: the client's id when it is a plain one; anything odd is replaced, never trusted blindly. */
export const requestIdOf = (request: IncomingMessage) => {
  const offered = request.headers['x-request-id'];
  return typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
};

/** Sets X-Request-Id before the hooks that may answer early (load shedding, rate limits, authorization). */
export const registerRequestIdHeader = (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
};
