// A learner's progress on one roadmap: the roll-up, each step's status and note, the checklist. This plugin also
// registers the rest of the feature's routes, in the order the OpenAPI document lists them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { activityRoutes } from './activity.routes.ts';
import { followsRoutes } from './follows.routes.ts';
import { planAndExportRoutes } from './plan.routes.ts';
import { signedIn } from '../../http/authorization.ts';
import { problemResponses } from '../../http/problem.ts';
import {
  ChecklistBody,
  ChecklistEntry,
  ChecklistParams,
  FollowParams,
  NoteBody,
  NoteEntry,
  Progress,
  StepParams,
  StepProgressEntry,
  StepStatusBody,
} from './progress.schemas.ts';
import type { ProgressService } from './progress.service.ts';

// Everything here is the learner's own: the user id always comes from the credentials, never from the URL.
const config = { policy: { permission: 'account:self' } } as const;
const tags = ['progress'];

export const progressRoutes: FastifyPluginAsyncTypebox<{ progressService: ProgressService }> = async (
  app,
  { progressService },
) => {
  await app.register(followsRoutes, { progressService });
  await app.register(activityRoutes, { progressService });
  await app.register(planAndExportRoutes, { progressService });

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
