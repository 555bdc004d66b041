// Rules a decoded value must keep beyond what its schema says, whatever it arrived in (a request's parts, a cursor):
// text PostgreSQL can store as sent (no NUL, no lone surrogate), finite numbers, real calendar days. The request hook
// that applies them is http/input-rules.ts.
import { MAX_FIELD_ERRORS, quotedField, type FieldError } from './errors.ts';

const pointerOf = (path: (string | number)[]) =>
  path.length === 0
    ? '/'
    : quotedField(`/${path.map((key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`);

/** What is wrong with a value that its schema let through, or undefined. */
const flawOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
    if (!value.isWellFormed()) return 'must be valid Unicode text (it holds a lone surrogate)';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number';
  return undefined;
};

/**
 * The flaws in a decoded value (the first MAX_FIELD_ERRORS), with their JSON pointers; walks without recursion, so
 * depth cannot overflow the stack.
 */
export const flawsIn = (value: unknown, part: string): FieldError[] => {
  const flaws: FieldError[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0 && flaws.length < MAX_FIELD_ERRORS) {
    const { value: current, path } = pending.pop()!;
    const flaw = flawOf(current);
    if (flaw !== undefined) flaws.push({ in: part, pointer: pointerOf(path), detail: flaw });
    if (current !== null && typeof current === 'object') {
      // Reversed onto the stack, so that flaws come out in document order.
      for (const [key, inner] of Object.entries(current).reverse()) {
        const keyFlaw = flawOf(key);
        if (keyFlaw !== undefined) flaws.push({ in: part, pointer: pointerOf(path), detail: `a key ${keyFlaw}` });
        pending.push({ value: inner, path: [...path, key] });
      }
    }
  }
  return flaws;
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD, in years 1–9999. */
export const isDate = (value: string) => {
  const match = DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Not Date.UTC, which reads years 0–99 as 1900–1999. Both roll 2026-02-30 over into March: a real day comes back as
  // it went in.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1;
};
