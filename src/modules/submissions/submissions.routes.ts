// Project submissions and their review (decision 0041). The learner's routes take the learner from the credentials;
// the mentors' need `cohorts:mentor` and, past that, a cohort of theirs that the learner is in now: for anyone else a
// submission or a cohort does not exist (404).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../http/authorization.ts';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { CohortParams } from '../cohorts/cohorts.schemas.ts';
import {
  NewComment,
  NewReview,
  NewSubmission,
  QueuePage,
  QueueQuery,
  StepParams,
  Submission,
  SubmissionParams,
  SubmissionThread,
} from './submissions.schemas.ts';
import type { SubmissionsService } from './submissions.service.ts';

const tags = ['submissions'];
const self = { policy: { permission: 'account:self' as const } };
const mentor = { policy: { permission: 'cohorts:mentor' as const } };

export const submissionsRoutes: FastifyPluginAsyncTypebox<{ submissionsService: SubmissionsService }> = async (
  app,
  { submissionsService },
) => {
  app.post(
    '/v1/me/roadmaps/:slug/steps/:stepId/submissions',
    {
      config: self,
      schema: {
        tags,
        operationId: 'submitProject',
        summary: 'Submit the project of a step for review by the mentors of your cohort',
        description:
          'Your earlier submission for the step, if any, stays in the thread as superseded. 404 for a step the ' +
          'roadmap does not have (now); 409 when you are in no running cohort on this roadmap.',
        params: StepParams,
        body: NewSubmission,
        response: { 201: Submission, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await submissionsService.submit(
            request.params.slug,
            request.params.stepId,
            request.body,
            signedInActorOf(request),
          ),
        ),
  );

  app.get(
    '/v1/me/roadmaps/:slug/steps/:stepId/submissions',
    {
      config: self,
      schema: {
        tags,
        operationId: 'listMyStepSubmissions',
        summary: 'Your submissions for a step, with their reviews and comments',
        params: StepParams,
        response: { 200: SubmissionThread, ...problemResponses(400, 404) },
      },
    },
    (request) => submissionsService.threadOf(signedIn(request).userId, request.params.slug, request.params.stepId),
  );

  app.get(
    '/v1/submissions/:id',
    {
      config: self,
      schema: {
        tags,
        operationId: 'getSubmission',
        summary: 'One submission with its thread: yours, or one you may review as a mentor',
        description: '404 unless you submitted it or mentor a cohort on its roadmap that its learner is in now.',
        params: SubmissionParams,
        response: { 200: Submission, ...problemResponses(400, 404) },
      },
    },
    (request) => submissionsService.get(request.params.id, signedIn(request).userId),
  );

  app.post(
    '/v1/submissions/:id/reviews',
    {
      config: mentor,
      schema: {
        tags,
        operationId: 'reviewSubmission',
        summary: 'Approve a submission, or ask for changes with a comment',
        description:
          'The learner is told by mail and in their thread. 404 outside your cohorts; 409 for a submission that ' +
          'was superseded or already reviewed, or when the cohort is archived. Nothing is written on a refusal.',
        params: SubmissionParams,
        body: NewReview,
        response: { 201: Submission, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submissionsService.review(request.params.id, request.body, signedInActorOf(request))),
  );

  app.post(
    '/v1/submissions/:id/comments',
    {
      config: self,
      schema: {
        tags,
        operationId: 'commentOnSubmission',
        summary: 'Write in a submission’s thread, as its learner or as a mentor who may review it',
        description: 'A mentor’s comment is mailed to the learner. 404 for anyone else; 409 in an archived cohort.',
        params: SubmissionParams,
        body: NewComment,
        response: { 201: Submission, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await submissionsService.comment(request.params.id, request.body.body, signedInActorOf(request))),
  );

  app.get(
    '/v1/cohorts/:id/submissions',
    {
      config: mentor,
      schema: {
        tags,
        operationId: 'listCohortSubmissions',
        summary: 'The review queue of a cohort you mentor: its current members’ submissions, oldest first',
        description:
          'Only submissions on the cohort’s roadmap by people in the cohort now, each with how long it waited. ' +
          'An archived cohort’s queue can still be read.',
        params: CohortParams,
        querystring: QueueQuery,
        response: { 200: QueuePage, ...problemResponses(400, 404) },
      },
    },
    (request) => submissionsService.queue(request.params.id, signedIn(request).userId, request.query),
  );
};
