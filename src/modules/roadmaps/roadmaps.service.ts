import { encodeCursor, decodeCursor } from '../../http/cursor.ts';
import { encodeBody, type EncodedBody } from '../../http/encoded-body.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { Type } from 'typebox';
import { LICENSES, type ResourceType } from '../content/content.schemas.ts';
import type { RoadmapRow, RoadmapsRepository } from './roadmaps.repository.ts';
import type { ResourceSummary, RoadmapDocument, RoadmapSummary, Step, StepDetail } from './roadmaps.schemas.ts';

export interface RoadmapsServiceDeps {
  roadmapsRepository: RoadmapsRepository;
  /** How long a rendered document is served from memory; imports in this process clear it at once. */
  cacheTtlMs: number;
  now?: () => number;
}

/**
 * A document ready to send: serialized, UTF-8 encoded and compressed once, each form with its ETag, so a hit costs no
 * JSON work, no encoding, no compression and no hashing (encoding a 70 KB string on every response was most of the
 * read path's CPU).
 */
export interface RenderedDocument {
  document: RoadmapDocument;
  encoded: EncodedBody;
}

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

const toSummary = (row: RoadmapRow): RoadmapSummary => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  license: licenseOf(row.license),
  durations: row.document.durations,
  stats: statsOf(row),
  updatedAt: row.updatedAt.toISOString(),
});

export const createRoadmapsService = ({ roadmapsRepository, cacheTtlMs, now = Date.now }: RoadmapsServiceDeps) => {
  const cache = new Map<string, { expiresAt: number; rendered: Promise<RenderedDocument | undefined> }>();

  const assembleDocument = async (slug: string): Promise<RoadmapDocument | undefined> => {
    const row = await roadmapsRepository.findRoadmap(slug);
    if (row === undefined) return undefined;
    const [stepRows, resourceRows, faq] = await Promise.all([
      roadmapsRepository.listSteps(slug),
      roadmapsRepository.listStepResources(slug),
      roadmapsRepository.listFaq(slug),
    ]);
    const resourcesByStep = new Map<string, ResourceSummary[]>();
    for (const { stepId, ...resource } of resourceRows) {
      const list = resourcesByStep.get(stepId) ?? [];
      list.push({ ...resource, type: resource.type as ResourceType });
      resourcesByStep.set(stepId, list);
    }
    const steps: Step[] = stepRows.map((step, index) => ({
      ...step,
      number: index + 1,
      resources: resourcesByStep.get(step.id) ?? [],
    }));
    const { document } = row;
    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      license: licenseOf(row.license),
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
    const cached = cache.get(slug);
    let rendered = cached !== undefined && cached.expiresAt > now() ? cached.rendered : undefined;
    if (rendered === undefined) {
      // The promise is cached, so concurrent misses share one database read.
      rendered = render(slug);
      cache.set(slug, { expiresAt: now() + cacheTtlMs, rendered });
      rendered.catch(() => cache.delete(slug));
    }
    const result = await rendered;
    if (result === undefined) {
      cache.delete(slug);
      throw new NotFoundError(`There is no roadmap "${slug}".`);
    }
    return result;
  };

  return {
    async listRoadmaps(options: { limit: number; cursor?: string | undefined }) {
      const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor, RoadmapCursor).after;
      const rows = await roadmapsRepository.listRoadmapsAfter(after, options.limit + 1);
      const page = rows.slice(0, options.limit);
      const last = page.at(-1);
      return {
        items: page.map(toSummary),
        nextCursor: rows.length > options.limit && last !== undefined ? encodeCursor({ after: last.slug }) : null,
      };
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

    /** Drops every cached document; called when an import changed the content. */
    invalidate() {
      cache.clear();
    },
  };
};

export type RoadmapsService = ReturnType<typeof createRoadmapsService>;
