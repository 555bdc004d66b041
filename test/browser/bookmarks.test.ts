// Step bookmarks in the browser: the step page's toggle by keyboard, the Bookmarks page listing and removing, both
// pages accessible in light and dark themes, and what a visitor who is not signed in sees.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserWithRole, expectAccessible, logInAs, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const STEP = '/roadmaps/backend-developer/steps/how-the-web-works';

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: 'keeper@example.org', displayName: 'Keeper', password: PASSWORD }, 'learner');
});
afterAll(() => rig.close());

const toggleOf = (page: Page) => page.getByRole('button', { name: /^Bookmark step \d+, How the web works/i });

const shoot = (page: Page, name: string) => page.screenshot({ path: `/tmp/bookmarks-${name}.png`, fullPage: true });

describe('step bookmarks', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a learner bookmarks a step by keyboard and removes it on the Bookmarks page (${colorScheme}), then both pages show it and pass axe`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      await logInAs(page, 'keeper@example.org', PASSWORD);
      await page.goto(STEP);
      const toggle = toggleOf(page);
      await expect.poll(() => toggle.isEnabled()).toBe(true);
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await expectAccessible(page, `the step page, not bookmarked (${colorScheme})`);

      await toggle.focus();
      await page.keyboard.press(colorScheme === 'light' ? 'Enter' : 'Space');
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await expectAccessible(page, `the step page, bookmarked (${colorScheme})`);
      await shoot(page, `step-${colorScheme}`);

      await page.getByRole('link', { name: 'Your bookmarks' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor();
      const link = page.getByRole('link', { name: /How the web works/i });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(STEP);
      await expectAccessible(page, `the Bookmarks page with one bookmark (${colorScheme})`);
      await shoot(page, `list-${colorScheme}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await shoot(page, `list-phone-${colorScheme}`);

      await page.getByRole('button', { name: /Remove the bookmark of How the web works/i }).click();
      await page.getByText('You have no bookmarks yet.').waitFor();
      await expectAccessible(page, `the Bookmarks page, empty (${colorScheme})`);
      await page.goto(STEP);
      await expect.poll(() => toggleOf(page).getAttribute('aria-pressed')).toBe('false');
      await shoot(page, `step-phone-${colorScheme}`);
    });
  }

  it('when a visitor is not signed in, then the step page has no toggle and /bookmarks asks them to log in', async () => {
    const { page } = await rig.newPage();
    await page.goto(STEP);
    await page.getByRole('heading', { level: 1, name: /How the web works/i }).waitFor();
    expect(await toggleOf(page).count()).toBe(0);
    await page.goto('/bookmarks');
    await page.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor();
    await page.getByRole('link', { name: 'Log in' }).last().waitFor();
    expect(await page.getByText('to keep bookmarks of the steps').count()).toBe(1);
    await expectAccessible(page, 'the Bookmarks page for a visitor');
  });
});
