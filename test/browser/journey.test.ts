// A learner's first visit, in a real browser: they read the Backend roadmap, mark steps as a guest, sign up and find
// that progress kept, confirm their address from the mail, set 8 hours a week and see the plan stretch, and download
// the plan as a calendar. Then the same journey with the keyboard alone.
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailedToken, screenshot, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const ROADMAP = '/roadmaps/backend-developer';

beforeAll(async () => {
  rig = await startBrowserRig();
});
afterAll(() => rig.close());

const monthsShown = async (page: Page) => parseFloat((await page.getByTestId('plan-months').textContent()) ?? '');

const announced = (page: Page, text: string | RegExp) =>
  page.locator('[aria-live="polite"]').filter({ hasText: text }).waitFor();

describe('a learner journey with the mouse', () => {
  it('when a visitor marks steps, signs up and sets 8 hours a week, then progress is kept and the plan stretches', async () => {
    const { page } = await rig.newPage();
    const email = 'mouse@example.org';

    // Reads the roadmap: every section is there.
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    for (const section of [
      'What you need',
      'A short history',
      'The learning path',
      'Month by month',
      'Questions and answers',
      'Resources',
    ])
      expect(await page.getByRole('heading', { level: 2, name: section, exact: true }).count()).toBe(1);

    // Marks two steps as a guest in the outline; the browser keeps them across a reload.
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('checkbox', { name: 'Done: step 1,' }).check();
    await announced(page, /kept in this browser/);
    await page.getByRole('checkbox', { name: 'Done: step 2,' }).check();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    await page.getByRole('tab', { name: 'Outline' }).click();
    expect(await page.getByRole('checkbox', { name: 'Done: step 2,' }).isChecked()).toBe(true);

    // A step page: status and a private note, still as a guest.
    await page.getByRole('link', { name: '3. ' }).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Step 3' }).waitFor();
    await page.getByRole('radio', { name: 'In progress' }).check();
    await page.getByLabel('Your private note').fill('Practise joins on the sample database');
    await page.getByRole('button', { name: 'Save note' }).click();
    await announced(page, 'Note saved');

    // Signs up: a field error first (the API's answer shown beside the field), then the account.
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByLabel('Your name').fill('Mo Mouse');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Your name').inputValue()).toBe('Mo Mouse');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    // A new account is welcomed as new; the same learner coming back later (below) is welcomed back.
    await page.getByText('Welcome to Waymark, Mo Mouse.').waitFor();
    expect(await page.getByText('Welcome back').count()).toBe(0);

    // The guest progress came along: two steps done, the note kept.
    await page.getByText('2 of 15 steps').waitFor();
    expect(await page.evaluate<string | null>("localStorage.getItem('waymark.guest.v1')")).toBeNull();
    await page.goto(`${ROADMAP}/steps/git-and-the-terminal`);
    await expect
      .poll(() => page.getByLabel('Your private note').inputValue())
      .toBe('Practise joins on the sample database');
    expect(await page.getByRole('radio', { name: 'In progress' }).isChecked()).toBe(true);

    // Confirms the address from the mail.
    const token = await mailedToken(rig, email, /Confirm your email/);
    await page.goto(`/verify-email?token=${token}`);
    await page.getByText('Your address is confirmed').waitFor();
    // The first confirmation signs out every session of the account (someone else may have signed up with the
    // address): the learner logs in again.
    await page.getByRole('link', { name: 'log in again' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

    // Sets 8 hours a week: the plan takes longer, and the dashboard follows the new pace.
    await page.goto(`${ROADMAP}/plan`);
    await page.getByTestId('plan-months').waitFor();
    expect(await page.getByLabel('Hours a week').inputValue()).toBe('15');
    const before = await monthsShown(page);
    await page.getByLabel('Hours a week').fill('8');
    await page.getByRole('button', { name: 'Update plan' }).click();
    await expect.poll(() => monthsShown(page)).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Keep this pace' }).click();
    await announced(page, /8 hours a week/);
    await screenshot(page, 'journey-plan-8h');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByText('8 hours a week from').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download the plan as a calendar/ }).click();
    const calendar = await fs.readFile(await (await download).path(), 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('BEGIN:VEVENT');
    await screenshot(page, 'journey-dashboard');

    // A reload keeps the session (the cookie is traded for a new access token), without any token in storage.
    await page.reload();
    await page.getByText('Welcome back, Mo Mouse.').waitFor();
    expect(await page.evaluate<number>('localStorage.length + sessionStorage.length')).toBe(0);
  });

  it('when the connection drops while a learner saves a note, then the text stays, waits, and is saved once back', async () => {
    const { page, context } = await rig.newPage();
    await page.goto(`${ROADMAP}/steps/how-the-web-works`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Step 2' }).waitFor();
    await page.getByRole('link', { name: 'Log in' }).click();
    await page.getByLabel('Email').fill('mouse@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.goto(`${ROADMAP}/steps/how-the-web-works`);
    await expect.poll(() => page.getByLabel('Your private note').isEnabled()).toBe(true);

    await context.setOffline(true);
    await page.getByLabel('Your private note').fill('DNS, then TCP, then TLS');
    await page.getByRole('button', { name: 'Save note' }).click();
    await announced(page, 'No connection: your note is kept in this browser');
    await page.getByText('One change made without a connection').waitFor();
    expect(await page.getByLabel('Your private note').inputValue()).toBe('DNS, then TCP, then TLS');

    await context.setOffline(false);
    await expect.poll(() => page.getByText('made without a connection').count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByLabel('Your private note').inputValue()).toBe('DNS, then TCP, then TLS');
    await page.getByRole('button', { name: 'Save note' }).click();
    await announced(page, 'Note saved');
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
