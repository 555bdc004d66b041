// HTTP latency by route template and status, counted into this process's metrics (infra/metrics.ts), and /metrics on
// the API's own port. With METRICS_PORT set, /metrics is served on that port instead (serveMetrics in infra/metrics.ts).
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { metricsAuthorized, type Metrics } from '../infra/metrics.ts';
import { routeTemplateOf } from './request-log.ts';

export interface RequestMetricsDeps {
  metrics: Metrics | undefined;
  observability: Pick<Config['observability'], 'metricsToken' | 'metricsPort'>;
}

/**
 * After authorization, whose check of each route's policy sees /metrics too. The latency hook counts every route,
 * also those added before it: Fastify gives a route its hooks when the app is ready.
 */
export const registerRequestMetrics = (app: FastifyInstance, { metrics, observability }: RequestMetricsDeps) => {
  if (metrics === undefined) return;
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(
      { method: request.method, route: routeTemplateOf(request), statusCode: reply.statusCode },
      reply.elapsedTime / 1000,
    );
  });

  const token = observability.metricsToken;
  if (token === undefined || observability.metricsPort !== undefined) return;
  // Left out of the rate limits and of load shedding: a scrape must answer most when the process is behind.
  app.get(
    '/metrics',
    { schema: { hide: true }, config: { rateLimit: false, policy: 'public', pressureHandler: () => undefined } },
    async (request, reply) => {
      if (!metricsAuthorized(request.headers.authorization, token)) {
        return reply.code(401).header('www-authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      }
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    },
  );
};
