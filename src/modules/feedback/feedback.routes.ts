import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { rateLimitKeyOf } from '../../http/client-address.ts';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { TooManyRequestsError } from '../../lib/errors.ts';
import { analyticsToCsv, type AnalyticsService } from './analytics.service.ts';
import type { Voter } from './feedback.repository.ts';
import {
  AddressBody,
  Analytics,
  AnalyticsParams,
  Comment,
  CommentPage,
  CommentCounts,
  CommentParams,
  CountsQuery,
  FeedbackBody,
  FeedbackReceipt,
  FeedbackSummary,
  ListCommentsQuery,
  RecomputeReceipt,
  SummaryQuery,
} from './feedback.schemas.ts';
import type { FeedbackService } from './feedback.service.ts';
import { VISITOR_COOKIE, type VisitorIds } from './visitor.ts';

export interface FeedbackRoutesOptions {
  feedbackService: FeedbackService;
  analyticsService: AnalyticsService;
  visitorIds: VisitorIds;
  /** Secure cookies when Waymark is reached over HTTPS. */
  secureCookies: boolean;
  rateLimits: { perIp: number; perVisitor: number; timeWindow: number };
}

const moderate = { policy: { permission: 'feedback:moderate' } } as const;
const readAnalytics = { policy: { permission: 'analytics:read' } } as const;

