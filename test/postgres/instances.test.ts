// Several instances behave as one: two API processes and a worker process on one PostgreSQL database and one Redis.
// The API processes run jobs too (WORKER_MODE=in-process), so three processes compete for every job.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureContent, type FixtureCopy } from '../support/content-fixture.ts';
import { testRedisUrl } from '../support/engine.ts';
import { createEmptyPostgresDatabase } from '../support/harness.ts';
import { startTestMailbox } from '../support/mailbox.ts';
import { runWaymark, startWaymark, stopWaymark, type Started } from '../support/processes.ts';

const RATE_LIMIT_MAX = 100;
let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
let content: FixtureCopy;
let env: Record<string, string>;
let instances: Started[] = [];
let worker: ChildProcess;

beforeAll(async () => {
  database = await createEmptyPostgresDatabase();
  mailbox = await startTestMailbox();
  content = await copyFixtureContent();
  env = {
    DATABASE_URL: database.url,
    REDIS_URL: testRedisUrl(),
    REDIS_KEY_PREFIX: `waymark-test-${randomUUID().slice(0, 8)}:`,
    JWT_SECRET: randomBytes(48).toString('base64'),
    SMTP_URL: mailbox.url,
    CONTENT_DIR: content.dir,
    // Each test speaks for its own clients (X-Forwarded-For), as the one proxy in front on this host, so one test's
    // limit does not stop another's requests.
    TRUST_PROXY: 'loopback',
    RATE_LIMIT_MAX: String(RATE_LIMIT_MAX),
    AUTH_RATE_LIMIT_MAX: '1000',
    LOG_LEVEL: 'warn',
  };
  // The first start migrates and imports; the others find both done.
  const first = await startWaymarkLoud(env);
  const second = await startWaymarkLoud(env);
  instances = [first, second];
  worker = spawn(process.execPath, ['src/worker.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'ignore',
  });
}, 240_000);

afterAll(async () => {
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  await exited;
  for (const instance of instances) await stopWaymark(instance.child);
  await mailbox.close();
  await content.cleanup();
  await database.close();
}, 60_000);

// startWaymark waits for the "Server listening" line, which Fastify logs at info.
const startWaymarkLoud = (extra: Record<string, string>) => startWaymark({ ...extra, LOG_LEVEL: 'info' });

const get = (instance: Started, path: string, client: string) =>
  fetch(`${instance.url}${path}`, { headers: { 'x-forwarded-for': client } });

describe('two API instances and a worker on one database and one Redis', () => {
  it('when a client spreads requests over both instances, then the rate limit is counted once (within 5%)', async () => {
    const client = '10.0.0.1';
    let served = 0;
    let limited = 0;
    for (let i = 0; i < RATE_LIMIT_MAX * 1.5; i += 1) {
      const response = await get(instances[i % 2]!, '/v1/roadmaps', client);
      await response.arrayBuffer();
      if (response.status === 200) served += 1;
      else if (response.status === 429) limited += 1;
    }

    expect(served).toBeGreaterThanOrEqual(RATE_LIMIT_MAX * 0.95);
    expect(served).toBeLessThanOrEqual(RATE_LIMIT_MAX * 1.05);
    expect(served + limited).toBe(RATE_LIMIT_MAX * 1.5);
  }, 60_000);

  it('when content is imported with the CLI, then both instances serve the change within 1 s', async () => {
    const client = '10.0.0.2';
    const title = async (instance: Started) =>
      ((await (await get(instance, '/v1/roadmaps/alpha/steps/a-two', client)).json()) as { title: string }).title;
    expect(await title(instances[0]!)).toBe('Step two about queues');
    expect(await title(instances[1]!)).toBe('Step two about queues');
    await content.edit('roadmaps/alpha/steps/a-two.md', (text) =>
      text.replace('title: Step two about queues', 'title: Step two, as edited'),
    );

    const imported = await runWaymark(['src/cli.ts', 'content', 'import'], env);
    const importedAt = Date.now();
    const seenAfterMs: number[] = [];
    for (const instance of instances) {
      while ((await title(instance)) !== 'Step two, as edited' && Date.now() - importedAt < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      seenAfterMs.push(Date.now() - importedAt);
    }

    expect(imported.code).toBe(0);
    expect(seenAfterMs.every((ms) => ms <= 1000)).toBe(true);
  }, 60_000);

  it('when a learner logs out on one instance, then the other refuses their access token within 1 s', async () => {
    const post = (instance: Started, path: string, body: object) =>
      fetch(`${instance.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.4' },
        body: JSON.stringify(body),
      });
    const email = `leaving-${randomUUID().slice(0, 6)}@example.org`;
    const password = 'a long and unusual passphrase';
    expect((await post(instances[0]!, '/v1/auth/register', { email, password, displayName: 'Leaving' })).status).toBe(
      202,
    );
    const tokens = (await (await post(instances[0]!, '/v1/auth/login', { email, password })).json()) as {
      accessToken: string;
      refreshToken: string;
    };
    const meOnSecond = async () =>
      (
        await fetch(`${instances[1]!.url}/v1/me`, {
          headers: { authorization: `Bearer ${tokens.accessToken}`, 'x-forwarded-for': '10.0.0.4' },
        })
      ).status;
    // The second instance has checked the session, and keeps what it found.
    expect(await meOnSecond()).toBe(200);
    expect(await meOnSecond()).toBe(200);

    expect((await post(instances[0]!, '/v1/auth/logout', { refreshToken: tokens.refreshToken })).status).toBe(204);
    const loggedOutAt = Date.now();
    while ((await meOnSecond()) === 200 && Date.now() - loggedOutAt < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const refusedAfterMs = Date.now() - loggedOutAt;

    expect(await meOnSecond()).toBe(401);
    expect(refusedAfterMs).toBeLessThanOrEqual(1000);
  }, 60_000);

  it('when mail jobs are enqueued through both instances, then each mail is sent exactly once', async () => {
    const emails = Array.from({ length: 20 }, (_, i) => `once-${i}-${randomUUID().slice(0, 6)}@example.org`);
    for (const [i, email] of emails.entries()) {
      const response = await fetch(`${instances[i % 2]!.url}/v1/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.3' },
        body: JSON.stringify({ email, password: 'a long and unusual passphrase', displayName: `Once ${i}` }),
      });
      expect(response.status).toBe(202);
    }

    for (const email of emails) await mailbox.waitFor(email, /Confirm your email address/, 60_000);
    // Time for a duplicate to arrive, if any process were to run a job a second time.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const sent = mailbox.received.flatMap((mail) => mail.to).filter((to) => emails.includes(to));
    expect(sent.toSorted()).toEqual(emails.toSorted());
  }, 120_000);
});
