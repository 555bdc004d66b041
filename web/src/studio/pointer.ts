// The draft's document as the editor holds it, addressed by JSON pointer (RFC 6901): the same pointers the API names
// a problem by, so an error finds its field by the pointer alone (fieldIdOf).
export type Json = unknown;

const segmentsOf = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));

export const getAt = (document: Json, pointer: string): Json =>
  segmentsOf(pointer).reduce<Json>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, Json>)[key] : undefined),
    document,
  );

/** A copy of the document with the value at the pointer replaced; `undefined` removes an object's key. */
export const setAt = (document: Json, pointer: string, value: Json): Json => {
  const [head, ...rest] = segmentsOf(pointer);
  if (head === undefined) return value;
  const restPointer =
    rest.length === 0 ? '' : `/${rest.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
  if (Array.isArray(document)) {
    const copy = [...(document as Json[])];
    copy[Number(head)] = setAt(copy[Number(head)], restPointer, value);
    return copy;
  }
  const copy = { ...((document ?? {}) as Record<string, Json>) };
  const next = setAt(copy[head], restPointer, value);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
};

export const childPointer = (pointer: string, key: string | number) =>
  `${pointer}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;

/** The id of the control for the field at a pointer: /steps/2/body → field-steps-2-body. */
export const fieldIdOf = (pointer: string) => `field${pointer.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The list with the item at `from` moved to `to`. */
export const moved = <T>(list: readonly T[], from: number, to: number): T[] => {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
};

/**
 * What a save sends: each top-level section that changed, whole. The API merges object sections (edition, plan,
 * closings) key by key (RFC 7386), so a key the editor removed is sent as null to remove it there too.
 */
export const changedSections = (saved: Record<string, Json>, current: Record<string, Json>) => {
  const changes: Record<string, Json> = {};
  for (const key of new Set([...Object.keys(saved), ...Object.keys(current)])) {
    if (key === 'slug' || JSON.stringify(saved[key]) === JSON.stringify(current[key])) continue;
    const before = saved[key];
    const after = current[key];
    if (after === undefined) changes[key] = null;
    else if (isPlainObject(before) && isPlainObject(after))
      changes[key] = { ...Object.fromEntries(Object.keys(before).map((k) => [k, null])), ...after };
    else changes[key] = after;
  }
  return changes;
};

const isPlainObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
