// The roadmap page opens on its learning path, drawn as a map of stages and steps with the learner's status on each;
// a sticky bar offers the next step (or to follow the roadmap); the contents mark the section in view; a link to a
// section opens there, after a reload too; each section has a link to copy and asks for a rating only on demand; and
// the first step is a few Tab presses from the heading. Looked at on a phone and a desktop, light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callApi,
  createUserWithRole,
  expectAccessible,
  logInAs,
  screenshot,
  startBrowserRig,
  type BrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const FOLLOWER = 'map-follower@example.org';
const NEWCOMER = 'map-newcomer@example.org';
const ROADMAP = '/roadmaps/backend-developer';
type Tier = { title: string; steps: { id: string; number: number; title: string }[] };
let tiers: Tier[];

beforeAll(async () => {
  rig = await startBrowserRig();
  for (const [email, displayName] of [
    [FOLLOWER, 'Fay Follower'],
    [NEWCOMER, 'Ned Newcomer'],
  ] as const)
    await createUserWithRole(rig, { email, displayName, password: PASSWORD }, 'learner');
  tiers = (await rig.app.app.inject(`/v1${ROADMAP}`)).json<{ tiers: Tier[] }>().tiers;
});
afterAll(() => rig.close());

const openRoadmap = async (page: Page, path = ROADMAP) => {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
};

const theMap = (page: Page) => page.getByRole('tabpanel', { name: 'Map' });
const bar = (page: Page) => page.locator('.map-bar');
const node = (page: Page, number: number) => theMap(page).getByRole('link', { name: new RegExp(`^Step ${number}: `) });
const nodeName = async (page: Page, number: number) =>
  page.evaluate<string>(
    `(() => { const a = [...document.querySelectorAll('#path-map a')].find((el) => el.getAttribute('aria-label').startsWith('Step ${number}:')); return a.getAttribute('aria-label'); })()`,
  );

// Read in the page as strings: the tests are type-checked without the DOM's types.
const FOCUSED_TEXT = `(document.activeElement.getAttribute('aria-label') || document.activeElement.textContent || '').replace(/\\s+/g, ' ').trim()`;
const topOf = (id: string) => `document.getElementById('${id}').getBoundingClientRect().top`;
const BORDER_OF_STEP_3 = `getComputedStyle(document.querySelectorAll('#path-map a')[2]).borderColor`;
const BAR_BOTTOM = `document.querySelector('.map-bar').getBoundingClientRect().bottom`;

