// The API-wide rate limit: so many requests per client per window, answered with a 429 problem beyond that. Routes
// with limits of their own (log in, register, feedback …) set them in their route config and inherit the rest.
import rateLimit from '@fastify/rate-limit';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from '../config.ts';
import { rateLimitKeyOf } from './client-address.ts';
import { createResilientRateLimitStore } from './rate-limit-store.ts';
import { isWebAppFile } from './web-app.ts';

export interface RateLimitDeps {
  http: Pick<Config['http'], 'rateLimitMax' | 'rateLimitWindowMs'>;
  /** Shared store across instances; without it each instance counts on its own. */
  redis: Redis | undefined;
  /** Prefix of the counters' keys in Redis. */
  redisKeyPrefix: string;
  logger: FastifyBaseLogger;
}

/** Before any route: the plugin adds its check to each route as the route is added. */
export const registerRateLimits = async (
  app: FastifyInstance,
  { http, redis, redisKeyPrefix, logger }: RateLimitDeps,
) => {
  await app.register(rateLimit, {
    global: true,
    max: http.rateLimitMax,
    timeWindow: http.rateLimitWindowMs,
    // Per client, an IPv6 one by its /64; the routes with limits of their own inherit it.
    keyGenerator: (request) => rateLimitKeyOf(request.ip),
    // The web app's own files (scripts, styles, icons) are not API requests (see web-app.ts).
    allowList: (request) => isWebAppFile(request),
    // Shared through Redis when there is one; while it is away, each instance counts on its own (never a 500).
    ...(redis === undefined
      ? {}
      : { store: createResilientRateLimitStore({ redis, keyPrefix: `${redisKeyPrefix}rate-limit:`, logger }) }),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many requests: at most ${context.max} per window. Retry in ${context.after}.`,
    }),
  });
};
