// How a change to a draft's document is applied, before it is checked: a JSON Patch (RFC 6902, by the rfc6902
// package) or a JSON merge patch of top-level sections (RFC 7386). Both work on a copy; the stored document is
// replaced only once the result has passed the importer's checks.
import { applyPatch } from 'rfc6902';
import { ConflictError, ValidationError } from '../../lib/errors.ts';
import type { JsonPatch, SectionsPatch } from './drafts.schemas.ts';

export type DraftChange =
  { kind: 'json-patch'; operations: JsonPatch } | { kind: 'merge-patch'; sections: SectionsPatch };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7386: objects merge key by key, null removes a key, anything else (arrays too) replaces what was there. */
const mergePatch = (target: unknown, patch: unknown): unknown => {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__') continue;
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
};

const unescape = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
const topSection = (pointer: string) => unescape(pointer.split('/')[1] ?? '');

/** The top-level sections a change touches, for the audit log. */
export const sectionsOf = (change: DraftChange): string[] =>
  change.kind === 'merge-patch'
    ? Object.keys(change.sections)
    : [
        ...new Set(
          change.operations.flatMap((operation) => [
            topSection(operation.path),
            ...('from' in operation ? [topSection(operation.from)] : []),
          ]),
        ),
      ];

/**
 * The document with the change applied, on a copy. A JSON Patch operation that cannot be applied stops the whole
 * patch: a failed `test` is a 409 (the document is not what the editor expected), a path that is not there a 400;
 * both name the operation by its index in the patch.
 */
export const applyChange = (document: unknown, change: DraftChange): unknown => {
  if (change.kind === 'merge-patch') return mergePatch(document, change.sections);
  const copy = structuredClone(document);
  const results = applyPatch(copy, change.operations);
  const index = results.findIndex((result) => result !== null);
  if (index === -1) return copy;
  const failure = results[index]!;
  const operation = change.operations[index]!;
  if (failure.name === 'TestError') {
    throw new ConflictError(
      `Operation ${index} (test ${operation.path}) failed: the document holds something else there.`,
      [{ in: 'body', pointer: `/${index}`, detail: `test failed: ${operation.path} does not hold the value given` }],
    );
  }
  const detail =
    failure.name === 'MissingError'
      ? `${'from' in operation ? `${operation.from} or ${operation.path}` : operation.path} is not in the document`
      : failure.message;
  throw new ValidationError(`Operation ${index} (${operation.op} ${operation.path}) cannot be applied: ${detail}.`, [
    { in: 'body', pointer: `/${index}`, detail },
  ]);
};
