// The values test/support/fuzz-cases.ts spoils requests with: wrong types, odd and huge numbers, NUL bytes, lone
// surrogates, broken UTF-8, over-long text, forged cursors, malformed bodies, content types and headers.

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  default?: unknown;
  examples?: unknown[];
}

class RawJson {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}
const raw = (text: string) => new RawJson(text);

export const MISSING = Symbol('missing');

export const typeOf = (schema: JsonSchema): string | undefined => {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== 'null');
  if (schema.type !== undefined) return schema.type;
  if (schema.enum !== undefined) return typeof schema.enum[0];
  if (schema.properties !== undefined) return 'object';
  return undefined;
};

// ——— Values that spoil a string in a URL (path or query), already percent-encoded ———

const HUGE_NUMBERS = ['1e400', '-1e400', '1e-400', '18446744073709551616', '99999999999999999999', '9007199254740993'];
const ODD_NUMBERS = ['NaN', 'Infinity', '-Infinity', '-1', '0', '-0', '1.5', '0x10', '1e2', '+1', '%201', '1%20'];
const ENCODED_JUNK = [
  '', // empty
  '%00', // NUL
  'a%00b',
  '%ED%A0%80', // a lone surrogate, UTF-8 encoded: not valid UTF-8
  '%FF', // raw invalid UTF-8
  '%C0%AF', // an overlong encoding of "/"
  '%F4%90%80%80', // beyond U+10FFFF
  '%E2%80%AE', // right-to-left override (valid, odd)
  '%25', // a literal %
  '%ZZ', // a broken escape
  '..',
  '%2e%2e%2f%2e%2e',
  '%2F',
  encodeURIComponent("' OR '1'='1' --"),
  encodeURIComponent('null'),
  encodeURIComponent('[]'),
  encodeURIComponent('{}'),
  encodeURIComponent('true'),
  '%F0%9F%98%80', // an emoji
];
const FORMAT_SPOILERS: Record<string, string[]> = {
  uuid: [
    'not-a-uuid',
    '00000000-0000-0000-0000-000000000000',
    'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
    'urn:uuid:7b0e3c1a-2f4d-4e5b-9c6d-1a2b3c4d5e6f',
    '{7b0e3c1a-2f4d-4e5b-9c6d-1a2b3c4d5e6f}',
    '7b0e3c1a2f4d4e5b9c6d1a2b3c4d5e6f',
  ],
  date: ['2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '-001-01-01', '+275760-09-13', '2026-1-5', '20260105'],
  'date-time': [
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '2016-12-31T23:59:60Z',
    '2026-01-05t10:00:00z',
    '2026-01-05T24:00:00Z',
    '2026-01-05T10:00:00+14:00',
    '2026-01-05T10:00:00.123456789Z',
    '2026-01-05',
  ],
  email: ['a@b', 'a@@example.org', '"a b"@example.org', 'a@[127.0.0.1]', 'xn--e1afmkfd@xn--80akhbyknj4f.xn--p1ai'],
};

const lengthSpoilers = (schema: JsonSchema) => {
  const max = schema.maxLength ?? 1000;
  return ['a'.repeat(max + 1), 'a'.repeat(Math.max(max * 10, 10_000)), '%F0%9F%98%80'.repeat(Math.ceil(max / 2) + 1)];
};

export const urlSpoilers = (schema: JsonSchema): string[] => {
  const type = typeOf(schema);
  const values = [...ENCODED_JUNK, ...HUGE_NUMBERS, ...ODD_NUMBERS];
  if (type === 'string') values.push(...lengthSpoilers(schema));
  if (schema.enum !== undefined) values.push(...schema.enum.map((value) => String(value).toUpperCase()), 'other');
  if (schema.format !== undefined) values.push(...(FORMAT_SPOILERS[schema.format] ?? []).map(encodeURIComponent));
  if (type === 'integer' || type === 'number') {
    if (schema.maximum !== undefined) values.push(String(schema.maximum + 1), String(schema.maximum + 0.5));
    if (schema.minimum !== undefined) values.push(String(schema.minimum - 1));
  }
  return [...new Set(values)];
};

// ——— Values that spoil a body field (JSON) ———

const WRONG_TYPES: Record<string, unknown[]> = {
  string: [0, 1.5, true, [], {}, ['x'], { value: 'x' }],
  integer: ['1', 'abc', '', true, [], {}, [1]],
  number: ['1', 'abc', '', true, [], {}, [1]],
  boolean: ['true', 'yes', 1, 0, [], {}, [true]],
  array: ['x', 1, true, {}, { 0: 'x' }],
  object: ['x', 1, true, [], [{}]],
};

const STRING_SPOILERS: unknown[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800', // lone surrogates: JSON.stringify writes them as \ud800 escapes
  'a\udfffb',
  '\ufeff',
  '\u202e',
  "' OR '1'='1' --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%00',
  '\r\nX-Injected: 1',
  // Values one runtime reads differently from another: a time zone link newer tzdata dropped, an offset.
  'US/Pacific-New',
  '+05:30',
];

const NUMBER_SPOILERS: unknown[] = [
  raw('1e400'),
  raw('-1e400'),
  raw('1e-400'),
  raw('18446744073709551616'),
  raw('99999999999999999999'),
  raw('-0'),
  raw('9007199254740993'),
  1.7976931348623157e308,
  -1.7976931348623157e308,
  5e-324,
  -1,
  0,
  0.5,
  '1e400',
  '99999999999999999999',
  'NaN',
  'Infinity',
];

export const fieldSpoilers = (schema: JsonSchema, known: unknown): unknown[] => {
  const type = typeOf(schema);
  const values: unknown[] = [null, ...(WRONG_TYPES[type ?? 'string'] ?? WRONG_TYPES.string!)];
  if (type === 'string' || schema.enum !== undefined) {
    values.push(...STRING_SPOILERS, ...lengthSpoilers(schema).map(decodeURIComponent));
    if (typeof known === 'string') values.push(`${known}\u0000`, `${known}\ud800`, known.toUpperCase());
    values.push(...(FORMAT_SPOILERS[schema.format ?? ''] ?? []));
    // Valid, at the limit: as many characters as allowed, also as emoji (two UTF-16 units each) and as a letter
    // with a combining mark (two code points that look like one).
    if (schema.maxLength !== undefined && schema.pattern === undefined && schema.format === undefined) {
      values.push('a'.repeat(schema.maxLength), '😀'.repeat(schema.maxLength), 'e\u0301'.repeat(schema.maxLength / 2));
    }
  }
  if (type === 'integer' || type === 'number') {
    values.push(...NUMBER_SPOILERS);
    if (schema.maximum !== undefined) values.push(schema.maximum, schema.maximum + 1);
    if (schema.minimum !== undefined) values.push(schema.minimum);
  }
  if (schema.enum !== undefined) values.push('other', 0);
  if (type === 'array') {
    const item: unknown = Array.isArray(known) ? (known as unknown[])[0] : 'x';
    values.push(
      [],
      [null],
      [item, item],
      Array.from({ length: (schema.maxItems ?? 1000) + 1 }, () => item),
    );
    values.push(deepArray(2000));
  }
  if (type === 'object') values.push({}, { ...(known as object), unexpected: 1 }, deepObject(2000));
  return values;
};

const deepArray = (depth: number) => raw(`${'['.repeat(depth)}${']'.repeat(depth)}`);
const deepObject = (depth: number) => raw(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

/** JSON text for a body in which some values are RawJson. */
export const toJson = (value: unknown): string => {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof RawJson) {
      raws.push(inner.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return inner;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => raws[Number(index)]!);
};

export const describeValue = (value: unknown) => {
  if (value === MISSING) return 'missing';
  const text = value instanceof RawJson ? value.text : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 30)}… (${text.length} chars)` : text;
};

// ——— Cursors ———

const base64url = (text: string | Buffer) => Buffer.from(text).toString('base64url');

const CURSOR_VALUE_SPOILERS: unknown[] = [
  null,
  true,
  [],
  {},
  -1,
  0,
  1.5,
  raw('1e400'),
  raw('18446744073709551616'),
  2 ** 63,
  '99999999999999999999',
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  "' OR '1'='1' --",
  'x'.repeat(300),
  'not-a-date',
  '0000-01-01T00:00:00Z',
  '2016-12-31T23:59:60Z',
  'not-a-uuid',
  'urn:uuid:7b0e3c1a-2f4d-4e5b-9c6d-1a2b3c4d5e6f',
];

const decodedShape = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as object;

/** A real cursor spoiled one key at a time, and turned into near misses of itself. */
export const spoiledCursors = (cursor: string): string[] => {
  const shape = decodedShape(cursor) as Record<string, unknown>;
  const cursors = [
    `${cursor}=`,
    `${cursor}%00`,
    Buffer.from(cursor, 'base64url').toString('base64'),
    cursor.slice(0, -2),
    base64url(toJson({ ...shape, extra: 1 })),
  ];
  for (const key of Object.keys(shape)) {
    const { [key]: _dropped, ...rest } = shape;
    cursors.push(base64url(toJson(rest)));
    for (const value of CURSOR_VALUE_SPOILERS) cursors.push(base64url(toJson({ ...shape, [key]: value })));
  }
  return cursors;
};

export const JUNK_CURSORS = [
  'junk',
  '!!!!',
  '====',
  base64url('junk'),
  base64url('{'),
  base64url('null'),
  base64url('[]'),
  base64url('{}'),
  base64url('"x"'),
  base64url('1e400'),
  base64url(Buffer.from([0xff, 0xfe, 0x00, 0x7b])),
  base64url("'; drop table users; --"),
  base64url('{"__proto__":{"polluted":true}}'),
  base64url(`${'['.repeat(150)}${']'.repeat(150)}`),
];

/**
 * Forged cursors for one operation: junk, its own cursors spoiled every way, and a sample of the other operations'
 * cursors (spoiled or not), which a client might mix up.
 */
export const WHOLE_BODY_SPOILERS: [string, string | Buffer][] = [
  ['empty', ''],
  ['null', 'null'],
  ['an array', '[]'],
  ['a string', '"x"'],
  ['a number', '1e400'],
  ['true', 'true'],
  ['truncated', '{"a":'],
  ['an open brace', '{'],
  ['trailing garbage', '{}}'],
  ['NaN', 'NaN'],
  ['a comment', '/* x */ {}'],
  ['a byte-order mark', '\ufeff{}'],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xc0, 0xaf, 0x22, 0x7d])],
  ['a NUL byte outside strings', '{\u0000}'],
  ['__proto__', '{"__proto__":{"polluted":true}}'],
  ['constructor.prototype', '{"constructor":{"prototype":{"polluted":true}}}'],
  ['deeply nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['deeply nested objects', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`],
  ['a deep array after __proto__', `{"__proto__":${'['.repeat(50_000)}${']'.repeat(50_000)}}`],
  ['a huge key', `{"${'k'.repeat(500_000)}":1}`],
  ['60 000 unknown fields', JSON.stringify(Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, 1])))],
  ['60 000 NUL strings', JSON.stringify(Array.from({ length: 60_000 }, () => '\u0000'))],
];

