// Hostile requests derived from the committed OpenAPI document: for every operation, a valid request built from its
// schemas, then that request with one part spoiled at a time — each path and query parameter, each body field (nested
// ones too), the body as a whole, its content type, the credentials. A new route is covered as soon as it is in
// openapi.json. What to send comes from here; who sends it and what counts as a pass is test/integration/no-5xx.test.ts.

import {
  CONTENT_TYPE_SPOILERS,
  describeValue,
  fieldSpoilers,
  HEADER_SPOILERS,
  JUNK_CURSORS,
  MISSING,
  spoiledCursors,
  toJson,
  typeOf,
  urlSpoilers,
  WHOLE_BODY_SPOILERS,
  type JsonSchema,
} from './fuzz-values.ts';
import { exampleOf } from './fuzz-examples.ts';

export interface OpenApiParameter {
  in: string;
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface Operation {
  /** `METHOD /path/{param}` as the document names it. */
  name: string;
  method: string;
  path: string;
  pathParams: OpenApiParameter[];
  queryParams: OpenApiParameter[];
  body: JsonSchema | undefined;
}

export const operationsOf = (document: OpenApiDocument): Operation[] =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      return {
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((parameter) => parameter.in === 'path'),
        queryParams: parameters.filter((parameter) => parameter.in === 'query'),
        body: operation.requestBody?.content['application/json']?.schema,
      };
    }),
  );

/**
 * Routes the app answers that openapi.json leaves out on purpose (Swagger UI, the spec itself, the development
 * mailbox): nothing is known of their parameters, so they get the cases any route gets.
 */
export const undocumentedOperations = (routes: { method: string; url: string }[], documented: Operation[]) => {
  const names = new Set(documented.map((operation) => operation.name));
  return routes
    .filter((route) => route.method !== 'HEAD')
    .map((route) => ({ method: route.method, path: route.url.replace(/:(\w+)/g, '{$1}').replace('*', 'x') }))
    .filter((route) => !names.has(`${route.method} ${route.path}`))
    .map((route): Operation => ({
      name: `${route.method} ${route.path}`,
      method: route.method,
      path: route.path,
      pathParams: [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
        in: 'path',
        name: match[1]!,
        required: true,
        schema: { type: 'string' },
      })),
      queryParams: [],
      body: undefined,
    }));
};

/** Which part of the request a case spoils; the coverage test checks each kind appears where it should. */
export type CaseKind =
  'valid' | 'path' | 'query' | 'body-field' | 'body' | 'content-type' | 'cursor' | 'headers' | 'method';

export interface FuzzCase {
  operation: string;
  kind: CaseKind;
  /** What was spoiled, e.g. `query limit = 1e400`. */
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** What the test knows about the running app: real values that let a request get past "not found". */
export interface FuzzInputs {
  /** A value that exists, by parameter or field name (a roadmap slug, a step id …), or undefined. */
  known: (name: string, operation: Operation) => string | undefined;
  /** Cursors the app gave out, by operation name, as it gave them: the models for forged ones. */
  realCursors: Record<string, string[]>;
}

/** A small deterministic generator (mulberry32), so a failing case is the same on every run. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A JSON number or other text placed into a body as it is (JSON.stringify cannot write 1e400). */

interface FieldPath {
  pointer: string[];
  schema: JsonSchema;
  /** Whether the field may be left out. */
  optional: boolean;
}

/** Every field of a body, nested ones too (the first item stands for an array's items). */
const fieldsOf = (schema: JsonSchema, pointer: string[] = []): FieldPath[] => {
  const fields: FieldPath[] = [];
  if (typeOf(schema) === 'object') {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const path = [...pointer, key];
      fields.push({ pointer: path, schema: property, optional: !(schema.required ?? []).includes(key) });
      fields.push(...fieldsOf(property, path));
    }
  }
  if (typeOf(schema) === 'array' && schema.items !== undefined) {
    const path = [...pointer, '0'];
    fields.push(...fieldsOf(schema.items, path).filter((field) => field.pointer.length > path.length));
  }
  return fields;
};

