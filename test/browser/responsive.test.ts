// The main pages on a phone (390×844) and a small tablet (768×1024): nothing is wider than the screen (no sideways
// scrolling), the main navigation is on screen and works, axe-core finds no violation, and a screenshot of each page
// at that width is kept under test-results/screenshots. The charts of the dashboard, the plan and the editor's
// analytics keep their text readable (at least 11 px) and inside the chart on a phone as on a desktop.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createUserWithRole,
  expectAccessible,
  learnFirstSteps,
  logInAs,
  screenshot,
  startBrowserRig,
  type BrowserRig,
} from './support.ts';

let rig: BrowserRig;
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;
const PASSWORD = 'a long and unusual passphrase';
/** One learner for each width, so each starts without following a roadmap. */
const learnerOn = (device: string) => ({
  email: `${device}@example.org`,
  password: PASSWORD,
  displayName: 'Pat Small',
});
const CHART_LEARNER = { email: 'charts@example.org', password: PASSWORD, displayName: 'Chris Charts' };
const CHART_EDITOR = { email: 'chart-editor@example.org', password: PASSWORD, displayName: 'Eve Editor' };

beforeAll(async () => {
  rig = await startBrowserRig();
  for (const { name } of WIDTHS) {
    const registered = await fetch(`${rig.url}/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(learnerOn(name)),
    });
    expect(registered.status).toBe(202);
  }
  // A learner with some progress (for the dashboard's charts) and an editor who reads the analytics, which have a
  // vote on a section and that learner in them once rolled up.
  await createUserWithRole(rig, CHART_LEARNER, 'learner');
  await createUserWithRole(rig, CHART_EDITOR, 'editor');
  await learnFirstSteps(rig, '/roadmaps/backend-developer', CHART_LEARNER.email, PASSWORD);
  const vote = await rig.app.app.inject({
    method: 'POST',
    url: '/v1/feedback',
    payload: { roadmap: 'backend-developer', target: 'section:history', helpful: true },
  });
  expect(vote.statusCode).toBe(200);
  await rig.app.container.analyticsService.rollUp();
});
afterAll(() => rig.close());

// Strings, not functions: the tests are type-checked without the DOM's types.
const PAGE_WIDTH = 'document.documentElement.scrollWidth';
/** Elements that reach past the right edge of the screen, for the failure message. */
const TOO_WIDE = `[...document.querySelectorAll('body *')]
  .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
  .slice(0, 5)
  .map((el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : '') + ' ' + Math.round(el.getBoundingClientRect().right) + 'px')`;

/**
 * What is wrong with the page's charts (SVGs with text), for the failure message: text drawn smaller than 11 px
 * (its CSS font size times the SVG's scale), text that reaches past the chart's edges, and charts wider than the
 * element they are in.
 */
const CHART_PROBLEMS = `[...document.querySelectorAll('svg')].filter((svg) => svg.querySelector('text')).flatMap((svg) => {
  const box = svg.getBoundingClientRect();
  const viewBox = svg.viewBox.baseVal;
  const scale = viewBox && viewBox.width > 0 ? box.width / viewBox.width : 1;
  const container = svg.parentElement.getBoundingClientRect();
  const name = svg.getAttribute('aria-label');
  const problems = [];
  if (box.left < container.left - 0.5 || box.right > container.right + 0.5)
    problems.push(name + ': ' + Math.round(box.width) + ' px wide in ' + Math.round(container.width) + ' px');
  for (const text of svg.querySelectorAll('text')) {
    const size = parseFloat(getComputedStyle(text).fontSize) * scale;
    const words = '"' + text.textContent + '"';
    if (size < 11) problems.push(name + ': ' + words + ' at ' + size.toFixed(1) + ' px');
    const rect = text.getBoundingClientRect();
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) problems.push(name + ': ' + words + ' cut off');
  }
  return problems;
})`;
const CHARTS_WITH_TEXT = `[...document.querySelectorAll('svg[role="img"]')].filter((svg) => svg.querySelector('text')).length`;

const logIn = async (page: Page, email: string) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
};

const expectFitsTheScreen = async (page: Page, width: number, what: string) => {
  expect(
    await page.evaluate<number>(PAGE_WIDTH),
    `${what}: wider than the screen: ${(await page.evaluate<string[]>(TOO_WIDE)).join(', ')}`,
  ).toBeLessThanOrEqual(width);
};

/** Opens the main navigation's menu where the screen is narrow enough to fold it into one. */
const openMenu = async (page: Page) => {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
};

/**
 * Every link of the main navigation is on screen (not cut off, not hidden) once its menu is open, and at least
 * 24×24 px to tap.
 */
const expectNavigationOnScreen = async (page: Page, width: number, what: string) => {
  await openMenu(page);
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  expect(await links.count(), what).toBeGreaterThanOrEqual(3);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    const name = await link.textContent();
    expect(box, `${what}: "${name}" has a box`).not.toBeNull();
    expect(box!.x, `${what}: "${name}" starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${what}: "${name}" ends on screen`).toBeLessThanOrEqual(width);
    expect(box!.height, `${what}: "${name}" is tall enough to tap`).toBeGreaterThanOrEqual(24);
  }
};

const PAGES: [path: string, heading: string | RegExp, name: string][] = [
  ['/', 'Learning roadmaps', 'home'],
  ['/roadmaps/backend-developer', 'Backend Developer Roadmap', 'roadmap'],
  ['/roadmaps/backend-developer/steps/how-the-web-works', /How the web works/i, 'step'],
  ['/roadmaps/backend-developer/plan', /Plan your pace/, 'plan'],
  ['/dashboard', 'Dashboard', 'dashboard'],
  ['/account', 'Your account', 'account'],
];

for (const { name: device, width, height } of WIDTHS) {
  describe(`on a ${device} (${width}×${height})`, () => {
    it(`when a learner opens the main pages ${width} px wide, then none scrolls sideways, the navigation is on screen and axe passes`, async () => {
      const { page } = await rig.newPage();
      await page.setViewportSize({ width, height });
      await logIn(page, learnerOn(device).email);
      // Follows the roadmap, so the dashboard shows its charts and checklist.
      await page.goto('/roadmaps/backend-developer/plan');
      await page.getByRole('button', { name: 'Follow this roadmap at this pace' }).click();
      await page.locator('[aria-live="polite"]').filter({ hasText: 'you follow this roadmap' }).waitFor();

      for (const [path, heading, name] of PAGES) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await expect.poll(() => page.locator('.loading').count()).toBe(0);
        const what = `${path} at ${width} px`;
        await expectFitsTheScreen(page, width, what);
        await expectNavigationOnScreen(page, width, what);
        await expectAccessible(page, what);
        await screenshot(page, `${name}-${device}`);
      }
    });

    it(`when a visitor on a ${device} taps the navigation, then it takes them to the page`, async () => {
      const { page } = await rig.newPage();
      await page.setViewportSize({ width, height });
      await page.goto('/roadmaps/backend-developer');
      await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main' });
      await openMenu(page);
      await nav.getByRole('link', { name: 'Log in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
      await openMenu(page);
      await nav.getByRole('link', { name: 'Sign up' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign up' }).waitFor();
      await openMenu(page);
      await nav.getByRole('link', { name: 'Roadmaps' }).click();
      await page.getByRole('heading', { level: 1, name: 'Learning roadmaps' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
    });

    it(`when a visitor on a ${device} follows a link of "On this page", then the section comes into view`, async () => {
      const { page } = await rig.newPage();
      await page.setViewportSize({ width, height });
      await page.goto('/roadmaps/backend-developer');
      await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Questions and answers' })
        .click();
      const sectionHeading = page.getByRole('heading', { level: 2, name: 'Questions and answers', exact: true });
      await expect
        .poll(() => page.evaluate<number>(`document.getElementById('faq-heading').getBoundingClientRect().top`))
        .toBeGreaterThanOrEqual(0);
      const top = await page.evaluate<number>(`document.getElementById('faq-heading').getBoundingClientRect().top`);
      expect(top).toBeLessThan(height / 2);
      expect(await sectionHeading.isVisible()).toBe(true);
      expect(new URL(page.url()).hash).toBe('#faq');
    });
  });
}

const CHART_WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;
const CHART_PAGES: [path: string, ready: (page: Page) => Promise<void>, charts: number, name: string][] = [
  ['/dashboard', (page) => page.locator('.timeline-chart').waitFor(), 3, 'dashboard'],
  ['/roadmaps/backend-developer/plan', (page) => page.locator('.timeline-chart').waitFor(), 1, 'plan'],
  [
    '/editor/analytics/backend-developer',
    (page) => page.getByRole('heading', { level: 2, name: 'Median time per step' }).waitFor(),
    4,
    'analytics',
  ],
];

describe('the charts', () => {
  for (const { name: device, width, height } of CHART_WIDTHS) {
    it(`when a learner and an editor look at the charts ${width} px wide, then their text is at least 11 px, inside the chart, and axe passes`, async () => {
      for (const user of [CHART_LEARNER, CHART_EDITOR]) {
        const { page } = await rig.newPage();
        await page.setViewportSize({ width, height });
        await logInAs(page, user.email, PASSWORD);
        for (const [path, ready, charts, name] of CHART_PAGES.filter(([path]) =>
          user === CHART_EDITOR ? path.startsWith('/editor') : !path.startsWith('/editor'),
        )) {
          await page.goto(path);
          await ready(page);
          await expect.poll(() => page.locator('.loading').count()).toBe(0);
          const what = `${path} at ${width} px`;
          expect(await page.evaluate<number>(CHARTS_WITH_TEXT), `${what}: charts with text`).toBeGreaterThanOrEqual(
            charts,
          );
          expect(await page.evaluate<string[]>(CHART_PROBLEMS), what).toEqual([]);
          await expectFitsTheScreen(page, width, what);
          await expectAccessible(page, what);
          await screenshot(page, `charts-${name}-${device}`);
        }
      }
    });
  }
});
