// The only module that reads process.env. Every option is declared once below, with its description and default;
// `.env.example` and the README's table list the same options (a test keeps them in step).
import { isIP } from 'node:net';
import path from 'node:path';

export type Environment = 'development' | 'test' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type OtlpProtocol = 'http/protobuf' | 'http/json';
export type TraceSampler =
  | 'always_on'
  | 'always_off'
  | 'traceidratio'
  | 'parentbased_always_on'
  | 'parentbased_always_off'
  | 'parentbased_traceidratio';

/** OpenTelemetry tracing, from the standard OTEL_* variables; present only when spans are to be exported. */
export interface TracingConfig {
  /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, or OTEL_EXPORTER_OTLP_ENDPOINT with /v1/traces appended. */
  tracesUrl: string;
  protocol: OtlpProtocol;
  headers: Record<string, string>;
  /** Undefined: the process names itself (waymark-api, waymark-worker). */
  serviceName: string | undefined;
  resourceAttributes: Record<string, string>;
  sampler: TraceSampler;
  /** The ratio of the traceidratio samplers. */
  samplerRatio: number;
  /** How long finished spans wait to be sent in a batch (a shutdown sends them at once). */
  exportDelayMs: number;
}

/**
 * Whose X-Forwarded-For Waymark believes: nobody's (false), that many proxy hops in front of it whatever their
 * address, or the proxies at these addresses and CIDR ranges (also loopback, linklocal, uniquelocal).
 */
export type TrustProxy = false | number | string[];

export interface Config {
  nodeEnv: Environment;
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  /** 0: no limit. */
  databaseStatementTimeoutMs: number;
  dataDir: string;
  redisUrl: string | undefined;
  logLevel: LogLevel;
  corsOrigins: string[];
  trustProxy: TrustProxy;
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  rateLimitMax: number;
  rateLimitWindowMs: number;
  authRateLimitMax: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailPerAddressPerHour: number;
  workerMode: 'in-process' | 'off';
  contentDir: string;
  contentImportOnStart: boolean;
  cacheTtlMs: number;
  cacheMaxEntries: number;
  redisKeyPrefix: string;
  metricsToken: string | undefined;
  metricsPort: number | undefined;
  shutdownGraceMs: number;
  shutdownDrainMs: number;
  loadShedMaxEventLoopDelayMs: number;
  loadShedMaxHeapUsedMb: number;
  loadShedMaxRssMb: number;
  loadShedRetryAfterSeconds: number;
  gitCommit: string | undefined;
  buildTime: string | undefined;
  /** Undefined outside production when JWT_SECRET is unset: the process then makes a random key of its own. */
  jwtSecret: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenIdleDays: number;
  refreshTokenAbsoluteDays: number;
  feedbackRetentionDays: number;
  loginAttemptsRetentionDays: number;
  emailTokenRetentionDays: number;
  sentMailRetentionDays: number;
  endedSessionRetentionDays: number;
  feedbackRateLimitPerIp: number;
  feedbackRateLimitPerVisitor: number;
  /** Undefined: tracing is off and the OpenTelemetry SDK is not loaded. */
  tracing: TracingConfig | undefined;
}

type Parser<T> = (raw: string) => T;

interface OptionSpec<T> {
  description: string;
  /** The default as written in .env.example; undefined means "not set". */
  default: string | undefined;
  parse: Parser<T>;
  /** A key or credential: an error about it never repeats its value (start-up errors end up in logs). */
  sensitive?: true;
}

class OptionError extends Error {}

const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^\d+$/.test(raw)) throw new OptionError(`expects a whole number from ${min} to ${max}`);
    const value = Number(raw);
    if (value < min || value > max) throw new OptionError(`expects a whole number from ${min} to ${max}`);
    return value;
  };

const oneOf =
  <T extends string>(...allowed: T[]): Parser<T> =>
  (raw) => {
    if (!(allowed as string[]).includes(raw)) throw new OptionError(`expects one of: ${allowed.join(', ')}`);
    return raw as T;
  };

