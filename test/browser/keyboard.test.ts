// The learner journey with the keyboard alone: Tab to move, Space and Enter to act, typing into fields. Every stop
// must show a visible focus indicator.
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';

beforeAll(async () => {
  rig = await startBrowserRig();
});
afterAll(() => rig.close());

// Read in the page as strings: the tests are type-checked without the DOM's types.
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { name: '', outline: 'none' };
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
  const name = (el.getAttribute('aria-label') || label || el.textContent || '').replace(/\\s+/g, ' ').trim();
  const style = getComputedStyle(el);
  return { name, outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outlineStyle };
})()`;

/** Presses Tab until the focused element's name matches; fails if a stop on the way shows no focus. */
const tabTo = async (page: Page, name: RegExp, { backwards = false } = {}) => {
  const visited: string[] = [];
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate<{ name: string; outline: string }>(FOCUSED);
    if (focused.name === '') continue;
    visited.push(focused.name);
    expect(focused.outline, `focus on "${focused.name}" is visible (after ${visited.join(' → ')})`).not.toBe('none');
    if (name.test(focused.name)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
};

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/**
 * After a navigation the app moves focus to the new page's heading once it has rendered; a keyboard user starts from
 * there, so the journey waits for it (keys pressed before it would be overtaken by the move).
 */
const arrivedAt = async (page: Page, name: string | RegExp) => {
  await heading(page, name);
  await expect.poll(() => page.evaluate<string>('document.activeElement.tagName')).toBe('H1');
};

describe('a learner journey with the keyboard alone', () => {
  it('when a visitor uses only the keyboard, then they can mark steps, sign up, keep progress, re-plan and download', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await heading(page, 'Learning roadmaps');

    // The skip link comes first and moves focus past the header.
    await tabTo(page, /Skip to content/);
    await tabTo(page, /Backend Developer Roadmap/);
    await page.keyboard.press('Enter');
    // After navigation the new page's heading has focus, as after a full page load.
    await arrivedAt(page, 'Backend Developer Roadmap');

    // The path opens as a map; the arrow keys switch it to the numbered outline, where Space ticks a step.
    await tabTo(page, /^Map$/);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Outline' }).getAttribute('aria-selected')).toBe('true');
    await tabTo(page, /^Done: step 1,/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Done: step 2,/);
    await page.keyboard.press('Space');
    await page
      .locator('[aria-live="polite"]')
      .filter({ hasText: /kept in this browser/ })
      .waitFor();
    expect(await page.getByRole('checkbox', { name: 'Done: step 2,' }).isChecked()).toBe(true);

    // Sign up from the header.
    await page.keyboard.press('Home');
    await tabTo(page, /^Sign up$/, { backwards: true });
    await page.keyboard.press('Enter');
    await arrivedAt(page, 'Sign up');
    await tabTo(page, /^Your name$/);
    await page.keyboard.type('Kim Keys');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keys@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await arrivedAt(page, 'Dashboard');
    await page.getByText('2 of 15 steps').waitFor();
    await expectAccessible(page, 'dashboard after sign-up');

    // Re-plan at 8 hours a week.
    await tabTo(page, /^Change your pace$/);
    await page.keyboard.press('Enter');
    await arrivedAt(page, /Plan your pace/);
    await page.getByTestId('plan-months').waitFor();
    const before = parseFloat((await page.getByTestId('plan-months').textContent()) ?? '');
    await tabTo(page, /^Hours a week$/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => parseFloat((await page.getByTestId('plan-months').textContent()) ?? ''))
      .toBeGreaterThan(before);
    await tabTo(page, /^Keep this pace$/);
    await page.keyboard.press('Enter');
    await page
      .locator('[aria-live="polite"]')
      .filter({ hasText: /8 hours a week/ })
      .waitFor();

    // Download the calendar from the dashboard.
    await tabTo(page, /^Dashboard$/, { backwards: true });
    await page.keyboard.press('Enter');
    await arrivedAt(page, 'Dashboard');
    await page.getByText('8 hours a week from').waitFor();
    await tabTo(page, /Download the plan as a calendar/);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const calendar = await fs.readFile(await (await download).path(), 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
  });
});
