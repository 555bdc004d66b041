import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { signedInActorOf } from '../../http/actor.ts';
import { problemResponses } from '../../http/problem.ts';
import { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { DraftChange } from './draft-changes.ts';
import {
  Draft,
  DraftPage,
  DraftParams,
  JsonPatch,
  ListDraftsQuery,
  RoadmapDraftParams,
  SectionsPatch,
  StartDraftOfRoadmap,
  StartNewRoadmapDraft,
} from './drafts.schemas.ts';
import type { DraftsService } from './drafts.service.ts';

const config = { policy: { permission: 'drafts:write' } } as const;
const tags = ['drafts'];

const JSON_PATCH = 'application/json-patch+json';
const MERGE_PATCH = 'application/merge-patch+json';

const IfMatch = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 2000, description: 'The ETag of the revision the change was made against' }),
  ),
});

// One schema per media type: Fastify validates the body against the one its Content-Type names, and the OpenAPI
// description lists both. TypeBox's route types cannot follow this form, so the handler reads the body by its type.
const PatchBody = {
  content: {
    [JSON_PATCH]: { schema: JsonPatch },
    [MERGE_PATCH]: { schema: SectionsPatch },
    'application/json': { schema: SectionsPatch },
  },
} as unknown as TSchema;

export const draftsRoutes: FastifyPluginAsyncTypebox<{ draftsService: DraftsService }> = async (
  app,
  { draftsService },
) => {
  // Only these routes take the patch media types; they are JSON, parsed as strictly as every other body.
  app.addContentTypeParser(
    [JSON_PATCH, MERGE_PATCH],
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  const created = (draft: Awaited<ReturnType<DraftsService['get']>>) => ({
    location: draft.href,
    etag: draft.etag,
  });

  app.post(
    '/v1/roadmaps/:slug/drafts',
    {
      config,
      schema: {
        tags,
        operationId: 'startRoadmapDraft',
        summary: 'Start a draft of a published roadmap',
        description:
          'The draft starts as the roadmap learners see now: every section, the steps and the FAQ, as one ' +
          'document. Answers 201 with Location and ETag. For a new roadmap use POST /v1/drafts.',
        params: RoadmapDraftParams,
        body: StartDraftOfRoadmap,
        response: { 201: Draft, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const draft = await draftsService.startFromPublished(request.params.slug, signedInActorOf(request));
      return reply.code(201).headers(created(draft)).send(draft);
    },
  );

  app.post(
    '/v1/drafts',
    {
      config,
      schema: {
        tags,
        operationId: 'startNewRoadmapDraft',
        summary: 'Start a draft of a new roadmap',
        description:
          'From a skeleton to fill in (`from: empty`) or as a copy of another published roadmap (`from: roadmap`), ' +
          'under a new slug that no published roadmap has (409 otherwise). Answers 201 with Location and ETag.',
        body: StartNewRoadmapDraft,
        response: { 201: Draft, ...problemResponses(400, 404, 409) },
      },
    },
    async (request, reply) => {
      const draft = await draftsService.startNewRoadmap(request.body, signedInActorOf(request));
      return reply.code(201).headers(created(draft)).send(draft);
    },
  );

  app.get(
    '/v1/drafts',
    {
      config,
      schema: {
        tags,
        operationId: 'listDrafts',
        summary: 'List the drafts of every editor',
        description:
          'Newest first, cursor-paginated. Discarded drafts are left out unless asked for with `status=discarded`.',
        querystring: ListDraftsQuery,
        response: { 200: DraftPage, ...problemResponses(400) },
      },
    },
    (request) => draftsService.list(request.query),
  );

  app.get(
    '/v1/drafts/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'getDraft',
        summary: 'Read a draft',
        description: 'The whole document, with the ETag of its revision (header and `etag`) to send as If-Match.',
        params: DraftParams,
        response: { 200: Draft, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const draft = await draftsService.get(request.params.id);
      return reply.header('etag', draft.etag).send(draft);
    },
  );

  app.patch(
    '/v1/drafts/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'changeDraft',
        summary: 'Change a draft',
        description:
          `Either a JSON Patch (\`${JSON_PATCH}\`, RFC 6902) or whole top-level sections (\`${MERGE_PATCH}\` or ` +
          '`application/json`, RFC 7386). If-Match is required (428 without it); a stale one gets 412 and changes ' +
          'nothing. The result must pass the checks of a content import: a 400 names each problem by its JSON ' +
          "pointer in the document (`in: 'document'`). A JSON Patch operation that cannot be applied is a 400 (a " +
          'failed `test` a 409) naming the operation by its index. A draft in review, published or discarded cannot ' +
          'change (409 naming `status`); a change of an approved draft makes it a draft again.',
        params: DraftParams,
        headers: IfMatch,
        body: PatchBody,
        response: { 200: Draft, ...problemResponses(400, 404, 409, 412, 415, 428) },
      },
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const change: DraftChange = /^application\/json-patch\+json\s*(;|$)/i.test(request.headers['content-type'] ?? '')
        ? { kind: 'json-patch', operations: body as JsonPatch }
        : { kind: 'merge-patch', sections: body as SectionsPatch };
      const draft = await draftsService.change(
        request.params.id,
        request.headers['if-match'],
        change,
        signedInActorOf(request),
      );
      return reply.header('etag', draft.etag).send(draft);
    },
  );

  app.delete(
    '/v1/drafts/:id',
    {
      config,
      schema: {
        tags,
        operationId: 'discardDraft',
        summary: 'Discard a draft',
        description:
          'The draft is kept, marked discarded, for the audit log; it can no longer change. With If-Match, only ' +
          'if it is still at that revision (412 otherwise).',
        params: DraftParams,
        headers: IfMatch,
        response: { 204: Type.Null({ description: 'Discarded' }), ...problemResponses(400, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      await draftsService.discard(request.params.id, request.headers['if-match'], signedInActorOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v1/drafts/:id/preview',
    {
      config,
      schema: {
        tags,
        operationId: 'previewDraft',
        summary: 'Preview a draft as learners would get it',
        description:
          'The same answer as GET /v1/roadmaps/{slug} would give once the draft is published; `updatedAt` is the ' +
          'draft’s last change. Nothing is written.',
        params: DraftParams,
        response: { 200: RoadmapDocument, ...problemResponses(400, 404) },
      },
    },
    (request) => draftsService.preview(request.params.id),
  );
};