const boolean: Parser<boolean> = (raw) => {
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new OptionError('expects true or false');
};

const text: Parser<string> = (raw) => raw;

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

const trustProxy: Parser<TrustProxy> = (raw) => {
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

const secret: Parser<string> = (raw) => {
  if (raw.length < 32)
    throw new OptionError('expects at least 32 characters of random text (try: openssl rand -base64 48)');
  const lowered = raw.toLowerCase();
  if (KNOWN_WEAK_SECRETS.some((weak) => lowered.includes(weak)) || new Set(raw).size < 10) {
    throw new OptionError('is a guessable value; use random text (try: openssl rand -base64 48)');
  }
  return raw;
};

const url =
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

const originList: Parser<string[]> = (raw) =>
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
const keyValueList: Parser<Record<string, string>> = (raw) => {
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

const otlpProtocol: Parser<OtlpProtocol> = (raw) => {
  if (raw === 'grpc')
    throw new OptionError('asks for grpc, which Waymark does not export; use http/protobuf or http/json');
  return oneOf<OtlpProtocol>('http/protobuf', 'http/json')(raw);
};

const ratio: Parser<number> = (raw) => {
  const value = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || value > 1) throw new OptionError('expects a number from 0 to 1');
  return value;
};

export const options = {
  NODE_ENV: {
    description: 'development, test or production.',
    default: 'development',
    parse: oneOf<Environment>('development', 'test', 'production'),
  },
  HOST: {
    description: 'Address the HTTP server binds to. Use 0.0.0.0 in a container.',
    default: '127.0.0.1',
    parse: text,
  },
  PORT: { description: 'HTTP port.', default: '3000', parse: integer(0, 65535) },
  PUBLIC_URL: {
    description: 'The URL users reach Waymark at (links in the API and in mail). Default: http://localhost:PORT.',
    default: undefined,
    parse: url('http:', 'https:'),
  },
  DATABASE_URL: {
    description:
      'PostgreSQL server (postgres://user:pass@host:5432/db). Unset: the embedded PostgreSQL under DATA_DIR.',
    default: undefined,
    parse: url('postgres:', 'postgresql:'),
  },
  DATABASE_POOL_MAX: {
    description: 'Most connections one process opens to the PostgreSQL server.',
    default: '10',
    parse: integer(1, 200),
  },
  DATABASE_STATEMENT_TIMEOUT_MS: {
    description:
      'The PostgreSQL server cancels a statement of the API or the worker that runs longer; the request gets 503 ' +
      'with Retry-After. 0: no limit. The CLI (migrations, imports, exports) runs without it; the embedded ' +
      'database has none.',
    default: '5000',
    parse: integer(0, 3600000),
  },
  DATA_DIR: {
    description: 'Folder for the embedded database and other local state.',
    default: './data',
    parse: text,
  },
  REDIS_URL: {
    description:
      'Redis (redis://host:6379). Set it when several instances run: rate limits, the cache of public reads and ' +
      'its invalidation are then shared.',
    default: undefined,
    parse: url('redis:', 'rediss:'),
  },
  REDIS_KEY_PREFIX: {
    description: 'Prefix of every Redis key and channel Waymark uses, so several deployments can share one Redis.',
    default: 'waymark:',
    parse: (raw) => {
      if (!/^[A-Za-z0-9:._-]{1,64}$/.test(raw)) throw new OptionError('expects 1–64 letters, digits or : . _ -');
      return raw;
    },
  },
  LOG_LEVEL: {
    description: 'fatal, error, warn, info, debug, trace or silent.',
    default: 'info',
    parse: oneOf<LogLevel>('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
  },
  CORS_ORIGINS: {
    description: 'Comma-separated origins allowed to call the API from a browser. Empty: same origin only.',
    default: '',
    parse: originList,
  },
  TRUST_PROXY: {
    description:
      'Proxies whose X-Forwarded-For names the client: false (none); a hop count, e.g. 1 for one proxy; or their ' +
      'addresses and CIDR ranges, e.g. 10.0.0.5,fd00::/8. true is refused: any client could pick its address.',
    default: 'false',
    parse: trustProxy,
  },
  BODY_LIMIT_BYTES: {
    description: 'Largest request body accepted; larger ones get 413.',
    default: '1048576',
    parse: integer(1024, 104857600),
  },
  REQUEST_TIMEOUT_MS: {
    description: 'A request that takes longer to arrive is cut off.',
    default: '10000',
    parse: integer(1000, 600000),
  },
  RATE_LIMIT_MAX: {
    description: 'Requests one client (IP) may make per window.',
    default: '300',
    parse: integer(1, 10000000),
  },
  RATE_LIMIT_WINDOW_MS: { description: 'The rate-limit window.', default: '60000', parse: integer(1000, 86400000) },
  AUTH_RATE_LIMIT_MAX: {
    description: 'Requests one client (IP) may make per window to each of register, login, refresh and logout.',
    default: '20',
    parse: integer(1, 10000000),
  },
  CONTENT_DIR: {
    description: 'Folder of roadmap content (YAML + Markdown) imported at start.',
    default: './content',
    parse: text,
  },
  CONTENT_IMPORT_ON_START: {
    description: 'Import CONTENT_DIR at start when it differs from what the database holds.',
    default: 'true',
    parse: boolean,
  },
  CACHE_TTL_MS: {
    description:
      'How long a public read (roadmap document, search page) stays cached, in memory and in Redis. Content ' +
      'imports invalidate at once; this bounds staleness only when an invalidation cannot be broadcast.',
    default: '30000',
    parse: integer(1000, 86400000),
  },
  CACHE_MAX_ENTRIES: {
    description: 'Most entries the in-process cache holds (least recently used go first).',
    default: '1000',
    parse: integer(1, 1000000),
  },
  GIT_COMMIT: {
    description: 'Commit shown by /version. Default: read from git when available.',
    default: undefined,
    parse: text,
  },
  BUILD_TIME: {
    description: 'Build time shown by /version (ISO 8601). Default: the commit time when git is available.',
    default: undefined,
    parse: text,
  },
  SMTP_URL: {
    description:
      'Mail server (smtp://user:pass@host:587 or smtps://…:465). Unset: mail is kept in the database, where the ' +
      'development mailbox shows it (/dev/mailbox: development and test only, to loopback clients only).',
    default: undefined,
    parse: url('smtp:', 'smtps:'),
  },
  MAIL_FROM: {
    description: 'Sender of Waymark mail, e.g. "Waymark <no-reply@example.org>".',
    default: 'Waymark <no-reply@localhost>',
    parse: text,
  },
  MAIL_PER_ADDRESS_PER_HOUR: {
    description:
      'Most mails Waymark sends to one address in any hour, all kinds together (sign-up, reset, address change, ' +
      'notices), so nobody can use it to flood an inbox; further mail is dropped and logged, the answers stay the same.',
    default: '10',
    parse: integer(1, 1000),
  },
  WORKER_MODE: {
    description: 'in-process: this process also runs background jobs (mail). off: `npm run worker` runs them.',
    default: 'in-process',
    parse: oneOf<'in-process' | 'off'>('in-process', 'off'),
  },
  METRICS_TOKEN: {
    description:
      'Bearer token that GET /metrics requires (at least 32 characters of random text). Unset, and METRICS_PORT ' +
      'unset too: no /metrics.',
    default: undefined,
    parse: secret,
    sensitive: true,
  },
  METRICS_PORT: {
    description:
      'Serve /metrics on this port of its own (on HOST) instead of the API port; with METRICS_TOKEN set, the ' +
      'token is still required there.',
    default: undefined,
    parse: integer(1, 65535),
  },
  SHUTDOWN_GRACE_MS: {
    description:
      'On SIGTERM: how long requests in flight and the job in hand may take before the process exits anyway.',
    default: '10000',
    parse: integer(100, 600000),
  },
  SHUTDOWN_DRAIN_MS: {
    description:
      'On SIGTERM: how long /readyz answers 503 while requests are still served, so a load balancer stops ' +
      'sending new ones before the listener closes.',
    default: '0',
    parse: integer(0, 600000),
  },
  LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: {
    description: 'Answer 503 with Retry-After while the event loop lags more than this. 0: no limit.',
    default: '1000',
    parse: integer(0, 600000),
  },
  LOAD_SHED_MAX_HEAP_USED_MB: {
    description: 'Answer 503 with Retry-After while the JavaScript heap in use is above this. 0: no limit.',
    default: '0',
    parse: integer(0, 1048576),
  },
  LOAD_SHED_MAX_RSS_MB: {
    description: 'Answer 503 with Retry-After while the resident memory is above this. 0: no limit.',
    default: '0',
    parse: integer(0, 1048576),
  },
  LOAD_SHED_RETRY_AFTER_SECONDS: {
    description: 'Retry-After sent with a load-shedding 503.',
    default: '10',
    parse: integer(1, 3600),
  },
  JWT_SECRET: {
    description:
      'Key that signs access tokens (HS256), at least 32 characters of random text; required in production. ' +
      'Unset elsewhere: a random key per process (access tokens end at restart; sessions survive). Set it when ' +
      'several instances run.',
    default: undefined,
    parse: secret,
    sensitive: true,
  },
  ACCESS_TOKEN_TTL_SECONDS: {
    description: 'Lifetime of an access token (at most 15 minutes).',
    default: '900',
    parse: integer(30, 900),
  },
  REFRESH_TOKEN_IDLE_DAYS: {
    description: 'A session unused for this long ends (its refresh token expires).',
    default: '14',
    parse: integer(1, 365),
  },
  REFRESH_TOKEN_ABSOLUTE_DAYS: {
    description: 'A session ends this long after its login, however often it is used.',
    default: '60',
    parse: integer(1, 3650),
  },
  FEEDBACK_RETENTION_DAYS: {
    description:
      'Days that raw feedback (votes, comments, their hashed IPs) is kept; the purge job then deletes it. Daily ' +
      'and total counts are kept for good.',
    default: '90',
    parse: integer(1, 3650),
  },
  LOGIN_ATTEMPTS_RETENTION_DAYS: {
    description:
      'Days failed logins for an address are remembered after the last one; the housekeeping job then forgets ' +
      'them and the count starts again. A locked address stays locked until it is unlocked.',
    default: '30',
    parse: integer(1, 3650),
  },
  EMAIL_TOKEN_RETENTION_DAYS: {
    description:
      'Days a mailed link (address verification, password reset, new address) is kept after it expired; the ' +
      'housekeeping job then deletes it.',
    default: '7',
    parse: integer(1, 3650),
  },
  SENT_MAIL_RETENTION_DAYS: {
    description:
      'Days the record of a sent mail (without SMTP_URL, the message in the development mailbox) is kept; the ' +
      'housekeeping job then deletes it. A mail job needs it only while it may be retried (hours).',
    default: '30',
    parse: integer(1, 3650),
  },
  ENDED_SESSION_RETENTION_DAYS: {
    description:
      'Days the refresh tokens of an ended session (logged out, revoked, expired) are kept, so a replayed one is ' +
      'still recognised and audited; the housekeeping job then deletes them. A live session keeps them all.',
    default: '30',
    parse: integer(1, 3650),
  },
  FEEDBACK_RATE_LIMIT_PER_IP: {
    description: 'Feedback posts one client IP may make per RATE_LIMIT_WINDOW_MS (a classroom may share one IP).',
    default: '60',
    parse: integer(1, 10000000),
  },
  FEEDBACK_RATE_LIMIT_PER_VISITOR: {
    description: 'Feedback posts one visitor (anonymous cookie or account) may make per RATE_LIMIT_WINDOW_MS.',
    default: '20',
    parse: integer(1, 10000000),
  },
  OTEL_EXPORTER_OTLP_ENDPOINT: {
    description:
      'OpenTelemetry collector (http://collector:4318): setting it (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) turns ' +
      'tracing on; spans go to its /v1/traces. Unset: no tracing, and the OpenTelemetry SDK is not loaded.',
    default: undefined,
    parse: url('http:', 'https:'),
  },
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: {
    description: 'Full URL spans are sent to (http://collector:4318/v1/traces); wins over OTEL_EXPORTER_OTLP_ENDPOINT.',
    default: undefined,
    parse: url('http:', 'https:'),
  },
  OTEL_EXPORTER_OTLP_PROTOCOL: {
    description: 'How spans are sent: http/protobuf or http/json (grpc is not supported).',
    default: 'http/protobuf',
    parse: otlpProtocol,
  },
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: {
    description: 'Same as OTEL_EXPORTER_OTLP_PROTOCOL, for traces only; wins over it.',
    default: undefined,
    parse: otlpProtocol,
  },
  OTEL_EXPORTER_OTLP_HEADERS: {
    description: 'Headers sent with every export, e.g. an API key: key=value pairs separated by commas.',
    default: undefined,
    parse: keyValueList,
    sensitive: true,
  },
  OTEL_TRACES_EXPORTER: {
    description: 'otlp, or none to keep tracing off although an endpoint is set.',
    default: 'otlp',
    parse: oneOf<'otlp' | 'none'>('otlp', 'none'),
  },
  OTEL_SDK_DISABLED: {
    description: 'true keeps tracing off although an endpoint is set.',
    default: 'false',
    parse: boolean,
  },
  OTEL_SERVICE_NAME: {
    description: 'service.name of the spans. Default: waymark-api for the API, waymark-worker for `npm run worker`.',
    default: undefined,
    parse: text,
  },
  OTEL_RESOURCE_ATTRIBUTES: {
    description:
      "More attributes for every span's resource, e.g. deployment.environment.name=production: key=value pairs " +
      "separated by commas. service.version is Waymark's version.",
    default: undefined,
    parse: keyValueList,
  },
  OTEL_TRACES_SAMPLER: {
    description:
      'Which traces are kept: always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off ' +
      "or parentbased_traceidratio (parentbased: follow the caller's traceparent decision).",
    default: 'parentbased_always_on',
    parse: oneOf<TraceSampler>(
      'always_on',
      'always_off',
      'traceidratio',
      'parentbased_always_on',
      'parentbased_always_off',
      'parentbased_traceidratio',
    ),
  },
  OTEL_TRACES_SAMPLER_ARG: {
    description: 'The share of traces the traceidratio samplers keep, from 0 to 1. Default: 1.',
    default: undefined,
    parse: ratio,
  },
  OTEL_BSP_SCHEDULE_DELAY: {
    description: 'Milliseconds finished spans wait to be exported together; a graceful shutdown exports them at once.',
    default: '5000',
    parse: integer(0, 3600000),
  },
} satisfies Record<string, OptionSpec<unknown>>;

export type OptionName = keyof typeof options;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Waymark cannot start: its configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Tracing is on when an endpoint is set, unless OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none say otherwise. */
const readTracing = (read: <T>(name: OptionName) => T | undefined): TracingConfig | undefined => {
  // Every variable is read even when tracing stays off, so a wrong value is reported either way.
  const endpoint = read<string>('OTEL_EXPORTER_OTLP_ENDPOINT');
  const tracesEndpoint = read<string>('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const generalProtocol = read<OtlpProtocol>('OTEL_EXPORTER_OTLP_PROTOCOL');
  const protocol = read<OtlpProtocol>('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? generalProtocol;
  const headers = read<Record<string, string>>('OTEL_EXPORTER_OTLP_HEADERS') ?? {};
  const exporter = read<'otlp' | 'none'>('OTEL_TRACES_EXPORTER');
  const disabled = read<boolean>('OTEL_SDK_DISABLED');
  const serviceName = read<string>('OTEL_SERVICE_NAME');
  const resourceAttributes = read<Record<string, string>>('OTEL_RESOURCE_ATTRIBUTES') ?? {};
  const sampler = read<TraceSampler>('OTEL_TRACES_SAMPLER');
  const samplerRatio = read<number>('OTEL_TRACES_SAMPLER_ARG') ?? 1;
  const exportDelayMs = read<number>('OTEL_BSP_SCHEDULE_DELAY');
  const tracesUrl =
    tracesEndpoint ?? (endpoint === undefined ? undefined : `${endpoint.replace(/\/+$/, '')}/v1/traces`);
  if (tracesUrl === undefined || disabled === true || exporter === 'none') return undefined;
  // Already reported as problems:
  if (protocol === undefined || sampler === undefined || exportDelayMs === undefined) return undefined;
  return { tracesUrl, protocol, headers, serviceName, resourceAttributes, sampler, samplerRatio, exportDelayMs };
};

// What a start-up error may repeat of a bad value: nothing of a secret, and no password inside a URL.
const shownValue = (raw: string | undefined, spec: OptionSpec<unknown>) =>
  spec.sensitive ? '(value not shown)' : JSON.stringify(raw?.replace(/(\/\/[^:/@\s]*):[^@\s]*@/, '$1:***@'));

/** Reads and validates the environment; throws one ConfigError naming every bad variable. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const problems: string[] = [];
  const read = <T>(name: OptionName): T | undefined => {
    const spec = options[name] as OptionSpec<T>;
    const raw = env[name]?.trim();
    const value = raw === undefined || raw === '' ? spec.default : raw;
    if (value === undefined) return undefined;
    try {
      return spec.parse(value);
    } catch (error) {
      if (!(error instanceof OptionError)) throw error;
      problems.push(`${name}=${shownValue(raw, spec)} ${error.message}.`);
      return undefined;
    }
  };

  const port = read<number>('PORT');
  const config = {
    nodeEnv: read<Environment>('NODE_ENV'),
    host: read<string>('HOST'),
    port,
    publicUrl: read<string>('PUBLIC_URL') ?? `http://localhost:${port ?? 3000}`,
    databaseUrl: read<string>('DATABASE_URL'),
    databasePoolMax: read<number>('DATABASE_POOL_MAX'),
    databaseStatementTimeoutMs: read<number>('DATABASE_STATEMENT_TIMEOUT_MS'),
    dataDir: path.resolve(read<string>('DATA_DIR') ?? './data'),
    redisUrl: read<string>('REDIS_URL'),
    logLevel: read<LogLevel>('LOG_LEVEL'),
    corsOrigins: read<string[]>('CORS_ORIGINS'),
    trustProxy: read<TrustProxy>('TRUST_PROXY'),
    bodyLimitBytes: read<number>('BODY_LIMIT_BYTES'),
    requestTimeoutMs: read<number>('REQUEST_TIMEOUT_MS'),
    rateLimitMax: read<number>('RATE_LIMIT_MAX'),
    rateLimitWindowMs: read<number>('RATE_LIMIT_WINDOW_MS'),
    authRateLimitMax: read<number>('AUTH_RATE_LIMIT_MAX'),
    smtpUrl: read<string>('SMTP_URL'),
    mailFrom: read<string>('MAIL_FROM'),
    mailPerAddressPerHour: read<number>('MAIL_PER_ADDRESS_PER_HOUR'),
    workerMode: read<'in-process' | 'off'>('WORKER_MODE'),
    contentDir: path.resolve(read<string>('CONTENT_DIR') ?? './content'),
    contentImportOnStart: read<boolean>('CONTENT_IMPORT_ON_START'),
    cacheTtlMs: read<number>('CACHE_TTL_MS'),
    cacheMaxEntries: read<number>('CACHE_MAX_ENTRIES'),
    redisKeyPrefix: read<string>('REDIS_KEY_PREFIX'),
    metricsToken: read<string>('METRICS_TOKEN'),
    metricsPort: read<number>('METRICS_PORT'),
    shutdownGraceMs: read<number>('SHUTDOWN_GRACE_MS'),
    shutdownDrainMs: read<number>('SHUTDOWN_DRAIN_MS'),
    loadShedMaxEventLoopDelayMs: read<number>('LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS'),
    loadShedMaxHeapUsedMb: read<number>('LOAD_SHED_MAX_HEAP_USED_MB'),
    loadShedMaxRssMb: read<number>('LOAD_SHED_MAX_RSS_MB'),
    loadShedRetryAfterSeconds: read<number>('LOAD_SHED_RETRY_AFTER_SECONDS'),
    gitCommit: read<string>('GIT_COMMIT'),
    buildTime: read<string>('BUILD_TIME'),
    jwtSecret: read<string>('JWT_SECRET'),
    accessTokenTtlSeconds: read<number>('ACCESS_TOKEN_TTL_SECONDS'),
    refreshTokenIdleDays: read<number>('REFRESH_TOKEN_IDLE_DAYS'),
    refreshTokenAbsoluteDays: read<number>('REFRESH_TOKEN_ABSOLUTE_DAYS'),
    feedbackRetentionDays: read<number>('FEEDBACK_RETENTION_DAYS'),
    loginAttemptsRetentionDays: read<number>('LOGIN_ATTEMPTS_RETENTION_DAYS'),
    emailTokenRetentionDays: read<number>('EMAIL_TOKEN_RETENTION_DAYS'),
    sentMailRetentionDays: read<number>('SENT_MAIL_RETENTION_DAYS'),
    endedSessionRetentionDays: read<number>('ENDED_SESSION_RETENTION_DAYS'),
    feedbackRateLimitPerIp: read<number>('FEEDBACK_RATE_LIMIT_PER_IP'),
    feedbackRateLimitPerVisitor: read<number>('FEEDBACK_RATE_LIMIT_PER_VISITOR'),
    tracing: readTracing(read),
  };
  if (config.nodeEnv === 'production' && (env.JWT_SECRET ?? '').trim() === '') {
    problems.push('JWT_SECRET is required in production: set it to at least 32 characters of random text.');
  }
  if (
    config.refreshTokenIdleDays !== undefined &&
    config.refreshTokenAbsoluteDays !== undefined &&
    config.refreshTokenIdleDays > config.refreshTokenAbsoluteDays
  ) {
    problems.push('REFRESH_TOKEN_IDLE_DAYS must not be greater than REFRESH_TOKEN_ABSOLUTE_DAYS.');
  }
  if (config.buildTime !== undefined && Number.isNaN(Date.parse(config.buildTime))) {
    problems.push(`BUILD_TIME=${JSON.stringify(config.buildTime)} expects an ISO 8601 date-time.`);
  }
  if (config.metricsPort !== undefined && config.metricsPort === config.port) {
    problems.push('METRICS_PORT must differ from PORT (leave it unset to serve /metrics on PORT with METRICS_TOKEN).');
  }
  if (
    config.shutdownGraceMs !== undefined &&
    config.shutdownDrainMs !== undefined &&
    config.shutdownDrainMs >= config.shutdownGraceMs
  ) {
    problems.push('SHUTDOWN_DRAIN_MS must be shorter than SHUTDOWN_GRACE_MS.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config as Config;
};
