// What the content files say became of the steps and checklist items a roadmap no longer has (docs/decisions/0033
// and 0044): a step's `replaces: [old ids]` (several steps naming one old id split it, one step naming several merges
// them) and roadmap.yaml's `retired: [old ids]`; for checklist items, an item's own `replaces:` and roadmap.yaml's
// `retiredChecklistItems:`. The loader checks what the files alone can tell and turns each into a mapping (decisions
// 0032 and 0036); the import keeps the part that fits the version it replaces. One set of rules for both kinds. Pure.
import type { StepMappingEntry } from '../versions/step-mapping.ts';
import type { MappingEntry } from '../versions/version-mapping.ts';
import type { IssueList } from './content-files.ts';
import type { RoadmapContent } from './content.schemas.ts';

export interface Place {
  file: string;
  pointer: string;
}

/** A roadmap's mapping of one kind as its files declare it, and where each old id is written (for messages). */
export interface FileMapping {
  entries: MappingEntry[];
  namedAt: Map<string, Place[]>;
}
export type FileStepMapping = FileMapping;

export interface DeclaredSuccession {
  /** Each step's (or item's) `replaces:`, its file and the pointer of the object holding it ('' for a step file). */
  replaces: Map<string, { ids: string[]; file: string; at?: string }>;
  retired: string[];
  /** roadmap.yaml */
  file: string;
  /** Where `retired` is in roadmap.yaml: '/retired' for steps (the default), '/retiredChecklistItems' for items. */
  retiredAt?: string;
}

const STEPS = 'step';
const CHECKLIST_ITEMS = 'checklist item';

/** The first cycle (in tier order) among the roadmap's own steps replacing one another, with where it closes. */
const findCycle = (replaces: DeclaredSuccession['replaces'], order: string[]) => {
  const present = new Set(order);
  const done = new Set<string>();
  const visit = (stepId: string, path: string[]): { at: Place; cycle: string[] } | undefined => {
    if (done.has(stepId)) return undefined;
    const declared = replaces.get(stepId);
    for (const [index, old] of (declared?.ids ?? []).entries()) {
      if (!present.has(old) || old === stepId) continue;
      if (path.includes(old)) {
        const pointer = `${declared!.at ?? ''}/replaces/${index}`;
        return { at: { file: declared!.file, pointer }, cycle: [...path.slice(path.indexOf(old)), old] };
      }
      const found = visit(old, [...path, old]);
      if (found !== undefined) return found;
    }
    done.add(stepId);
    return undefined;
  };
  for (const stepId of order) {
    const found = visit(stepId, [stepId]);
    if (found !== undefined) return found;
  }
  return undefined;
};

/**
 * Checks a roadmap's `replaces:` and `retired:` of one kind (`noun`) against its own ids (in order) and gives the mapping they
 * declare: one entry per old id, `to` the ids naming it in order, or `retire`. Problems go to `issues` with their
 * file and field.
 */
export const fileMappingOf = (
  noun: string,
  ids: string[],
  declared: DeclaredSuccession,
  issues: IssueList,
): FileMapping => {
  const present = new Set(ids);
  const successors = new Map<string, string[]>();
  const namedAt = new Map<string, Place[]>();
  for (const id of ids) {
    const own = declared.replaces.get(id);
    own?.ids.forEach((old, index) => {
      const pointer = `${own.at ?? ''}/replaces/${index}`;
      if (old === id) {
        issues.add(own.file, pointer, `a ${noun} does not replace itself`);
        return;
      }
      successors.set(old, [...(successors.get(old) ?? []), id]);
      namedAt.set(old, [...(namedAt.get(old) ?? []), { file: own.file, pointer }]);
    });
  }
  const cycle = findCycle(declared.replaces, ids);
  if (cycle !== undefined) {
    issues.add(cycle.at.file, cycle.at.pointer, `makes a cycle: ${cycle.cycle.join(' → ')} replace one another`);
  }
  const retired: string[] = [];
  declared.retired.forEach((old, index) => {
    const pointer = `${declared.retiredAt ?? '/retired'}/${index}`;
    if (present.has(old)) {
      issues.add(
        declared.file,
        pointer,
        `"${old}" is still a ${noun} of this roadmap: only a ${noun} it no longer has retires`,
      );
    } else if (successors.has(old)) {
      // A step file names the step; an item's `replaces:` is in roadmap.yaml, so its pointer names the item.
      const where = namedAt
        .get(old)!
        .map((place) => (place.pointer.startsWith('/replaces/') ? place.file : `${place.file} ${place.pointer}`))
        .join(', ');
      issues.add(
        declared.file,
        pointer,
        `"${old}" is also replaced (in ${where}): a ${noun} is either replaced or retired`,
      );
    } else {
      retired.push(old);
      namedAt.set(old, [{ file: declared.file, pointer }]);
    }
  });
  const entries: MappingEntry[] = [
    ...[...successors].map(([from, to]) => ({ from, to })),
    ...retired.map((from) => ({ from, retire: true as const })),
  ];
  return { entries, namedAt };
};

/** The step mapping a roadmap's files declare (`replaces:` in step files, `retired:` in roadmap.yaml). */
export const fileStepMapping = (roadmap: RoadmapContent, declared: DeclaredSuccession, issues: IssueList) =>
  fileMappingOf(
    STEPS,
    roadmap.steps.map((step) => step.id),
    declared,
    issues,
  );

/** The checklist mapping a roadmap's files declare (an item's `replaces:`, `retiredChecklistItems:`). */
export const fileChecklistMapping = (roadmap: RoadmapContent, declared: DeclaredSuccession, issues: IssueList) =>
  fileMappingOf(
    CHECKLIST_ITEMS,
    roadmap.checklist.map((item) => item.id),
    declared,
    issues,
  );

/**
 * The part of the files' mapping that describes the change from the version being replaced (its step ids) to the new
 * document. An old id that version does not have is history (a change this database already has, or one from before
 * it started) and is left out. A step the new document keeps counts as replaced only by steps new in this version:
 * a split that keeps the old id for one part, `{ from, to: [from, …new] }`; on later imports it is history too.
 */
export const applicableEntries = (mapping: FileMapping, previousIds: string[], nextIds: string[]): MappingEntry[] => {
  const previous = new Set(previousIds);
  const kept = new Set(nextIds);
  return mapping.entries.flatMap((entry): MappingEntry[] => {
    if (!previous.has(entry.from)) return [];
    if ('retire' in entry || !kept.has(entry.from)) return [entry];
    const fresh = entry.to.filter((to) => !previous.has(to));
    return fresh.length === 0 ? [] : [{ from: entry.from, to: [entry.from, ...fresh] }];
  });
};

/** `applicableEntries` for the steps of the new document. */
export const applicableMapping = (
  mapping: FileStepMapping,
  previousStepIds: string[],
  next: RoadmapContent,
): StepMappingEntry[] =>
  applicableEntries(
    mapping,
    previousStepIds,
    next.steps.map((step) => step.id),
  );

/** Where the files name old ids the version being replaced does not have: a misspelt id shows up here. */
export const namesOfNoStep = (mapping: FileMapping, previousIds: string[]) => {
  const previous = new Set(previousIds);
  return [...mapping.namedAt].filter(([old]) => !previous.has(old));
};
