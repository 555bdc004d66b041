// Messages from a cohort's mentors: sending (cohorts:mentor, and a mentor of that cohort, else 404) and the
// learner's own messages (account:self; the learner always comes from the credentials).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../../http/authorization.ts';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import {
  CohortMessageSent,
  MessageParams,
  MyMessageList,
  MyMessagesQuery,
  NewCohortMessage,
} from './cohort-messages.schemas.ts';
import type { CohortMessagesService } from './cohort-messages.service.ts';
import { CohortParams } from './cohorts.schemas.ts';

const tags = ['cohorts'];

export const cohortMessagesRoutes: FastifyPluginAsyncTypebox<{ cohortMessagesService: CohortMessagesService }> = async (
  app,
  { cohortMessagesService },
) => {
  app.post(
    '/v1/cohorts/:id/messages',
    {
      config: { policy: { permission: 'cohorts:mentor' } },
      schema: {
        tags,
        operationId: 'sendCohortMessage',
        summary: 'Send a message to one member or to every current member of a cohort you mentor',
        description:
          'Each recipient finds it among their messages and gets it by mail. 400 naming `/to` when that person is ' +
          'not a current member; 409 once the cohort is archived; 429 with Retry-After beyond ' +
          'COHORT_MESSAGES_PER_HOUR messages from you to this cohort in an hour. Nothing is written on a refusal.',
        params: CohortParams,
        body: NewCohortMessage,
        response: { 201: CohortMessageSent, ...problemResponses(400, 404, 409, 429) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await cohortMessagesService.send(request.params.id, request.body, signedInActorOf(request))),
  );

  app.get(
    '/v1/me/messages',
    {
      config: { policy: { permission: 'account:self' } },
      schema: {
        tags,
        operationId: 'listMyMessages',
        summary: 'Messages from the mentors of your cohorts, newest first',
        description: 'Messages stay yours after you leave a cohort.',
        querystring: MyMessagesQuery,
        response: { 200: MyMessageList },
      },
    },
    (request) => cohortMessagesService.listMine(signedIn(request).userId, request.query),
  );

  app.put(
    '/v1/me/messages/:id/read',
    {
      config: { policy: { permission: 'account:self' } },
      schema: {
        tags,
        operationId: 'markMyMessageRead',
        summary: 'Mark one of your messages read',
        description: 'Marking it again keeps the first time. 404 when it was not sent to you.',
        params: MessageParams,
        response: { 204: Type.Null({ description: 'The message is read' }), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await cohortMessagesService.markRead(request.params.id, signedIn(request).userId);
      return reply.code(204).send(null);
    },
  );
};
