// The Resource Hub in Chromium: the list with its filters and search, each kind of entry, in light and dark themes
// with axe-core, used with the keyboard alone, and the ways in from a roadmap and a step.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../support/content-fixture.ts';
import { expectAccessible, screenshot, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
  // The fixture's hub (alpha-guide, alpha-review, beta-cheats) does not change when the shipped content does.
  await rig.app.container.contentService.importFrom(FIXTURE_CONTENT);
});
afterAll(() => rig.close());

const settle = async (page: Page, heading: string | RegExp) => {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
};
const resultTitles = (page: Page) => page.locator('.hub-card-title').allTextContents();

const PAGES: [path: string, heading: string | RegExp, name: string][] = [
  ['/hub', 'Resource Hub', 'hub'],
  ['/hub/alpha-guide', 'A guide to the alpha steps', 'hub-guide'],
  ['/hub/alpha-review', 'A review of the alpha manual', 'hub-review'],
  ['/hub/beta-cheats', 'Beta on one page', 'hub-cheatsheet'],
];

describe('the Resource Hub pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a visitor opens the hub and each kind of entry in the ${colorScheme} theme, then none has a violation`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      for (const [path, heading, name] of PAGES) {
        await page.goto(path);
        await settle(page, heading);
        await expectAccessible(page, `${name} (${colorScheme})`);
        await screenshot(page, `${name}-${colorScheme}`);
      }
    });
  }

  it('when a filter is chosen, then the list and the address follow it, and removing it shows everything', async () => {
    const { page } = await rig.newPage();
    await page.goto('/hub');
    await settle(page, 'Resource Hub');
    expect(await resultTitles(page)).toHaveLength(3);

    await page.getByLabel('Kind').selectOption('review');
    await expect.poll(() => resultTitles(page)).toEqual(['A review of the alpha manual']);
    expect(page.url()).toMatch(/\/hub\?kind=review$/);
    await page.getByLabel('Kind').selectOption('');
    await page.getByLabel('Roadmap').selectOption('beta');
    await expect.poll(() => resultTitles(page)).toEqual(['A guide to the alpha steps', 'Beta on one page']);
  });

  it('when a keyboard user searches and opens a result, then Tab and Enter are enough', async () => {
    const { page } = await rig.newPage();
    await page.goto('/hub');
    await settle(page, 'Resource Hub');

    await page.getByLabel('Search the hub').focus();
    await page.keyboard.type('lighthouse');
    await page.keyboard.press('Enter');
    await expect.poll(() => resultTitles(page)).toEqual(['A guide to the alpha steps']);
    // From the search box: its button, the three filters, the filter chip's Remove, then the result.
    // A string, not a function: the tests are type-checked without the DOM's types.
    const focused = () => page.evaluate<string | null>('document.activeElement?.textContent ?? null');
    for (let presses = 0; presses < 10 && (await focused()) !== 'A guide to the alpha steps'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toBe('A guide to the alpha steps');
    await page.keyboard.press('Enter');

    await settle(page, 'A guide to the alpha steps');
    expect(new URL(page.url()).pathname).toBe('/hub/alpha-guide');
  });

  it('when a guide’s contents link is followed, then it lands on the heading it names', async () => {
    const { page } = await rig.newPage();
    await page.goto('/hub/alpha-guide');
    await settle(page, 'A guide to the alpha steps');

    const contents = page.getByRole('navigation', { name: 'On this page' });
    expect(await contents.getByRole('link').allTextContents()).toEqual([
      'Tables first',
      'Keys and indexes',
      'Tables first',
    ]);
    await contents.getByRole('link', { name: 'Keys and indexes' }).click();

    expect(new URL(page.url()).hash).toBe('#keys-and-indexes');
    expect(await page.locator('#keys-and-indexes').textContent()).toBe('Keys and indexes');
    expect(await page.locator('#tables-first-2').count()).toBe(1);
  });

  it('when a review is read, then its rating is said in words and its verdict and points are there', async () => {
    const { page } = await rig.newPage();
    await page.goto('/hub/alpha-review');
    await settle(page, 'A review of the alpha manual');

    await page.getByText('Rated 3.5 out of 5').waitFor();
    await page.getByText('Worth it for the index chapter.').waitFor();
    for (const heading of ['Verdict', 'Who it suits', 'Strengths', 'Weaknesses']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    expect(await page.getByRole('heading', { name: 'Who should pick something else' }).count()).toBe(0);
  });

  it('when a reader answers "Was this helpful?" on an entry, then the answer is kept', async () => {
    const { page } = await rig.newPage();
    await page.goto('/hub/beta-cheats');
    await settle(page, 'Beta on one page');

    const yes = page.getByRole('button', { name: 'Yes' });
    await yes.focus();
    await page.keyboard.press('Enter');

    await expect.poll(() => yes.getAttribute('aria-pressed')).toBe('true');
    const counts = await rig.app.app.inject('/v1/feedback/summary?roadmap=beta&target=hub:beta-cheats');
    expect(counts.json<{ items: { helpful: number }[] }>().items[0]?.helpful).toBe(1);
  });

  it('when a cheatsheet is printed, then the navigation and the feedback are hidden', async () => {
    const { page } = await rig.newPage();
    await page.goto('/hub/beta-cheats');
    await settle(page, 'Beta on one page');
    await page.emulateMedia({ media: 'print' });

    for (const selector of ['.site-header', '.breadcrumb', '.helpful', '.site-footer']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.getByRole('table').isVisible()).toBe(true);
  });
});

describe('the ways into the hub', () => {
  it('when a step has hub entries, then its page links to them', async () => {
    const { page } = await rig.newPage();
    await page.goto('/roadmaps/beta/steps/b-one');
    await page.getByRole('heading', { level: 2, name: 'From the Resource Hub' }).waitFor();

    const links = page.locator('section[aria-labelledby="step-hub"] a');
    expect(await links.allTextContents()).toEqual(['A guide to the alpha steps', 'Beta on one page']);
  });

  it('when a roadmap ends, then "Keep going" leads to the hub filtered to that roadmap', async () => {
    const { page } = await rig.newPage();
    await page.goto('/roadmaps/alpha');
    await page.getByRole('heading', { level: 2, name: 'Keep going' }).waitFor();

    await page.getByRole('link', { name: /Open the Resource Hub for/ }).click();
    await settle(page, 'Resource Hub');

    expect(page.url()).toMatch(/\/hub\?roadmap=alpha$/);
    await expect.poll(() => resultTitles(page)).toEqual(['A guide to the alpha steps', 'A review of the alpha manual']);
  });

  it('when the main navigation is used, then "Resource Hub" opens the hub', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resource Hub' }).click();

    await settle(page, 'Resource Hub');
  });
});
