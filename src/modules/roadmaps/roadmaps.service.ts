import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { encodeBody, type ContentCoding, type EncodedBody } from '../../lib/encoded-body.ts';
import type { Cache, CacheCodec } from '../../infra/cache.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { Type } from 'typebox';
import { licenseOf, profileOf, toRoadmapDocument } from './roadmap-view.ts';
import type { RoadmapRow, RoadmapsRepository } from './roadmaps.repository.ts';
import type { RoadmapDocument, RoadmapSummary, Step, StepDetail } from './roadmaps.schemas.ts';

export interface RoadmapsServiceDeps {
  roadmapsRepository: RoadmapsRepository;
  cache: Pick<Cache, 'namespace'>;
}

/** The cache namespace of rendered documents; a content import invalidates it. */
export const ROADMAPS_CACHE = 'roadmaps';

/**
 * A document ready to send: serialized, UTF-8 encoded and compressed once, each form with its ETag, so a hit costs no
 * JSON work, no encoding, no compression and no hashing (encoding a 70 KB string on every response was most of the
 * read path's CPU).
 */
export interface RenderedDocument {
  document: RoadmapDocument;
  encoded: EncodedBody;
}

const CODINGS: ContentCoding[] = ['identity', 'gzip', 'br'];

/**
 * Through Redis a document travels with its compressed forms and ETags, so an instance that takes it from there
 * does no compression either: a small JSON header (ETags and lengths), then the bodies one after the other.
 */
const renderedCodec: CacheCodec<RenderedDocument> = {
  encode: ({ encoded }) => {
    const header = Buffer.from(
      JSON.stringify(CODINGS.map((coding) => ({ etag: encoded[coding].etag, length: encoded[coding].body.length }))),
    );
    const size = Buffer.alloc(4);
    size.writeUInt32BE(header.length);
    return Buffer.concat([size, header, ...CODINGS.map((coding) => encoded[coding].body)]);
  },
  decode: (bytes) => {
    const headerEnd = 4 + bytes.readUInt32BE(0);
    const parts = JSON.parse(bytes.subarray(4, headerEnd).toString('utf8')) as { etag: string; length: number }[];
    let offset = headerEnd;
    const encoded = {} as EncodedBody;
    CODINGS.forEach((coding, index) => {
      const { etag, length } = parts[index]!;
      encoded[coding] = { etag, body: bytes.subarray(offset, offset + length) };
      offset += length;
    });
    return { encoded, document: JSON.parse(encoded.identity.body.toString('utf8')) as RoadmapDocument };
  },
};

const RoadmapCursor = Type.Object({ after: Type.String({ maxLength: 80 }) }, { additionalProperties: false });

const statsOf = (row: RoadmapRow) => ({
  tiers: row.document.tiers.length,
  steps: row.stepCount,
  estimatedHours: row.estimatedHours,
  resources: row.resourceCount,
});

const toSummary = (row: RoadmapRow): RoadmapSummary => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  license: licenseOf(row.license),
  ...profileOf(row.document),
  durations: row.document.durations,
  months: {
    min: Math.min(...row.document.durations.map((duration) => duration.months.min)),
    max: Math.max(...row.document.durations.map((duration) => duration.months.max)),
  },
  stats: statsOf(row),
  updatedAt: row.updatedAt.toISOString(),
});

export const createRoadmapsService = ({ roadmapsRepository, cache }: RoadmapsServiceDeps) => {
  const documents = cache.namespace(ROADMAPS_CACHE, renderedCodec);

  const assembleDocument = async (slug: string): Promise<RoadmapDocument | undefined> => {
    const row = await roadmapsRepository.findRoadmap(slug);
    if (row === undefined) return undefined;
    const [steps, resources, faq, shared, published, version] = await Promise.all([
      roadmapsRepository.listSteps(slug),
      roadmapsRepository.listStepResources(slug),
      roadmapsRepository.listFaq(slug),
      roadmapsRepository.listStepsSharedElsewhere(slug),
      roadmapsRepository.listPublishedTitles(row.document.alternatives.flatMap((path) => path.roadmap ?? [])),
      roadmapsRepository.findLatestVersion(slug),
    ]);
    return toRoadmapDocument({
      ...row,
      steps,
      resources,
      faq,
      shared,
      published,
      stats: statsOf(row),
      version: version ?? null,
    });
  };

  const render = async (slug: string): Promise<RenderedDocument | undefined> => {
    const document = await assembleDocument(slug);
    if (document === undefined) return undefined;
    return { document, encoded: encodeBody(Buffer.from(JSON.stringify(document))) };
  };

  const getRendered = async (slug: string): Promise<RenderedDocument> => {
    const result = await documents.getOrLoad(slug, () => render(slug));
    if (result === undefined) throw new NotFoundError(`There is no roadmap "${slug}".`);
    return result;
  };

  return {
    async listRoadmaps(options: { limit: number; cursor?: string | undefined }) {
      const after = resumeFrom(options.cursor, RoadmapCursor)?.after;
      const rows = await roadmapsRepository.listRoadmapsAfter(after, rowsForPage(options.limit));
      const page = pageOf(rows, options.limit, (last) => ({ after: last.slug }));
      return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
    },

    /** The whole roadmap, serialized, with its strong ETag. */
    getRoadmapDocument: getRendered,

    async getStep(slug: string, stepId: string): Promise<StepDetail> {
      const { document } = await getRendered(slug);
      const steps = document.tiers.flatMap((tier) => tier.steps);
      const index = steps.findIndex((step) => step.id === stepId);
      const step = steps[index];
      if (step === undefined) throw new NotFoundError(`Roadmap "${slug}" has no step "${stepId}".`);
      const tier = document.tiers.find((candidate) => candidate.id === step.tierId)!;
      const link = (other: Step | undefined) => (other === undefined ? null : { id: other.id, title: other.title });
      return {
        ...step,
        roadmap: { slug: document.slug, title: document.title },
        tier: { id: tier.id, title: tier.title },
        previous: link(steps[index - 1]),
        next: link(steps[index + 1]),
      };
    },
  };
};

export type RoadmapsService = ReturnType<typeof createRoadmapsService>;