export const CONTENT_TYPE_SPOILERS = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/problem+json',
  'application/vnd.api+json',
  '*/*',
  ';;;',
  'application/json; x',
];

export const HEADER_SPOILERS: [string, Record<string, string>][] = [
  ['a long bearer token', { authorization: `Bearer ${'a'.repeat(10_000)}` }],
  ['a forged personal token', { authorization: 'Bearer wmk_pat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }],
  ['an unsigned JWT', { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' }],
  ['a malformed JWT', { authorization: 'Bearer a.b.c' }],
  ['a basic credential', { authorization: 'Basic YTpi' }],
  ['junk cookies', { cookie: '__Host-waymark_refresh=%ZZ; __Host-waymark_csrf=; waymark_visitor=\u00ff' }],
  ['a session cookie without its CSRF header', { cookie: '__Host-waymark_refresh=junk; __Host-waymark_csrf=x' }],
  [
    'a forged session cookie with a matching CSRF header',
    { cookie: '__Host-waymark_refresh=junk; __Host-waymark_csrf=x', 'x-csrf-token': 'x' },
  ],
  ['a forged visitor cookie', { cookie: `waymark_visitor=${'a.'.repeat(2000)}` }],
  ['a long User-Agent', { 'user-agent': `Mozilla/5.0 ${'x'.repeat(8000)} \u00ff\u00e9` }],
  ['a junk If-None-Match', { 'if-none-match': `"${'x'.repeat(5000)}", W/, *` }],
  ['a junk Accept', { accept: 'text/csv;q=abc, */*;q=-1' }],
  ['a junk Accept-Encoding', { 'accept-encoding': 'br;q=2, gzip;q=NaN, *;q=0' }],
  ['a forged request id', { 'x-request-id': '../../etc/passwd' }],
  ['a compressed body that is not', { 'content-encoding': 'gzip' }],
];

/** Every case for one operation; `random` picks which cursor and header cases to send when there are many. */
