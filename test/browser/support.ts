// What a browser test needs: Waymark serving the built web app on a real port with a clean database and a real SMTP
// sink, and Chromium driven by playwright-core.
import fs from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.ts';
import { WEB_APP_DIR } from '../../src/http/web-app.ts';
import type { ConfigOverrides } from '../support/config.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { startTestMailbox, tokenIn } from '../support/mailbox.ts';

export const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'test-results/screenshots';

export interface BrowserRig {
  url: string;
  app: TestApp;
  mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
  browser: Browser;
  /** `timezoneId`: the zone the browser's device is in (the machine's unless given). */
  newPage(options?: {
    colorScheme?: 'light' | 'dark';
    timezoneId?: string;
  }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** `config`: what this rig's server changes of the test configuration (the brand, say). */
export const startBrowserRig = async (options: { config?: ConfigOverrides } = {}): Promise<BrowserRig> => {
  const mailbox = await startTestMailbox();
  const app = await createTestApp({
    jobs: { smtpUrl: mailbox.url, runWorkers: true },
    webRoot: WEB_APP_DIR,
    ...(options.config === undefined ? {} : { config: options.config }),
  });
  const url = await app.app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
  const contexts: BrowserContext[] = [];
  return {
    url,
    app,
    mailbox,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: url, acceptDownloads: true, ...options });
      contexts.push(context);
      const page = await context.newPage();
      // A script error or a CSP violation anywhere fails the test that caused it.
      page.on('pageerror', (error) => {
        throw error;
      });
      return { context, page };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await app.close();
      await mailbox.close();
    },
  };
};

/** Runs axe-core on the page as it is now (WCAG 2.2 A and AA rules) and expects no violation. */
export const expectAccessible = async (page: Page, what: string) => {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('\n    ')}`,
  );
  expect(violations, `axe-core on ${what}`).toEqual([]);
};

export const screenshot = async (page: Page, name: string) => {
  await fs.mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
};

/** The token from the last mail to `to` whose subject matches. */
export const mailedToken = async (rig: BrowserRig, to: string, subject: RegExp) =>
  tokenIn(await rig.mailbox.waitFor(to, subject));

/** Logs in through the form and waits for the dashboard it leads to. */
export const logInAs = async (page: Page, email: string, password: string) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
};

const operator = { userId: null, role: null, ip: null, userAgent: 'test' };

/** Makes an account with a role directly (as the other tests make an admin), without the sign-up mail. */
export const createUserWithRole = async (
  rig: BrowserRig,
  user: { email: string; displayName: string; password: string },
  role: 'learner' | 'editor' | 'mentor',
) => {
  const users = rig.app.container.usersService;
  await users.createAdmin(user, operator);
  await users.setRoleByEmail(user.email, role, operator);
};

/** Calls the API in-process as a user (with their access token) or anonymously, and expects success. */
export const callApi = async (
  rig: BrowserRig,
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
  token?: string,
) => {
  const response = await rig.app.app.inject({
    method,
    url,
    payload,
    ...(token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } }),
  });
  expect(response.statusCode, `${method} ${url}`).toBeLessThan(300);
  return response.json<Record<string, unknown>>();
};

/**
 * The learner follows the roadmap from today, finishes its first step and starts the second, so a roadmap's funnel,
 * active learners and step times have someone in them once the analytics are rolled up.
 */
export const learnFirstSteps = async (rig: BrowserRig, roadmapPath: string, email: string, password: string) => {
  const { accessToken } = await callApi(rig, 'POST', '/v1/auth/login', { email, password });
  const token = accessToken as string;
  const roadmap = (await rig.app.app.inject(`/v1${roadmapPath}`)).json<{ tiers: { steps: { id: string }[] }[] }>();
  const [first, second] = roadmap.tiers.flatMap((tier) => tier.steps);
  const startDate = new Date().toISOString().slice(0, 10);
  await callApi(rig, 'PUT', `/v1/me${roadmapPath}`, { hoursPerWeek: 10, startDate }, token);
  for (const status of ['in_progress', 'done'])
    await callApi(rig, 'PUT', `/v1/me${roadmapPath}/steps/${first!.id}`, { status }, token);
  await callApi(rig, 'PUT', `/v1/me${roadmapPath}/steps/${second!.id}`, { status: 'in_progress' }, token);
};

/** Opens one of the editors' pages from the header's "Editing" list, as an editor would. */
export const openEditingPage = async (page: Page, name: string) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Editing' }).click();
  await nav.getByRole('link', { name, exact: true }).click();
};
