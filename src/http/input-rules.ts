// What every input must be beyond what its schema says, decided in one place rather than route by route:
// - text that PostgreSQL can store and that means what it says: no NUL character (PostgreSQL text cannot hold one)
//   and no lone UTF-16 surrogate (it would be stored as U+FFFD, silently changing what was sent);
// - finite numbers: Ajv coerces "1e400" to Infinity and then skips its range checks;
// - formats that hold for JavaScript's Date and PostgreSQL's types too: a uuid without Ajv's `urn:uuid:` prefix, dates
//   and times within years 1–9999, real calendar days, no leap second (Date cannot represent one).
// A request that breaks a rule gets a 400 naming the field; it never reaches a query.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../lib/errors.ts';
import { flawsIn, isDate } from '../lib/value-rules.ts';

// Part of the request → the name problems use for it (see problem.ts).
const PARTS = { params: 'params', query: 'query', body: 'body' } as const;
const SCHEMA_KEYS = { params: 'params', query: 'querystring', body: 'body' } as const;

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
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const inStorableYears = (time: number) => {
  const year = new Date(time).getUTCFullYear();
  return year >= 1 && year <= 9999;
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
