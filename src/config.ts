// The only module that reads process.env. The options table (config/options.ts) declares every option once — its
// variable, description, default and parser — and the `Config` type is derived from it; `.env.example` and the
// README's table are printed from it too (a test keeps them in step).
import { options } from './config/options.ts';
import { OptionError, type OptionSpec } from './config/parsers.ts';

export { areaTitles, options, optionSections, type Area } from './config/options.ts';
export type { TrustProxy } from './config/parsers.ts';

type Options = typeof options;

/** What an option's parser returns; undefined too when the option has no default and may be left unset. */
type ValueOf<Spec> = Spec extends OptionSpec<infer T> ? (Spec extends { default: string } ? T : T | undefined) : never;

/** Every option of the table, by area, typed by its parser. */
export type Settings = { [A in keyof Options]: { [K in keyof Options[A]]: ValueOf<Options[A][K]> } };

/** OpenTelemetry tracing, from the standard OTEL_* variables; present only when spans are to be exported. */
export interface TracingConfig {
  /** OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, or OTEL_EXPORTER_OTLP_ENDPOINT with /v1/traces appended. */
  tracesUrl: string;
  protocol: Settings['otel']['protocol'];
  headers: Record<string, string>;
  /** Undefined: the process names itself (waymark-api, waymark-worker). */
  serviceName: string | undefined;
  resourceAttributes: Record<string, string>;
  sampler: Settings['otel']['sampler'];
  /** The ratio of the traceidratio samplers. */
  samplerRatio: number;
  /** How long finished spans wait to be sent in a batch (a shutdown sends them at once). */
  exportDelayMs: number;
}

/**
 * What the process reads: the settings, with PUBLIC_URL's default worked out from PORT, and the OTEL_* settings
 * turned into `tracing` (undefined: tracing is off and the OpenTelemetry SDK is not loaded).
 */
export type Config = Omit<Settings, 'http' | 'otel'> & {
  http: Settings['http'] & { publicUrl: string };
  tracing: TracingConfig | undefined;
};

export type Environment = Config['runtime']['nodeEnv'];
export type LogLevel = Config['observability']['logLevel'];

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Waymark cannot start: its configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

// What a start-up error may repeat of a bad value: nothing of a secret, and no password inside a URL.
const shownValue = (raw: string | undefined, spec: OptionSpec<unknown>) =>
  spec.sensitive ? '(value not shown)' : JSON.stringify(raw?.replace(/(\/\/[^:/@\s]*):[^@\s]*@/, '$1:***@'));

/** Every option of the table read from `env`; throws one ConfigError naming every variable with a bad value. */
const readSettings = (env: NodeJS.ProcessEnv): Settings => {
  const problems: string[] = [];
  const read = (spec: OptionSpec<unknown>) => {
    const raw = env[spec.env]?.trim();
    const value = raw === undefined || raw === '' ? spec.default : raw;
    if (value === undefined) return undefined;
    try {
      return spec.parse(value);
    } catch (error) {
      if (!(error instanceof OptionError)) throw error;
      problems.push(`${spec.env}=${shownValue(raw, spec)} ${error.message}.`);
      return undefined;
    }
  };
  const areas = Object.entries(options).map(([area, specs]) => [
    area,
    Object.fromEntries(Object.entries<OptionSpec<unknown>>(specs).map(([key, spec]) => [key, read(spec)])),
  ]);
  if (problems.length > 0) throw new ConfigError(problems);
  // The one cast: Object.entries/fromEntries forget which key holds which option, so TypeScript cannot follow the
  // walk. It adds no claim of its own: every value is what that option's parser returned, or undefined when the
  // option has no default and is unset, which is exactly what `Settings` says.
  return Object.fromEntries(areas) as Settings;
};

/** The rules between options, checked once each option is valid on its own. */
const brokenRules = ({ runtime, http, auth, sso, observability, shutdown }: Settings): string[] => {
  const problems: string[] = [];
  if (!sso.localPasswords && sso.providers.length === 0) {
    problems.push('LOCAL_PASSWORDS=false needs a provider in SSO_PROVIDERS, or nobody could log in.');
  }
  // Outside production a provider may run on plain HTTP (a local test provider); in production its tokens must not.
  const plainHttp = sso.providers.filter((provider) => provider.issuer.startsWith('http:'));
  if (runtime.nodeEnv === 'production' && plainHttp.length > 0) {
    problems.push(
      `SSO_PROVIDERS: the issuer of ${plainHttp.map((p) => p.id).join(', ')} must use https in production.`,
    );
  }
  if (runtime.nodeEnv === 'production' && auth.jwtSecret === undefined) {
    problems.push('JWT_SECRET is required in production: set it to at least 32 characters of random text.');
  }
  if (auth.refreshTokenIdleDays > auth.refreshTokenAbsoluteDays) {
    problems.push('REFRESH_TOKEN_IDLE_DAYS must not be greater than REFRESH_TOKEN_ABSOLUTE_DAYS.');
  }
  if (observability.metricsPort !== undefined && observability.metricsPort === http.port) {
    problems.push('METRICS_PORT must differ from PORT (leave it unset to serve /metrics on PORT with METRICS_TOKEN).');
  }
  if (shutdown.drainMs >= shutdown.graceMs) {
    problems.push('SHUTDOWN_DRAIN_MS must be shorter than SHUTDOWN_GRACE_MS.');
  }
  return problems;
};

/** Tracing is on when an endpoint is set, unless OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none say otherwise. */
const tracingFrom = (otel: Settings['otel']): TracingConfig | undefined => {
  const tracesUrl =
    otel.tracesEndpoint ?? (otel.endpoint === undefined ? undefined : `${otel.endpoint.replace(/\/+$/, '')}/v1/traces`);
  if (tracesUrl === undefined || otel.sdkDisabled || otel.tracesExporter === 'none') return undefined;
  return {
    tracesUrl,
    protocol: otel.tracesProtocol ?? otel.protocol,
    headers: otel.headers ?? {},
    serviceName: otel.serviceName,
    resourceAttributes: otel.resourceAttributes ?? {},
    sampler: otel.sampler,
    samplerRatio: otel.samplerArg ?? 1,
    exportDelayMs: otel.scheduleDelayMs,
  };
};

/** Reads and validates the environment; throws one ConfigError naming every bad variable. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const settings = readSettings(env);
  const problems = brokenRules(settings);
  if (problems.length > 0) throw new ConfigError(problems);
  const { otel, ...areas } = settings;
  return {
    ...areas,
    http: { ...settings.http, publicUrl: settings.http.publicUrl ?? `http://localhost:${settings.http.port}` },
    tracing: tracingFrom(otel),
  };
};
