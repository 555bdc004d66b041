// Valid values for a JSON schema, for the valid request that test/support/fuzz-cases.ts then spoils: a real value
// where the test knows one (a roadmap slug, a step id), else the simplest value that validates.
import { typeOf, type JsonSchema } from './fuzz-values.ts';

/** A real value by parameter or field name, or undefined. */
export type Known = (name: string) => string | undefined;

const STRING_CANDIDATES = ['roadmap', 'fuzz_handle', 'abc', 'a-b', 'a', 'x1', 'A1b2C3'];
const FORMAT_EXAMPLES: Record<string, string> = {
  email: 'fuzz@example.org',
  date: '2026-01-05',
  'date-time': '2026-01-05T10:00:00.000Z',
  uuid: '7b0e3c1a-2f4d-4e5b-9c6d-1a2b3c4d5e6f',
  uri: 'https://example.org/',
};

const exampleString = (schema: JsonSchema) => {
  if (schema.format !== undefined && FORMAT_EXAMPLES[schema.format] !== undefined) {
    return FORMAT_EXAMPLES[schema.format]!;
  }
  const pattern = schema.pattern === undefined ? undefined : new RegExp(schema.pattern, 'u');
  const fits = (value: string) =>
    (pattern === undefined || pattern.test(value)) &&
    value.length >= (schema.minLength ?? 0) &&
    value.length <= (schema.maxLength ?? Infinity);
  const candidates = [...(schema.examples ?? []).filter((e) => typeof e === 'string'), ...STRING_CANDIDATES];
  return candidates.find(fits) ?? 'x'.repeat(Math.max(1, schema.minLength ?? 1));
};

const exampleNumber = (schema: JsonSchema, integer: boolean) => {
  const low = schema.minimum ?? (schema.exclusiveMinimum === undefined ? 1 : schema.exclusiveMinimum + 1);
  const high = schema.maximum ?? (schema.exclusiveMaximum === undefined ? low + 10 : schema.exclusiveMaximum - 1);
  const value = Math.min(Math.max(low, 1), high);
  return integer ? Math.ceil(value) : value;
};

/** A valid value for a schema: real values where the test knows one, else the simplest that validates. */
export const exampleOf = (schema: JsonSchema, name: string, known: Known): unknown => {
  const real = known(name);
  // A known value names a thing (a slug, a step id): it stands for a string, never for an object of that name.
  if (real !== undefined && typeOf(schema) !== 'object') return real;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined) return schema.enum[0];
  const alternative = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (alternative !== undefined) return exampleOf(alternative, name, known);
  switch (typeOf(schema)) {
    case 'string':
      return exampleString(schema);
    case 'integer':
      return exampleNumber(schema, true);
    case 'number':
      return exampleNumber(schema, false);
    case 'boolean':
      return true;
    case 'array': {
      const item = schema.items ?? {};
      const count = Math.max(1, schema.minItems ?? 0);
      if (schema.uniqueItems === true && item.enum !== undefined) return item.enum.slice(0, count);
      return Array.from({ length: count }, () => exampleOf(item, name, known));
    }
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, property]) => [key, exampleOf(property, key, known)]),
      );
    default:
      return 'x';
  }
};
