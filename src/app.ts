// The app factory: it receives its infrastructure and services, registers plugins in a readable order
// (infrastructure, then app-wide behaviour, then routes) and never listens by itself.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Container } from './container.ts';
import { registerAuthorization } from './http/authorization.ts';
import { registerRouteDocs } from './http/route-docs.ts';
import { fastifyTrustProxy, rateLimitKeyOf } from './http/client-address.ts';
import { registerConditionalGet } from './http/conditional-get.ts';
import { metricsAuthorized, type Metrics } from './infra/metrics.ts';
import { AJV_OPTIONS, registerInputRules } from './http/input-rules.ts';
import { answerFrameworkError, registerErrorHandling, registerJsonBodiesOnly } from './http/error-handling.ts';
import { registerOpenApiDocs } from './http/openapi-docs.ts';
import { answerClientError } from './http/problem.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { createResilientRateLimitStore } from './http/rate-limit-store.ts';
import { isWebAppFile, readAppShell, registerWebAppFiles } from './http/web-app.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { bookmarksRoutes } from './modules/bookmarks/bookmarks.routes.ts';
import { hubRoutes } from './modules/hub/hub.routes.ts';
import { feedbackRoutes } from './modules/feedback/feedback.routes.ts';
import { devMailboxRoutes, hasDevMailbox } from './modules/mail/mail.routes.ts';
import { progressRoutes } from './modules/progress/progress.routes.ts';
import { personalTokensRoutes } from './modules/personal-tokens/personal-tokens.routes.ts';
import { PERSONAL_TOKEN_PREFIX } from './modules/personal-tokens/personal-tokens.service.ts';
import { resourcesRoutes } from './modules/resources/resources.routes.ts';
import { roadmapsRoutes } from './modules/roadmaps/roadmaps.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';

export type AppConfig = Pick<Config, 'runtime' | 'http' | 'loadShed' | 'redis' | 'auth' | 'feedback' | 'observability'>;

export interface AppDeps {
  config: AppConfig;
  container: Container;
  logger: FastifyBaseLogger;
  /** Shared store for rate limits across instances; without it each instance counts on its own. */
  redis?: Redis | undefined;
  /** This process's metrics; /metrics is served here when METRICS_TOKEN is set and METRICS_PORT is not. */
  metrics?: Metrics | undefined;
  /** The built web app (web/dist) to serve at `/`; without it the process serves the API alone. */
  webRoot?: string | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const MB = 1024 * 1024;

// The template (/v1/roadmaps/:slug), not the path: bounded label values, and no query string that may hold a token.
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';

/** One line per request, once the user and the route are known, instead of Fastify's "incoming" and "completed". */
class RequestLog extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    const line = {
      method: request.method,
      route: routeOf(request),
      statusCode: reply.statusCode,
      latencyMs: Math.round(reply.elapsedTime * 100) / 100,
      userId: request.principal?.userId ?? null,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

export const buildApp = async ({
  config,
  container,
  logger,
  redis,
  metrics,
  webRoot,
}: AppDeps): Promise<FastifyInstance> => {
  const app = Fastify({
    loggerInstance: logger,
    trustProxy: fastifyTrustProxy(config.http.trustProxy),
    bodyLimit: config.http.bodyLimitBytes,
    requestTimeout: config.http.requestTimeoutMs,
    // A client may send its own request id to correlate logs; anything odd is replaced, never trusted blindly.
    genReqId: (request) => {
      const offered = request.headers['x-request-id'];
      return typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    },
    ajv: AJV_OPTIONS,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    logController: new RequestLog(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  registerSecurityHeaders(app);
  registerJsonBodiesOnly(app);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics?.observeRequest(
      { method: request.method, route: routeOf(request), statusCode: reply.statusCode },
      reply.elapsedTime / 1000,
    );
  });

  // Load shedding: a process that is already behind answers 503 with Retry-After at once instead of queueing more.
  await app.register(underPressure, {
    maxEventLoopDelay: config.loadShed.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.loadShed.maxHeapUsedMb * MB,
    maxRssBytes: config.loadShed.maxRssMb * MB,
    retryAfter: config.loadShed.retryAfterSeconds,
    // Each check runs every sample; a zero threshold turns it off.
    sampleInterval: 250,
  });

  // Infrastructure
  await app.register(cookie);
  await app.register(cors, { origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false });
  await app.register(rateLimit, {
    global: true,
    max: config.http.rateLimitMax,
    timeWindow: config.http.rateLimitWindowMs,
    // Per client, an IPv6 one by its /64; the routes with limits of their own (log in, register …) inherit it.
    keyGenerator: (request) => rateLimitKeyOf(request.ip),
    // The web app's own files (scripts, styles, icons) are not API requests (see web-app.ts).
    allowList: (request) => isWebAppFile(request),
    // Shared through Redis when there is one; while it is away, each instance counts on its own (never a 500).
    ...(redis === undefined
      ? {}
      : { store: createResilientRateLimitStore({ redis, keyPrefix: `${config.redis.keyPrefix}rate-limit:`, logger }) }),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      message: `Too many requests: at most ${context.max} per ${context.after === '' ? 'window' : 'window'}. Retry in ${context.after}.`,
    }),
  });

