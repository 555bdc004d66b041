// A draft's document made into what GET /v1/roadmaps/{slug} would answer once it is published: the same parts as a
// published roadmap's, read from the document instead of the roadmap tables, given to the same mapping.
import { resourceIdsIn } from '../content/roadmap-checks.ts';
import { toRoadmapDocument } from '../roadmaps/roadmap-view.ts';
import type { RoadmapsRepository, StepResourceRow, StepRow } from '../roadmaps/roadmaps.repository.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { DraftRow } from './drafts.repository.ts';

export type PreviewLookups = Pick<
  RoadmapsRepository,
  'listResourceSummaries' | 'listStepsPublishedIn' | 'listPublishedTitles'
>;

export const previewOf = async (draft: DraftRow, lookups: PreviewLookups): Promise<RoadmapDocument> => {
  const { slug, title, summary, license, steps: stepContents, faq, ...document } = draft.document;
  const byId = new Map(stepContents.map((step) => [step.id, step]));
  // The path's order is the tiers' order, as an import stores it; the order of the steps list carries no meaning.
  const steps: StepRow[] = document.tiers.flatMap((tier) =>
    tier.steps.flatMap((stepId) => {
      const step = byId.get(stepId);
      if (step === undefined) return [];
      const { id, title, summary, body, topics, estimatedHours } = step;
      return [{ id, tierId: tier.id, title, summary, body, topics, estimatedHours }];
    }),
  );
  const [resourceRows, shared, published] = await Promise.all([
    lookups.listResourceSummaries(resourceIdsIn(draft.document)),
    lookups.listStepsPublishedIn(
      steps.map((step) => step.id),
      slug,
    ),
    lookups.listPublishedTitles(document.alternatives.flatMap((path) => path.roadmap ?? [])),
  ]);
  const resourceById = new Map(resourceRows.map((resource) => [resource.id, resource]));
  const resources: StepResourceRow[] = steps.flatMap((step) =>
    byId.get(step.id)!.resources.flatMap((resourceId) => {
      const resource = resourceById.get(resourceId);
      return resource === undefined ? [] : [{ stepId: step.id, ...resource }];
    }),
  );
  return toRoadmapDocument({
    slug,
    title,
    summary,
    license,
    document: document,
    steps,
    resources,
    faq,
    shared,
    published,
    stats: {
      tiers: document.tiers.length,
      steps: steps.length,
      estimatedHours: steps.reduce((sum, step) => sum + step.estimatedHours, 0),
      resources: new Set(resources.map((resource) => resource.id)).size,
    },
    // What a learner would see as "updated" is the draft's last change.
    updatedAt: draft.updatedAt,
    version: null,
  });
};
