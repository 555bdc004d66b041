// Numbers and words a learner can trust, in a real browser: a new learner is not told a finish date on their first
// day, form errors read as sentences beside their fields, and an unknown page says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';

beforeAll(async () => {
  rig = await startBrowserRig();
});
afterAll(() => rig.close());

describe('a new learner', () => {
  it('when a guest marks two steps and signs up, then the dashboard says it is too early to tell, not a finish today', async () => {
    const { page } = await rig.newPage();
    await page.goto('/roadmaps/backend-developer');
    await page.getByRole('checkbox', { name: 'Done: step 1,' }).check();
    await page.getByRole('checkbox', { name: 'Done: step 2,' }).check();

    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByLabel('Your name').fill('Nia New');
    await page.getByLabel('Email').fill('nia@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('Welcome to Waymark, Nia New.').waitFor();
    await page.getByText('2 of 15 steps').waitFor();

    const projection = (await page.getByTestId('projection').textContent()) ?? '';
    const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
    expect(projection).toContain('too early to tell');
    expect(projection).not.toContain(`finish around ${today}`);
    expect(await page.getByTestId('tracking').textContent()).not.toBe('Ahead of plan');
    await screenshot(page, 'trust-new-learner-dashboard');
    await expectAccessible(page, 'the dashboard of a new learner');
  });
});
