// The publisher's word on what became of the steps a new version no longer has (issue 16, item 4; decision 0032):
// each entry maps a step of the version being replaced to its successors in the new document (a split is one entry
// with several `to`, a merge several entries with the same `to`), or retires it. Pure: publishing and the content
// import resolve it the same way, and carry learners' progress along what it resolves to.
import { Type, type Static } from 'typebox';
import { ValidationError, type FieldError } from '../../lib/errors.ts';
import type { RoadmapContent } from '../content/content.schemas.ts';

const StepId = Type.String({ minLength: 1, maxLength: 100 });

export const StepMappingEntrySchema = Type.Union(
  [
    Type.Object(
      {
        from: StepId,
        to: Type.Array(StepId, {
          minItems: 1,
          maxItems: 50,
          description:
            'Its successors: steps of the new document, or removed steps that are themselves mapped on (no cycle)',
        }),
      },
      { additionalProperties: false, description: 'A step of the version being replaced and what it became' },
    ),
    Type.Object(
      { from: StepId, retire: Type.Literal(true) },
      { additionalProperties: false, description: 'A step retired on purpose: its learners’ rows stay, archived' },
    ),
  ],
  { description: 'What became of one step of the version being replaced' },
);
/** `{ from: string; to: string[] } | { from: string; retire: true }` */
export type StepMappingEntry = Static<typeof StepMappingEntrySchema>;

export interface ResolvedStepMapping {
  /** Each mapped step and the steps of the new document it ends at (a chain through removed steps followed). */
  successors: Map<string, string[]>;
  retired: Set<string>;
}

const fieldError = (pointer: string, detail: string): FieldError => ({ in: 'body', pointer, detail });

/**
 * Checks the mapping against the steps of the version being replaced and the new document, and follows every chain
 * (a removed step mapped to another removed step that is mapped on) to steps the new document has. Every problem is
 * named by its pointer in one ValidationError; nothing is resolved when there is one.
 */
export const resolveStepMapping = (
  previousStepIds: string[],
  next: RoadmapContent,
  mapping: StepMappingEntry[],
): ResolvedStepMapping => {
  const previous = new Set(previousStepIds);
  const kept = new Set(next.steps.map((step) => step.id));
  const errors: FieldError[] = [];
  const targets = new Map<string, string[]>();
  const retired = new Set<string>();
  const entryOf = new Map<string, number>();

  mapping.forEach((entry, index) => {
    const at = `/mapping/${index}/from`;
    if (!previous.has(entry.from)) {
      errors.push(fieldError(at, `is not a step of the published roadmap: "${entry.from}"`));
    } else if (entryOf.has(entry.from)) {
      errors.push(
        fieldError(at, `"${entry.from}" is already mapped or retired by /mapping/${entryOf.get(entry.from)}`),
      );
    } else if ('retire' in entry && kept.has(entry.from)) {
      errors.push(fieldError(at, `"${entry.from}" is still a step of the new version: only a removed step retires`));
    } else {
      entryOf.set(entry.from, index);
      if ('retire' in entry) retired.add(entry.from);
      else targets.set(entry.from, [...new Set(entry.to)]);
    }
  });

  // A `to` is a step of the new document, or a removed step that is itself mapped on.
  mapping.forEach((entry, index) => {
    if ('retire' in entry || entryOf.get(entry.from) !== index) return;
    entry.to.forEach((to, j) => {
      const at = `/mapping/${index}/to/${j}`;
      if (kept.has(to)) return;
      if (retired.has(to)) errors.push(fieldError(at, `"${to}" is retired by this version: map to its successors`));
      else if (targets.has(to)) return;
      else if (previous.has(to)) errors.push(fieldError(at, `"${to}" is removed by this version and not mapped on`));
      else errors.push(fieldError(at, `is not a step of the new version: "${to}"`));
    });
  });
  if (errors.length > 0) throw new ValidationError('The step mapping does not fit the versions.', errors);

  const successors = new Map<string, string[]>();
  const follow = (from: string, path: string[]): string[] => {
    const done = successors.get(from);
    if (done !== undefined) return done;
    const ends: string[] = [];
    targets.get(from)!.forEach((to, j) => {
      if (kept.has(to)) ends.push(to);
      else if (path.includes(to)) {
        const cycle = [...path.slice(path.indexOf(to)), to].join(' → ');
        throw new ValidationError('The step mapping has a cycle.', [
          fieldError(`/mapping/${entryOf.get(from)}/to/${j}`, `makes a cycle: ${cycle}`),
        ]);
      } else ends.push(...follow(to, [...path, to]));
    });
    const unique = [...new Set(ends)];
    successors.set(from, unique);
    return unique;
  };
  for (const from of targets.keys()) follow(from, [from]);
  return { successors, retired };
};

/**
 * The steps of the version being replaced that the new document drops with no word on them: neither mapped on nor
 * retired. Publishing and the import refuse when learners have progress on any of these (decision 0032).
 */
export const unaccountedSteps = (previousStepIds: string[], next: RoadmapContent, resolved: ResolvedStepMapping) => {
  const kept = new Set(next.steps.map((step) => step.id));
  return previousStepIds.filter(
    (stepId) => !kept.has(stepId) && !resolved.successors.has(stepId) && !resolved.retired.has(stepId),
  );
};
