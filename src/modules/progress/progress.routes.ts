import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import {
  ActivityPage,
  ActivityQuery,
  ChecklistBody,
  ChecklistEntry,
  ChecklistParams,
  ExportQuery,
  Follow,
  FollowBody,
  FollowList,
  FollowParams,
  GuestProgressBody,
  HandleParams,
  ImportResult,
  NoteBody,
  NoteEntry,
  PersonalPlan,
  PlanPreview,
  PlanQuery,
  Progress,
  PublicProfile,
  PublicProfileSettings,
  StepParams,
  StepProgressEntry,
  StepStatusBody,
  Streak,
} from './progress.schemas.ts';
import { progressToCsv } from './progress-csv.ts';
import type { ProgressService } from './progress.service.ts';

// Everything here is the learner's own: the user id always comes from the credentials, never from the URL.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const progressRoutes: FastifyPluginAsyncTypebox<{ progressService: ProgressService }> = async (
  app,
  { progressService },
) => {
  app.get(
    '/v1/me/roadmaps',
    {
      config,
      schema: {
        tags,
        operationId: 'listFollowedRoadmaps',
        summary: 'The roadmaps you follow (and those you stopped following)',
        response: { 200: FollowList },
      },
    },
    (request) => progressService.listFollows(signedIn(request).userId),
  );

  app.put(
    '/v1/me/roadmaps/:slug',
    {
      config,
      schema: {
        tags,
        operationId: 'followRoadmap',
        summary: 'Follow a roadmap (or change your pace, or resume)',
        description: 'Idempotent: the same call twice leaves one record.',
        params: FollowParams,
        body: FollowBody,
        response: { 200: Follow, ...problemResponses(400, 404, 413, 415) },
      },
    },
    (request) => progressService.follow(signedIn(request).userId, request.params.slug, request.body),
  );

  app.delete(
    '/v1/me/roadmaps/:slug',
    {
      config,
      schema: {
        tags,
        operationId: 'unfollowRoadmap',
        summary: 'Stop following a roadmap',
        description: 'Your record and progress are kept; follow again to resume.',
        params: FollowParams,
        response: { 204: Type.Null({ description: 'Stopped' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await progressService.stopFollowing(signedIn(request).userId, request.params.slug);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/me/activity',
    {
      config,
      schema: {
        tags,
        operationId: 'listMyActivity',
        summary: 'Your activity: what you marked, noted and assessed, newest first',
        querystring: ActivityQuery,
        response: { 200: ActivityPage, ...problemResponses(400) },
      },
    },
    (request) => progressService.activity(signedIn(request).userId, request.query.cursor, request.query.limit ?? 50),
  );

  app.get(
    '/v1/me/streak',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyStreak',
        summary: 'Your streak: days in a row with progress, in your time zone',
        response: { 200: Streak },
      },
    },
    (request) => progressService.streak(signedIn(request).userId),
  );

  app.get(
    '/v1/me/public-profile',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyPublicProfile',
        summary: 'Your public-profile settings',
        response: { 200: PublicProfileSettings, ...problemResponses(404) },
      },
    },
    (request) => progressService.getOwnPublicProfileSettings(signedIn(request).userId),
  );

  app.put(
    '/v1/me/public-profile',
    {
      config,
      schema: {
        tags,
        operationId: 'updateMyPublicProfile',
        summary: 'Turn your public profile on or off and choose what it shows',
        description: 'Off unless enabled; shows your name, handle and bio, and progress or streak only if chosen.',
        body: PublicProfileSettings,
        response: { 200: PublicProfileSettings, ...problemResponses(400, 409, 413, 415) },
      },
    },
    (request) => progressService.setPublicProfile(signedIn(request).userId, request.body),
  );

  app.get(
    '/v1/profiles/:handle',
    {
      config: { policy: 'public', publicCache: { maxAgeSeconds: 60 } },
      schema: {
        tags,
        operationId: 'getPublicProfile',
        summary: "A learner's public profile (only what they chose to share)",
        params: HandleParams,
        response: { 200: PublicProfile, 304: { description: 'Not modified' }, ...problemResponses(400, 404) },
      },
    },
    (request) => progressService.getPublicProfile(request.params.handle),
  );

  app.post(
    '/v1/me/progress/import',
    {
      config,
      schema: {
        tags,
        operationId: 'importMyProgress',
        summary: 'Merge progress kept in the browser before signing up',
        description:
          'Merge rule: the further-along status (todo < skipped < in_progress < done), the more confident ' +
          'self-assessment and the later-written note win. Importing the same data again changes nothing.',
        body: GuestProgressBody,
        response: { 200: ImportResult, ...problemResponses(400, 413, 415) },
      },
    },
    (request) => progressService.importGuestProgress(signedIn(request).userId, request.body),
  );

  app.get(
    '/v1/me/progress/export',
    {
      config,
      schema: {
        tags,
        operationId: 'exportMyProgress',
        summary: 'Download your progress as JSON or CSV',
        querystring: ExportQuery,
        produces: ['application/json', 'text/csv'],
        response: {
          200: {
            description: 'Your progress, per roadmap',
            content: { 'application/json': { schema: Type.Unknown() }, 'text/csv': { schema: Type.String() } },
          },
          ...problemResponses(400),
        },
      },
    },
    async (request, reply) => {
      const data = await progressService.exportProgress(signedIn(request).userId);
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="waymark-progress.csv"')
          .send(progressToCsv(data));
      }
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="waymark-progress.json"')
        .send(JSON.stringify(data));
    },
  );

  app.get(
    '/v1/roadmaps/:slug/plan',
    {
      config: { policy: 'public', publicCache: { maxAgeSeconds: 60 } },
      schema: {
        tags,
        operationId: 'previewRoadmapPlan',
        summary: 'Preview the plan at your pace (no account needed)',
        description:
          "The roadmap's month plan scaled to your hours a week, with a date for each stage. The time comes from " +
          "the roadmap's duration anchors: months = a·hours^(−b) fitted through them.",
        params: FollowParams,
        querystring: PlanQuery,
        response: { 200: PlanPreview, 304: { description: 'Not modified' }, ...problemResponses(400, 404) },
      },
    },
    (request) => progressService.previewPlan(request.params.slug, request.query.hoursPerWeek, request.query.startDate),
  );

  app.get(
    '/v1/me/roadmaps/:slug/plan',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyRoadmapPlan',
        summary: 'Your plan, and whether you are on track, ahead or behind',
        description:
          'At the pace and start date you follow the roadmap with; the projected finish uses your real pace.',
        params: FollowParams,
        response: { 200: PersonalPlan, ...problemResponses(400, 404) },
      },
    },
    (request) => progressService.personalPlan(signedIn(request).userId, request.params.slug),
  );

  app.get(
    '/v1/me/roadmaps/:slug/plan.ics',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyRoadmapPlanCalendar',
        summary: 'Your plan as a calendar (RFC 5545): one all-day event per stage',
        params: FollowParams,
        produces: ['text/calendar'],
        response: {
          200: { description: 'An iCalendar file', content: { 'text/calendar': { schema: Type.String() } } },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const calendar = await progressService.personalPlanCalendar(signedIn(request).userId, request.params.slug);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.slug}-plan.ics"`)
        .send(calendar);
    },
  );

  app.get(
    '/v1/me/roadmaps/:slug/progress',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyRoadmapProgress',
        summary: 'Your progress: per tier and overall, the next step, checklist readiness',
        params: FollowParams,
        response: { 200: Progress, ...problemResponses(400, 404) },
      },
    },
    (request) => progressService.getProgress(signedIn(request).userId, request.params.slug),
  );

  app.put(
    '/v1/me/roadmaps/:slug/steps/:stepId',
    {
      config,
      schema: {
        tags,
        operationId: 'setStepStatus',
        summary: 'Set the status of a step',
        description: 'todo, in_progress, done or skipped. Idempotent; the last write wins.',
        params: StepParams,
        body: StepStatusBody,
        response: { 200: StepProgressEntry, ...problemResponses(400, 404, 413, 415) },
      },
    },
    (request) =>
      progressService.setStepStatus(
        signedIn(request).userId,
        request.params.slug,
        request.params.stepId,
        request.body.status,
      ),
  );

  app.get(
    '/v1/me/roadmaps/:slug/steps/:stepId/note',
    {
      config,
      schema: {
        tags,
        operationId: 'getStepNote',
        summary: 'Your private note on a step',
        params: StepParams,
        response: { 200: NoteEntry, ...problemResponses(400, 404) },
      },
    },
    (request) => progressService.getNote(signedIn(request).userId, request.params.slug, request.params.stepId),
  );

  app.put(
    '/v1/me/roadmaps/:slug/steps/:stepId/note',
    {
      config,
      schema: {
        tags,
        operationId: 'setStepNote',
        summary: 'Write your private note on a step (Markdown, up to 10,000 characters)',
        params: StepParams,
        body: NoteBody,
        response: { 200: NoteEntry, ...problemResponses(400, 404, 413, 415) },
      },
    },
    (request) =>
      progressService.setNote(signedIn(request).userId, request.params.slug, request.params.stepId, request.body.body),
  );

  app.put(
    '/v1/me/roadmaps/:slug/checklist/:itemId',
    {
      config,
      schema: {
        tags,
        operationId: 'assessChecklistItem',
        summary: 'Assess yourself on a job-ready checklist item',
        description: 'not_yet, partly or confident. Idempotent; the last write wins.',
        params: ChecklistParams,
        body: ChecklistBody,
        response: { 200: ChecklistEntry, ...problemResponses(400, 404, 413, 415) },
      },
    },
    (request) =>
      progressService.setChecklistLevel(
        signedIn(request).userId,
        request.params.slug,
        request.params.itemId,
        request.body.level,
      ),
  );
};