describe('the learning path as a map', () => {
  it('when a visitor opens a roadmap, then the map comes right after the header: a list of stages with headings, each a list of its steps as links in order, named with their status', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);

    // First thing after the header (and the bar): the path, before any other section.
    const order = await page.evaluate<string[]>(
      `[...document.querySelector('.roadmap').children].map((el) => el.id || el.className)`,
    );
    expect(order.slice(0, 3)).toEqual(['roadmap-header', 'map-bar', 'path']);
    expect(await page.locator('.roadmap-header .map-facts li').allTextContents()).toEqual([
      'For beginners',
      '8–16 months',
      '15 steps in 4 stages',
      expect.stringMatching(/^about \d+ hours$/),
    ]);
    expect(await page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe('true');

    const map = theMap(page);
    const headings = await map.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(tiers.map((tier, index) => `Stage ${index + 1} ${tier.title}`));
    // One list of stages; inside each, the stage's heading and the list of its steps, links in the path's order.
    const structure = await page.evaluate<{ heading: string; links: string[] }[]>(
      `[...document.querySelectorAll('#path-map ol.map > li')].map((li) => ({
        heading: li.querySelector(':scope > h3').textContent,
        links: [...li.querySelectorAll(':scope > ol > li > a')].map((a) => a.getAttribute('href')),
      }))`,
    );
    expect(structure.map((tier) => tier.links)).toEqual(
      tiers.map((tier) => tier.steps.map((step) => `${ROADMAP}/steps/${step.id}`)),
    );
    for (const step of tiers.flatMap((tier) => tier.steps))
      expect(
        await map.getByRole('link', { name: `Step ${step.number}: ${step.title} — Not started`, exact: true }).count(),
        `step ${step.number}`,
      ).toBe(1);
    // The lines between steps and stages are drawn by CSS: nothing for a screen reader to trip over.
    expect(
      await page.evaluate<string>(
        `getComputedStyle(document.querySelectorAll('#path-map .map-step')[1], '::before').content`,
      ),
    ).toBe('""');
  });

  it('when a guest changes a status on a step page and goes back, then the map shows it in words and colour', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);
    const before = await page.evaluate<string>(BORDER_OF_STEP_3);

    await node(page, 3).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Step 3' }).waitFor();
    await page.getByRole('radio', { name: 'Done' }).check();
    await page
      .locator('[aria-live="polite"]')
      .filter({ hasText: /kept in this browser/ })
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();

    const title = tiers[0]!.steps[2]!.title;
    await theMap(page)
      .getByRole('link', { name: `Step 3: ${title} — Done`, exact: true })
      .waitFor();
    expect(await nodeName(page, 3)).toBe(`Step 3: ${title} — Done`);
    expect(await page.evaluate<string>(BORDER_OF_STEP_3)).not.toBe(before);

    // In progress and skipped read differently again.
    await node(page, 2).click();
    await page.getByRole('radio', { name: 'In progress' }).check();
    await page.goBack();
    await theMap(page)
      .getByRole('link', { name: / — In progress$/ })
      .waitFor();
    expect(await nodeName(page, 2)).toMatch(/^Step 2: .* — In progress$/);
  });

  it('when a signed-in learner marks a step done on its page and goes back, then the map and the bar show it', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, FOLLOWER, PASSWORD);
    const { accessToken } = await callApi(rig, 'POST', '/v1/auth/login', { email: FOLLOWER, password: PASSWORD });
    await callApi(rig, 'PUT', `/v1/me${ROADMAP}`, { hoursPerWeek: 10, startDate: '2026-12-01' }, accessToken as string);
    await openRoadmap(page);
    const first = tiers[0]!.steps[0]!;
    const second = tiers[0]!.steps[1]!;
    const continueLink = bar(page).getByRole('link', { name: /^Continue: / });
    expect(await continueLink.textContent()).toBe(`Continue: ${first.title}`);
    expect(await continueLink.getAttribute('href')).toBe(`${ROADMAP}/steps/${first.id}`);
    expect(await node(page, 1).getAttribute('aria-current')).toBe('step');

    await continueLink.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Step 1' }).waitFor();
    // Saved to the account first, then shown as chosen.
    await page.getByRole('radio', { name: 'Done' }).click();
    await page
      .locator('[aria-live="polite"]')
      .filter({ hasText: `${first.title}: Done` })
      .waitFor();
    await page.goBack();

    await theMap(page)
      .getByRole('link', { name: `Step 1: ${first.title} — Done`, exact: true })
      .waitFor();
    await expect.poll(() => continueLink.textContent()).toBe(`Continue: ${second.title}`);
    expect(await bar(page).locator('.map-bar-progress').textContent()).toBe('1 of 15 steps done');
    expect(await node(page, 2).getAttribute('aria-current')).toBe('step');
  });
});

