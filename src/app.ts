// The app factory: it receives its infrastructure and services, registers plugins in a readable order
// (infrastructure, then app-wide behaviour, then routes) and never listens by itself.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import underPressure from '@fastify/under-pressure';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  errorCodes,
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Container } from './container.ts';
import { registerAuthorization } from './http/authorization.ts';
import { registerRouteDocs } from './http/route-docs.ts';
import { fastifyTrustProxy, rateLimitKeyOf } from './http/client-address.ts';
import { registerConditionalGet } from './http/conditional-get.ts';
import { metricsAuthorized, type Metrics } from './infra/metrics.ts';
import { AJV_OPTIONS, registerInputRules } from './http/input-rules.ts';
import { answerClientError, ProblemSchema, registerProblemHandlers, sendFrameworkError } from './http/problem.ts';
import { createResilientRateLimitStore } from './http/rate-limit-store.ts';
import { isWebAppFile, readAppShell, registerWebAppFiles } from './http/web-app.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { bookmarksRoutes } from './modules/bookmarks/bookmarks.routes.ts';
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

export type AppConfig = Pick<
  Config,
  | 'corsOrigins'
  | 'trustProxy'
  | 'bodyLimitBytes'
  | 'requestTimeoutMs'
  | 'rateLimitMax'
  | 'rateLimitWindowMs'
  | 'authRateLimitMax'
  | 'feedbackRateLimitPerIp'
  | 'feedbackRateLimitPerVisitor'
  | 'redisKeyPrefix'
  | 'nodeEnv'
  | 'metricsToken'
  | 'metricsPort'
  | 'loadShedMaxEventLoopDelayMs'
  | 'loadShedMaxHeapUsedMb'
  | 'loadShedMaxRssMb'
  | 'loadShedRetryAfterSeconds'
>;

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

export const API_INFO = {
  title: 'Waymark API',
  description:
    'Waymark publishes learning roadmaps and lets learners follow them. Errors are RFC 9457 problem details ' +
    '(application/problem+json). Public reads carry strong ETags: send If-None-Match to get 304.',
  license: { name: 'MIT (code); roadmap content CC BY-SA 4.0', url: 'https://opensource.org/license/mit' },
};

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
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    // A client may send its own request id to correlate logs; anything odd is replaced, never trusted blindly.
    genReqId: (request) => {
      const offered = request.headers['x-request-id'];
      return typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    },
    ajv: AJV_OPTIONS,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: answerClientError,
    logController: new RequestLog(),
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Request bodies are JSON and nothing else, on every route: Fastify would also parse text/plain, which a route
  // without a body schema would take as it is, and one with a schema would refuse as a 400 instead of a 415.
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
    maxEventLoopDelay: config.loadShedMaxEventLoopDelayMs,
    maxHeapUsedBytes: config.loadShedMaxHeapUsedMb * MB,
    maxRssBytes: config.loadShedMaxRssMb * MB,
    retryAfter: config.loadShedRetryAfterSeconds,
    // Each check runs every sample; a zero threshold turns it off.
    sampleInterval: 250,
  });

  // Infrastructure
  // helmet's middleware is built once and applied to the raw response; @fastify/helmet rebuilt it on every request,
  // which measured as about a tenth of the CPU of a 304 (docs/decisions/0005).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        // Swagger UI (at /docs) loads its own scripts and styles from this origin and inlines a few styles.
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Browsers ignore it on plain-HTTP localhost anyway; a TLS-terminating proxy adds its own policy.
        'upgrade-insecure-requests': null,
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  await app.register(cookie);
  await app.register(cors, { origin: config.corsOrigins.length > 0 ? config.corsOrigins : false });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    // Per client, an IPv6 one by its /64; the routes with limits of their own (log in, register …) inherit it.
    keyGenerator: (request) => rateLimitKeyOf(request.ip),
    // The web app's own files (scripts, styles, icons) are not API requests (see web-app.ts).
    allowList: (request) => isWebAppFile(request),
    // Shared through Redis when there is one; while it is away, each instance counts on its own (never a 500).
    ...(redis === undefined
      ? {}
      : { store: createResilientRateLimitStore({ redis, keyPrefix: `${config.redisKeyPrefix}rate-limit:`, logger }) }),
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
  app.addSchema(ProblemSchema);
  const appShell = webRoot === undefined ? undefined : await readAppShell(webRoot);
  if (webRoot !== undefined && appShell === undefined) {
    logger.warn({ webRoot }, 'the web app is not built (npm run web:build): serving the API alone');
  }
  registerProblemHandlers(app, { appShell });
  registerConditionalGet(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { ...API_INFO, version: container.systemService.buildInfo().version },
      tags: [
        { name: 'roadmaps', description: 'Published roadmaps, their steps and plans' },
        { name: 'resources', description: 'The shared collection of learning resources' },
        { name: 'search', description: 'Full-text search across everything published' },
        { name: 'accounts', description: 'Sign up, log in, sessions and your profile' },
        { name: 'progress', description: 'The roadmaps you follow and your progress on them' },
        { name: 'feedback', description: '"Was this helpful?", its moderation, and analytics for editors' },
        { name: 'admin', description: 'Users, roles and the audit log (admins)' },
        { name: 'operations', description: 'Health, readiness and version' },
      ],
      servers: [{ url: '/', description: 'This Waymark server' }],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(async (docs) => {
    // Swagger UI's own routes (pages, scripts, the spec) are public documentation.
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, policy: 'public' };
    });
    await docs.register(swaggerUi, { routePrefix: '/docs', staticCSP: false });
  });
  if (metrics !== undefined && config.metricsToken !== undefined && config.metricsPort === undefined) {
    const token = config.metricsToken;
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
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false, policy: 'public' } }, () =>
    app.swagger(),
  );

  // Routes
  await app.register(systemRoutes, { systemService: container.systemService });
  await app.register(roadmapsRoutes, { roadmapsService: container.roadmapsService });
  await app.register(resourcesRoutes, { resourcesService: container.resourcesService });
  await app.register(searchRoutes, { searchService: container.searchService });
  await app.register(accountsRoutes, {
    accountsService: container.accountsService,
    authRateLimit: { max: config.authRateLimitMax, timeWindow: config.rateLimitWindowMs },
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
      perIp: config.feedbackRateLimitPerIp,
      perVisitor: config.feedbackRateLimitPerVisitor,
      timeWindow: config.rateLimitWindowMs,
    },
  });
  if (webRoot !== undefined && appShell !== undefined) await registerWebAppFiles(app, webRoot);
  if (hasDevMailbox(config.nodeEnv)) {
    await app.register(devMailboxRoutes, { mailRepository: container.mailRepository });
  }

  return app;
};
