// Guest progress import: what a visitor tracked in the browser before signing up, merged into their account. Its work
// is bounded whatever is sent: at most GUEST_IMPORT_MAX_ENTRIES entries in all (each list also has its own cap in
// the schema), no entry twice (refused, not collapsed: two different values for one step would leave the winner to
// chance), and the writes are one statement per table in one transaction (see mergeGuestProgress).
import type { ChecklistLevel, StepStatus } from '../../lib/enums.ts';
import { NotFoundError, ValidationError, type FieldError } from '../../lib/errors.ts';
import { composeMappings, type UpstreamVersion } from '../forks/fork-mapping.ts';
import type { RoadmapDocument } from '../roadmaps/roadmaps.schemas.ts';
import type { ResolvedStepMapping } from '../versions/step-mapping.ts';
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
const STATUS_ORDER: StepStatus[] = ['todo', 'skipped', 'in_progress', 'done'];

/**
 * Where the steps the guest tracked on an earlier version went (decision 0032): each old id is followed from the
 * latest version that still had it through every later version's step mapping, as a fork's accept follows upstream
 * (composeMappings). The browser keeps a guest's progress as long as they like, so it may predate several publishes.
 */
export const followOldSteps = (versions: UpstreamVersion[], oldIds: string[]): ResolvedStepMapping => {
  const followed: ResolvedStepMapping = { successors: new Map(), retired: new Set() };
  const byStart = new Map<number, string[]>();
  for (const id of oldIds) {
    const start = versions.findLastIndex((version) => version.document.steps.some((step) => step.id === id));
    if (start >= 0) byStart.set(start, [...(byStart.get(start) ?? []), id]);
  }
  for (const [start, ids] of byStart) {
    const composed = composeMappings(versions.slice(start));
    for (const id of ids) {
      const successors = composed.successors.get(id);
      if (successors !== undefined) followed.successors.set(id, successors);
      else if (composed.retired.has(id)) followed.retired.add(id);
    }
  }
  return followed;
};

/**
 * Splits the import into rows to merge and entries to report. A step of an earlier version follows that version's
 * mapping to its successors, where its status and note land as a publish would have carried them (the most advanced
 * status; the notes joined); roadmaps, steps and items that do not exist (any more) are reported, not stored.
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
    const oldIds = [...(guest.steps ?? []), ...(guest.notes ?? [])]
      .map((entry) => entry.stepId)
      .filter((id) => !stepIds.has(id));
    const followed =
      oldIds.length === 0 ? followOldSteps([], []) : followOldSteps(await versionsOf(slug), [...new Set(oldIds)]);
    /** The steps of this version the entry's step is now, or why it has none. */
    const landingOf = (stepId: string): string[] | string => {
      if (stepIds.has(stepId)) return [stepId];
      const successors = followed.successors.get(stepId)?.filter((id) => stepIds.has(id)) ?? [];
      if (successors.length > 0) return successors;
      return followed.retired.has(stepId) ? 'step retired in a later version' : 'no such step';
    };

    const statuses = new Map<string, StepStatus>();
    for (const step of guest.steps ?? []) {
      const landing = landingOf(step.stepId);
      if (typeof landing === 'string') ignored.push({ roadmap: slug, id: step.stepId, reason: landing });
      for (const id of typeof landing === 'string' ? [] : landing) {
        const held = statuses.get(id);
        if (held === undefined || STATUS_ORDER.indexOf(step.status) > STATUS_ORDER.indexOf(held))
          statuses.set(id, step.status);
      }
    }
    for (const [stepId, status] of statuses) merge.steps.push({ slug, stepId, status });

    const notes = new Map<string, { bodies: string[]; writtenAt: Date }>();
    for (const note of guest.notes ?? []) {
      // A clock in the future cannot make a guest note win forever.
      const writtenAt = new Date(Math.min(Date.parse(note.updatedAt), now.getTime()));
      const landing = landingOf(note.stepId);
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

    for (const item of guest.checklist ?? []) {
      if (itemIds.has(item.itemId)) merge.checklist.push({ slug, itemId: item.itemId, level: item.level });
      else ignored.push({ roadmap: slug, id: item.itemId, reason: 'no such item' });
    }
  }
  return { merge, ignored };
};
