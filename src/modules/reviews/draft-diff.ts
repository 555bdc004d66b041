// A draft compared with what learners read now, for reviewers: the same diff as between two versions (pure
// version-diff.ts), from the roadmap's latest version to the draft's document. A new roadmap has no version yet, so it
// is compared with nothing at all and everything in it reads as added.
import type { RoadmapContent } from '../content/content.schemas.ts';
import { diffVersions } from '../versions/version-diff.ts';
import { versionDocumentOf } from '../versions/versions.repository.ts';
import type { DraftDiff } from './reviews.schemas.ts';

/** A roadmap with no text, no steps and no items: what a new roadmap's draft is compared with. */
const NOTHING_YET = {
  steps: [],
  tiers: [],
  duties: [],
  keepInMind: [],
  beforeYouStart: [],
  durations: [],
  history: [],
  market: [],
  priorities: [],
  challenges: [],
  checklist: [],
  faq: [],
  alternatives: [],
  plan: { months: [] },
  closings: {},
} as unknown as RoadmapContent;

export const draftDiffOf = (
  latest: { number: number; document: RoadmapContent } | undefined,
  draft: RoadmapContent,
): DraftDiff => {
  const next = (latest?.number ?? 0) + 1;
  const diff = diffVersions(latest ?? { number: next, document: NOTHING_YET }, {
    number: next,
    document: versionDocumentOf(draft),
  });
  return { ...diff, from: latest?.number ?? null, to: next };
};