const getAt = (value: unknown, pointer: string[]): unknown =>
  pointer.reduce<unknown>((inner, key) => (inner as Record<string, unknown> | undefined)?.[key], value);

const withField = (body: unknown, pointer: string[], value: unknown): unknown => {
  const copy = structuredClone(body) as Record<string, unknown>;
  const parent = getAt(copy, pointer.slice(0, -1)) as Record<string, unknown>;
  const key = pointer.at(-1)!;
  if (value === MISSING) delete parent[key];
  else parent[key] = value;
  return copy;
};

const forgedCursors = (operation: Operation, inputs: FuzzInputs, pick: <T>(values: T[], count: number) => T[]) => {
  const own = inputs.realCursors[operation.name] ?? [];
  const others = Object.entries(inputs.realCursors)
    .filter(([name]) => name !== operation.name)
    .flatMap(([, cursors]) => cursors);
  return [
    ...new Set([
      ...JUNK_CURSORS,
      ...own.flatMap(spoiledCursors),
      ...pick([...others, ...others.flatMap(spoiledCursors)], 30),
    ]),
  ];
};

// ——— Putting requests together ———

const JSON_TYPE = 'application/json';

const urlOf = (operation: Operation, path: Record<string, string>, query: [string, string][]) => {
  const filled = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => path[name] ?? 'x');
  return query.length === 0 ? filled : `${filled}?${query.map(([key, value]) => `${key}=${value}`).join('&')}`;
};

