// The publisher's word on what became of the things a new version no longer has (issue 16, item 4; decisions 0032
// and 0036): each entry maps an id of the version being replaced to its successors in the new document (a split is
// one entry with several `to`, a merge several entries with the same `to`), or retires it. Steps and checklist items
// are mapped by the same rules, so one resolver serves both; `MappedKind` says what is mapped and where in the
// request its mapping is, for the errors. Pure: publishing and the content import resolve it the same way.
import { Type, type Static } from 'typebox';
import { ValidationError, type FieldError } from '../../lib/errors.ts';

/** What a mapping maps: what it is called in messages and the JSON pointer of the mapping in the request. */
export interface MappedKind {
  /** 'step', 'checklist item' */
  noun: string;
  /** '/mapping', '/checklistMapping' */
  pointer: string;
}

const MappedId = Type.String({ minLength: 1, maxLength: 100 });

/** The schema of one entry mapping one kind of thing (the descriptions name it). */
export const mappingEntrySchema = (noun: string, plural: string) =>
  Type.Union(
    [
      Type.Object(
        {
          from: MappedId,
          to: Type.Array(MappedId, {
            minItems: 1,
            maxItems: 50,
            description:
              `Its successors: ${plural} of the new document, or removed ${plural} that are themselves mapped on ` +
              '(no cycle)',
          }),
        },
        { additionalProperties: false, description: `A ${noun} of the version being replaced and what it became` },
      ),
      Type.Object(
        { from: MappedId, retire: Type.Literal(true) },
        { additionalProperties: false, description: `A ${noun} retired on purpose: its learners’ rows stay, archived` },
      ),
    ],
    { description: `What became of one ${noun} of the version being replaced` },
  );

/** `{ from: string; to: string[] } | { from: string; retire: true }` */
export type MappingEntry = Static<ReturnType<typeof mappingEntrySchema>>;

export interface ResolvedMapping {
  /** Each mapped id and the ids of the new document it ends at (a chain through removed ones followed). */
  successors: Map<string, string[]>;
  retired: Set<string>;
}

const fieldError = (pointer: string, detail: string): FieldError => ({ in: 'body', pointer, detail });

/**
 * Checks the mapping against the ids of the version being replaced and of the new document, and follows every chain
 * (a removed id mapped to another removed id that is mapped on) to ids the new document has. Every problem is named
 * by its pointer in one ValidationError; nothing is resolved when there is one.
 */
