// Guest progress import: what a visitor tracked in the browser before signing up, merged into their account. Its work
// is bounded whatever is sent: at most GUEST_IMPORT_MAX_ENTRIES entries in all (each list also has its own cap in
// the schema), no entry twice (refused, not collapsed: two different values for one step would leave the winner to
// chance), and the writes are one statement per table in one transaction (see mergeGuestProgress).
import type { ChecklistLevel, StepStatus } from '../../lib/enums.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../lib/errors.ts';
import { composeChecklistMappings, composeStepMappings, type UpstreamVersion } from '../forks/fork-mapping.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { ResolvedMapping } from '../versions/version-mapping.ts';
import { NOTE_SEPARATOR } from './progress-carry.repository.ts';
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

/** How long a note is stored; notes carried onto one step are joined and cut there, as a publish does. */
const NOTE_LIMIT = 10_000;
const STATUS_ORDER: readonly StepStatus[] = ['todo', 'skipped', 'in_progress', 'done'];
const LEVEL_ORDER: readonly ChecklistLevel[] = ['not_yet', 'partly', 'confident'];

/** What is followed across versions: steps (statuses, notes) or checklist items (self-assessments). */
interface FollowedKind {
  idsOf: (version: UpstreamVersion) => string[];
  compose: (versions: UpstreamVersion[]) => ResolvedMapping;
}
const STEPS: FollowedKind = {
  idsOf: (version) => version.document.steps.map((step) => step.id),
  compose: composeStepMappings,
};
const CHECKLIST_ITEMS: FollowedKind = {
  idsOf: (version) => version.document.checklist.map((item) => item.id),
  compose: composeChecklistMappings,
};

/**
 * Where the steps or checklist items the guest tracked on an earlier version went (decisions 0032 and 0036): each old
 * id is followed from the latest version that still had it through every later version's mapping, as a fork's accept
 * follows upstream. The browser keeps a guest's progress as long as they like, so it may predate several publishes.
 */
const followOldIds = (kind: FollowedKind, versions: UpstreamVersion[], oldIds: string[]): ResolvedMapping => {
  const followed: ResolvedMapping = { successors: new Map(), retired: new Set() };
  const byStart = new Map<number, string[]>();
  for (const id of oldIds) {
    const start = versions.findLastIndex((version) => kind.idsOf(version).includes(id));
    if (start >= 0) byStart.set(start, [...(byStart.get(start) ?? []), id]);
  }
  for (const [start, ids] of byStart) {
    const composed = kind.compose(versions.slice(start));
    for (const id of ids) {
      const successors = composed.successors.get(id);
      if (successors !== undefined) followed.successors.set(id, successors);
      else if (composed.retired.has(id)) followed.retired.add(id);
    }
  }
  return followed;
};

/** The ids of the roadmap as it is now that an id lands on, or why it has none. */
const landingIn = (currentIds: Set<string>, followed: ResolvedMapping, noun: string) => (id: string) => {
  if (currentIds.has(id)) return [id];
  const successors = followed.successors.get(id)?.filter((successor) => currentIds.has(successor)) ?? [];
  if (successors.length > 0) return successors;
  return followed.retired.has(id) ? `${noun} retired in a later version` : `no such ${noun}`;
};

/** Keeps, per id, the entry that ranks highest in `order`. */
const furthest = <T extends string>(order: readonly T[]) => {
  const kept = new Map<string, T>();
  return {
    offer(id: string, value: T) {
      const held = kept.get(id);
      if (held === undefined || order.indexOf(value) > order.indexOf(held)) kept.set(id, value);
    },
    entries: () => [...kept],
  };
};

/**
 * Splits the import into rows to merge and entries to report. A step or checklist item of an earlier version follows
 * the mappings to its successors, where what the guest had lands as a publish would have carried it (the most
 * advanced status or self-assessment; the notes joined); roadmaps, steps and items that do not exist (any more) are
 * reported, not stored.
 */
export const sortGuestImport = async (
  body: GuestProgressBody,
  roadmapOf: (slug: string) => Promise<RoadmapDocument>,
  versionsOf: (slug: string) => Promise<UpstreamVersion[]>,
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
    const oldSteps = [...(guest.steps ?? []), ...(guest.notes ?? [])]
      .map((entry) => entry.stepId)
      .filter((id) => !stepIds.has(id));
    const oldItems = (guest.checklist ?? []).map((item) => item.itemId).filter((id) => !itemIds.has(id));
    const versions = oldSteps.length + oldItems.length === 0 ? [] : await versionsOf(slug);
    const stepLanding = landingIn(stepIds, followOldIds(STEPS, versions, [...new Set(oldSteps)]), 'step');
    const itemLanding = landingIn(itemIds, followOldIds(CHECKLIST_ITEMS, versions, oldItems), 'item');

    const statuses = furthest(STATUS_ORDER);
    for (const step of guest.steps ?? []) {
      const landing = stepLanding(step.stepId);
      if (typeof landing === 'string') ignored.push({ roadmap: slug, id: step.stepId, reason: landing });
      else for (const id of landing) statuses.offer(id, step.status);
    }
    for (const [stepId, status] of statuses.entries()) merge.steps.push({ slug, stepId, status });

    const notes = new Map<string, { bodies: string[]; writtenAt: Date }>();
    for (const note of guest.notes ?? []) {
      // A clock in the future cannot make a guest note win forever.
      const writtenAt = new Date(Math.min(Date.parse(note.updatedAt), now.getTime()));
      const landing = stepLanding(note.stepId);
      if (typeof landing === 'string') ignored.push({ roadmap: slug, id: note.stepId, reason: landing });
      for (const id of typeof landing === 'string' ? [] : landing) {
        const held = notes.get(id);
        // The step's own note first, then what was carried onto it, as a publish joins them.
        if (held === undefined) notes.set(id, { bodies: [note.body], writtenAt });
        else if (id === note.stepId) held.bodies.unshift(note.body);
        else held.bodies.push(note.body);
        if (held !== undefined && writtenAt > held.writtenAt) held.writtenAt = writtenAt;
      }
    }
    for (const [stepId, { bodies, writtenAt }] of notes)
      merge.notes.push({ slug, stepId, body: bodies.join(NOTE_SEPARATOR).slice(0, NOTE_LIMIT), writtenAt });

    const levels = furthest(LEVEL_ORDER);
    for (const item of guest.checklist ?? []) {
      const landing = itemLanding(item.itemId);
      if (typeof landing === 'string') ignored.push({ roadmap: slug, id: item.itemId, reason: landing });
      else for (const id of landing) levels.offer(id, item.level);
    }
    for (const [itemId, level] of levels.entries()) merge.checklist.push({ slug, itemId, level });
  }
  return { merge, ignored };
};
