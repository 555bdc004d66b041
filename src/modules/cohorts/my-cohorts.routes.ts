// The learners' side of cohorts: joining, the cohorts one belongs to, what the mentors see, and leaving. The learner
// always comes from the credentials, never from the URL.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { CohortParams, InviteBody, JoinCodeBody, MemberProgress, MyCohort, MyCohortList } from './cohorts.schemas.ts';
import type { MyCohortsService } from './my-cohorts.service.ts';

const config = { policy: { permission: 'account:self' } } as const;
const tags = ['cohorts'];
const JOINING =
  'Joining again while a member changes nothing; coming back after leaving joins anew. 409 when the cohort is ' +
  'archived or you mentor it. Nothing is written on a refusal.';

export const myCohortsRoutes: FastifyPluginAsyncTypebox<{ myCohortsService: MyCohortsService }> = async (
  app,
  { myCohortsService },
) => {
  app.post(
    '/v1/me/cohorts/accept-invite',
    {
      config,
      schema: {
        tags,
        operationId: 'acceptCohortInvite',
        summary: 'Join a cohort with the token from a mailed invite',
        description: `400 naming \`/token\` when the invite was used, expired or never sent. ${JOINING}`,
        body: InviteBody,
        response: { 200: MyCohort, ...problemResponses(400, 409) },
      },
    },
    (request) => myCohortsService.acceptInvite(request.body.token, signedInActorOf(request)),
  );

  app.post(
    '/v1/me/cohorts/join',
    {
      config,
      schema: {
        tags,
        operationId: 'joinCohortByCode',
        summary: 'Join a cohort with the join code its mentor shared',
        description: `400 naming \`/code\` when no cohort takes the code now. ${JOINING}`,
        body: JoinCodeBody,
        response: { 200: MyCohort, ...problemResponses(400, 409) },
      },
    },
    (request) => myCohortsService.joinByCode(request.body.code, signedInActorOf(request)),
  );

  app.get(
    '/v1/me/cohorts',
    {
      config,
      schema: {
        tags,
        operationId: 'listMyCohorts',
        summary: 'The cohorts you belong to, with their due dates',
        response: { 200: MyCohortList },
      },
    },
    (request) => myCohortsService.list(signedIn(request).userId),
  );

  app.get(
    '/v1/me/cohorts/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'getMyCohort',
        summary: 'A cohort you belong to, with its due dates and mentors',
        params: CohortParams,
        response: { 200: MyCohort, ...problemResponses(400, 404) },
      },
    },
    (request) => myCohortsService.get(request.params.id, signedIn(request).userId),
  );

  app.get(
    '/v1/me/cohorts/:id/what-mentors-see',
    {
      config,
      schema: {
        tags,
        operationId: 'getWhatMyMentorsSee',
        summary: 'Exactly what the cohort’s mentors see of you',
        description: 'The same answer, from the same query, as your entry in the mentors’ list of members.',
        params: CohortParams,
        response: { 200: MemberProgress, ...problemResponses(400, 404) },
      },
    },
    (request) => myCohortsService.whatMentorsSee(request.params.id, signedIn(request).userId),
  );

  app.delete(
    '/v1/me/cohorts/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'leaveCohort',
        summary: 'Leave a cohort',
        description:
          'At once, its mentors no longer see you. Allowed in an archived cohort too. 404 when you do not belong to it.',
        params: CohortParams,
        response: { 204: Type.Null({ description: 'You left the cohort' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await myCohortsService.leave(request.params.id, signedInActorOf(request));
      return reply.code(204).send(null);
    },
  );
};
