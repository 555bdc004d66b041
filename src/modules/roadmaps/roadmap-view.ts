// What a learner gets for a roadmap (GET /v1/roadmaps/{slug}), made from its parts. The published roadmap's parts come
// from its tables (roadmaps.service.ts); a draft's preview makes the same parts from its document (drafts.service.ts),
// so the preview is the page learners would get, by construction.
import type { LinkOutcome } from '../../lib/enums.ts';
import { LICENSES, type ResourceType } from '../content/content.schemas.ts';
import type { StoredRoadmapDocument } from '../content/content-import.repository.ts';
import type { StepResourceRow, StepRow } from './roadmaps.repository.ts';
import type { ResourceSummary, RoadmapDocument, Step } from './roadmaps.schemas.ts';

export interface RoadmapParts {
  slug: string;
  title: string;
  summary: string;
  license: string;
  document: StoredRoadmapDocument;
  /** In path order. */
  steps: StepRow[];
  /** The resources linked to the steps, in each step's order (only those published). */
  resources: StepResourceRow[];
  faq: { id: string; question: string; answer: string }[];
  /** For each step, another published roadmap with a step of the same id, in slug order. */
  shared: { stepId: string; slug: string; title: string }[];
  /** The published roadmaps among those the other paths name. */
  published: { slug: string; title: string }[];
  stats: RoadmapDocument['stats'];
  updatedAt: Date;
  /** The latest published version; none for a draft's preview, which is not published yet. */
  version: { number: number; publishedAt: Date } | null;
}

export const licenseOf = (id: string) => {
  const license = LICENSES[id as keyof typeof LICENSES];
  return { id: id as keyof typeof LICENSES, name: license.name, url: license.url };
};

export const profileOf = (document: StoredRoadmapDocument) => ({
  role: document.role,
  level: document.level,
  edition: document.edition,
  outcomes: document.outcomes,
});

export const toRoadmapDocument = (parts: RoadmapParts): RoadmapDocument => {
  const { document } = parts;
  const resourcesByStep = new Map<string, ResourceSummary[]>();
  for (const { stepId, linkState, linkCheckedAt, ...resource } of parts.resources) {
    const list = resourcesByStep.get(stepId) ?? [];
    // What the link check last found (decision 0030); nothing until the link has been checked.
    const link =
      linkState === null || linkCheckedAt === null
        ? null
        : { state: linkState as LinkOutcome, checkedAt: linkCheckedAt.toISOString() };
    list.push({ ...resource, type: resource.type as ResourceType, link });
    resourcesByStep.set(stepId, list);
  }
  const steps: Step[] = parts.steps.map((step, index) => ({
    ...step,
    number: index + 1,
    resources: resourcesByStep.get(step.id) ?? [],
    alsoIn: parts.shared.filter((other) => other.stepId === step.id).map(({ slug, title }) => ({ slug, title })),
  }));
  const published = new Map(parts.published.map((roadmap) => [roadmap.slug, roadmap]));
  return {
    slug: parts.slug,
    title: parts.title,
    summary: parts.summary,
    license: licenseOf(parts.license),
    ...profileOf(document),
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
    faq: parts.faq,
    // A path links to its roadmap only once that roadmap is published, so content may name one still being written.
    alternatives: document.alternatives.map(({ roadmap, ...path }) => ({
      ...path,
      roadmap: (roadmap === undefined ? undefined : published.get(roadmap)) ?? null,
    })),
    closings: document.closings,
    conclusion: document.conclusion,
    stats: parts.stats,
    updatedAt: parts.updatedAt.toISOString(),
    version:
      parts.version === null
        ? null
        : { number: parts.version.number, publishedAt: parts.version.publishedAt.toISOString() },
  };
};
