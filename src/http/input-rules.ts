// What every input must be beyond what its schema says, decided in one place rather than route by route:
// - text that PostgreSQL can store and that means what it says: no NUL character (PostgreSQL text cannot hold one)
//   and no lone UTF-16 surrogate (it would be stored as U+FFFD, silently changing what was sent);
// - finite numbers: Ajv coerces "1e400" to Infinity and then skips its range checks;
// - formats that hold for JavaScript's Date and PostgreSQL's types too: a uuid without Ajv's `urn:uuid:` prefix, dates
//   and times within years 1–9999, real calendar days, no leap second (Date cannot represent one).
// A request that breaks a rule gets a 400 naming the field; it never reaches a query.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_FIELD_ERRORS, quotedField, ValidationError, type FieldError } from '../lib/errors.ts';

// Part of the request → the name problems use for it (see problem.ts).
const PARTS = { params: 'params', query: 'query', body: 'body' } as const;
const SCHEMA_KEYS = { params: 'params', query: 'querystring', body: 'body' } as const;

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

const checkRequest = async (request: FastifyRequest) => {
  const schema = request.routeOptions.schema as Record<string, unknown> | undefined;
  if (schema === undefined) return;
  const flaws = (Object.keys(PARTS) as (keyof typeof PARTS)[])
    .filter((part) => schema[SCHEMA_KEYS[part]] !== undefined)
    .flatMap((part) => flawsIn(request[part], PARTS[part]));
  if (flaws.length > 0) {
    throw new ValidationError(flaws.map((flaw) => `${flaw.in} ${flaw.pointer} ${flaw.detail}`).join('; '), flaws);
  }
};

/** Checks the parts of a request that its route's schema validated, once validation (and coercion) is done. */
export const registerInputRules = (app: FastifyInstance) => {
  app.addHook('preHandler', checkRequest);
};

// ——— Formats, replacing Ajv's own for these names ———

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const inStorableYears = (time: number) => {
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
};

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

const isDateTime = (value: string) => {
  const match = DATE_TIME.exec(value);
  if (match === null || !isDate(match[1]!)) return false;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const [offsetHours, offsetMinutes] = [Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  const time = Date.parse(value.toUpperCase());
  return !Number.isNaN(time) && inStorableYears(time);
};

interface AjvWithFormats {
  addFormat(name: string, format: RegExp | ((value: string) => boolean)): unknown;
}

/** Fastify's `ajv` option: coercion as before, and the formats above (added after ajv-formats', so they win). */
export const AJV_OPTIONS = {
  customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array' },
  onCreate: (ajv: AjvWithFormats) => {
    ajv.addFormat('uuid', UUID);
    ajv.addFormat('date', isDate);
    ajv.addFormat('date-time', isDateTime);
  },
} as const;
