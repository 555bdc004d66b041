// The one place that wires Waymark together: repositories get the database, services get what they use.
import type { Config } from './config.ts';
import type { BuildInfo } from './infra/build-info.ts';
import type { Cache } from './infra/cache.ts';
import type { Db } from './infra/database.ts';
import type { JobQueue, QueueName } from './infra/jobs.ts';
import type { Logger } from './infra/logger.ts';
import { createUnitOfWork } from './infra/unit-of-work.ts';
import { createAnalyticsRepository } from './modules/feedback/analytics.repository.ts';
import { createAnalyticsService } from './modules/feedback/analytics.service.ts';
import { createTargetNamesRepository } from './modules/feedback/target-names.repository.ts';
import { createFeedbackRepository } from './modules/feedback/feedback.repository.ts';
import { createFeedbackService } from './modules/feedback/feedback.service.ts';
import { createVisitorIds, deriveKey } from './modules/feedback/visitor.ts';
import { createHubRepository } from './modules/hub/hub.repository.ts';
import { createHubService } from './modules/hub/hub.service.ts';
import { createHousekeepingService } from './modules/housekeeping/housekeeping.service.ts';
import { createLinkCheckRepository } from './modules/link-check/link-check.repository.ts';
import { createLinkCheckService } from './modules/link-check/link-check.service.ts';
import { createLinkProbe } from './modules/link-check/probe.ts';
import { createMailJobHandler } from './modules/mail/mail.jobs.ts';
import { createMailOutbox } from './modules/mail/mail.outbox.ts';
import { createMailRepository } from './modules/mail/mail.repository.ts';
import type { MailMessage } from './modules/mail/mail.templates.ts';
import { createPersonalTokensRepository } from './modules/personal-tokens/personal-tokens.repository.ts';
import { createPersonalTokensService } from './modules/personal-tokens/personal-tokens.service.ts';
import { createAccountsRepository } from './modules/accounts/accounts.repository.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { createSessionChecks, watchSessionChanges } from './modules/accounts/session-checks.ts';
import { createSessionsService } from './modules/accounts/sessions.service.ts';
import { createFlowCookies } from './modules/sso/flow-cookie.ts';
import { createOidcClient } from './modules/sso/oidc-client.ts';
import { createSsoRepository } from './modules/sso/sso.repository.ts';
import { createSsoService } from './modules/sso/sso.service.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { createBookmarksRepository } from './modules/bookmarks/bookmarks.repository.ts';
import { createBookmarksService } from './modules/bookmarks/bookmarks.service.ts';
import { createCohortDashboardRepository } from './modules/cohorts/cohort-dashboard.repository.ts';
import { createCohortDashboardService } from './modules/cohorts/cohort-dashboard.service.ts';
import { createCohortMembersRepository } from './modules/cohorts/cohort-members.repository.ts';
import { createCohortMessagesRepository } from './modules/cohorts/cohort-messages.repository.ts';
import { createCohortMessagesService } from './modules/cohorts/cohort-messages.service.ts';
import { createCohortNudgesRepository } from './modules/cohorts/cohort-nudges.repository.ts';
import { createNudgeSender } from './modules/cohorts/cohort-nudges.sender.ts';
import { createCohortNudgesService } from './modules/cohorts/cohort-nudges.service.ts';
import { createCohortsRepository } from './modules/cohorts/cohorts.repository.ts';
import { createCohortsService } from './modules/cohorts/cohorts.service.ts';
import { createSubmissionsRepository } from './modules/submissions/submissions.repository.ts';
import { createSubmissionsService } from './modules/submissions/submissions.service.ts';
import { createMyCohortsService } from './modules/cohorts/my-cohorts.service.ts';
import { createDraftsRepository } from './modules/drafts/drafts.repository.ts';
import { createDraftsService } from './modules/drafts/drafts.service.ts';
import { createReviewsRepository } from './modules/reviews/reviews.repository.ts';
import { createReviewsService } from './modules/reviews/reviews.service.ts';
import { createPublishRepository } from './modules/reviews/publish.repository.ts';
import { createPublishService } from './modules/reviews/publish.service.ts';
import { createForkPublishing } from './modules/forks/fork-publishing.ts';
import { createForkProposalsService } from './modules/forks/fork-proposals.service.ts';
import { createForkWritesRepository } from './modules/forks/fork-writes.repository.ts';
import { createForksRepository } from './modules/forks/forks.repository.ts';
import { createForksService } from './modules/forks/forks.service.ts';
import { createPasswordHashing, type PasswordHashingOptions } from './modules/auth/passwords.ts';
import { createAccessTokens } from './modules/auth/tokens.ts';
import { createContentRepository } from './modules/content/content.repository.ts';
import { createContentService } from './modules/content/content.service.ts';
import { createProgressRepository } from './modules/progress/progress.repository.ts';
import { createProgressService } from './modules/progress/progress.service.ts';
import { createWeeklyDigest } from './modules/progress/digest.ts';
import { createResourcesRepository } from './modules/resources/resources.repository.ts';
import { createResourcesService } from './modules/resources/resources.service.ts';
import { createRoadmapsRepository } from './modules/roadmaps/roadmaps.repository.ts';
import { createRoadmapsService, ROADMAPS_CACHE } from './modules/roadmaps/roadmaps.service.ts';
import { createVersionsRepository } from './modules/versions/versions.repository.ts';
import { createVersionsService } from './modules/versions/versions.service.ts';
import { createSeenVersionsRepository } from './modules/versions/seen-versions.repository.ts';
import { createVersionChangesService } from './modules/versions/version-changes.service.ts';
import { createSearchRepository } from './modules/search/search.repository.ts';
import { createSearchService, SEARCH_CACHE } from './modules/search/search.service.ts';
import { createSystemService } from './modules/system/system.service.ts';
import { createUsersRepository } from './modules/users/users.repository.ts';
import { createUsersService } from './modules/users/users.service.ts';

