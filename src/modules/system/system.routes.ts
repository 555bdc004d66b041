import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Liveness, Readiness, Version } from './system.schemas.ts';
import type { SystemService } from './system.service.ts';

// Probes are exempt from rate limiting: an orchestrator polling them must never be told to slow down.
const probe = { rateLimit: false, policy: 'public' } as const;
// Liveness is exempt from load shedding too: a busy process is alive, and restarting it would only add load.
// Readiness is not: a process under pressure should get fewer requests.
const liveness = { ...probe, pressureHandler: () => undefined };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** @fastify/under-pressure: a route-level handler that returns nothing lets the request through. */
    pressureHandler?: (request: FastifyRequest, reply: FastifyReply, type: string, value?: number) => void;
  }
}

export const systemRoutes: FastifyPluginAsyncTypebox<{ systemService: SystemService }> = async (
  app,
  { systemService },
) => {
  app.get(
    '/healthz',
    {
      config: liveness,
      schema: {
        tags: ['operations'],
        operationId: 'getLiveness',
        summary: 'Liveness: the process is up',
        response: { 200: Liveness },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: probe,
      schema: {
        tags: ['operations'],
        operationId: 'getReadiness',
        summary: 'Readiness: the database answers and migrations are current',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (request, reply) => {
      const readiness = await systemService.readiness();
      if (readiness.status !== 'ready') request.log.warn({ readiness }, 'not ready');
      return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness);
    },
  );

  app.get(
    '/version',
    {
      config: probe,
      schema: {
        tags: ['operations'],
        operationId: 'getVersion',
        summary: 'Version, commit, build time and Node.js version',
        response: { 200: Version },
      },
    },
    () => systemService.buildInfo(),
  );
};
