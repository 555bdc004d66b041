import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { IfMatch } from '../reviews/reviews.routes.ts';
import type { ForkProposalsService } from './fork-proposals.service.ts';
import {
  AcceptProposal,
  ChangeOverlay,
  Fork,
  ForkPage,
  ForkParams,
  ForkProposal,
  ListForksQuery,
  ForkPublished,
  NewFork,
  ProposalList,
  ProposalParams,
  ProposalSummary,
} from './forks.schemas.ts';
import type { ForksService } from './forks.service.ts';

const write = { policy: { permission: 'forks:write' } } as const;
const tags = ['forks'];

export const forksRoutes: FastifyPluginAsyncTypebox<{
  forksService: ForksService;
  forkProposalsService: ForkProposalsService;
}> = async (app, { forksService, forkProposalsService }) => {
  app.post(
    '/v1/roadmaps/:slug/forks',
    {
      config: write,
      schema: {
        tags,
        operationId: 'createFork',
        summary: 'Fork a roadmap',
        description:
          'A new roadmap of its own (its slug, versions and learners) laid on the latest version of this one with an ' +
          'empty overlay, published as its version 1. 404 when there is no such roadmap; 409 naming `slug` when a ' +
          'roadmap has that slug.',
        params: ForkParams,
        body: NewFork,
        response: { 201: Fork, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const fork = await forksService.create(request.params.slug, request.body, signedInActorOf(request));
      return reply.code(201).header('etag', fork.etag).send(fork);
    },
  );

  app.get(
    '/v1/forks',
    {
      config: write,
      schema: {
        tags,
        operationId: 'listForks',
        summary: 'The forks, with their upstream, versions and open proposal',
        description:
          'Every fork on the instance (editors may edit them all), in slug order, without their overlays ' +
          '(GET /v1/forks/{slug} gives one). `nextCursor` leads to the next page.',
        querystring: ListForksQuery,
        response: { 200: ForkPage, ...problemResponses(400) },
      },
    },
    (request) => forksService.list(request.query),
  );

  app.get(
    '/v1/forks/:slug',
    {
      config: write,
      schema: {
        tags,
        operationId: 'getFork',
        summary: 'Read a fork: its overlay and the upstream version it is laid on',
        params: ForkParams,
        response: { 200: Fork, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const fork = await forksService.read(request.params.slug);
      return reply.header('etag', fork.etag).send(fork);
    },
  );

  app.put(
    '/v1/forks/:slug/overlay',
    {
      config: write,
      schema: {
        tags,
        operationId: 'changeForkOverlay',
        summary: 'Change a fork’s overlay and publish its next version',
        description:
          'The overlay is checked against the upstream version the fork is laid on: an entry naming a step or tier ' +
          'it does not have, or an unknown resource, is a 400 naming `/overlay/…`. If-Match is required (428, 412). ' +
          '409 when it would remove steps learners of the fork have progress on. Nothing changes on a refusal.',
        params: ForkParams,
        headers: IfMatch,
        body: ChangeOverlay,
        response: { 200: ForkPublished, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const published = await forksService.changeOverlay(
        request.params.slug,
        request.headers['if-match'],
        request.body,
        signedInActorOf(request),
      );
      return reply.header('etag', published.fork.etag).send(published);
    },
  );

  app.get(
    '/v1/forks/:slug/proposals',
    {
      config: write,
      schema: {
        tags,
        operationId: 'listForkProposals',
        summary: 'The proposals to follow the upstream’s new versions',
        params: ForkParams,
        response: { 200: ProposalList, ...problemResponses(400, 404) },
      },
    },
    (request) => forkProposalsService.list(request.params.slug),
  );

  app.get(
    '/v1/fork-proposals/:id',
    {
      config: write,
      schema: {
        tags,
        operationId: 'getForkProposal',
        summary: 'Read a proposal: what upstream changed, where it touches the overlay, and the result',
        description:
          '`diff` is the upstream’s change between the two versions, `touches` the overlay entries it concerns, ' +
          '`dropped` the entries that no longer apply, and `result` the fork as accepting would publish it.',
        params: ProposalParams,
        response: { 200: ForkProposal, ...problemResponses(400, 404) },
      },
    },
    (request) => forkProposalsService.read(request.params.id),
  );

  app.post(
    '/v1/fork-proposals/:id/accept',
    {
      config: write,
      schema: {
        tags,
        operationId: 'acceptForkProposal',
        summary: 'Accept a proposal: the fork follows the new upstream version',
        description:
          'Publishes the fork’s next version on the proposed upstream version, with the proposal’s overlay or an ' +
          'adjusted one sent here (checked as for PUT /v1/forks/{slug}/overlay). If-Match is the fork’s ETag ' +
          '(`forkEtag`; 428, 412). 409 naming `status` when the proposal is not open.',
        params: ProposalParams,
        headers: IfMatch,
        body: AcceptProposal,
        response: { 200: ForkPublished, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const published = await forkProposalsService.accept(
        request.params.id,
        request.headers['if-match'],
        request.body,
        signedInActorOf(request),
      );
      return reply.header('etag', published.fork.etag).send(published);
    },
  );

  app.post(
    '/v1/fork-proposals/:id/decline',
    {
      config: write,
      schema: {
        tags,
        operationId: 'declineForkProposal',
        summary: 'Decline a proposal: the fork stays on its upstream version',
        description: '409 naming `status` when the proposal is not open.',
        params: ProposalParams,
        response: { 200: ProposalSummary, ...problemResponses(400, 404, 409) },
      },
    },
    (request) => forkProposalsService.decline(request.params.id, signedInActorOf(request)),
  );
};
