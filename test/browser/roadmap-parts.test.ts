// The roadmap page's parts about the role and the edition, the home page's catalogue with a learner's progress, and
// "Also in" on a step two roadmaps share — each accessible in light and dark themes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../support/content-fixture.ts';
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
const PASSWORD = 'a long and unusual passphrase';
const LEARNER = 'catalogue@example.org';
const ROADMAP = '/roadmaps/backend-developer';

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: LEARNER, displayName: 'Cat Alogue', password: PASSWORD }, 'learner');
});
afterAll(() => rig.close());

// Strings, not functions: the tests are type-checked without the DOM's types.
const SECTION_ORDER = `[...document.querySelectorAll('.roadmap-body > section')].map((section) => section.id)`;

const openRoadmap = async (page: Page) => {
  await page.goto(ROADMAP);
  await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
};

const card = (page: Page, title: string) => page.locator('.catalogue-card').filter({ hasText: title });

describe('the roadmap page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a visitor opens the Backend roadmap (${colorScheme}), then the role and edition come first and the page passes axe`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      await openRoadmap(page);

      expect(await page.locator('.edition').textContent()).toBe('Roadmap · 2026 · Updated 2 December 2026 · version 1');
      expect(await page.locator('.edition time').getAttribute('datetime')).toBe('2026-12-02');
      const order = await page.evaluate<string[]>(SECTION_ORDER);
      expect(order.slice(0, 3)).toEqual(['duties', 'about', 'keep-in-mind']);
      expect(order.indexOf('other-paths')).toBe(order.indexOf('faq') + 1);
      await page.getByRole('heading', { level: 2, name: 'What a backend developer does', exact: true }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'What you will be able to do' }).waitFor();
      for (const section of ['history', 'market', 'checklist'])
        expect(await page.locator(`#${section} .closing`).count(), section).toBe(1);
      await expectAccessible(page, `the roadmap page with its new parts (${colorScheme})`);
      await screenshot(page, `roadmap-parts-${colorScheme}`);
    });
  }

  it('when a reader finishes the conclusion, then one button takes them to step 1', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);

    await page
      .locator('#conclusion')
      .getByRole('link', { name: /^Start with step 1: / })
      .click();

    await page.getByRole('heading', { level: 1, name: /^Step 1 / }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${ROADMAP}/steps/programming-language-fundamentals`);
  });

  it('when a reader says what the role does helped, then the vote is kept under section:duties', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);

    await page.getByRole('button', { name: 'Rate this section (What a backend developer does)', exact: true }).click();
    const group = page.getByRole('group', { name: 'Was this helpful? (What a backend developer does)', exact: true });
    await group.getByRole('button', { name: 'Yes' }).click();

    await group.getByText('1 reader found this helpful, 0 did not.').waitFor();
    const votes = await rig.app.database.db
      .selectFrom('feedbackVotes')
      .select(['target', 'helpful'])
      .where('roadmapSlug', '=', 'backend-developer')
      .execute();
    expect(votes).toEqual([{ target: 'section:duties', helpful: true }]);
  });
});

describe('the catalogue on the home page', () => {
  it('when a visitor opens the home page, then each roadmap is a card with its level, time, steps and outcomes', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    const backend = card(page, 'Backend Developer Roadmap');
    await backend.waitFor();

    expect(await backend.locator('.facts li').allTextContents()).toEqual(['For beginners', '8–16 months', '15 steps']);
    // The first three of its six outcomes; the roadmap page has them all.
    expect(await backend.locator('.outcomes li').count()).toBe(3);
    await backend.getByText('…and 3 more on the roadmap page.').waitFor();
    expect(await backend.locator('.standing').count()).toBe(0);
  });

  it('when a guest has finished a step, then the card shows their progress from this browser', async () => {
    const { page } = await rig.newPage();
    await openRoadmap(page);
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('checkbox', { name: 'Done: step 1,' }).check();
    await page
      .locator('[aria-live="polite"]')
      .filter({ hasText: /kept in this browser/ })
      .waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roadmaps' }).click();

    await card(page, 'Backend Developer Roadmap').getByText('Your progress: 1 of 15 steps done').waitFor();
    expect(await page.getByRole('progressbar', { name: /Your progress/ }).getAttribute('value')).toBe('1');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a signed-in learner follows a roadmap (${colorScheme}), then its card shows their progress and passes axe`, async () => {
      if (colorScheme === 'light') await learnFirstSteps(rig, ROADMAP, LEARNER, PASSWORD);
      const { page } = await rig.newPage({ colorScheme });
      await logInAs(page, LEARNER, PASSWORD);

      await page.goto('/');

      await card(page, 'Backend Developer Roadmap').getByText('Your progress: 1 of 15 steps done').waitFor();
      await expectAccessible(page, `the catalogue with progress (${colorScheme})`);
      await screenshot(page, `catalogue-progress-${colorScheme}`);
    });
  }
});

// Last: it replaces the shipped content with the fixture's two roadmaps, which share the step a-one.
describe('a step two roadmaps share', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a step is also in another roadmap (${colorScheme}), then its page links to it there and passes axe`, async () => {
      if (colorScheme === 'light') await rig.app.container.contentService.importFrom(FIXTURE_CONTENT);
      const { page } = await rig.newPage({ colorScheme });
      await page.goto('/roadmaps/alpha/steps/a-one');
      await page.getByRole('heading', { level: 1, name: /Step one about databases/ }).waitFor();

      const alsoIn = page.locator('.also-in');
      expect(await alsoIn.textContent()).toBe('Also in: Beta roadmap');
      await expectAccessible(page, `a shared step (${colorScheme})`);
      await screenshot(page, `shared-step-${colorScheme}`);
      await alsoIn.getByRole('link', { name: 'Beta roadmap' }).click();

      await page.getByRole('heading', { level: 1, name: /Step 2 Step one about databases/ }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/roadmaps/beta/steps/a-one');
      expect(await page.locator('.also-in').textContent()).toBe('Also in: Alpha roadmap');
      expect(await page.locator('.also-in a').getAttribute('href')).toBe('/roadmaps/alpha/steps/a-one');
    });
  }
});
