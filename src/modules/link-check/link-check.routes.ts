import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { TooManyRequestsError } from '../../lib/errors.ts';
import { CheckReceipt, LinkPage, ListLinksQuery } from './link-check.schemas.ts';
import type { LinkCheckService } from './link-check.service.ts';

const checkLinks = { policy: { permission: 'resources:check' } } as const;

export const linkCheckRoutes: FastifyPluginAsyncTypebox<{ linkCheckService: LinkCheckService }> = async (
  app,
  { linkCheckService },
) => {
  app.get(
    '/v1/resources/links',
    {
      config: checkLinks,
      schema: {
        tags: ['resources'],
        operationId: 'listResourceLinks',
        summary: 'Resource links as the link check last found them (editors)',
        description:
          'Each checked resource with the roadmap steps that use it, its state since when, and what the last ' +
          'check found (for a moved link, its new address). `state` narrows the list, e.g. to dead links.',
        querystring: ListLinksQuery,
        response: { 200: LinkPage, ...problemResponses(400) },
      },
    },
    (request) => linkCheckService.listLinks(request.query),
  );

  // Asking again while a run waits queues nothing, so this only stops an editor from keeping the worker busy.
  const checkNowLimit = app.createRateLimit({
    max: 10,
    timeWindow: 10 * 60 * 1000,
    keyGenerator: (request) => `links-check:${request.principal!.userId}`,
  });

  app.post(
    '/v1/resources/links/check',
    {
      config: checkLinks,
      schema: {
        tags: ['resources'],
        operationId: 'checkResourceLinks',
        summary: 'Check resource links now (editors)',
        description:
          'Queues a run of the link check (which otherwise runs on LINK_CHECK_SCHEDULE) and answers at once; the ' +
          'run checks the links checked longest ago first. Asking again while one waits queues nothing more. ' +
          'Audited. 409 when link checks are turned off.',
        response: { 202: CheckReceipt, ...problemResponses(409) },
      },
    },
    async (request, reply) => {
      const limit = await checkNowLimit(request);
      if (!limit.isAllowed && limit.isExceeded) {
        throw new TooManyRequestsError(
          'You asked for a link check many times. Try again in a few minutes.',
          limit.ttlInSeconds,
        );
      }
      return reply.code(202).send(await linkCheckService.requestRun(signedInActorOf(request)));
    },
  );
};
