// The one place a request becomes the Actor that services record in sessions and audit entries.
import type { FastifyRequest } from 'fastify';
import type { RequestActor, SignedInActor } from '../modules/audit/actor.ts';
import { signedIn } from './authorization.ts';

/** Whoever sent the request, signed in or not (a public route knows its user only with `identifyUser`). */
export const actorOf = (request: FastifyRequest): RequestActor => ({
  userId: request.principal?.userId ?? null,
  role: request.principal?.role ?? null,
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
});

/** The signed-in user of the request; a 401 when there is none (see `signedIn`). */
export const signedInActorOf = (request: FastifyRequest): SignedInActor => {
  const { userId, role } = signedIn(request);
  return { ...actorOf(request), userId, role };
};
