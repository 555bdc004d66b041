// A learner's progress carried in and out (the guest import, the JSON and CSV export) and the plan at their pace,
// previewed or personal, also as a calendar.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import { progressToCsv } from './progress-csv.ts';
import {
  ExportQuery,
  FollowParams,
  GuestProgressBody,
  ImportResult,
  PersonalPlan,
  PlanPreview,
  PlanQuery,
} from './progress.schemas.ts';
import type { ProgressService } from './progress.service.ts';

// Apart from the routes marked public, everything here is the learner's own: the user id always comes from the
// credentials, never from the URL.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const planAndExportRoutes: FastifyPluginAsyncTypebox<{ progressService: ProgressService }> = async (
  app,
  { progressService },
) => {
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
};