describe('the sticky bar', () => {
  it('when a visitor has not started, then it offers to follow the roadmap; once they mark a step, to continue', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);
    const follow = bar(page).getByRole('link', { name: 'Follow this roadmap', exact: true });
    expect(await follow.getAttribute('href')).toBe(`${ROADMAP}/plan`);

    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('checkbox', { name: 'Done: step 1,' }).check();

    await bar(page)
      .getByRole('link', { name: `Continue: ${tiers[0]!.steps[1]!.title}` })
      .waitFor();
    expect(await follow.count()).toBe(0);
    // It stays at the top of the window while the reader scrolls down the page.
    await page.evaluate(`document.getElementById('faq').scrollIntoView()`);
    await expect
      .poll(() => page.evaluate<number>(`document.querySelector('.map-bar').getBoundingClientRect().top`))
      .toBe(0);
    expect(
      await bar(page)
        .getByRole('link', { name: /^Continue: / })
        .isVisible(),
    ).toBe(true);
  });

  it('when a signed-in learner does not follow the roadmap, then "Follow this roadmap" leads to following it, and then to continue', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, NEWCOMER, PASSWORD);
    await openRoadmap(page);

    await bar(page).getByRole('link', { name: 'Follow this roadmap', exact: true }).click();
    await page.getByRole('button', { name: 'Follow this roadmap at this pace' }).click();
    await page.locator('[aria-live="polite"]').filter({ hasText: 'you follow this roadmap' }).waitFor();
    await page.getByRole('link', { name: 'Back to the roadmap' }).click();

    await bar(page)
      .getByRole('link', { name: `Continue: ${tiers[0]!.steps[0]!.title}` })
      .waitFor();
    expect(await bar(page).getByRole('link', { name: 'Follow this roadmap' }).count()).toBe(0);
  });
});

