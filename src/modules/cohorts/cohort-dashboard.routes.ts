// The mentor's dashboard of a cohort (decision 0042). Like every mentor's route: cohorts:mentor (401 anonymous, 403 a
// learner), then 404 for any cohort the caller does not mentor, as for an id nobody has.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { ActivityPage, ActivityQuery, CohortDashboard, DashboardQuery } from './cohort-dashboard.schemas.ts';
import type { CohortDashboardService } from './cohort-dashboard.service.ts';
import { CohortParams, MembersView } from './cohorts.schemas.ts';

const config = { policy: { permission: 'cohorts:mentor' } } as const;
const tags = ['cohorts'];

export const cohortDashboardRoutes: FastifyPluginAsyncTypebox<{
  cohortDashboardService: CohortDashboardService;
}> = async (app, { cohortDashboardService }) => {
  app.get(
    '/v1/cohorts/:id/dashboard',
    {
      config,
      schema: {
        tags,
        operationId: 'getCohortDashboard',
        summary: 'The cohort at a glance: members by status, where they stall, checklist readiness',
        description:
          'Counts and steps only: which members stall where is in the members’ table (sorted by last activity), ' +
          'and no note is read. A step stalls when members have had it in progress with no activity for ' +
          '`idleDays`, when they take longest on it, or when they vote it not helpful.',
        params: CohortParams,
        querystring: DashboardQuery,
        response: { 200: CohortDashboard, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortDashboardService.dashboard(request.params.id, signedInActorOf(request), request.query.idleDays),
  );

  app.get(
    '/v1/cohorts/:id/activity',
    {
      config,
      schema: {
        tags,
        operationId: 'listCohortActivity',
        summary: 'What the cohort’s members did lately on its roadmap',
        description:
          'Steps followed, stopped, marked; checklist items answered (not the answer). Notes are never listed, nor ' +
          'anything a member did before joining or after leaving.',
        params: CohortParams,
        querystring: ActivityQuery,
        response: { 200: ActivityPage, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortDashboardService.activity(request.params.id, signedInActorOf(request), request.query),
  );

  app.get(
    '/v1/cohorts/:id/members.csv',
    {
      config,
      schema: {
        tags,
        operationId: 'getCohortMembersCsv',
        summary: 'The members’ table as CSV, with the same filters and order as the members’ list',
        description:
          'RFC 4180. Text that a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading quote.',
        params: CohortParams,
        querystring: Type.Object(MembersView, { additionalProperties: false }),
        produces: ['text/csv'],
        response: {
          200: { description: 'CSV (RFC 4180)', content: { 'text/csv': { schema: Type.String() } } },
          ...problemResponses(400, 404),
        },
      },
    },
    async (request, reply) => {
      const csv = await cohortDashboardService.membersCsv(request.params.id, signedInActorOf(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cohort-${request.params.id}-members.csv"`)
        .send(csv);
    },
  );
};
