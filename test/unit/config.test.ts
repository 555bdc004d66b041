import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigError, loadConfig, optionSections, options, type Config } from '../../src/config.ts';
import { TEST_ENV, testConfig } from '../support/config.ts';

const everyOption = optionSections().flatMap((section) => section.options);

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
};

describe('loadConfig', () => {
  it('when nothing is set, then Waymark runs embedded on localhost:3000 with its defaults', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      runtime: { nodeEnv: 'development' },
      http: { host: '127.0.0.1', port: 3000, publicUrl: 'http://localhost:3000', corsOrigins: [], rateLimitMax: 300 },
      database: { url: undefined },
      redis: { url: undefined },
      content: { importOnStart: true },
    });
    expect(config.database.dataDir).toBe(path.resolve('data'));
    expect(config.content.dir).toBe(path.resolve('content'));
  });

  it('when values are given, then they are parsed into their types', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://waymark@db:5432/waymark',
      CORS_ORIGINS: 'https://a.example.org, http://localhost:5173',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'debug',
    });

    expect(config).toMatchObject({
      http: {
        port: 8080,
        publicUrl: 'http://localhost:8080',
        corsOrigins: ['https://a.example.org', 'http://localhost:5173'],
        trustProxy: 1,
      },
      database: { url: 'postgres://waymark@db:5432/waymark' },
      observability: { logLevel: 'debug' },
    });
  });

  it.each([
    ['PORT', 'eighty', 'PORT="eighty" expects a whole number from 0 to 65535.'],
    ['PORT', '70000', 'PORT="70000" expects a whole number from 0 to 65535.'],
    ['DATABASE_URL', 'mysql://db/x', 'DATABASE_URL="mysql://db/x" expects a URL (postgres: or postgresql:).'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL="loud" expects one of: fatal, error, warn, info, debug, trace, silent.'],
    [
      'TRUST_PROXY',
      'maybe',
      'TRUST_PROXY="maybe" expects proxy addresses or CIDR ranges such as 10.0.0.0/8 or fd00::/8; got maybe.',
    ],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL="localhost:6379" expects a URL (redis: or rediss:).'],
    ['BUILD_TIME', 'yesterday', 'BUILD_TIME="yesterday" expects an ISO 8601 date-time.'],
  ])('when %s=%s, then the start stops with a message naming it', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it.each([
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.5', ['10.0.0.5']],
    ['10.0.0.0/8, fd00::/8,192.168.1.1/32', ['10.0.0.0/8', 'fd00::/8', '192.168.1.1/32']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
  ])('when TRUST_PROXY=%s, then Waymark trusts %j', (value, trustProxy) => {
    expect(loadConfig({ TRUST_PROXY: value }).http.trustProxy).toEqual(trustProxy);
  });

  it('when TRUST_PROXY is unset, then no proxy is trusted', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
  });

  it.each(['true', 'TRUE', 'yes'])(
    'when TRUST_PROXY=%s (every hop), then the start stops and says what to set instead',
    (value) => {
      const [problem] = problemsOf({ TRUST_PROXY: value });

      expect(problem).toContain(`TRUST_PROXY="${value}" would trust every hop`);
      expect(problem).toContain('TRUST_PROXY=1 for one');
      expect(problem).toContain('TRUST_PROXY=10.0.0.0/8');
    },
  );

  it.each([
    ['10.0.0.300', 'got 10.0.0.300'],
    ['10.0.0.0/33', 'expects a range from /1 to /32'],
    ['10.0.0.0/0', 'expects a range from /1 to /32'],
    ['fd00::/129', 'expects a range from /1 to /128'],
    ['10.0.0.0/8/8', 'got 10.0.0.0/8/8'],
    ['10.0.0.1, proxy.internal', 'got proxy.internal'],
    ['17', 'expects from 1 to 16 proxy hops'],
    [',', 'expects false, a number of proxy hops, or proxy addresses'],
  ])('when TRUST_PROXY=%s, then the start stops with a message naming TRUST_PROXY', (value, message) => {
    const problems = problemsOf({ TRUST_PROXY: value });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^TRUST_PROXY=/);
    expect(problems[0]).toContain(message);
  });

  it('when Waymark runs in production without JWT_SECRET, then it refuses to start', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET is required in production: set it to at least 32 characters of random text.',
    ]);
  });

  it.each([
    ['short', 'expects at least 32 characters of random text'],
    ['changeme-changeme-changeme-changeme-1', 'is a guessable value'],
    ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'is a guessable value'],
  ])('when JWT_SECRET is %s, then it is refused as weak', (secret, message) => {
    expect(problemsOf({ JWT_SECRET: secret })[0]).toContain(message);
  });

  it.each([
    ['JWT_SECRET', 'short-but-still-a-key', 'expects at least 32 characters'],
    ['METRICS_TOKEN', 'short-but-still-a-token', 'expects at least 32 characters'],
    ['OTEL_EXPORTER_OTLP_HEADERS', 'x-api-key:abc123secret', 'expects key=value pairs separated by commas'],
  ])('when %s is wrong, then the message names it but never repeats its value', (name, value, message) => {
    const [problem] = problemsOf({ [name]: value });

    expect(problem).toContain(`${name}=(value not shown) ${message}`);
    expect(problem).not.toContain(value);
  });

  it('when a URL with a password is wrong, then the message hides the password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://waymark:hunter2secret@db/x' });

    expect(problem).toContain('DATABASE_URL="mysql://waymark:***@db/x" expects a URL');
    expect(problem).not.toContain('hunter2secret');
  });

  it('when JWT_SECRET is long random text, then production starts with it', () => {
    const secret = 'kP3v9QzX1mW7rT2yB8nL5sD0fG4hJ6cV';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).auth.jwtSecret).toBe(secret);
  });

  it('when PUBLIC_URL is set, then it wins over the address made from PORT', () => {
    expect(loadConfig({ PORT: '8080', PUBLIC_URL: 'https://waymark.example.org' }).http.publicUrl).toBe(
      'https://waymark.example.org',
    );
  });

  it.each([
    [
      { REFRESH_TOKEN_IDLE_DAYS: '90', REFRESH_TOKEN_ABSOLUTE_DAYS: '60' },
      'REFRESH_TOKEN_IDLE_DAYS must not be greater than REFRESH_TOKEN_ABSOLUTE_DAYS.',
    ],
    [
      { PORT: '9000', METRICS_PORT: '9000' },
      'METRICS_PORT must differ from PORT (leave it unset to serve /metrics on PORT with METRICS_TOKEN).',
    ],
    [
      { SHUTDOWN_GRACE_MS: '5000', SHUTDOWN_DRAIN_MS: '5000' },
      'SHUTDOWN_DRAIN_MS must be shorter than SHUTDOWN_GRACE_MS.',
    ],
  ])('when two options disagree (%j), then the start stops with a message naming both', (env, message) => {
    expect(problemsOf(env)).toEqual([message]);
  });

  it('when a value is wrong, then the rules between options wait until every value is valid', () => {
    expect(problemsOf({ NODE_ENV: 'production', PORT: 'eighty' })).toEqual([
      'PORT="eighty" expects a whole number from 0 to 65535.',
    ]);
  });

  it('when an access token would live longer than 15 minutes, then it is refused', () => {
    expect(problemsOf({ ACCESS_TOKEN_TTL_SECONDS: '3600' })[0]).toContain('ACCESS_TOKEN_TTL_SECONDS');
  });

  it('when an origin has a path, then the message says origins are bare', () => {
    expect(problemsOf({ CORS_ORIGINS: 'https://a.example.org/app' })[0]).toContain('CORS_ORIGINS');
  });

  it('when link-check hosts are listed, then each is kept with its port, lowercased; nothing is allowed by default', () => {
    expect(loadConfig({}).linkCheck.allowedHosts).toEqual([]);
    expect(
      loadConfig({ LINK_CHECK_ALLOWED_HOSTS: 'Wiki.Internal, 127.0.0.1:8080,[::1]:9000' }).linkCheck,
    ).toMatchObject({
      allowedHosts: ['wiki.internal', '127.0.0.1:8080', '[::1]:9000'],
      enabled: true,
      schedule: '17 4 * * *',
    });
  });

  it('when a link-check host has a path or a scheme, or the schedule is not cron, then it is refused', () => {
    expect(problemsOf({ LINK_CHECK_ALLOWED_HOSTS: 'http://wiki.internal' })[0]).toContain('LINK_CHECK_ALLOWED_HOSTS');
    expect(problemsOf({ LINK_CHECK_ALLOWED_HOSTS: 'wiki.internal/docs' })[0]).toContain('LINK_CHECK_ALLOWED_HOSTS');
    expect(problemsOf({ LINK_CHECK_SCHEDULE: 'daily' })[0]).toContain('LINK_CHECK_SCHEDULE');
    expect(problemsOf({ LINK_CHECK_SCHEDULE: '0 4 * *' })[0]).toContain('LINK_CHECK_SCHEDULE');
  });

  it('when several values are wrong, then every one is named at once', () => {
    expect(problemsOf({ PORT: '-1', NODE_ENV: 'staging' })).toHaveLength(2);
  });
});

