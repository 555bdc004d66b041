// A fork moving to a new upstream version follows the upstream's step and checklist mappings (docs/decisions/0034,
// "Progress when a fork moves to a new upstream version", and 0044). Pure: the upstream's mappings of the versions in between
// composed into one, the overlay's entries on removed steps moved to their successors, and the mapping the fork's
// own publish carries its learners' progress along.
import type { RoadmapContent } from '../content/content.schemas.ts';
import { CHECKLIST_MAPPING, type ChecklistMappingEntry } from '../versions/checklist-mapping.ts';
import { STEP_MAPPING, type ResolvedStepMapping, type StepMappingEntry } from '../versions/step-mapping.ts';
import { composeMappings, mappingWithin, type ResolvedMapping } from '../versions/version-mapping.ts';
import type { DroppedEntry, ForkOverlay, OverlaySection } from './fork-overlay.ts';

export interface UpstreamVersion {
  number: number;
  document: RoadmapContent;
  stepMapping: StepMappingEntry[];
  /** Left out where only steps matter; none then. */
  checklistMapping?: ChecklistMappingEntry[];
}

/** The overlay after following the mapping, and for the sections whose entries moved, where each came from. */
export interface FollowedOverlay {
  overlay: ForkOverlay;
  /** For each entry of a section, the index of the entry in the overlay given it comes from (same index if absent). */
  origins: Partial<Record<OverlaySection, number[]>>;
}
type Traced<T> = { entry: T; origin: number };

/** How long a fork's note can be (the overlay's schema); notes joined on a merged step stay within it. */
const NOTE_LIMIT = 5000;
const RESOURCE_LIMIT = 50;

/** The upstream's step mappings from the first version given to the last, as one (`composeMappings`). */
export const composeStepMappings = (versions: UpstreamVersion[]): ResolvedStepMapping =>
  composeMappings(
    STEP_MAPPING,
    versions.map((version) => ({ ids: version.document.steps.map((step) => step.id), mapping: version.stepMapping })),
  );

/** The upstream's checklist mappings from the first version given to the last, as one (decision 0044). */
export const composeChecklistMappings = (versions: UpstreamVersion[]): ResolvedMapping =>
  composeMappings(
    CHECKLIST_MAPPING,
    versions.map((version) => ({
      ids: version.document.checklist.map((item) => item.id),
      mapping: version.checklistMapping ?? [],
    })),
  );

/**
 * The overlay with its entries on steps upstream mapped on moved to the successors, before `rebaseOverlay` drops
 * what still does not fit (an entry left on a removed step is dropped and listed there; `namedAsGiven` names it as
 * the editors wrote it):
 * - `hide`: a successor is hidden when every step it comes from was hidden (a step merged with one the fork shows
 *   is shown); a step upstream kept stays as it is.
 * - `rename`: follows a step whose one successor is new upstream (a new id, or a merge into a new step), unless the
 *   fork renames that one already. Merged into a step upstream had before, that step keeps its own title; split,
 *   no one step fits the title. Either way the entry stays and is dropped.
 * - `notes`, `resources`: go to every successor the fork shows; notes meeting on one step are joined (up to the
 *   5 000 characters a note holds; one that does not fit stays behind and is dropped), resources united.
 * - `order`: a removed step's place in the list goes to its successors in that tier the fork shows.
 * - `add.after`: a step placed after a removed one goes after the last of its successors the fork shows.
 */
