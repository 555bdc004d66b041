// Automatic nudges: the rules, for a cohort's current mentors (cohorts:mentor, else 404), and each member's choice to
// get them (account:self; the learner always comes from the credentials). Decision 0043.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../../http/authorization.ts';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { MyNudgePreference, MyNudges, NudgeRules } from './cohort-nudges.schemas.ts';
import type { CohortNudgesService } from './cohort-nudges.service.ts';
import { CohortParams } from './cohorts.schemas.ts';

const tags = ['cohorts'];
const mentors = { policy: { permission: 'cohorts:mentor' } } as const;
const learners = { policy: { permission: 'account:self' } } as const;
const RULES =
  'A daily job sends each current member whom a rule matches one nudge a week at most for that rule, as a message ' +
  'from the cohort (in their messages and by mail), unless they turned nudges off.';

export const cohortNudgesRoutes: FastifyPluginAsyncTypebox<{ cohortNudgesService: CohortNudgesService }> = async (
  app,
  { cohortNudgesService },
) => {
  app.get(
    '/v1/cohorts/:id/nudges',
    {
      config: mentors,
      schema: {
        tags,
        operationId: 'getCohortNudges',
        summary: 'The automatic nudges of a cohort you mentor',
        description: `${RULES} Until a mentor sets them, both are off.`,
        params: CohortParams,
        response: { 200: NudgeRules, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortNudgesService.getRules(request.params.id, signedIn(request).userId),
  );

  app.put(
    '/v1/cohorts/:id/nudges',
    {
      config: mentors,
      schema: {
        tags,
        operationId: 'setCohortNudges',
        summary: 'Turn the automatic nudges of a cohort you mentor on or off, and set their days',
        description: `${RULES} 409 once the cohort is archived; nothing is written on a refusal.`,
        params: CohortParams,
        body: NudgeRules,
        response: { 200: NudgeRules, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => cohortNudgesService.setRules(request.params.id, request.body, signedInActorOf(request)),
  );

  app.get(
    '/v1/me/cohorts/:id/nudges',
    {
      config: learners,
      schema: {
        tags,
        operationId: 'getMyCohortNudges',
        summary: 'Whether a cohort you belong to sends you automatic nudges, and its rules',
        params: CohortParams,
        response: { 200: MyNudges, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortNudgesService.getMine(request.params.id, signedIn(request).userId),
  );

  app.put(
    '/v1/me/cohorts/:id/nudges',
    {
      config: learners,
      schema: {
        tags,
        operationId: 'setMyCohortNudges',
        summary: 'Turn a cohort’s automatic nudges off for you, or on again',
        description:
          'Messages your mentors write themselves still reach you. 404 when you do not belong to the cohort.',
        params: CohortParams,
        body: MyNudgePreference,
        response: { 200: MyNudges, ...problemResponses(400, 404) },
      },
    },
    (request) => cohortNudgesService.setMine(request.params.id, request.body, signedInActorOf(request)),
  );
};