describe('tracing (the standard OTEL_* variables)', () => {
  const ENDPOINT = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };

  it('when no OTLP endpoint is set, then tracing is off', () => {
    expect(loadConfig({ OTEL_SERVICE_NAME: 'waymark-eu' }).tracing).toBeUndefined();
  });

  it('when OTEL_EXPORTER_OTLP_ENDPOINT is set, then spans go to its /v1/traces as protobuf, every trace kept', () => {
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      protocol: 'http/protobuf',
      headers: {},
      serviceName: undefined,
      resourceAttributes: {},
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
      exportDelayMs: 5000,
    });
  });

  it('when the other variables are set too, then they are parsed and the traces-only ones win', () => {
    const tracing = loadConfig({
      ...ENDPOINT,
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example.org/otlp/v1/traces',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc%3D%3D, x-team = waymark',
      OTEL_SERVICE_NAME: 'waymark-eu',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=production,service.namespace=learning',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
      OTEL_BSP_SCHEDULE_DELAY: '1000',
    }).tracing;

    expect(tracing).toEqual({
      tracesUrl: 'https://traces.example.org/otlp/v1/traces',
      protocol: 'http/json',
      headers: { 'x-api-key': 'abc==', 'x-team': 'waymark' },
      serviceName: 'waymark-eu',
      resourceAttributes: { 'deployment.environment.name': 'production', 'service.namespace': 'learning' },
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.25,
      exportDelayMs: 1000,
    });
  });

  it.each([
    ['OTEL_SDK_DISABLED', 'true'],
    ['OTEL_TRACES_EXPORTER', 'none'],
  ])('when an endpoint is set but %s=%s, then tracing is off', (name, value) => {
    expect(loadConfig({ ...ENDPOINT, [name]: value }).tracing).toBeUndefined();
  });

  it.each([
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318', 'expects a URL (http: or https:).'],
    ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'grpc://collector:4317', 'expects a URL (http: or https:).'],
    [
      'OTEL_EXPORTER_OTLP_PROTOCOL',
      'grpc',
      'asks for grpc, which Waymark does not export; use http/protobuf or http/json.',
    ],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'json', 'expects one of: http/protobuf, http/json.'],
    ['OTEL_RESOURCE_ATTRIBUTES', 'team=%zz', 'has a badly percent-encoded value for team.'],
    ['OTEL_TRACES_EXPORTER', 'zipkin', 'expects one of: otlp, none.'],
    ['OTEL_TRACES_SAMPLER', 'sometimes', 'expects one of: always_on, always_off, traceidratio'],
    ['OTEL_TRACES_SAMPLER_ARG', '1.5', 'expects a number from 0 to 1.'],
    ['OTEL_SDK_DISABLED', 'maybe', 'expects true or false.'],
  ])('when %s=%s, then the start stops with a message naming it', (name, value, message) => {
    const problems = problemsOf({ ...ENDPOINT, [name]: value });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}=${JSON.stringify(value)} ${message}`);
  });

  it('when tracing is off but a tracing variable is wrong, then the start still stops', () => {
    expect(problemsOf({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })[0]).toContain('OTEL_EXPORTER_OTLP_PROTOCOL="grpc"');
  });
});

describe('the options table', () => {
  it('when the table is read, then every environment variable is declared once', () => {
    const names = everyOption.map((spec) => spec.env);

    expect(names.length).toBeGreaterThan(50);
    expect(new Set(names).size).toBe(names.length);
  });

  it('when the config is loaded, then every option of the table is in its area (the OTEL_* ones make `tracing`)', () => {
    const config: Record<string, object | undefined> = loadConfig({});

    for (const [area, specs] of Object.entries(options)) {
      if (area === 'otel') continue;
      expect(Object.keys(config[area] ?? {}).sort(), area).toEqual(Object.keys(specs).sort());
    }
    expect(Object.keys(config).sort()).toEqual([...Object.keys(options).filter((a) => a !== 'otel'), 'tracing'].sort());
  });

  it("when the types are derived, then each option has its parser's type, undefined only when it may be unset", () => {
    // Checked by `npm run typecheck`: a parser that changes its return type changes these.
    expectTypeOf<Config['http']['port']>().toEqualTypeOf<number>();
    expectTypeOf<Config['http']['publicUrl']>().toEqualTypeOf<string>();
    expectTypeOf<Config['http']['trustProxy']>().toEqualTypeOf<false | number | string[]>();
    expectTypeOf<Config['database']['url']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Config['runtime']['nodeEnv']>().toEqualTypeOf<'development' | 'test' | 'production'>();
    expectTypeOf<Config['jobs']['workerMode']>().toEqualTypeOf<'in-process' | 'off'>();
    expectTypeOf<Config['content']['importOnStart']>().toEqualTypeOf<boolean>();
    expectTypeOf<Config['observability']['metricsPort']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<keyof Config>().toEqualTypeOf<Exclude<keyof typeof options, 'otel'> | 'tracing'>();
    expect(loadConfig({}).http.port).toBe(3000);
  });

  const refused = everyOption.filter((spec) => {
    try {
      spec.parse('not a value!');
      return false;
    } catch {
      return true;
    }
  });

  it.each(refused.map((spec) => [spec.env, spec.sensitive === true]))(
    'when %s gets a value it refuses, then the message names the variable',
    (name, sensitive) => {
      const [problem] = problemsOf({ [name]: 'not a value!' });

      expect(problem).toMatch(new RegExp(`^${name}=${sensitive ? '\\(value not shown\\)' : '"not a value!"'} \\S`));
    },
  );

  it('when every option is tried with a bad value, then most of them refuse it (the check above is not empty)', () => {
    expect(refused.length).toBeGreaterThan(40);
  });
});

describe('testConfig (the config of test apps)', () => {
  it('when nothing is overridden, then it is what the loader makes of the test environment', () => {
    expect(testConfig()).toEqual(loadConfig(TEST_ENV));
  });

  it('when a test overrides one value of an area, then the rest of that area and every other area stay loaded', () => {
    const loaded = testConfig();
    const overridden = testConfig({ http: { rateLimitMax: 2 } });

    expect(overridden.http).toEqual({ ...loaded.http, rateLimitMax: 2 });
    expect({ ...overridden, http: loaded.http }).toEqual(loaded);
  });
});

describe('documented options', () => {
  it('when .env.example is compared with the config module, then it is what the module prints', () => {
    const printed = execFileSync(process.execPath, ['scripts/print-env-example.ts']).toString();

    expect(fs.readFileSync('.env.example', 'utf8')).toBe(printed);
  });

  it('when .env.example is read, then every option of the table has its line, set or commented out', () => {
    const example = fs.readFileSync('.env.example', 'utf8');

    for (const spec of everyOption) expect(example).toMatch(new RegExp(`^(# )?${spec.env}=`, 'm'));
  });

  it('when the README is read, then its configuration tables are what the module prints, formatted', async () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('\n### ', readme.indexOf('## Configuration')) + 1);
    const printed = execFileSync(process.execPath, ['scripts/print-config-table.ts']).toString();
    const formatted = await format(printed, { ...(await resolveConfig('README.md')), parser: 'markdown' });

    expect(section.slice(0, section.indexOf('\n## ')).trimEnd()).toBe(formatted.trimEnd());
  });
});

describe('npm start on an older Node.js', () => {
  it('when the version check runs, then it passes on this Node.js (24+)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/check-node.js'])).not.toThrow();
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