export const followMapping = (
  overlay: ForkOverlay,
  composed: ResolvedStepMapping,
  from: RoadmapContent,
  to: RoadmapContent,
): FollowedOverlay => {
  if (composed.successors.size === 0) return { overlay, origins: {} };
  const fromIds = new Set(from.steps.map((step) => step.id));
  const mapped = (stepId: string) => composed.successors.has(stepId);
  const predecessors = new Map<string, string[]>();
  for (const step of to.steps) if (fromIds.has(step.id) && !mapped(step.id)) predecessors.set(step.id, [step.id]);
  for (const [origin, successors] of composed.successors) {
    for (const successor of successors) predecessors.set(successor, [...(predecessors.get(successor) ?? []), origin]);
  }

  const hidden = new Set(overlay.hide ?? []);
  const hide: Traced<string>[] = [];
  (overlay.hide ?? []).forEach((stepId, origin) => {
    const successors = composed.successors.get(stepId) ?? [stepId];
    const followed = successors.filter((successor) => predecessors.get(successor)?.every((p) => hidden.has(p)));
    for (const entry of followed.length > 0 ? followed : [stepId]) {
      if (!hide.some((item) => item.entry === entry)) hide.push({ entry, origin });
    }
  });
  const newlyHidden = new Set(hide.map((item) => item.entry));
  const shownSuccessors = (stepId: string) =>
    composed.successors.get(stepId)?.filter((successor) => !newlyHidden.has(successor)) ?? [];

  const renamed = new Set((overlay.rename ?? []).map((entry) => entry.step).filter((step) => !mapped(step)));
  const rename = (overlay.rename ?? []).map((entry) => {
    const successors = shownSuccessors(entry.step);
    if (successors.length !== 1 || fromIds.has(successors[0]!) || renamed.has(successors[0]!)) return entry;
    renamed.add(successors[0]!);
    return { ...entry, step: successors[0]! };
  });

  // The fork's own notes on steps upstream kept come first, so a note carried onto one of them follows it.
  const given = (overlay.notes ?? []).map((entry, origin) => ({ entry, origin }));
  const notes = given.filter((item) => !mapped(item.entry.step)).map((item) => ({ ...item, entry: { ...item.entry } }));
  for (const { entry, origin } of given.filter((item) => mapped(item.entry.step))) {
    const successors = shownSuccessors(entry.step);
    let left = successors.length === 0;
    for (const step of successors) {
      const same = notes.find((item) => item.entry.step === step)?.entry;
      if (same === undefined) notes.push({ entry: { step, note: entry.note }, origin });
      else if (same.note.length + 2 + entry.note.length <= NOTE_LIMIT) same.note = `${same.note}\n\n${entry.note}`;
      else left = true;
    }
    if (left) notes.push({ entry: { ...entry }, origin });
  }

  const resources: Traced<NonNullable<ForkOverlay['resources']>[number]>[] = [];
  (overlay.resources ?? []).forEach((entry, origin) => {
    const successors = shownSuccessors(entry.step);
    for (const step of successors.length > 0 ? successors : [entry.step]) {
      const same = resources.find((item) => item.entry.step === step)?.entry;
      if (same === undefined) resources.push({ entry: { step, add: [...entry.add] }, origin });
      else same.add = [...new Set([...same.add, ...entry.add])].slice(0, RESOURCE_LIMIT);
    }
  });

  const tierOf = new Map(to.tiers.flatMap((tier) => tier.steps.map((stepId) => [stepId, tier.id] as const)));
  const order = (overlay.order ?? []).map((entry) => ({
    ...entry,
    steps: [
      ...new Set(
        entry.steps.flatMap((stepId) => {
          const successors = shownSuccessors(stepId).filter((successor) => tierOf.get(successor) === entry.tier);
          return successors.length > 0 ? successors : [stepId];
        }),
      ),
    ],
  }));

  const position = new Map(to.steps.map((step, index) => [step.id, index]));
  const add = (overlay.add ?? []).map((entry) => {
    if (entry.after === undefined) return entry;
    const successors = shownSuccessors(entry.after);
    if (successors.length === 0) return entry;
    const last = successors.reduce((a, b) => (position.get(b)! > position.get(a)! ? b : a));
    return { ...entry, after: last };
  });

  const entries = <T>(items: Traced<T>[]) => items.map((item) => item.entry);
  const origins = <T>(items: Traced<T>[]) => items.map((item) => item.origin);
  return {
    overlay: {
      ...overlay,
      ...(overlay.hide === undefined ? {} : { hide: entries(hide) }),
      ...(overlay.rename === undefined ? {} : { rename }),
      ...(overlay.notes === undefined ? {} : { notes: entries(notes) }),
      ...(overlay.resources === undefined ? {} : { resources: entries(resources) }),
      ...(overlay.order === undefined ? {} : { order }),
      ...(overlay.add === undefined ? {} : { add }),
    },
    origins: { hide: origins(hide), notes: origins(notes), resources: origins(resources) },
  };
};

/** The dropped entries of a followed overlay, named by their pointers in the overlay the fork's editors wrote. */
export const namedAsGiven = (dropped: DroppedEntry[], origins: FollowedOverlay['origins']): DroppedEntry[] =>
  dropped
    .map((item) => {
      const [, , section, index] = item.pointer.split('/') as [string, string, OverlaySection, string];
      const origin = origins[section]?.[Number(index)];
      return origin === undefined ? item : { ...item, pointer: `/overlay/${section}/${origin}` };
    })
    .sort((a, b) => a.pointer.localeCompare(b.pointer));

/**
 * What the fork's own publish carries its learners' progress along: each step learners of the fork had (`stepIds`,
 * the fork's published steps) that upstream mapped on, to its successors the fork's new document shows, or retired.
 * A removed step none of whose successors the fork shows is left out, so the publish counts it as removed without a
 * word (refused when learners have progress on it). Steps the fork added are never upstream's to map.
 */
export const forkMappingOf = (
  composed: ResolvedStepMapping,
  stepIds: string[],
  document: RoadmapContent,
): ResolvedStepMapping =>
  mappingWithin(
    composed,
    stepIds,
    document.steps.map((step) => step.id),
  );