export const casesFor = (operation: Operation, inputs: FuzzInputs, random: () => number): FuzzCase[] => {
  const known = (name: string) => inputs.known(name, operation);
  const path = Object.fromEntries(
    operation.pathParams.map((parameter) => [
      parameter.name,
      encodeURIComponent(String(exampleOf(parameter.schema, parameter.name, known))),
    ]),
  );
  const queryOf = (parameters: OpenApiParameter[]): [string, string][] =>
    parameters.map((parameter) => [
      parameter.name,
      encodeURIComponent(String(exampleOf(parameter.schema, parameter.name, known))),
    ]);
  // The valid request has the required query parameters; the spoiled ones start from it.
  const query = queryOf(operation.queryParams.filter((parameter) => parameter.required === true));
  const body = operation.body === undefined ? undefined : exampleOf(operation.body, 'body', known);
  const request = (
    kind: CaseKind,
    label: string,
    parts: { path?: Record<string, string>; query?: [string, string][]; payload?: string | Buffer; type?: string },
    headers: Record<string, string> = {},
  ): FuzzCase => {
    const payload = 'payload' in parts ? parts.payload : body === undefined ? undefined : toJson(body);
    const type = parts.type ?? JSON_TYPE;
    return {
      operation: operation.name,
      kind,
      label,
      method: operation.method,
      url: urlOf(operation, parts.path ?? path, parts.query ?? query),
      headers: payload === undefined ? headers : { 'content-type': type, ...headers },
      ...(payload === undefined ? {} : { payload }),
    };
  };

  const cases: FuzzCase[] = [request('valid', 'the valid request', {})];
  const knownOptional = operation.queryParams.filter(
    (parameter) => parameter.required !== true && inputs.known(parameter.name, operation) !== undefined,
  );
  if (knownOptional.length > 0) {
    cases.push(
      request('valid', 'the valid request with every optional parameter that has a real value', {
        query: [...query, ...queryOf(knownOptional)],
      }),
    );
  }
  /** `count` of `values`, chosen with `random` (a partial Fisher–Yates shuffle). */
  const pick = <T>(values: T[], count: number): T[] => {
    const shuffled = [...values];
    for (let i = 0; i < Math.min(count, shuffled.length); i += 1) {
      const j = i + Math.floor(random() * (shuffled.length - i));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    return shuffled.slice(0, count);
  };

  for (const parameter of operation.pathParams) {
    for (const value of urlSpoilers(parameter.schema)) {
      cases.push(
        request('path', `path ${parameter.name} = ${value.slice(0, 40)}`, {
          path: { ...path, [parameter.name]: value === '' ? '%20' : value },
        }),
      );
    }
  }

  const others = (name: string) => query.filter(([key]) => key !== name);
  for (const parameter of operation.queryParams) {
    const spoilers = parameter.name === 'cursor' ? [] : urlSpoilers(parameter.schema);
    const valid = encodeURIComponent(String(exampleOf(parameter.schema, parameter.name, known)));
    for (const value of spoilers) {
      cases.push(
        request('query', `query ${parameter.name} = ${value.slice(0, 40)}`, {
          query: [...others(parameter.name), [parameter.name, value]],
        }),
      );
    }
    cases.push(
      request('query', `query ${parameter.name} repeated`, {
        query: [...others(parameter.name), [parameter.name, valid], [parameter.name, valid]],
      }),
      request('query', `query ${parameter.name}[]`, {
        query: [...others(parameter.name), [`${parameter.name}[]`, valid]],
      }),
    );
    if (parameter.required === true) {
      cases.push(request('query', `query ${parameter.name} missing`, { query: others(parameter.name) }));
    }
    if (parameter.name === 'cursor') {
      for (const cursor of forgedCursors(operation, inputs, pick)) {
        cases.push(
          request('cursor', `cursor ${describeValue(Buffer.from(cursor, 'base64url').toString())}`, {
            query: [...others('cursor'), ['cursor', encodeURIComponent(cursor)]],
          }),
        );
      }
    }
  }
  for (const [name, value] of [
    ['unexpected', '1'],
    ['__proto__', '1'],
    ['constructor', 'x'],
    ['hasOwnProperty', '1'],
  ] as const) {
    cases.push(request('query', `query ${name} (unknown)`, { query: [...query, [name, value]] }));
  }

  if (operation.body !== undefined && body !== undefined) {
    for (const field of fieldsOf(operation.body)) {
      const known = getAt(body, field.pointer);
      const name = `/${field.pointer.join('/')}`;
      for (const value of [MISSING, ...fieldSpoilers(field.schema, known)]) {
        cases.push(
          request('body-field', `body ${name} = ${describeValue(value)}`, {
            payload: toJson(withField(body, field.pointer, value)),
          }),
        );
      }
    }
    cases.push(
      request('body', 'body with an extra field', { payload: toJson({ ...(body as object), unexpected: 1 }) }),
    );
    cases.push(
      request('body', 'body with only its required fields', {
        payload: toJson(
          Object.fromEntries(
            Object.entries(body as object).filter(([key]) => (operation.body?.required ?? []).includes(key)),
          ),
        ),
      }),
    );
    cases.push(request('body', 'no body at all', { payload: undefined }));
    for (const [label, payload] of WHOLE_BODY_SPOILERS) cases.push(request('body', `body is ${label}`, { payload }));
    for (const type of CONTENT_TYPE_SPOILERS) {
      cases.push(request('content-type', `content type ${type}`, { type }));
    }
  } else {
    // A body where none is expected.
    cases.push(request('body', 'an unexpected JSON body', { payload: '{"a":1}' }));
    cases.push(request('content-type', 'an unexpected text body', { payload: 'x', type: 'text/plain' }));
    cases.push(request('content-type', 'an unexpected XML body', { payload: '<a/>', type: 'application/xml' }));
    cases.push(request('body', 'an unexpected deep body', { payload: `${'['.repeat(100_000)}${']'.repeat(100_000)}` }));
  }

  for (const [label, headers] of HEADER_SPOILERS) cases.push(request('headers', label, {}, headers));
  // Other methods on the same URL: HEAD where GET answers, a CORS preflight from an allowed and another origin.
  const valid = cases[0]!;
  if (operation.method === 'GET') cases.push({ ...valid, kind: 'method', label: 'HEAD', method: 'HEAD' });
  for (const origin of ['https://app.example.org', 'https://elsewhere.example']) {
    cases.push({
      ...valid,
      kind: 'method',
      label: `OPTIONS from ${origin}`,
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': operation.method, 'access-control-request-headers': 'x' },
    });
  }
  return cases;
};
