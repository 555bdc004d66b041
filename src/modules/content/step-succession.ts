// What the content files say became of the steps a roadmap no longer has (docs/decisions/0033): a step's
// `replaces: [old ids]` (several steps naming one old id split it, one step naming several merges them) and
// roadmap.yaml's `retired: [old ids]`. The loader checks what the files alone can tell and turns it into a step
// mapping (decision 0032); the import keeps the part that fits the version it replaces. Pure.
import type { StepMappingEntry } from '../versions/step-mapping.ts';
import type { IssueList } from './content-files.ts';
import type { RoadmapContent } from './content.schemas.ts';

export interface Place {
  file: string;
  pointer: string;
}

/** A roadmap's step mapping as its files declare it, and where each old id is written (for the import's messages). */
export interface FileStepMapping {
  entries: StepMappingEntry[];
  namedAt: Map<string, Place[]>;
}

export interface DeclaredSuccession {
  /** Each step's `replaces:` and its file, for the steps that have one. */
  replaces: Map<string, { ids: string[]; file: string }>;
  retired: string[];
  /** roadmap.yaml */
  file: string;
}

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
        return { at: { file: declared!.file, pointer: `/replaces/${index}` }, cycle: [...path.slice(path.indexOf(old)), old] };
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
 * Checks a roadmap's `replaces:` and `retired:` against its own steps and gives the mapping they declare: one entry
 * per old id, `to` the steps naming it in tier order, or `retire`. Problems go to `issues` with their file and field.
 */
export const fileStepMapping = (
  roadmap: RoadmapContent,
  declared: DeclaredSuccession,
  issues: IssueList,
): FileStepMapping => {
  const present = new Set(roadmap.steps.map((step) => step.id));
  const successors = new Map<string, string[]>();
  const namedAt = new Map<string, Place[]>();
  for (const step of roadmap.steps) {
    const own = declared.replaces.get(step.id);
    own?.ids.forEach((old, index) => {
      const pointer = `/replaces/${index}`;
      if (old === step.id) {
        issues.add(own.file, pointer, 'a step does not replace itself');
        return;
      }
      successors.set(old, [...(successors.get(old) ?? []), step.id]);
      namedAt.set(old, [...(namedAt.get(old) ?? []), { file: own.file, pointer }]);
    });
  }
  const cycle = findCycle(
    declared.replaces,
    roadmap.steps.map((step) => step.id),
  );
  if (cycle !== undefined) {
    issues.add(cycle.at.file, cycle.at.pointer, `makes a cycle: ${cycle.cycle.join(' → ')} replace one another`);
  }
  const retired: string[] = [];
  declared.retired.forEach((old, index) => {
    const pointer = `/retired/${index}`;
    if (present.has(old)) {
      issues.add(declared.file, pointer, `"${old}" is still a step of this roadmap: only a step it no longer has retires`);
    } else if (successors.has(old)) {
      const where = namedAt.get(old)!.map((place) => place.file).join(', ');
      issues.add(declared.file, pointer, `"${old}" is also replaced (in ${where}): a step is either replaced or retired`);
    } else {
      retired.push(old);
      namedAt.set(old, [{ file: declared.file, pointer }]);
    }
  });
  const entries: StepMappingEntry[] = [
    ...[...successors].map(([from, to]) => ({ from, to })),
    ...retired.map((from) => ({ from, retire: true as const })),
  ];
  return { entries, namedAt };
};

/**
 * The part of the files' mapping that describes the change from the version being replaced (its step ids) to the new
 * document. An old id that version does not have is history (a change this database already has, or one from before
 * it started) and is left out. A step the new document keeps counts as replaced only by steps new in this version:
 * a split that keeps the old id for one part, `{ from, to: [from, …new] }`; on later imports it is history too.
 */
export const applicableMapping = (
  mapping: FileStepMapping,
  previousStepIds: string[],
  next: RoadmapContent,
): StepMappingEntry[] => {
  const previous = new Set(previousStepIds);
  const kept = new Set(next.steps.map((step) => step.id));
  return mapping.entries.flatMap((entry): StepMappingEntry[] => {
    if (!previous.has(entry.from)) return [];
    if ('retire' in entry || !kept.has(entry.from)) return [entry];
    const fresh = entry.to.filter((to) => !previous.has(to));
    return fresh.length === 0 ? [] : [{ from: entry.from, to: [entry.from, ...fresh] }];
  });
};

/** Where the files name old ids the version being replaced does not have: a misspelt id shows up here. */
export const namesOfNoStep = (mapping: FileStepMapping, previousStepIds: string[]) => {
  const previous = new Set(previousStepIds);
  return [...mapping.namedAt].filter(([old]) => !previous.has(old));
};