export const feedbackRoutes: FastifyPluginAsyncTypebox<FeedbackRoutesOptions> = async (
  app,
  { feedbackService, analyticsService, visitorIds, secureCookies, rateLimits },
) => {
  const voters = new WeakMap<FastifyRequest, Voter>();

  /** The signed-in user, or the visitor of a valid cookie, or a new visitor with a fresh cookie. */
  const voterOf = (request: FastifyRequest, reply: FastifyReply): Voter => {
    if (request.principal !== null) return { userId: request.principal.userId };
    const known = visitorIds.verify(request.cookies[VISITOR_COOKIE]);
    if (known !== undefined) return { visitorId: known };
    const fresh = visitorIds.issue();
    reply.setCookie(VISITOR_COOKIE, fresh.cookie, visitorIds.cookieOptions(secureCookies));
    return { visitorId: fresh.id };
  };

  // The per-IP limit runs first (route config); this one counts per visitor once the visitor is known.
  const visitorLimit = app.createRateLimit({
    max: rateLimits.perVisitor,
    timeWindow: rateLimits.timeWindow,
    keyGenerator: (request) => {
      const voter = voters.get(request)!;
      return voter.userId === undefined ? `feedback-visitor:${voter.visitorId}` : `feedback-user:${voter.userId}`;
    },
  });

  app.post(
    '/v1/feedback',
    {
      config: {
        policy: 'public',
        identifyUser: true,
        rateLimit: {
          max: rateLimits.perIp,
          timeWindow: rateLimits.timeWindow,
          keyGenerator: (request) => `feedback-ip:${rateLimitKeyOf(request.ip)}`,
        },
      },
      schema: {
        tags: ['feedback'],
        operationId: 'sendFeedback',
        summary: 'Say whether a roadmap or one of its sections helped',
        description:
          'No account needed: a visitor gets an anonymous id in a signed, HttpOnly cookie, and voting again on the ' +
          'same target changes the vote. Signed in (Authorization header), the vote is tied to the account. An ' +
          'optional comment goes to the editors; doubtful ones wait in quarantine. Leave `website` out or empty.',
        body: FeedbackBody,
        response: { 200: FeedbackReceipt, ...problemResponses(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const voter = voterOf(request, reply);
      voters.set(request, voter);
      const limit = await visitorLimit(request);
      if (!limit.isAllowed && limit.isExceeded) {
        throw new TooManyRequestsError(
          'Too much feedback from you at once. Try again in a moment.',
          limit.ttlInSeconds,
        );
      }
      return feedbackService.submit(request.body, voter, request.ip);
    },
  );

  app.get(
    '/v1/feedback/summary',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['feedback'],
        operationId: 'getFeedbackSummary',
        summary: 'How many found a roadmap, or a section of it, helpful',
        description: 'Every target of the roadmap that has votes, or only `target`.',
        querystring: SummaryQuery,
        response: { 200: FeedbackSummary, ...problemResponses(400) },
      },
    },
    (request) => feedbackService.summary(request.query.roadmap, request.query.target),
  );

  app.get(
    '/v1/feedback/comments',
    {
      config: moderate,
      schema: {
        tags: ['feedback'],
        operationId: 'listFeedbackComments',
        summary: "Readers' comments, newest first (editors)",
        description: 'Filter by state (new, quarantined, approved, hidden, addressed) and roadmap.',
        querystring: ListCommentsQuery,
        response: { 200: CommentPage, ...problemResponses(400) },
      },
    },
    (request) => feedbackService.listComments(request.query),
  );

  app.get(
    '/v1/feedback/comments/counts',
    {
      config: moderate,
      schema: {
        tags: ['feedback'],
        operationId: 'countFeedbackComments',
        summary: 'How many comments are in each state (editors)',
        description: 'For the tabs of the moderation inbox: new, quarantined, approved, hidden, addressed and all.',
        querystring: CountsQuery,
        response: { 200: CommentCounts, ...problemResponses(400) },
      },
    },
    (request) => feedbackService.countComments(request.query.roadmap),
  );

  for (const [action, operationId, summary] of [
    ['approve', 'approveFeedbackComment', 'Approve a comment'],
    ['hide', 'hideFeedbackComment', 'Hide a comment'],
  ] as const) {
    app.post(
      `/v1/feedback/comments/:id/${action}`,
      {
        config: moderate,
        schema: {
          tags: ['feedback'],
          operationId,
          summary: `${summary} (editors)`,
          params: CommentParams,
          response: { 200: Comment, ...problemResponses(400, 404) },
        },
      },
      (request) =>
        action === 'approve'
          ? feedbackService.approve(request.params.id, signedInActorOf(request))
          : feedbackService.hide(request.params.id, signedInActorOf(request)),
    );
  }

  app.post(
    '/v1/feedback/comments/:id/address',
    {
      config: moderate,
      schema: {
        tags: ['feedback'],
        operationId: 'addressFeedbackComment',
        summary: 'Mark a comment addressed, with a note on what was done (editors)',
        params: CommentParams,
        body: AddressBody,
        response: { 200: Comment, ...problemResponses(400, 404, 413, 415) },
      },
    },
    (request) => feedbackService.address(request.params.id, request.body.replyNote, signedInActorOf(request)),
  );

  app.delete(
    '/v1/feedback/comments/:id',
    {
      config: moderate,
      schema: {
        tags: ['feedback'],
        operationId: 'deleteFeedbackComment',
        summary: 'Delete a comment (editors)',
        params: CommentParams,
        response: { 204: Type.Null({ description: 'Deleted' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await feedbackService.deleteComment(request.params.id, signedInActorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/roadmaps/:slug/analytics',
    {
      config: readAnalytics,
      schema: {
        tags: ['feedback'],
        operationId: 'getRoadmapAnalytics',
        summary: "A roadmap's analytics (editors)",
        description:
          'Helpfulness per section ranked by the 95 % Wilson lower bound; the learner funnel (followed → started ' +
          'step k → finished step k) with drop-offs; active learners per ISO week; median time per step. Figures ' +
          'come from the rollup job (see computedAt), not from live rows.',
        params: AnalyticsParams,
        response: { 200: Analytics, ...problemResponses(400, 404) },
      },
    },
    (request) => analyticsService.read(request.params.slug),
  );

  // Asking again while one waits queues nothing, so this only stops an editor from keeping the worker busy.
  const recomputeLimit = app.createRateLimit({
    max: 10,
    timeWindow: 10 * 60 * 1000,
    keyGenerator: (request) => `analytics-recompute:${request.principal!.userId}`,
  });

  app.post(
    '/v1/analytics/recompute',
    {
      config: readAnalytics,
      schema: {
        tags: ['feedback'],
        operationId: 'recomputeAnalytics',
        summary: 'Recompute the analytics of every roadmap now (editors)',
        description:
          'Queues the rollup job (which otherwise runs every hour) and answers at once; the analytics say ' +
          '`recomputing` until it starts and show the new computedAt once it has run. Asking again while one is ' +
          'waiting queues nothing more. Audited.',
        response: { 202: RecomputeReceipt, ...problemResponses() },
      },
    },
    async (request, reply) => {
      const limit = await recomputeLimit(request);
      if (!limit.isAllowed && limit.isExceeded) {
        throw new TooManyRequestsError(
          'You asked for a recomputation many times. Try again in a few minutes.',
          limit.ttlInSeconds,
        );
      }
      return reply.code(202).send(await analyticsService.recompute(signedInActorOf(request)));
    },
  );

  app.get(
    '/v1/roadmaps/:slug/analytics.csv',
    {
      config: readAnalytics,
      schema: {
        tags: ['feedback'],
        operationId: 'getRoadmapAnalyticsCsv',
        summary: "A roadmap's analytics as CSV (editors)",
        description: 'One figure per row: metric, subject (a target, step or week), value.',
        params: AnalyticsParams,
        produces: ['text/csv'],
        response: {
          200: { description: 'CSV (RFC 4180)', content: { 'text/csv': { schema: Type.String() } } },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const analytics = await analyticsService.read(request.params.slug);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.slug}-analytics.csv"`)
        .send(analyticsToCsv(analytics));
    },
  );
};
