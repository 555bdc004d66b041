// The look of Waymark (issue 15, item 2): the main pages at a phone's and a desktop's width in both themes pass axe
// and are kept as screenshots; the navigation fits who is visiting and folds into a menu on a phone; the theme
// control remembers System, Light or Dark; the footer stays at the bottom; the host's brand shows on every page.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
const PASSWORD = 'a long and unusual passphrase';
const LEARNER = { email: 'looks@example.org', password: PASSWORD, displayName: 'Lou Looks' };

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, LEARNER, 'learner');
  await learnFirstSteps(rig, '/roadmaps/backend-developer', LEARNER.email, PASSWORD);
});
afterAll(() => rig.close());

// Strings, not functions: the tests are type-checked without the DOM's types.
const backgroundOf = (page: Page) => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');

const settle = async (page: Page, heading: string | RegExp) => {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
};

const WIDTHS = [
  { device: 'phone', width: 390, height: 844 },
  { device: 'desktop', width: 1280, height: 800 },
] as const;
const PAGES: [path: string, heading: string | RegExp, name: string, signedIn: boolean][] = [
  ['/', 'Learning roadmaps', 'home', false],
  ['/hub', 'Resource Hub', 'hub', false],
  ['/roadmaps/backend-developer', 'Backend Developer Roadmap', 'roadmap', false],
  ['/login', 'Log in', 'login', false],
  ['/', 'Learning roadmaps', 'catalogue', true],
  ['/dashboard', 'Dashboard', 'dashboard', true],
];

describe('the main pages, light and dark, on a phone and a desktop', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { device, width, height } of WIDTHS) {
      it(`when they are opened ${width} px wide in the ${colorScheme} theme, then axe passes on each`, async () => {
        const { page } = await rig.newPage({ colorScheme });
        await page.setViewportSize({ width, height });
        for (const [pagePath, heading, name, signedIn] of PAGES) {
          if (signedIn && !page.url().includes('/dashboard') && name === 'catalogue') {
            await logInAs(page, LEARNER.email, PASSWORD);
          }
          await page.goto(pagePath);
          await settle(page, heading);
          if (name === 'catalogue') await page.locator('.standing').first().waitFor();
          await expectAccessible(page, `${pagePath} (${name}) at ${width} px, ${colorScheme}`);
          await screenshot(page, `identity-${name}-${device}-${colorScheme}`);
        }
      });
    }
  }
});

describe('the navigation', () => {
  it('when a visitor is not signed in, then they are offered Log in and Sign up, not a dashboard', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await settle(page, 'Learning roadmaps');
    const nav = page.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: 'Sign up' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Log in' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Feedback' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Roadmaps' }).getAttribute('aria-current')).toBe('page');
  });

  it('when a learner is signed in, then the dashboard is there and the page they are on is marked', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, LEARNER.email, PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Main' });

    expect(await nav.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Log in' }).count()).toBe(0);
    expect(await nav.getByRole('button', { name: 'Editing' }).count()).toBe(0);
    await page.goto('/roadmaps/backend-developer');
    await settle(page, 'Backend Developer Roadmap');
    expect(await nav.getByRole('link', { name: 'Roadmaps' }).getAttribute('aria-current')).toBe('true');
  });

  it('when a visitor on a phone opens the menu, then its links show, and Escape or a link closes it', async () => {
    const { page } = await rig.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await settle(page, 'Learning roadmaps');
    const menu = page.getByRole('button', { name: 'Menu' });
    const hub = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resource Hub' });

    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await hub.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await hub.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Menu');

    await menu.click();
    await hub.click();
    await settle(page, 'Resource Hub');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });
});

