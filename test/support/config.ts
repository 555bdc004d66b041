// The configuration of test apps, built by the same loader as the server's: the environment a test deployment
// would set, then overrides by area for what one test changes (`testConfig({ http: { rateLimitMax: 2 } })`).
import { loadConfig, type Config } from '../../src/config.ts';

/** What every test app runs with: the test environment, a public URL of its own, limits no test runs into. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  PUBLIC_URL: 'http://waymark.test',
  CORS_ORIGINS: 'https://app.example.org',
  RATE_LIMIT_MAX: '10000',
  AUTH_RATE_LIMIT_MAX: '10000',
  FEEDBACK_RATE_LIMIT_PER_IP: '10000',
  FEEDBACK_RATE_LIMIT_PER_VISITOR: '10000',
  REDIS_KEY_PREFIX: 'waymark-test:',
  // A test process is busy with many apps at once; a lagging event loop must not make one of them shed load.
  LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
  MAIL_FROM: 'Waymark <no-reply@waymark.test>',
};

/** Values one test sets, by area; an area's other values stay as loaded. (Tracing is all or nothing: not here.) */
export type ConfigOverrides = { [Area in Exclude<keyof Config, 'tracing'>]?: Partial<Config[Area]> };

const withOverrides = <C extends object>(base: C, overrides: { [Area in keyof C]?: Partial<C[Area]> }): C => {
  const merged = { ...base };
  for (const area in overrides) merged[area] = { ...base[area], ...overrides[area] };
  return merged;
};

/** The loader's config for TEST_ENV, with `overrides` on top. */
export const testConfig = (overrides: ConfigOverrides = {}): Config => withOverrides(loadConfig(TEST_ENV), overrides);