describe('finding your way on the page', () => {
  it('when the reader scrolls to a section, then the contents mark it as where they are', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);
    const contents = page.getByRole('navigation', { name: 'Sections' });
    const current = () => contents.locator('[aria-current="location"]').allTextContents();
    await expect.poll(current).toEqual(['The learning path']);

    await page.evaluate(`document.getElementById('faq').scrollIntoView()`);
    await expect.poll(current).toEqual(['Questions and answers']);
    await page.evaluate(`document.getElementById('history').scrollIntoView()`);
    await expect.poll(current).toEqual(['A short history']);
  });

  it('when a link to a section is opened, and the page reloaded, then it opens at that section below the sticky bar', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page, `${ROADMAP}#faq`);
    const height = page.viewportSize()!.height;
    const inView = async () => {
      const top = await page.evaluate<number>(topOf('faq-heading'));
      expect(top, 'the heading is below the bar').toBeGreaterThanOrEqual(await page.evaluate<number>(BAR_BOTTOM));
      expect(top, 'the heading is near the top').toBeLessThan(height / 3);
    };
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(2000);
    await inView();
    expect(await page.getByRole('heading', { level: 2, name: 'Questions and answers' }).isVisible()).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(2000);
    await inView();

    // A link to #outline opens the path with its outline shown.
    const { page: other } = await rig.newPage();
    await openRoadmap(other, `${ROADMAP}#outline`);
    expect(await other.getByRole('tab', { name: 'Outline' }).getAttribute('aria-selected')).toBe('true');
    await other.getByRole('checkbox', { name: 'Done: step 1,' }).waitFor();
  });

  it('when the reader copies the link of a section or a step, then the clipboard has it and "Link copied" is announced', async () => {
    const { page, context } = await rig.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openRoadmap(page);

    const copy = page.locator('#history .copy-link');
    expect(await copy.getAttribute('type')).toBe('button');
    await page.getByRole('button', { name: 'Copy link to “A short history”' }).click();
    await expect.poll(() => copy.textContent()).toContain('Link copied');
    await page.locator('[aria-live="polite"]').filter({ hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(`${rig.url}${ROADMAP}#history`);
    expect(new URL(page.url()).hash).toBe('#history');

    const step = tiers[1]!.steps[0]!;
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('button', { name: `Copy link to “Step ${step.number}: ${step.title}”` }).click();
    await expect
      .poll(() => page.evaluate<string>('navigator.clipboard.readText()'))
      .toBe(`${rig.url}${ROADMAP}/steps/${step.id}`);
  });

  it('when the page opens, then "Was this helpful?" waits behind one small button per section', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);
    const toggles = page.getByRole('button', { name: /^Rate this section \(/ });
    expect(await toggles.count()).toBe(16);
    expect(await page.getByRole('group', { name: /^Was this helpful\?/ }).count()).toBe(0);

    const toggle = page.getByRole('button', { name: 'Rate this section (A short history)', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const group = page.getByRole('group', { name: 'Was this helpful? (A short history)', exact: true });
    await group.getByRole('button', { name: 'Yes' }).click();
    await group.getByText('1 reader found this helpful, 0 did not.').waitFor();
    expect(await page.getByRole('group', { name: /^Was this helpful\?/ }).count()).toBe(1);
    // Folded away again, and opened once more: the answer is still there.
    await toggle.click();
    expect(await group.isVisible()).toBe(false);
    await toggle.click();
    expect(await group.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('when a keyboard user is at the heading, then the first step is at most five Tab presses away, and the skip link gets there', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Backend Developer Roadmap' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    await expect.poll(() => page.evaluate<string>('document.activeElement.tagName')).toBe('H1');
    await bar(page).getByRole('link').waitFor();

    const stops: string[] = [];
    for (let presses = 0; presses < 5 && !stops.at(-1)?.startsWith('Step 1'); presses++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate<string>(FOCUSED_TEXT));
    }
    expect(stops.at(-1), stops.join(' → ')).toBe(`Step 1: ${tiers[0]!.steps[0]!.title} — Not started`);
    expect(stops.length).toBeLessThanOrEqual(5);
    expect(stops[0]).toBe('Skip to the learning path');

    // From the heading again, through the skip link.
    await page.locator('h1').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#path');
    let presses = 0;
    while (!(await page.evaluate<string>(FOCUSED_TEXT)).startsWith('Step 1') && presses < 5) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThanOrEqual(3);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Step 1' }).waitFor();
  });
});

describe('how it looks', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    for (const { device, width, height } of [
      { device: 'phone', width: 390, height: 844 },
      { device: 'desktop', width: 1280, height: 800 },
    ])
      it(`when a guest with progress opens the roadmap on a ${device} (${colorScheme}), then it fits the screen and passes axe`, async () => {
        const { page } = await rig.newPage({ colorScheme });
        await page.setViewportSize({ width, height });
        await page.goto('/');
        const [first, second, third] = tiers[0]!.steps;
        await page.evaluate(
          `localStorage.setItem('waymark.guest.v1', JSON.stringify({ 'backend-developer': { steps: { '${first!.id}': 'done', '${second!.id}': 'in_progress', '${third!.id}': 'skipped' }, notes: {}, checklist: {} } }))`,
        );
        await openRoadmap(page);
        await page.getByRole('button', { name: 'Rate this section (The learning path)' }).click();

        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        // A long "Continue: <step>" ends in an ellipsis inside its button; it is never cut off at its start.
        const label = await page.locator('.map-continue-label').boundingBox();
        const button = await page.locator('.map-continue').boundingBox();
        expect(label!.x).toBeGreaterThanOrEqual(button!.x);
        expect(label!.x + label!.width).toBeLessThanOrEqual(button!.x + button!.width);
        await expectAccessible(page, `the roadmap's map on a ${device} (${colorScheme})`);
        await page.screenshot({ path: `test-results/screenshots/roadmap-map-${device}-${colorScheme}-top.png` });
        await screenshot(page, `roadmap-map-${device}-${colorScheme}`);
        await page.getByRole('tab', { name: 'Outline' }).click();
        await expectAccessible(page, `the roadmap's outline on a ${device} (${colorScheme})`);
      });

  it('when the stages do not fit side by side (a small tablet), then the map scrolls sideways inside itself and can be focused to scroll', async () => {
    const { page } = await rig.newPage();
    await page.setViewportSize({ width: 768, height: 1024 });
    await openRoadmap(page);
    const scroller = page.getByRole('region', { name: 'Map of the learning path (scrolls sideways)' });
    await scroller.waitFor();
    expect(await scroller.getAttribute('tabindex')).toBe('0');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(768);
    await scroller.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate<number>(`document.querySelector('.map-scroll').scrollLeft`))
      .toBeGreaterThan(0);
    await expectAccessible(page, 'the map scrolling sideways');
  });
});