export const resolveMapping = (
  kind: MappedKind,
  previousIds: string[],
  nextIds: string[],
  mapping: MappingEntry[],
): ResolvedMapping => {
  const { noun, pointer } = kind;
  const previous = new Set(previousIds);
  const kept = new Set(nextIds);
  const errors: FieldError[] = [];
  const targets = new Map<string, string[]>();
  const retired = new Set<string>();
  const entryOf = new Map<string, number>();

  mapping.forEach((entry, index) => {
    const at = `${pointer}/${index}/from`;
    if (!previous.has(entry.from)) {
      errors.push(fieldError(at, `is not a ${noun} of the published roadmap: "${entry.from}"`));
    } else if (entryOf.has(entry.from)) {
      errors.push(
        fieldError(at, `"${entry.from}" is already mapped or retired by ${pointer}/${entryOf.get(entry.from)}`),
      );
    } else if ('retire' in entry && kept.has(entry.from)) {
      errors.push(
        fieldError(at, `"${entry.from}" is still a ${noun} of the new version: only a removed ${noun} retires`),
      );
    } else {
      entryOf.set(entry.from, index);
      if ('retire' in entry) retired.add(entry.from);
      else targets.set(entry.from, [...new Set(entry.to)]);
    }
  });

  // A `to` is an id of the new document, or a removed one that is itself mapped on.
  mapping.forEach((entry, index) => {
    if ('retire' in entry || entryOf.get(entry.from) !== index) return;
    entry.to.forEach((to, j) => {
      const at = `${pointer}/${index}/to/${j}`;
      if (kept.has(to)) return;
      if (retired.has(to)) errors.push(fieldError(at, `"${to}" is retired by this version: map to its successors`));
      else if (targets.has(to)) return;
      else if (previous.has(to)) errors.push(fieldError(at, `"${to}" is removed by this version and not mapped on`));
      else errors.push(fieldError(at, `is not a ${noun} of the new version: "${to}"`));
    });
  });
  if (errors.length > 0) throw new ValidationError(`The ${noun} mapping does not fit the versions.`, errors);

  const successors = new Map<string, string[]>();
  const follow = (from: string, path: string[]): string[] => {
    const done = successors.get(from);
    if (done !== undefined) return done;
    const ends: string[] = [];
    targets.get(from)!.forEach((to, j) => {
      if (kept.has(to)) ends.push(to);
      else if (path.includes(to)) {
        const cycle = [...path.slice(path.indexOf(to)), to].join(' → ');
        throw new ValidationError(`The ${noun} mapping has a cycle.`, [
          fieldError(`${pointer}/${entryOf.get(from)}/to/${j}`, `makes a cycle: ${cycle}`),
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

/** The ids of the version being replaced that the new document removes and the mapping does not account for. */
export const unmappedRemovals = (previousIds: string[], nextIds: string[], resolved: ResolvedMapping): string[] => {
  const kept = new Set(nextIds);
  return previousIds.filter((id) => !kept.has(id) && !resolved.successors.has(id) && !resolved.retired.has(id));
};

/** One version of a roadmap as a mapping of one kind sees it: its ids, and the mapping it was published with. */
export interface MappedVersion {
  ids: string[];
  mapping: MappingEntry[];
}

/**
 * The mappings from the first version given to the last, as one: each id of the first version that went away (or was
 * mapped on while kept) and the ids of the last version it ends at. A chain is followed across versions (removed in
 * one, its successor split in the next); a branch retired on the way ends there, and an id whose every branch is
 * retired is retired. A branch removed without a mapping is lost; an id that loses them all is in neither map (what
 * learners had on it is unaccounted for). Ids that stayed as they were are not listed. A fork moving across several
 * upstream versions follows this (decisions 0034 and 0044).
 */
export const composeMappings = (kind: MappedKind, versions: MappedVersion[]): ResolvedMapping => {
  const [first, ...later] = versions;
  const composed: ResolvedMapping = { successors: new Map(), retired: new Set() };
  if (first === undefined) return composed;
  const ends = new Map(first.ids.map((id) => [id, [id]]));
  const retiredOnTheWay = new Set<string>();
  let previous = first.ids;
  for (const version of later) {
    const resolved = resolveMapping(kind, previous, version.ids, version.mapping);
    const kept = new Set(version.ids);
    for (const [origin, current] of ends) {
      ends.set(
        origin,
        current.flatMap((id) => {
          const successors = resolved.successors.get(id);
          if (successors !== undefined) return successors;
          if (resolved.retired.has(id)) retiredOnTheWay.add(origin);
          return kept.has(id) ? [id] : [];
        }),
      );
    }
    previous = version.ids;
  }
  for (const [origin, current] of ends) {
    const unique = [...new Set(current)];
    if (unique.length === 1 && unique[0] === origin) continue;
    if (unique.length > 0) composed.successors.set(origin, unique);
    else if (retiredOnTheWay.has(origin)) composed.retired.add(origin);
  }
  return composed;
};

/**
 * The part of a (composed) mapping that applies to a roadmap that had `ids` and shows `shownIds` next: each of its
 * ids mapped on, to the successors it shows, or retired. An id none of whose successors it shows is left out, so it
 * counts as removed without a word.
 */
export const mappingWithin = (composed: ResolvedMapping, ids: string[], shownIds: string[]): ResolvedMapping => {
  const shown = new Set(shownIds);
  const mapping: ResolvedMapping = { successors: new Map(), retired: new Set() };
  for (const id of ids) {
    const successors = composed.successors.get(id)?.filter((successor) => shown.has(successor));
    if (successors !== undefined && successors.length > 0) mapping.successors.set(id, successors);
    else if (composed.retired.has(id) && !shown.has(id)) mapping.retired.add(id);
  }
  return mapping;
};

/** A resolved mapping as the entries a version records, so what follows this version can resolve it again. */
export const entriesOf = (mapping: ResolvedMapping): MappingEntry[] => [
  ...[...mapping.successors].map(([from, to]) => ({ from, to })),
  ...[...mapping.retired].map((from) => ({ from, retire: true as const })),
];