export interface ContainerDeps {
  config: Pick<Config, 'http' | 'content' | 'auth' | 'sso' | 'mail' | 'feedback' | 'brand' | 'linkCheck' | 'drafts'>;
  /** JWT_SECRET, or the random key the process made for itself outside production. */
  accessTokenSecret: string;
  db: Db;
  /** Public reads; content imports invalidate it on every instance. */
  cache: Pick<Cache, 'namespace' | 'invalidate'>;
  jobs: Pick<JobQueue, 'send' | 'queued'>;
  logger: Logger;
  buildInfo: BuildInfo;
  /** The bounds of the password-hashing line; the defaults follow the CPU count (tests set small ones). */
  passwordHashing?: PasswordHashingOptions;
}

export const createContainer = ({
  config,
  accessTokenSecret,
  db,
  cache,
  jobs,
  logger,
  buildInfo,
  passwordHashing,
}: ContainerDeps) => {
  const accessTokens = createAccessTokens({
    secret: accessTokenSecret,
    issuer: config.http.publicUrl,
    audience: 'waymark-api',
    ttlSeconds: config.auth.accessTokenTtlSeconds,
  });
  const passwords = createPasswordHashing(passwordHashing);
  const accountsRepository = createAccountsRepository(db);
  const auditRepository = createAuditRepository(db);
  const mailRepository = createMailRepository(db);
  const progressRepository = createProgressRepository(db);
  const mailOutbox = createMailOutbox({ jobs, logger, perAddressPerHour: config.mail.perAddressPerHour });
  // Every change that writes an audit entry or queues mail runs through this: the repositories it hands out are
  // bound to one transaction (src/infra/unit-of-work.ts).
  const sessionChecks = createSessionChecks({
    cache,
    roleInActiveSession: (sessionId, userId) => accountsRepository.roleInActiveSession(sessionId, userId),
    ttlMs: config.auth.sessionCheckCacheMs,
  });
  const transact = createUnitOfWork(db, (trx, afterCommit) => ({
    // What ends a session or changes a role reaches the session checks once it has committed.
    ...watchSessionChanges(
      { accountsRepository: createAccountsRepository(trx), usersRepository: createUsersRepository(trx) },
      afterCommit,
      sessionChecks,
    ),
    ssoRepository: createSsoRepository(trx),
    personalTokensRepository: createPersonalTokensRepository(trx),
    feedbackRepository: createFeedbackRepository(trx),
    progressRepository: createProgressRepository(trx),
    auditRepository: createAuditRepository(trx),
    draftsRepository: createDraftsRepository(trx),
    reviewsRepository: createReviewsRepository(trx),
    publishRepository: createPublishRepository(trx),
    forkWrites: createForkWritesRepository(trx),
    cohortsRepository: createCohortsRepository(trx),
    cohortMembersRepository: createCohortMembersRepository(trx),
    cohortMessagesRepository: createCohortMessagesRepository(trx),
    submissionsRepository: createSubmissionsRepository(trx),
    cohortNudgesRepository: createCohortNudgesRepository(trx),
    sendMail: (message: MailMessage) => mailOutbox.send(trx, message),
    queueJob: (queue: QueueName, data: object) => jobs.send(queue, data, { transaction: trx }),
  }));
  const targetNamesRepository = createTargetNamesRepository(db);
  const linkCheckRepository = createLinkCheckRepository(db);
  const roadmapsRepository = createRoadmapsRepository(db);
  const roadmapsService = createRoadmapsService({ roadmapsRepository, cache });
  const bookmarksService = createBookmarksService({
    bookmarksRepository: createBookmarksRepository(db),
    roadmapsService,
  });
  const hubService = createHubService({ hubRepository: createHubRepository(db) });
  const myCohortsService = createMyCohortsService({
    cohortsRepository: createCohortsRepository(db),
    cohortMembersRepository: createCohortMembersRepository(db),
    transact,
  });
  const forksRepository = createForksRepository(db);
  const progressService = createProgressService({
    progressRepository,
    transact,
    roadmapsService,
    cohortDueDates: myCohortsService.dueDatesOn,
    // Version numbers are PostgreSQL integers: the largest one bounds "every version".
    versionsOf: (slug) => forksRepository.versionsBetween(slug, 1, 2_147_483_647),
    publicHost: new URL(config.http.publicUrl).host,
    organisation: config.brand.name,
  });
  const draftsService = createDraftsService({
    draftsRepository: createDraftsRepository(db),
    contentRepository: createContentRepository(db),
    roadmapsRepository,
    transact,
  });
  const onContentChanged = () => cache.invalidate(ROADMAPS_CACHE, SEARCH_CACHE);
  const forkPublishing = createForkPublishing({
    forksRepository,
    existingResources: async (ids) =>
      (await roadmapsRepository.listResourceSummaries(ids)).map((resource) => resource.id),
    checkDocument: draftsService.checkDocument,
    transact,
  });
  const forksService = createForksService({
    forksRepository,
    checkDocument: draftsService.checkDocument,
    transact,
    forkPublishing,
    onContentChanged,
  });
  return {
    accessTokens,
    sessionChecks,
    passwords,
    accountsService: createAccountsService({
      accountsRepository,
      transact,
      accessTokens,
      passwords,
      refreshTokenIdleDays: config.auth.refreshTokenIdleDays,
      refreshTokenAbsoluteDays: config.auth.refreshTokenAbsoluteDays,
      bookmarksOf: (userId) => bookmarksService.allOf(userId),
      localPasswords: config.sso.localPasswords,
    }),
    ssoService: createSsoService({
      providers: config.sso.providers,
      clientFor: (provider) =>
        createOidcClient(provider, `${config.http.publicUrl}/v1/auth/sso/${provider.id}/callback`),
      flowCookies: createFlowCookies(deriveKey(accessTokenSecret, 'single sign-on flow cookie'), () => new Date()),
      ssoRepository: createSsoRepository(db),
      accountsRepository,
      transact,
      // Sessions opened by single sign-on are the same sessions a password login opens.
      sessions: createSessionsService({
        accountsRepository,
        transact,
        accessTokens,
        refreshTokenIdleDays: config.auth.refreshTokenIdleDays,
        refreshTokenAbsoluteDays: config.auth.refreshTokenAbsoluteDays,
        now: () => new Date(),
      }),
      localPasswords: config.sso.localPasswords,
    }),
    usersService: createUsersService({
      usersRepository: createUsersRepository(db),
      transact,
      passwords,
    }),
    auditService: createAuditService({ auditRepository, targetNamesRepository }),
    personalTokensService: createPersonalTokensService({
      personalTokensRepository: createPersonalTokensRepository(db),
      transact,
    }),
    roadmapsService,
    progressService,
    bookmarksService,
    draftsService,
    reviewsService: createReviewsService({
      draftsRepository: createDraftsRepository(db),
      reviewsRepository: createReviewsRepository(db),
      versionsRepository: createVersionsRepository(db),
      transact,
      singleEditor: config.drafts.singleEditor,
    }),
    publishService: createPublishService({
      draftsRepository: createDraftsRepository(db),
      reviewsRepository: createReviewsRepository(db),
      checkDocument: draftsService.checkDocument,
      transact,
      onContentChanged: () => cache.invalidate(ROADMAPS_CACHE, SEARCH_CACHE),
    }),
    forksService,
    cohortsService: createCohortsService({
      cohortsRepository: createCohortsRepository(db),
      cohortMembersRepository: createCohortMembersRepository(db),
      transact,
      roadmapsService,
    }),
    cohortDashboardService: createCohortDashboardService({
      cohortsRepository: createCohortsRepository(db),
      cohortMembersRepository: createCohortMembersRepository(db),
      cohortDashboardRepository: createCohortDashboardRepository(db),
      roadmapsService,
    }),
    myCohortsService,
    cohortMessagesService: createCohortMessagesService({
      cohortMessagesRepository: createCohortMessagesRepository(db),
      transact,
      perHour: config.mail.cohortMessagesPerHour,
    }),
    submissionsService: createSubmissionsService({
      submissionsRepository: createSubmissionsRepository(db),
      findMentoredCohort: (cohortId, mentorId) => createCohortsRepository(db).findMentoredCohort(cohortId, mentorId),
      transact,
    }),
    cohortNudgesService: createCohortNudgesService({
      cohortsRepository: createCohortsRepository(db),
      cohortMembersRepository: createCohortMembersRepository(db),
      cohortNudgesRepository: createCohortNudgesRepository(db),
      transact,
    }),
    nudgeSender: createNudgeSender({
      cohortNudgesRepository: createCohortNudgesRepository(db),
      cohortMembersRepository: createCohortMembersRepository(db),
      transact,
    }),
    forkProposalsService: createForkProposalsService({
      forksRepository,
      transact,
      forkPublishing,
      forksService,
      onContentChanged,
    }),
    weeklyDigest: createWeeklyDigest({
      progressRepository,
      progressService,
      transact: createUnitOfWork(db, (trx) => ({
        claimDigest: (userId: string, week: string) => createProgressRepository(trx).claimDigest(userId, week),
        sendMail: (message: MailMessage) => mailOutbox.send(trx, message),
      })),
    }),
    feedbackService: createFeedbackService({
      feedbackRepository: createFeedbackRepository(db),
      targetNamesRepository,
      transact,
      roadmapsService,
      hubService,
      cache,
    }),
    analyticsService: createAnalyticsService({
      analyticsRepository: createAnalyticsRepository(db),
      targetNamesRepository,
      roadmapsService,
      jobs,
      transact,
      retentionDays: config.feedback.retentionDays,
    }),
    visitorIds: createVisitorIds(deriveKey(accessTokenSecret, 'feedback visitor cookie')),
    /** Browsers send a Secure cookie back only over HTTPS. */
    secureCookies: new URL(config.http.publicUrl).protocol === 'https:',
    hubService,
    resourcesService: createResourcesService({ resourcesRepository: createResourcesRepository(db) }),
    versionsService: createVersionsService({ versionsRepository: createVersionsRepository(db) }),
    versionChangesService: createVersionChangesService({
      versionsRepository: createVersionsRepository(db),
      seenVersionsRepository: createSeenVersionsRepository(db),
    }),
    linkCheckService: createLinkCheckService({
      linkCheckRepository,
      probe: createLinkProbe({
        userAgent: `Waymark-LinkCheck/1.0 (+${config.http.publicUrl}; ${config.brand.name})`,
        timeoutMs: config.linkCheck.timeoutMs,
        allowedHosts: config.linkCheck.allowedHosts,
      }),
      jobs,
      transact,
      // Readers' roadmap pages show which links are dead: a run's findings have to reach every instance's cache.
      onLinksChecked: () => cache.invalidate(ROADMAPS_CACHE),
      enabled: config.linkCheck.enabled,
      batchSize: config.linkCheck.batchSize,
      hostDelayMs: config.linkCheck.hostDelayMs,
    }),
    searchService: createSearchService({ searchRepository: createSearchRepository(db), cache }),
    contentService: createContentService({
      contentRepository: createContentRepository(db),
      contentDir: config.content.dir,
      onContentChanged: () => cache.invalidate(ROADMAPS_CACHE, SEARCH_CACHE),
    }),
    systemService: createSystemService({ db, buildInfo }),
    housekeepingService: createHousekeepingService({
      accountsRepository,
      mailRepository,
      linkCheckRepository,
      retentionDays: {
        loginAttempts: config.auth.loginAttemptsRetentionDays,
        emailTokens: config.mail.tokenRetentionDays,
        sentMail: config.mail.sentMailRetentionDays,
        endedSessions: config.auth.endedSessionRetentionDays,
        linkChecks: config.linkCheck.retentionDays,
      },
    }),
    mailRepository,
    mailJobHandler: createMailJobHandler({
      mailRepository,
      smtpUrl: config.mail.smtpUrl,
      mailFrom: config.mail.from,
      publicUrl: config.http.publicUrl,
      organisation: config.brand.name,
      logger,
    }),
  };
};

export type Container = ReturnType<typeof createContainer>;
