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
    // The page opens on the map; the outline has the checkboxes.
    await page.getByRole('tab', { name: 'Outline' }).click();
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

describe('form errors', () => {
  it('when sign-up and the plan are sent with bad values, then each field says what is wrong in words, and a summary links to it', async () => {
    const { page } = await rig.newPage();
    await page.goto('/signup');
    await page.getByLabel('Email').fill('not-an-address');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const nameError = "Your name can't be empty";
    await page.locator('.field-error', { hasText: nameError }).waitFor();
    expect(await page.getByLabel('Your name').getAttribute('aria-invalid')).toBe('true');
    const described = (await page.getByLabel('Your name').getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${described.split(' ').at(-1)}"]`).textContent()).toBe(nameError);
    expect(await page.locator('body').textContent()).not.toMatch(/must NOT|fewer than|must match/);
    expect(await page.evaluate<string>('document.activeElement.className')).toContain('error-summary');
    await summary.getByRole('link', { name: nameError }).click();
    expect(await page.evaluate<string>('document.activeElement.id')).toBe(
      await page.getByLabel('Your name').getAttribute('id'),
    );
    await screenshot(page, 'trust-signup-errors');
    await expectAccessible(page, 'sign-up with errors');

    await page.goto('/roadmaps/backend-developer/plan');
    await page.getByTestId('plan-months').waitFor();
    await page.getByLabel('Hours a week').fill('81');
    await page.getByRole('button', { name: 'Update plan' }).click();
    await page.locator('.field-error', { hasText: 'Hours a week must be at most 80' }).waitFor();
    // The plan for the hours before is gone while the error shows.
    expect(await page.getByTestId('plan-months').count()).toBe(0);
    await expectAccessible(page, 'the plan with an error');
  });
});

describe('an unknown page', () => {
  it('when a visitor opens an address with no page, then it says so with a 404, a way home and a search', async () => {
    const { page } = await rig.newPage();

    const response = await page.goto('/roadmaps/backend-developer/nothing-here');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    expect(response?.status()).toBe(404);
    expect(await page.getByText('There is no page at /roadmaps/backend-developer/nothing-here').count()).toBe(1);
    await expectAccessible(page, 'the not-found page');
    await page.getByRole('searchbox').fill('redis');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 2, name: 'Results for “redis”' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });
});

describe('in the dark theme', () => {
  it('when the error summary and the not-found page show in dark, then they pass axe too', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await page.goto('/signup');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.locator('.error-summary').waitFor();
    await expectAccessible(page, 'sign-up with errors, dark');
    await page.goto('/nowhere');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectAccessible(page, 'the not-found page, dark');
  });
});
