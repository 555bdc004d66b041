import { pageOf, resumeFrom, rowsForPage } from '../../lib/cursor.ts';
import { encodeBody, type ContentCoding, type EncodedBody } from '../../lib/encoded-body.ts';
import type { Cache, CacheCodec } from '../../infra/cache.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { Type } from 'typebox';
import type { LinkOutcome } from '../../lib/enums.ts';
import { LICENSES, type ResourceType } from '../content/content.schemas.ts';
import type { RoadmapRow, RoadmapsRepository } from './roadmaps.repository.ts';
import type { ResourceSummary, RoadmapDocument, RoadmapSummary, Step, StepDetail } from './roadmaps.schemas.ts';

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

const licenseOf = (id: string) => {
  const license = LICENSES[id as keyof typeof LICENSES];
  return { id: id as keyof typeof LICENSES, name: license.name, url: license.url };
};

const statsOf = (row: RoadmapRow) => ({
  tiers: row.document.tiers.length,
  steps: row.stepCount,
  estimatedHours: row.estimatedHours,
  resources: row.resourceCount,
});

const profileOf = ({ document }: RoadmapRow) => ({
  role: document.role,
  level: document.level,
  edition: document.edition,
  outcomes: document.outcomes,
});

const toSummary = (row: RoadmapRow): RoadmapSummary => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  license: licenseOf(row.license),
  ...profileOf(row),
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
    const { document } = row;
    const [stepRows, resourceRows, faq, shared, linked] = await Promise.all([
      roadmapsRepository.listSteps(slug),
      roadmapsRepository.listStepResources(slug),
      roadmapsRepository.listFaq(slug),
      roadmapsRepository.listStepsSharedElsewhere(slug),
      roadmapsRepository.listPublishedTitles(document.alternatives.flatMap((path) => path.roadmap ?? [])),
    ]);
    const resourcesByStep = new Map<string, ResourceSummary[]>();
    for (const { stepId, linkState, linkCheckedAt, ...resource } of resourceRows) {
      const list = resourcesByStep.get(stepId) ?? [];
      const link =
        linkState === null || linkCheckedAt === null
          ? null
          : { state: linkState as LinkOutcome, checkedAt: linkCheckedAt.toISOString() };
      list.push({ ...resource, type: resource.type as ResourceType, link });
      resourcesByStep.set(stepId, list);
    }
    const steps: Step[] = stepRows.map((step, index) => ({
      ...step,
      number: index + 1,
      resources: resourcesByStep.get(step.id) ?? [],
      alsoIn: shared.filter((other) => other.stepId === step.id).map(({ slug, title }) => ({ slug, title })),
    }));
    const published = new Map(linked.map((roadmap) => [roadmap.slug, roadmap]));
    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      license: licenseOf(row.license),
      ...profileOf(row),
      duties: document.duties,
      keepInMind: document.keepInMind,
      intro: document.intro,
      audience: document.audience,
      beforeYouStart: document.beforeYouStart,
      durations: document.durations,
      history: document.history,
      market: document.market,
      tiers: document.tiers.map(({ steps: _stepIds, ...tier }) => {
        const tierSteps = steps.filter((step) => step.tierId === tier.id);
        return {
          ...tier,
          estimatedHours: tierSteps.reduce((sum, step) => sum + step.estimatedHours, 0),
          steps: tierSteps,
        };
      }),
      plan: document.plan,
      priorities: document.priorities,
      challenges: document.challenges,
      checklist: document.checklist,
      faq,
      // A path links to its roadmap only once that roadmap is published, so content may name one still being written.
      alternatives: document.alternatives.map(({ roadmap, ...path }) => ({
        ...path,
        roadmap: (roadmap === undefined ? undefined : published.get(roadmap)) ?? null,
      })),
      closings: document.closings,
      conclusion: document.conclusion,
      stats: statsOf(row),
      updatedAt: row.updatedAt.toISOString(),
    };
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
