import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { Draft, DraftParams } from '../drafts/drafts.schemas.ts';
import type { PublishService } from './publish.service.ts';
import { DraftDiff, NewReview, PublishDraft, Published, Review, ReviewThread } from './reviews.schemas.ts';
import type { ReviewsService } from './reviews.service.ts';

const review = { policy: { permission: 'drafts:review' } } as const;
const read = { policy: { permission: 'drafts:write' } } as const;
const publish = { policy: { permission: 'drafts:publish' } } as const;
const tags = ['drafts'];

export const IfMatch = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 2000, description: 'The ETag of the revision the request is about' }),
  ),
});

export const reviewsRoutes: FastifyPluginAsyncTypebox<{
  reviewsService: ReviewsService;
  publishService: PublishService;
}> = async (app, { reviewsService, publishService }) => {
  app.post(
    '/v1/drafts/:id/submit',
    {
      config: review,
      schema: {
        tags,
        operationId: 'submitDraft',
        summary: 'Submit a draft for review',
        description:
          'A draft being written (`status: draft`) goes to `in_review`; from any other status a 409 names `status`. ' +
          'If-Match is required (428 without it, 412 when stale): reviewers read the revision you submitted.',
        params: DraftParams,
        headers: IfMatch,
        response: { 200: Draft, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const draft = await reviewsService.submit(
        request.params.id,
        request.headers['if-match'],
        signedInActorOf(request),
      );
      return reply.header('etag', draft.etag).send(draft);
    },
  );

  app.post(
    '/v1/drafts/:id/reviews',
    {
      config: review,
      schema: {
        tags,
        operationId: 'reviewDraft',
        summary: 'Comment on, ask for changes to, or approve a draft in review',
        description:
          'Only a draft `in_review` (409 naming `status` otherwise). `changes_requested` sends it back to `draft`; ' +
          '`approved` makes it `approved` at its current revision (any later change sends it back to `draft`). ' +
          'The editor who started the draft cannot approve it (403) unless DRAFTS_SINGLE_EDITOR allows it.',
        params: DraftParams,
        body: NewReview,
        response: { 201: Review, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const created = await reviewsService.review(request.params.id, request.body, signedInActorOf(request));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/v1/drafts/:id/reviews',
    {
      config: review,
      schema: {
        tags,
        operationId: 'listDraftReviews',
        summary: 'Read the review thread of a draft',
        description: 'Every comment, request for changes and approval, oldest first.',
        params: DraftParams,
        response: { 200: ReviewThread, ...problemResponses(400, 404) },
      },
    },
    (request) => reviewsService.thread(request.params.id, signedInActorOf(request)),
  );

  app.get(
    '/v1/drafts/:id/diff',
    {
      config: read,
      schema: {
        tags,
        operationId: 'diffDraft',
        summary: 'What publishing a draft would change',
        description:
          'The roadmap’s latest published version compared with the draft, in the shape of a diff between two ' +
          'versions (GET /v1/roadmaps/{slug}/versions/{from}/diff/{to}); `from` is null for a new roadmap, whose ' +
          'every step and text reads as added. Removed steps are the ones a publish maps to successors or retires.',
        params: DraftParams,
        response: { 200: DraftDiff, ...problemResponses(400, 404) },
      },
    },
    (request) => reviewsService.diff(request.params.id),
  );

  app.post(
    '/v1/drafts/:id/publish',
    {
      config: publish,
      schema: {
        tags,
        operationId: 'publishDraft',
        summary: 'Publish an approved draft',
        description:
          'The draft becomes the roadmap learners see, with a new version carrying the notes, all in one ' +
          'transaction. Only an `approved` draft at the revision approved (409 naming `status` otherwise); If-Match ' +
          'is required (428, 412). 409 naming `basedOn` when the published roadmap changed since the draft started, ' +
          'and 409 naming the step ids when the draft removes steps learners have progress on that `mapping` neither ' +
          'maps nor retires (`/checklistMapping` and the item ids for removed checklist items learners answered); ' +
          '400 naming `/mapping/<i>/from` or `/mapping/<i>/to/<j>` (or `/checklistMapping/…`) for an unknown id or ' +
          'a cycle. Nothing changes then. The mapping carries learners’ statuses, notes and bookmarks to the ' +
          'successors, the checklist mapping their checklist answers.',
        params: DraftParams,
        headers: IfMatch,
        body: PublishDraft,
        response: { 201: Published, ...problemResponses(400, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const published = await publishService.publish(
        request.params.id,
        request.headers['if-match'],
        request.body,
        signedInActorOf(request),
      );
      return reply.code(201).send(published);
    },
  );
};