  registerAuthorization(app, {
    accessTokens: container.accessTokens,
    currentRole: container.accountsService.currentRole,
    personalTokenPrefix: PERSONAL_TOKEN_PREFIX,
    authenticatePersonalToken: (token) => container.personalTokensService.authenticate(token),
  });
  // Before the routes and swagger: their documented access answers follow from their policies.
  registerRouteDocs(app);

  // App-wide behaviour
  registerInputRules(app);
  const appShell = webRoot === undefined ? undefined : await readAppShell(webRoot);
  if (webRoot !== undefined && appShell === undefined) {
    logger.warn({ webRoot }, 'the web app is not built (npm run web:build): serving the API alone');
  }
  registerErrorHandling(app, { appShell });
  registerConditionalGet(app);
  await registerOpenApiDocs(app, { version: container.systemService.buildInfo().version });
  if (
    metrics !== undefined &&
    config.observability.metricsToken !== undefined &&
    config.observability.metricsPort === undefined
  ) {
    const token = config.observability.metricsToken;
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
  }

  // Routes
  await app.register(systemRoutes, { systemService: container.systemService });
  await app.register(roadmapsRoutes, { roadmapsService: container.roadmapsService });
  await app.register(resourcesRoutes, { resourcesService: container.resourcesService });
  await app.register(searchRoutes, { searchService: container.searchService });
  await app.register(hubRoutes, { hubService: container.hubService });
  await app.register(accountsRoutes, {
    accountsService: container.accountsService,
    authRateLimit: { max: config.auth.rateLimitMax, timeWindow: config.http.rateLimitWindowMs },
  });
  await app.register(progressRoutes, { progressService: container.progressService });
  await app.register(bookmarksRoutes, { bookmarksService: container.bookmarksService });
  await app.register(personalTokensRoutes, { personalTokensService: container.personalTokensService });
  await app.register(usersRoutes, { usersService: container.usersService });
  await app.register(auditRoutes, { auditService: container.auditService });
  await app.register(feedbackRoutes, {
    feedbackService: container.feedbackService,
    analyticsService: container.analyticsService,
    visitorIds: container.visitorIds,
    secureCookies: container.secureCookies,
    rateLimits: {
      perIp: config.feedback.rateLimitPerIp,
      perVisitor: config.feedback.rateLimitPerVisitor,
      timeWindow: config.http.rateLimitWindowMs,
    },
  });
  if (webRoot !== undefined && appShell !== undefined) await registerWebAppFiles(app, webRoot);
  if (hasDevMailbox(config.runtime.nodeEnv)) {
    await app.register(devMailboxRoutes, { mailRepository: container.mailRepository });
  }

  return app;
};
