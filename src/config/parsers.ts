// The parsers of the options table (options.ts): each turns the text of one environment variable into its value, or
// throws an OptionError that says what it expects. The type of every option is its parser's return type.
import { isIP } from 'node:net';
import path from 'node:path';

/** A bad value; the loader prefixes the message with the variable's name and the value given. */
export class OptionError extends Error {}

export type Parser<T> = (raw: string) => T;

export const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^\d+$/.test(raw)) throw new OptionError(`expects a whole number from ${min} to ${max}`);
    const value = Number(raw);
    if (value < min || value > max) throw new OptionError(`expects a whole number from ${min} to ${max}`);
    return value;
  };

export const oneOf =
  <const T extends string>(...allowed: T[]): Parser<T> =>
  (raw) => {
    const match = allowed.find((value) => value === raw);
    if (match === undefined) throw new OptionError(`expects one of: ${allowed.join(', ')}`);
    return match;
  };

export const boolean: Parser<boolean> = (raw) => {
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new OptionError('expects true or false');
};

export const text: Parser<string> = (raw) => raw;

/** A folder, made absolute against the working directory at start, so a later chdir cannot move it. */
export const directory: Parser<string> = (raw) => path.resolve(raw);

export const isoDateTime: Parser<string> = (raw) => {
  if (Number.isNaN(Date.parse(raw))) throw new OptionError('expects an ISO 8601 date-time');
  return raw;
};

export const keyPrefix: Parser<string> = (raw) => {
  if (!/^[A-Za-z0-9:._-]{1,64}$/.test(raw)) throw new OptionError('expects 1–64 letters, digits or : . _ -');
  return raw;
};

// The names @fastify/proxy-addr knows for the usual private ranges.
const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];
const MAX_PROXY_HOPS = 16;

const proxyAddress = (entry: string) => {
  if (NAMED_RANGES.includes(entry)) return entry;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  const bits = family === 4 ? 32 : 128;
  if (family === 0 || rest.length > 0 || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
    throw new OptionError(`expects proxy addresses or CIDR ranges such as 10.0.0.0/8 or fd00::/8; got ${entry}`);
  }
  if (prefix !== undefined && (Number(prefix) < 1 || Number(prefix) > bits)) {
    throw new OptionError(`expects a range from /1 to /${bits} after ${address}; got ${entry}`);
  }
  return entry;
};

/**
 * Whose X-Forwarded-For Waymark believes: nobody's (false), that many proxy hops in front of it whatever their
 * address, or the proxies at these addresses and CIDR ranges (also loopback, linklocal, uniquelocal).
 */
export type TrustProxy = false | number | string[];

export const trustProxy: Parser<TrustProxy> = (raw) => {
  const lowered = raw.toLowerCase();
  if (['false', 'no', '0'].includes(lowered)) return false;
  if (['true', 'yes'].includes(lowered)) {
    throw new OptionError(
      'would trust every hop, so any client could choose its own address with X-Forwarded-For; set the number of ' +
        'proxies in front of Waymark (TRUST_PROXY=1 for one) or their addresses (TRUST_PROXY=10.0.0.5 or ' +
        'TRUST_PROXY=10.0.0.0/8)',
    );
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > MAX_PROXY_HOPS) throw new OptionError(`expects from 1 to ${MAX_PROXY_HOPS} proxy hops`);
    return hops;
  }
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new OptionError('expects false, a number of proxy hops, or proxy addresses');
  return entries.map(proxyAddress);
};

// Values people copy from examples; a key anyone can read is no key.
const KNOWN_WEAK_SECRETS = ['secret', 'changeme', 'change-me', 'jwt-secret', 'waymark', 'development', 'password'];

export const secret: Parser<string> = (raw) => {
  if (raw.length < 32)
    throw new OptionError('expects at least 32 characters of random text (try: openssl rand -base64 48)');
  const lowered = raw.toLowerCase();
  if (KNOWN_WEAK_SECRETS.some((weak) => lowered.includes(weak)) || new Set(raw).size < 10) {
    throw new OptionError('is a guessable value; use random text (try: openssl rand -base64 48)');
  }
  return raw;
};

export const url =
  (...protocols: string[]): Parser<string> =>
  (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new OptionError(`expects a URL (${protocols.join(' or ')})`);
    }
    if (!protocols.includes(parsed.protocol)) throw new OptionError(`expects a URL (${protocols.join(' or ')})`);
    return raw;
  };

export const originList: Parser<string[]> = (raw) =>
  raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new OptionError(`expects a comma-separated list of origins such as https://app.example.org`);
      }
      if (parsed.origin !== origin) {
        throw new OptionError(`expects bare origins (scheme://host[:port], no path or trailing slash); got ${origin}`);
      }
      return origin;
    });

// OTEL_EXPORTER_OTLP_HEADERS and OTEL_RESOURCE_ATTRIBUTES: key=value pairs separated by commas, values
// percent-encoded (the OpenTelemetry specification's format).
export const keyValueList: Parser<Record<string, string>> = (raw) => {
  const pairs: Record<string, string> = {};
  for (const item of raw.split(',')) {
    if (item.trim() === '') continue;
    const equals = item.indexOf('=');
    const key = equals < 0 ? '' : item.slice(0, equals).trim();
    if (key === '') throw new OptionError('expects key=value pairs separated by commas');
    try {
      pairs[key] = decodeURIComponent(item.slice(equals + 1).trim());
    } catch {
      throw new OptionError(`has a badly percent-encoded value for ${key}`);
    }
  }
  return pairs;
};

const otlpProtocols = oneOf('http/protobuf', 'http/json');

export const otlpProtocol: Parser<ReturnType<typeof otlpProtocols>> = (raw) => {
  if (raw === 'grpc')
    throw new OptionError('asks for grpc, which Waymark does not export; use http/protobuf or http/json');
  return otlpProtocols(raw);
};

export const ratio: Parser<number> = (raw) => {
  const value = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || value > 1) throw new OptionError('expects a number from 0 to 1');
  return value;
};

/** A cron schedule of five fields (minute hour day month weekday), as pg-boss reads it, in UTC. */
export const cron: Parser<string> = (raw) => {
  const fields = raw.trim().split(/\s+/);
  if (fields.length !== 5 || !fields.every((field) => /^[\d*/,-]+$/.test(field))) {
    throw new OptionError('expects a cron schedule of five fields, such as "17 4 * * *" (04:17 UTC daily)');
  }
  return fields.join(' ');
};

/**
 * Hosts, each with or without a port (`example.org`, `127.0.0.1:8080`, `[::1]:8080`), comma-separated, lowercased.
 * A bare host matches every port.
 */
export const hostList: Parser<string[]> = (raw) =>
  raw
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .map((entry) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(`http://${entry}`);
      } catch {
        parsed = undefined;
      }
      if (parsed === undefined || parsed.host !== entry.replace(/:80$/, '') || parsed.pathname !== '/') {
        throw new OptionError(`expects hosts such as example.org or 127.0.0.1:8080, comma-separated; got ${entry}`);
      }
      return entry;
    });

/** One entry of the options table. */
export interface OptionSpec<T> {
  /** The environment variable. */
  env: string;
  description: string;
  /** The default as written in .env.example; undefined means "not set", and the option's type admits undefined. */
  default: string | undefined;
  parse: Parser<T>;
  /** A key or credential: an error about it never repeats its value (start-up errors end up in logs). */
  sensitive?: true;
}