describe("the editors' links", () => {
  it('when an admin opens "Editing" on a laptop, then their pages are listed in one row\'s room, and Escape closes the list', async () => {
    const admin = { email: 'ada.looks@example.org', password: PASSWORD, displayName: 'Ada Looks' };
    await rig.app.container.usersService.createAdmin(admin, { userId: null, role: null, ip: null, userAgent: 'test' });
    const { page } = await rig.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await logInAs(page, admin.email, PASSWORD);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const editing = nav.getByRole('button', { name: 'Editing' });

    await page.getByRole('link', { name: 'Account' }).waitFor();
    await page.screenshot({
      path: 'test-results/screenshots/identity-admin-header.png',
      clip: { x: 0, y: 0, width: 1280, height: 160 },
    });
    // The whole header is one row: the brand, the links and the theme control share the same line.
    const header = await page.locator('.site-header-inner').boundingBox();
    expect(header!.height).toBeLessThan(80);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    expect(await editing.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Analytics' }).count()).toBe(0);

    await editing.click();
    await page.screenshot({
      path: 'test-results/screenshots/identity-editing-open.png',
      clip: { x: 0, y: 0, width: 1280, height: 360 },
    });
    const names = await nav.locator('.nav-group-list a').allTextContents();
    expect(names).toEqual(['Feedback', 'Analytics', 'Drafts', 'Links', 'Admin']);
    await expectAccessible(page, 'the header with the editing list open');
    await page.keyboard.press('Escape');
    expect(await editing.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Editing');

    await editing.click();
    await nav.getByRole('link', { name: 'Analytics', exact: true }).click();
    await settle(page, 'Analytics');
    expect(await editing.getAttribute('aria-expanded')).toBe('false');
    expect(await editing.getAttribute('data-current')).toBe('true');

    // On a phone the list opens inside the menu; Escape closes the list first and leaves the menu open.
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await editing.click();
    expect(await nav.getByRole('link', { name: 'Drafts', exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await editing.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('the theme control', () => {
  it('when a visitor picks Dark, then the page turns dark and stays so after a reload; System follows the device again', async () => {
    const { page } = await rig.newPage({ colorScheme: 'light' });
    await page.goto('/login');
    await settle(page, 'Log in');
    const theme = page.getByRole('group', { name: 'Theme' });
    expect(await theme.getByRole('button', { name: 'System theme' }).getAttribute('aria-pressed')).toBe('true');

    await theme.getByRole('button', { name: 'Dark theme' }).click();
    expect(await backgroundOf(page)).toBe('rgb(17, 19, 24)');
    await page.reload();
    await settle(page, 'Log in');
    expect(await theme.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await backgroundOf(page)).toBe('rgb(17, 19, 24)');

    await theme.getByRole('button', { name: 'System theme' }).click();
    expect(await backgroundOf(page)).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundOf(page)).toBe('rgb(17, 19, 24)');
  });
});

describe('the footer', () => {
  it('when a page is shorter than the screen, then the footer sits at the bottom of it, with the licence', async () => {
    const { page } = await rig.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.goto('/forgot-password');
    await settle(page, /Forgot your password/);
    const footer = page.locator('.site-footer');

    const bottom = await page.evaluate<number>("document.querySelector('.site-footer').getBoundingClientRect().bottom");
    expect(Math.round(bottom)).toBe(1400);
    expect(await footer.getByRole('link', { name: 'CC BY-SA 4.0' }).getAttribute('href')).toContain(
      'creativecommons.org/licenses/by-sa/4.0',
    );
  });
});

describe('a host’s own brand', () => {
  let branded: BrowserRig;
  const logoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-brand-'));
  beforeAll(async () => {
    const logo = path.join(logoDir, 'logo.svg');
    fs.writeFileSync(
      logo,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#0f766e"/></svg>',
    );
    branded = await startBrowserRig({
      config: {
        brand: {
          name: 'Learning Lab',
          logo: { kind: 'file', path: logo, type: 'image/svg+xml' },
          accent: { light: '#0f766e', lightText: '#ffffff', dark: '#87bbb7', darkText: '#0b1020' },
        },
      },
    });
  });
  afterAll(async () => {
    await branded.close();
    fs.rmSync(logoDir, { recursive: true });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when its pages open (${colorScheme}), then the name, logo and accent show in the header, title and footer`, async () => {
      const { page } = await branded.newPage({ colorScheme });
      for (const [pagePath, heading] of [
        ['/', 'Learning roadmaps'],
        ['/hub', 'Resource Hub'],
      ] as const) {
        await page.goto(pagePath);
        await settle(page, heading);
        const brand = page.locator('.site-header .brand');

        expect(await brand.textContent()).toBe('Learning Lab');
        expect(await brand.locator('img').getAttribute('src')).toBe('/v1/instance/logo');
        await expect
          .poll(() => page.evaluate<number>("document.querySelector('.site-header .brand img').naturalWidth"))
          .toBeGreaterThan(0);
        expect(await page.title()).toBe(`${heading} · Learning Lab`);
        expect(await page.locator('.site-footer .footer-name').textContent()).toBe('Learning Lab');
        const accent = await page.evaluate<string>(
          "getComputedStyle(document.querySelector('.site-header .button, main button')).backgroundColor",
        );
        expect(accent).toBe(colorScheme === 'light' ? 'rgb(15, 118, 110)' : 'rgb(135, 187, 183)');
        await expectAccessible(page, `${pagePath} branded, ${colorScheme}`);
      }
      await screenshot(page, `identity-branded-${colorScheme}`);
    });
  }
});
