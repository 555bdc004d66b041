import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { chooseCoding } from '../../http/content-coding.ts';
import { problemResponses } from '../../http/problem.ts';
import {
  ListRoadmapsQuery,
  RoadmapDocument,
  RoadmapPage,
  RoadmapParams,
  StepDetail,
  StepParams,
} from './roadmaps.schemas.ts';
import type { RoadmapsService } from './roadmaps.service.ts';

const publicCache = { maxAgeSeconds: 60 };
const policy = 'public' as const;

export const roadmapsRoutes: FastifyPluginAsyncTypebox<{ roadmapsService: RoadmapsService }> = async (
  app,
  { roadmapsService },
) => {
  app.get(
    '/v1/roadmaps',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['roadmaps'],
        operationId: 'listRoadmaps',
        summary: 'List published roadmaps',
        description: 'Cursor-paginated, in slug order. Pass `nextCursor` back as `cursor` for the next page.',
        querystring: ListRoadmapsQuery,
        response: { 200: RoadmapPage, ...problemResponses(400) },
      },
    },
    (request) => roadmapsService.listRoadmaps({ limit: request.query.limit ?? 20, cursor: request.query.cursor }),
  );

  app.get(
    '/v1/roadmaps/:slug',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['roadmaps'],
        operationId: 'getRoadmap',
        summary: 'Read a whole roadmap',
        description:
          'Everything a roadmap page shows: tiers and steps, the month plan, priorities, challenges, checklist, ' +
          'FAQ, history, durations. Compressed with brotli or gzip when Accept-Encoding allows. Send ' +
          '`If-None-Match` with the ETag you hold to get 304 when nothing changed.',
        params: RoadmapParams,
        response: { 200: RoadmapDocument, 304: { description: 'Not modified' }, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { encoded } = await roadmapsService.getRoadmapDocument(request.params.slug);
      // Already serialized and compressed: the bytes go out as they are, with the ETag computed when rendered.
      const coding = chooseCoding(request.headers['accept-encoding']);
      if (coding !== 'identity') reply.header('content-encoding', coding);
      return reply
        .header('etag', encoded[coding].etag)
        .type('application/json; charset=utf-8')
        .send(encoded[coding].body);
    },
  );

  app.get(
    '/v1/roadmaps/:slug/steps/:stepId',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['roadmaps'],
        operationId: 'getRoadmapStep',
        summary: 'Read one step of a roadmap',
        description: 'The step with its resources, its tier, and the steps before and after it.',
        params: StepParams,
        response: { 200: StepDetail, 304: { description: 'Not modified' }, ...problemResponses(400, 404) },
      },
    },
    (request) => roadmapsService.getStep(request.params.slug, request.params.stepId),
  );
};
