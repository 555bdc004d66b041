// The app factory: it receives its infrastructure and services, registers plugins in a readable order
// (infrastructure, then app-wide behaviour, then routes) and never listens by itself.
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Container } from './container.ts';
import { registerAuthorization } from './http/authorization.ts';
import { fastifyTrustProxy } from './http/client-address.ts';
import { registerConditionalGet } from './http/conditional-get.ts';
import {
  answerClientError,
  answerFrameworkError,
  registerErrorHandling,
  registerJsonBodiesOnly,
} from './http/error-handling.ts';
import { AJV_OPTIONS, registerInputRules } from './http/input-rules.ts';
import { registerLoadShedding } from './http/load-shedding.ts';
import { registerOpenApiDocs } from './http/openapi-docs.ts';
import { registerRateLimits } from './http/rate-limits.ts';
import { registerRequestIdHeader, requestIdOf } from './http/request-id.ts';
import { RequestLog } from './http/request-log.ts';
import { registerRequestMetrics } from './http/request-metrics.ts';
import { registerRouteDocs } from './http/route-docs.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { readAppShell, registerWebAppFiles } from './http/web-app.ts';
import type { Metrics } from './infra/metrics.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { ssoRoutes } from './modules/sso/sso.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { bookmarksRoutes } from './modules/bookmarks/bookmarks.routes.ts';
import { cohortDashboardRoutes } from './modules/cohorts/cohort-dashboard.routes.ts';
import { cohortMessagesRoutes } from './modules/cohorts/cohort-messages.routes.ts';
import { cohortNudgesRoutes } from './modules/cohorts/cohort-nudges.routes.ts';
import { cohortsRoutes } from './modules/cohorts/cohorts.routes.ts';
import { myCohortsRoutes } from './modules/cohorts/my-cohorts.routes.ts';
import { submissionsRoutes } from './modules/submissions/submissions.routes.ts';
import { draftsRoutes } from './modules/drafts/drafts.routes.ts';
import { contentExportRoutes } from './modules/content/content-export.routes.ts';
import { reviewsRoutes } from './modules/reviews/reviews.routes.ts';
import { forksRoutes } from './modules/forks/forks.routes.ts';
import { hubRoutes } from './modules/hub/hub.routes.ts';
import { feedbackRoutes } from './modules/feedback/feedback.routes.ts';
import { devMailboxRoutes, hasDevMailbox } from './modules/mail/mail.routes.ts';
import { progressRoutes } from './modules/progress/progress.routes.ts';
import { personalTokensRoutes } from './modules/personal-tokens/personal-tokens.routes.ts';
import { PERSONAL_TOKEN_PREFIX } from './modules/personal-tokens/personal-tokens.service.ts';
import { linkCheckRoutes } from './modules/link-check/link-check.routes.ts';
import { resourcesRoutes } from './modules/resources/resources.routes.ts';
import { roadmapsRoutes } from './modules/roadmaps/roadmaps.routes.ts';
import { versionChangesRoutes } from './modules/versions/version-changes.routes.ts';
import { versionsRoutes } from './modules/versions/versions.routes.ts';
import { searchRoutes } from './modules/search/search.routes.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { instanceRoutes } from './modules/instance/instance.routes.ts';
import { brandedShell, instanceOf } from './modules/instance/instance.ts';

export type AppConfig = Pick<
  Config,
  'runtime' | 'http' | 'loadShed' | 'redis' | 'auth' | 'sso' | 'feedback' | 'observability' | 'brand'
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
    genReqId: requestIdOf,
    ajv: AJV_OPTIONS,
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    logController: new RequestLog(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Infrastructure, in the order their hooks run: the headers first, so that every early answer (415, 503, 401)
  // carries them
  registerSecurityHeaders(app, { logoUrl: config.brand.logo?.kind === 'url' ? config.brand.logo.url : undefined });
  registerJsonBodiesOnly(app);
  registerRequestIdHeader(app);
  await registerLoadShedding(app, config.loadShed);
  await app.register(cookie);
  await app.register(cors, { origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false });
  await registerRateLimits(app, { http: config.http, redis, redisKeyPrefix: config.redis.keyPrefix, logger });
  registerAuthorization(app, {
    accessTokens: container.accessTokens,
    currentRole: container.sessionChecks.currentRole,
    personalTokenPrefix: PERSONAL_TOKEN_PREFIX,
    authenticatePersonalToken: (token) => container.personalTokensService.authenticate(token),
  });
  // Before the routes and swagger: their documented access answers follow from their policies.
  registerRouteDocs(app);

  // App-wide behaviour
  registerInputRules(app);
  const builtShell = webRoot === undefined ? undefined : await readAppShell(webRoot);
  const appShell = builtShell === undefined ? undefined : brandedShell(builtShell, instanceOf(config.brand));
  if (webRoot !== undefined && appShell === undefined) {
    logger.warn({ webRoot }, 'the web app is not built (npm run web:build): serving the API alone');
  }
  registerErrorHandling(app, { appShell });
  registerConditionalGet(app);
  await registerOpenApiDocs(app, { version: container.systemService.buildInfo().version });
  registerRequestMetrics(app, { metrics, observability: config.observability });

  // Routes
  await app.register(systemRoutes, { systemService: container.systemService });
  await app.register(instanceRoutes, { brand: config.brand });
  await app.register(roadmapsRoutes, { roadmapsService: container.roadmapsService });
  await app.register(versionsRoutes, { versionsService: container.versionsService });
  await app.register(resourcesRoutes, { resourcesService: container.resourcesService });
  await app.register(linkCheckRoutes, { linkCheckService: container.linkCheckService });
  await app.register(searchRoutes, { searchService: container.searchService });
  await app.register(hubRoutes, { hubService: container.hubService });
  await app.register(accountsRoutes, {
    accountsService: container.accountsService,
    authRateLimit: { max: config.auth.rateLimitMax, timeWindow: config.http.rateLimitWindowMs },
  });
  await app.register(ssoRoutes, {
    ssoService: container.ssoService,
    localPasswords: config.sso.localPasswords,
    publicUrl: config.http.publicUrl,
    authRateLimit: { max: config.auth.rateLimitMax, timeWindow: config.http.rateLimitWindowMs },
  });
  await app.register(progressRoutes, { progressService: container.progressService });
  await app.register(versionChangesRoutes, { versionChangesService: container.versionChangesService });
  await app.register(bookmarksRoutes, { bookmarksService: container.bookmarksService });
  await app.register(draftsRoutes, { draftsService: container.draftsService });
  await app.register(contentExportRoutes, {
    contentService: container.contentService,
    draftsService: container.draftsService,
  });
  await app.register(reviewsRoutes, {
    reviewsService: container.reviewsService,
    publishService: container.publishService,
  });
  await app.register(forksRoutes, {
    forksService: container.forksService,
    forkProposalsService: container.forkProposalsService,
  });
  await app.register(cohortsRoutes, { cohortsService: container.cohortsService });
  await app.register(cohortDashboardRoutes, { cohortDashboardService: container.cohortDashboardService });
  await app.register(myCohortsRoutes, { myCohortsService: container.myCohortsService });
  await app.register(cohortMessagesRoutes, { cohortMessagesService: container.cohortMessagesService });
  await app.register(submissionsRoutes, { submissionsService: container.submissionsService });
  await app.register(cohortNudgesRoutes, { cohortNudgesService: container.cohortNudgesService });
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
