// The options that say how Waymark is watched: logs, metrics, the build it reports and tracing.
// Part of the options table (options.ts).
import {
  boolean,
  integer,
  isoDateTime,
  keyValueList,
  oneOf,
  otlpProtocol,
  ratio,
  secret,
  text,
  url,
  type OptionSpec,
} from './parsers.ts';

export const observabilityOptions = {
  observability: {
    logLevel: {
      env: 'LOG_LEVEL',
      description: 'fatal, error, warn, info, debug, trace or silent.',
      default: 'info',
      parse: oneOf('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'),
    },
    metricsToken: {
      env: 'METRICS_TOKEN',
      description:
        'Bearer token that GET /metrics requires (at least 32 characters of random text). Unset, and ' +
        'METRICS_PORT unset too: no /metrics.',
      default: undefined,
      parse: secret,
      sensitive: true,
    },
    metricsPort: {
      env: 'METRICS_PORT',
      description:
        'Serve /metrics on this port of its own (on HOST) instead of the API port; with METRICS_TOKEN set, the ' +
        'token is still required there.',
      default: undefined,
      parse: integer(1, 65535),
    },
  },
  build: {
    gitCommit: {
      env: 'GIT_COMMIT',
      description: 'Commit shown by /version. Default: read from git when available.',
      default: undefined,
      parse: text,
    },
    buildTime: {
      env: 'BUILD_TIME',
      description: 'Build time shown by /version (ISO 8601). Default: the commit time when git is available.',
      default: undefined,
      parse: isoDateTime,
    },
  },
  /** The standard OpenTelemetry variables; config.ts builds `Config['tracing']` from them. */
  otel: {
    endpoint: {
      env: 'OTEL_EXPORTER_OTLP_ENDPOINT',
      description:
        'OpenTelemetry collector (http://collector:4318): setting it (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) ' +
        'turns tracing on; spans go to its /v1/traces. Unset: no tracing, and the OpenTelemetry SDK is not loaded.',
      default: undefined,
      parse: url('http:', 'https:'),
    },
    tracesEndpoint: {
      env: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      description:
        'Full URL spans are sent to (http://collector:4318/v1/traces); wins over OTEL_EXPORTER_OTLP_ENDPOINT.',
      default: undefined,
      parse: url('http:', 'https:'),
    },
    protocol: {
      env: 'OTEL_EXPORTER_OTLP_PROTOCOL',
      description: 'How spans are sent: http/protobuf or http/json (grpc is not supported).',
      default: 'http/protobuf',
      parse: otlpProtocol,
    },
    tracesProtocol: {
      env: 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL',
      description: 'Same as OTEL_EXPORTER_OTLP_PROTOCOL, for traces only; wins over it.',
      default: undefined,
      parse: otlpProtocol,
    },
    headers: {
      env: 'OTEL_EXPORTER_OTLP_HEADERS',
      description: 'Headers sent with every export, e.g. an API key: key=value pairs separated by commas.',
      default: undefined,
      parse: keyValueList,
      sensitive: true,
    },
    tracesExporter: {
      env: 'OTEL_TRACES_EXPORTER',
      description: 'otlp, or none to keep tracing off although an endpoint is set.',
      default: 'otlp',
      parse: oneOf('otlp', 'none'),
    },
    sdkDisabled: {
      env: 'OTEL_SDK_DISABLED',
      description: 'true keeps tracing off although an endpoint is set.',
      default: 'false',
      parse: boolean,
    },
    serviceName: {
      env: 'OTEL_SERVICE_NAME',
      description: 'service.name of the spans. Default: waymark-api for the API, waymark-worker for `npm run worker`.',
      default: undefined,
      parse: text,
    },
    resourceAttributes: {
      env: 'OTEL_RESOURCE_ATTRIBUTES',
      description:
        "More attributes for every span's resource, e.g. deployment.environment.name=production: key=value pairs " +
        "separated by commas. service.version is Waymark's version.",
      default: undefined,
      parse: keyValueList,
    },
    sampler: {
      env: 'OTEL_TRACES_SAMPLER',
      description:
        'Which traces are kept: always_on, always_off, traceidratio, parentbased_always_on, ' +
        "parentbased_always_off or parentbased_traceidratio (parentbased: follow the caller's traceparent decision).",
      default: 'parentbased_always_on',
      parse: oneOf(
        'always_on',
        'always_off',
        'traceidratio',
        'parentbased_always_on',
        'parentbased_always_off',
        'parentbased_traceidratio',
      ),
    },
    samplerArg: {
      env: 'OTEL_TRACES_SAMPLER_ARG',
      description: 'The share of traces the traceidratio samplers keep, from 0 to 1. Default: 1.',
      default: undefined,
      parse: ratio,
    },
    scheduleDelayMs: {
      env: 'OTEL_BSP_SCHEDULE_DELAY',
      description:
        'Milliseconds finished spans wait to be exported together; a graceful shutdown exports them at once.',
      default: '5000',
      parse: integer(0, 3600000),
    },
  },
} satisfies Record<string, Record<string, OptionSpec<unknown>>>;
