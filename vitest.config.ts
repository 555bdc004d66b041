import { defineConfig } from 'vitest/config';

// One `vitest run` covers everything: unit tests once, and the integration suite twice — against the PostgreSQL
// server (TEST_DATABASE_URL) and against the embedded PGlite — so both engines stay equal.
const integration = (engine: 'postgres' | 'pglite') => ({
  extends: true as const,
  test: {
    name: engine,
    // PostgreSQL also runs what only a server deployment has (test/postgres: Redis shared by instances, outages).
    include: ['test/integration/**/*.test.ts', ...(engine === 'postgres' ? ['test/postgres/**/*.test.ts'] : [])],
    env: { WAYMARK_TEST_DB: engine },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // Starts the real server and CLI as child processes, on the embedded database; a start in a hook may take long
      // on a busy machine.
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      integration('postgres'),
      integration('pglite'),
      // The web app in Chromium (Debian's /usr/bin/chromium through playwright-core), served by a real Waymark on a
      // PostgreSQL test database; builds the app first when its sources changed.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          env: { WAYMARK_TEST_DB: 'postgres' },
          globalSetup: ['test/support/global-setup.ts', 'test/browser/build-web.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Pages wait on the API; on a busy machine a second (the default) is not always enough.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
    ],
  },
});
