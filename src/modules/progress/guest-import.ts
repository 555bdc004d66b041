// Guest progress import: what a visitor tracked in the browser before signing up, merged into their account. Its work
// is bounded whatever is sent: at most GUEST_IMPORT_MAX_ENTRIES entries in all (each list also has its own cap in
// the schema), no entry twice (refused, not collapsed: two different values for one step would leave the winner to
// chance), and the writes are one statement per table in one transaction (see mergeGuestProgress).
import type { ChecklistLevel, StepStatus } from '../../lib/enums.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../lib/errors.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { GuestProgressBody } from './progress.schemas.ts';

/** Steps, notes and checklist entries together, across every roadmap of one import. */
export const GUEST_IMPORT_MAX_ENTRIES = 2000;

export interface GuestMerge {
  steps: { slug: string; stepId: string; status: StepStatus }[];
  notes: { slug: string; stepId: string; body: string; writtenAt: Date }[];
  checklist: { slug: string; itemId: string; level: ChecklistLevel }[];
}

export interface IgnoredEntry {
  roadmap: string;
  id: string;
  reason: string;
}

const repeatsOf = (ids: string[], pointer: (index: number) => string): FieldError[] => {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ in: 'body', pointer: pointer(index), detail: `repeats "${id}", already given above` }];
  });
};

/** Throws a 400 naming the field when the import is over its cap or names an entry twice. */
export const checkGuestImportBounds = (body: GuestProgressBody) => {
  const entries = body.roadmaps.reduce(
    (sum, roadmap) =>
      sum + (roadmap.steps?.length ?? 0) + (roadmap.notes?.length ?? 0) + (roadmap.checklist?.length ?? 0),
    0,
  );
  if (entries > GUEST_IMPORT_MAX_ENTRIES) {
    const detail = `holds ${entries} entries (steps, notes, checklist); at most ${GUEST_IMPORT_MAX_ENTRIES} in all`;
    throw new ValidationError(`The import ${detail}.`, [{ in: 'body', pointer: '/roadmaps', detail }]);
  }
  const errors = [
    ...repeatsOf(
      body.roadmaps.map((roadmap) => roadmap.slug),
      (r) => `/roadmaps/${r}/slug`,
    ),
    ...body.roadmaps.flatMap((roadmap, r) => [
      ...repeatsOf(
        (roadmap.steps ?? []).map((step) => step.stepId),
        (i) => `/roadmaps/${r}/steps/${i}/stepId`,
      ),
      ...repeatsOf(
        (roadmap.notes ?? []).map((note) => note.stepId),
        (i) => `/roadmaps/${r}/notes/${i}/stepId`,
      ),
      ...repeatsOf(
        (roadmap.checklist ?? []).map((item) => item.itemId),
        (i) => `/roadmaps/${r}/checklist/${i}/itemId`,
      ),
    ]),
  ];
  if (errors.length > 0) {
    throw new ValidationError(`The import names an entry twice: ${errors[0]!.pointer}.`, errors);
  }
};

/**
 * Splits the import into rows to merge and entries to report: roadmaps, steps and items that do not exist (any more)
 * are reported, not stored.
 */
export const sortGuestImport = async (
  body: GuestProgressBody,
  roadmapOf: (slug: string) => Promise<RoadmapDocument>,
  now: Date,
) => {
  const merge: GuestMerge = { steps: [], notes: [], checklist: [] };
  const ignored: IgnoredEntry[] = [];
  for (const guest of body.roadmaps) {
    const slug = guest.slug;
    let roadmap: RoadmapDocument;
    try {
      roadmap = await roadmapOf(slug);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      ignored.push({ roadmap: slug, id: slug, reason: 'no such roadmap' });
      continue;
    }
    const stepIds = new Set(roadmap.tiers.flatMap((tier) => tier.steps.map((step) => step.id)));
    const itemIds = new Set(roadmap.checklist.map((item) => item.id));
    for (const step of guest.steps ?? []) {
      if (stepIds.has(step.stepId)) merge.steps.push({ slug, stepId: step.stepId, status: step.status });
      else ignored.push({ roadmap: slug, id: step.stepId, reason: 'no such step' });
    }
    for (const note of guest.notes ?? []) {
      // A clock in the future cannot make a guest note win forever.
      const writtenAt = new Date(Math.min(Date.parse(note.updatedAt), now.getTime()));
      if (stepIds.has(note.stepId)) merge.notes.push({ slug, stepId: note.stepId, body: note.body, writtenAt });
      else ignored.push({ roadmap: slug, id: note.stepId, reason: 'no such step' });
    }
    for (const item of guest.checklist ?? []) {
      if (itemIds.has(item.itemId)) merge.checklist.push({ slug, itemId: item.itemId, level: item.level });
      else ignored.push({ roadmap: slug, id: item.itemId, reason: 'no such item' });
    }
  }
  return { merge, ignored };
};
