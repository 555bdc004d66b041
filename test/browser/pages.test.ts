// Every page of the web app, in light and dark themes: it renders, axe-core finds no WCAG violation, and a screenshot
// is kept under test-results/screenshots.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createUserWithRole,
  expectAccessible,
  logInAs as logIn,
  screenshot,
  startBrowserRig,
  type BrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const operator = { userId: null, role: null, ip: null, userAgent: 'test' };

beforeAll(async () => {
  rig = await startBrowserRig();
  await rig.app.container.usersService.createAdmin(
    { email: 'admin@example.org', displayName: 'Ada Admin', password: PASSWORD },
    operator,
  );
});
afterAll(() => rig.close());

const logInAs = (page: Page, email: string) => logIn(page, email, PASSWORD);

const visit = async (page: Page, path: string, heading: string | RegExp, name: string) => {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // Let lazy data (progress, notes) settle before judging the page.
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
  await expectAccessible(page, name);
  await screenshot(page, name);
};

// A string, not a function: the tests are type-checked without the DOM's types.
const backgroundOf = (page: Page) => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');

const PUBLIC_PAGES: [path: string, heading: string | RegExp, name: string][] = [
  ['/', 'Learning roadmaps', 'home'],
  ['/?q=redis', 'Learning roadmaps', 'search'],
  ['/roadmaps/backend-developer', 'Backend Developer Roadmap', 'roadmap'],
  ['/roadmaps/backend-developer/steps/how-the-web-works', /How the web works/i, 'step'],
  ['/roadmaps/backend-developer/plan', /Plan your pace/, 'plan'],
  ['/login', 'Log in', 'login'],
  ['/signup', 'Sign up', 'signup'],
  ['/forgot-password', 'Forgot your password', 'forgot-password'],
  ['/reset-password?token=x', 'Choose a new password', 'reset-password'],
  ['/dashboard', 'Dashboard', 'dashboard-guest'],
  ['/verify-email?token=x', 'Confirm your address', 'verify-email'],
  ['/hub', 'Resource Hub', 'hub-index'],
  ['/hub/designing-a-rest-api', /REST API/i, 'hub-entry'],
  ['/no/such/page', 'Page not found', 'not-found'],
];

const THEMES = ['light', 'dark'] as const;
/** The light screenshots keep their old names, which earlier notes and reviews refer to. */
const shotName = (name: string, theme: (typeof THEMES)[number]) => (theme === 'light' ? name : `${name}-dark`);

describe('pages a visitor sees', () => {
  for (const theme of THEMES)
    for (const [path, heading, name] of PUBLIC_PAGES) {
      it(`when a visitor opens ${path} in the ${theme} theme, then it has no accessibility violation`, async () => {
        const { page } = await rig.newPage({ colorScheme: theme });
        await visit(page, path, heading, shotName(name, theme));
      });
    }

  it('when a visitor searches, then the results come with their own heading', async () => {
    const { page } = await rig.newPage();
    await page.goto('/?q=redis');
    await page.getByRole('heading', { level: 2, name: /Results for/ }).waitFor();
    await page.locator('.results li').first().waitFor();
    expect(await page.locator('.results li mark').count()).toBeGreaterThan(0);
  });

  it('when a visitor prefers a dark theme, then the pages follow it without contrast violations', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await visit(page, '/', 'Learning roadmaps', 'home-dark');
    expect(await backgroundOf(page)).toBe('rgb(17, 19, 24)');
    await visit(page, '/roadmaps/backend-developer', 'Backend Developer Roadmap', 'roadmap-dark');
    await visit(page, '/roadmaps/backend-developer/plan', /Plan your pace/, 'plan-dark');

    await page.getByRole('button', { name: 'Light theme' }).click();
    expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Light theme' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('pages a signed-in user sees', () => {
  it('when an admin opens the dashboard, account, admin and a public profile, then none has a violation', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, 'admin@example.org');
    await page.goto('/roadmaps/backend-developer/plan');
    await page.getByRole('button', { name: 'Follow this roadmap at this pace' }).click();
    await visit(page, '/dashboard', 'Dashboard', 'dashboard');
    await visit(page, '/account', 'Your account', 'account');
    await visit(page, '/admin', 'Admin', 'admin');
    await expect.poll(() => page.getByRole('cell', { name: 'admin@example.org', exact: true }).count()).toBe(1);

    await page.goto('/dashboard');
    await page.getByRole('checkbox', { name: 'Show a public profile' }).check();
    await page.getByLabel('Handle').fill('ada');
    await page.getByRole('button', { name: 'Save profile settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Public profile saved' }).waitFor();
    await visit(page, '/u/ada', 'Ada Admin', 'public-profile');
    const { page: dark } = await rig.newPage({ colorScheme: 'dark' });
    await visit(dark, '/u/ada', 'Ada Admin', 'public-profile-dark');
  });

  it('when the admin opens every signed-in and editor page in the dark theme, then none has a violation', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await logInAs(page, 'admin@example.org');
    await visit(page, '/dashboard', 'Dashboard', 'dashboard-dark');
    await visit(page, '/account', 'Your account', 'account-dark');
    await visit(page, '/admin', 'Admin', 'admin-dark');
    await visit(page, '/bookmarks', 'Bookmarks', 'bookmarks-dark');
    await visit(page, '/editor/feedback', /Feedback/, 'editor-feedback-dark');
    await visit(page, '/editor/analytics', /Analytics/, 'editor-analytics-dark');
    await visit(page, '/editor/analytics/backend-developer', /Analytics/, 'editor-analytics-roadmap-dark');
  });
});

describe('the account page', () => {
  it('when a learner picks a time zone from the list and saves, then it stays chosen, times are shown in it, and the sessions name the browser in words', async () => {
    await createUserWithRole(rig, { email: 'tao@example.org', displayName: 'Tao Zone', password: PASSWORD }, 'learner');
    // The device is in New York, so the learner's zone (Tokyo) and the device's differ in what the page shows.
    const { page } = await rig.newPage({ timezoneId: 'America/New_York' });
    await logInAs(page, 'tao@example.org');
    await page.goto('/account');
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.waitFor();
    expect(await zone.inputValue()).toBe('UTC');
    expect(await zone.locator('optgroup[label="Asia"] option[value="Asia/Tokyo"]').textContent()).toBe(
      'Tokyo (UTC+09:00)',
    );

    await zone.selectOption({ label: 'Tokyo (UTC+09:00)' });
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('status').filter({ hasText: 'Profile saved' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await expect.poll(() => zone.inputValue()).toBe('Asia/Tokyo');

    const sessions = page.getByRole('region', { name: 'Where you are logged in' });
    const current = sessions.getByRole('listitem').filter({ hasText: 'This device' });
    await current.waitFor();
    expect(await current.locator('strong').textContent()).toMatch(/^Chrome \d+ on Linux$/);
    await current.getByText('Details').click();
    expect(await current.locator('code').textContent()).toMatch(/Chrome\/\d+/);
    const lastUsed = current.locator('time');
    const inTokyo = await page.evaluate<string>(
      `new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' })
        .format(new Date(${JSON.stringify(await lastUsed.getAttribute('datetime'))}))`,
    );
    expect(await lastUsed.textContent()).toBe(inTokyo);
    await expectAccessible(page, 'account with a time zone chosen');

    // The device's own zone is one click away; the list then shows it, and keeps the focus.
    await page.getByRole('button', { name: "Use this device's time zone (New York)" }).click();
    expect(await zone.inputValue()).toBe('America/New_York');
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('SELECT');
    expect(await page.getByRole('button', { name: /Use this device's time zone/ }).count()).toBe(0);
  });
});
