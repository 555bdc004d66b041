// The notice's lists from the version diff (version-diff.ts): only steps on the learner's path, which is every step
// of the roadmap as published now. Removed and retired steps are not on it; their progress is carried or archived.
import type { RoadmapContent } from '../content/content.schemas.ts';
import type { ChangedStep } from './version-changes.schemas.ts';
import type { VersionDiff } from './versions.schemas.ts';

export const stepChangesOf = (diff: VersionDiff, current: RoadmapContent) => {
  const tierOf = new Map(current.tiers.flatMap((tier) => tier.steps.map((id) => [id, tier] as const)));
  const onPath = (ids: Iterable<string>): ChangedStep[] =>
    current.steps
      .filter((step) => new Set(ids).has(step.id) && tierOf.has(step.id))
      .map((step) => {
        const tier = tierOf.get(step.id)!;
        return { id: step.id, title: step.title, tier: { id: tier.id, title: tier.title } };
      });
  const added = new Set(diff.steps.added.map((step) => step.id));
  const changed = [
    ...diff.steps.renamed.map((step) => step.id),
    ...diff.texts.filter((text) => text.section === 'steps' && text.itemId !== null).map((text) => text.itemId!),
  ].filter((id) => !added.has(id));
  return {
    added: onPath(added),
    changed: onPath(changed),
    moved: onPath(diff.steps.moved.map((step) => step.id)),
  };
};
