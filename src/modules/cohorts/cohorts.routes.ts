// The mentors' side of cohorts. Every route needs cohorts:mentor; each cohort is then open only to its own mentors,
// and is a 404 to every other mentor or admin, so that they cannot tell it exists.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import {
  Cohort,
  CohortList,
  CohortParams,
  InvitesSent,
  JoinCode,
  MemberPage,
  MembersQuery,
  NewCohort,
  NewInvites,
  NewMentor,
  ScheduleChange,
} from './cohorts.schemas.ts';
import type { CohortsService } from './cohorts.service.ts';

const config = { policy: { permission: 'cohorts:mentor' } } as const;
const tags = ['cohorts'];
const ARCHIVED = ' 409 once the cohort is archived; nothing changes on a refusal.';

export const cohortsRoutes: FastifyPluginAsyncTypebox<{ cohortsService: CohortsService }> = async (
  app,
  { cohortsService },
) => {
  app.post(
    '/v1/cohorts',
    {
      config,
      schema: {
        tags,
        operationId: 'createCohort',
        summary: 'Create a cohort for a published roadmap',
        description:
          'Its schedule is the roadmap’s month plan at the cohort’s pace from its start date: each stage is due on ' +
          'the last day the plan gives it. You become its first mentor. 400 naming `/roadmap` when there is no such ' +
          'published roadmap.',
        body: NewCohort,
        response: { 201: Cohort, ...problemResponses(400) },
      },
    },
    async (request, reply) => reply.code(201).send(await cohortsService.create(request.body, signedInActorOf(request))),
  );

  app.get(
    '/v1/cohorts',
    {
      config,
      schema: {
        tags,
        operationId: 'listMyMentoredCohorts',
        summary: 'The cohorts you mentor',
        response: { 200: CohortList },
      },
    },
    (request) => cohortsService.list(signedInActorOf(request)),
  );

  app.get(
    '/v1/cohorts/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'getCohort',
        summary: 'A cohort you mentor: its schedule, mentors and join code',
        params: CohortParams,
        response: { 200: Cohort, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortsService.get(request.params.id, signedInActorOf(request)),
  );

  app.patch(
    '/v1/cohorts/:id/schedule',
    {
      config,
      schema: {
        tags,
        operationId: 'changeCohortSchedule',
        summary: 'Move the due dates of some stages',
        description:
          'The stages not named keep their dates. The first due date must be on or after the start date, and each ' +
          'after the one before: otherwise a 400 naming `/stages/{i}/dueOn`.' +
          ARCHIVED,
        params: CohortParams,
        body: ScheduleChange,
        response: { 200: Cohort, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => cohortsService.changeSchedule(request.params.id, request.body, signedInActorOf(request)),
  );

  app.post(
    '/v1/cohorts/:id/mentors',
    {
      config,
      schema: {
        tags,
        operationId: 'addCohortMentor',
        summary: 'Add another mentor to the cohort',
        description:
          'By the address of an account with the mentor or admin role (400 naming `/email` otherwise). Adding a ' +
          'mentor twice changes nothing.' +
          ARCHIVED,
        params: CohortParams,
        body: NewMentor,
        response: { 200: Cohort, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => cohortsService.addMentor(request.params.id, request.body.email, signedInActorOf(request)),
  );

  app.post(
    '/v1/cohorts/:id/invites',
    {
      config,
      schema: {
        tags,
        operationId: 'inviteToCohort',
        summary: 'Invite learners by email',
        description:
          'Each address gets a mail with its own link, which works once, for 14 days, for whoever signs in with it. ' +
          'Mail to one address is capped per hour (MAIL_PER_ADDRESS_PER_HOUR).' +
          ARCHIVED,
        params: CohortParams,
        body: NewInvites,
        response: { 202: InvitesSent, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(202)
        .send(await cohortsService.invite(request.params.id, request.body.emails, signedInActorOf(request))),
  );

  app.post(
    '/v1/cohorts/:id/join-code',
    {
      config,
      schema: {
        tags,
        operationId: 'renewCohortJoinCode',
        summary: 'Turn joining by code on, with a new code',
        description: 'The previous code, if any, stops working at once.' + ARCHIVED,
        params: CohortParams,
        response: { 200: JoinCode, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => cohortsService.setJoinCode(request.params.id, true, signedInActorOf(request)),
  );

  app.delete(
    '/v1/cohorts/:id/join-code',
    {
      config,
      schema: {
        tags,
        operationId: 'turnOffCohortJoinCode',
        summary: 'Turn joining by code off',
        description: 'The code stops working at once; invites still work.' + ARCHIVED,
        params: CohortParams,
        response: { 200: JoinCode, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => cohortsService.setJoinCode(request.params.id, false, signedInActorOf(request)),
  );

  app.post(
    '/v1/cohorts/:id/archive',
    {
      config,
      schema: {
        tags,
        operationId: 'archiveCohort',
        summary: 'Archive the cohort: it stays readable, and nothing in it changes any more',
        description: 'Its join code is turned off. Members can still leave.' + ARCHIVED,
        params: CohortParams,
        response: { 200: Cohort, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => cohortsService.archive(request.params.id, signedInActorOf(request)),
  );

  app.get(
    '/v1/cohorts/:id/members',
    {
      config,
      schema: {
        tags,
        operationId: 'listCohortMembers',
        summary: 'How each current member is doing against the cohort’s schedule',
        description:
          'Progress on the cohort’s roadmap only, never notes: done steps and hours against where the schedule ' +
          'says a member should be today (ahead, on track, behind by how many days), and who has not started. ' +
          'Members who left are not listed.',
        params: CohortParams,
        querystring: MembersQuery,
        response: { 200: MemberPage, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortsService.members(request.params.id, signedInActorOf(request), request.query),
  );
};
