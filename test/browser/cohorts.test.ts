// Cohorts in a real browser: a mentor starts a cohort and turns on its join code, by keyboard; a learner joins with
// the code, reads the cohort's due dates and what the mentors see of them; the mentor finds them in the members
// table; the learner leaves and is gone from it. Each page is checked with axe, at phone and desktop width, light
// and dark.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  createUserWithRole,
  expectAccessible,
  logInAs,
  screenshot,
  startBrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const MENTOR = 'mentor@example.org';
const LEARNER = 'learner@example.org';
const COHORT = 'Spring evening group';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: MENTOR, displayName: 'Mina Mentor', password: PASSWORD }, 'mentor');
  await createUserWithRole(rig, { email: LEARNER, displayName: 'Lee Learner', password: PASSWORD }, 'learner');
});
afterAll(() => rig.close());

/** Moves the focus to a control and works it with the keyboard, as someone without a mouse does. */
const pressOn = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.press(key);
};

/** axe and a screenshot at both widths. */
const checkAt = async (page: Page, name: string) => {
  for (const [width, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    // From the top: a full-page capture of a scrolled page draws the sticky header over the middle of it.
    await page.evaluate('window.scrollTo(0, 0)');
    await expectAccessible(page, `${name}-${width}`);
    await screenshot(page, `${name}-${width}`);
  }
};

describe('cohorts', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a mentor starts a cohort and a learner joins by code and leaves (${colorScheme}), then each sees what the other did`, async () => {
      const name = `${COHORT} (${colorScheme})`;
      const mentor = (await rig.newPage({ colorScheme })).page;
      await logInAs(mentor, MENTOR, PASSWORD);
      await pressOn(mentor.getByRole('link', { name: 'Cohorts you mentor' }));
      await mentor.getByRole('heading', { level: 1, name: 'Cohorts you mentor' }).waitFor();
      await mentor.getByLabel('Roadmap').selectOption('backend-developer');
      await checkAt(mentor, `mentor-cohorts-${colorScheme}`);

      // By keyboard: from the roadmap to the name, typed, and Enter sends the form.
      await mentor.getByLabel('Roadmap').focus();
      await mentor.keyboard.press('Tab');
      await mentor.keyboard.type(name);
      await mentor.keyboard.press('Enter');
      await mentor.getByRole('heading', { level: 1, name }).waitFor();
      await pressOn(mentor.getByRole('button', { name: 'Turn on joining by code' }));
      const code = (await mentor.locator('code.join-code').textContent())!;
      expect(code).toMatch(/^[A-Za-z2-9]{10}$/);
      expect(await mentor.locator('code.join-link').textContent()).toBe(`${rig.url}/cohorts/join?code=${code}`);
      await mentor.getByText('No members yet.').waitFor();
      await checkAt(mentor, `mentor-cohort-${colorScheme}`);

      const learner = (await rig.newPage({ colorScheme })).page;
      await logInAs(learner, LEARNER, PASSWORD);
      await learner.goto('/cohorts/join');
      await learner.getByLabel('Join code').fill(code.toLowerCase());
      await checkAt(learner, `cohort-join-${colorScheme}`);
      await learner.getByRole('button', { name: 'Join the cohort' }).click();
      await learner.getByRole('heading', { level: 1, name: 'Your cohorts' }).waitFor();
      const card = learner.getByRole('region', { name });
      const dueDates = card.getByRole('table', { name: `Due dates of “${name}”` });
      await dueDates.waitFor();
      expect(await dueDates.getByRole('row').count()).toBeGreaterThan(1);
      expect(await card.getByText('Mina Mentor').count()).toBe(1);
      await card.getByRole('button', { name: 'What your mentors see' }).click();
      await card.getByText('Not started').waitFor();
      expect(await card.getByText('Lee Learner').count()).toBe(1);
      await checkAt(learner, `my-cohorts-${colorScheme}`);

      await pressOn(mentor.getByRole('button', { name: 'Refresh the members' }));
      const members = mentor.getByRole('table', {
        name: `Members of “${name}” and how each is doing against the schedule`,
      });
      const row = members.getByRole('row', { name: /Lee Learner/ });
      await row.waitFor();
      expect(await row.getByRole('cell').nth(1).textContent()).toBe('Not started');
      await pressOn(members.getByRole('button', { name: 'Progress' }));
      expect(await members.getByRole('columnheader', { name: 'Progress' }).getAttribute('aria-sort')).toBe('ascending');
      await checkAt(mentor, `mentor-members-${colorScheme}`);

      await card.getByRole('button', { name: `Leave “${name}”` }).click();
      const dialog = learner.getByRole('dialog', { name: `Leave “${name}”?` });
      await dialog.waitFor();
      await expectAccessible(learner, `leave-dialog-${colorScheme}`);
      await screenshot(learner, `leave-dialog-${colorScheme}`);
      await dialog.getByRole('button', { name: 'Leave the cohort' }).click();
      await learner.getByText('You are not in a cohort.').waitFor();

      await pressOn(mentor.getByRole('button', { name: 'Refresh the members' }));
      await mentor.getByText('No members yet.').waitFor();
      expect(await mentor.getByRole('row', { name: /Lee Learner/ }).count()).toBe(0);
    });
  }

  it('when someone not signed in opens a mailed invite link, then they are asked to log in and come back to it', async () => {
    const { page } = await rig.newPage();
    await page.goto('/cohort-invite?token=abc');
    const logIn = page.getByRole('link', { name: 'log in', exact: true });
    expect(await logIn.getAttribute('href')).toBe(`/login?next=${encodeURIComponent('/cohort-invite?token=abc')}`);
    await expectAccessible(page, 'cohort-invite-signed-out');
  });
});
