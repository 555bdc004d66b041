// Project submissions in a real browser: a learner in a cohort submits a step's project on the step page (an address
// that is not http(s) is named beside its field); the mentor opens the cohort's review queue and the review page and
// asks for changes by keyboard alone; the learner reads the review in their thread, answers and submits again. Each
// page is checked with axe at phone and desktop width, in light and dark, reloaded in its colour scheme first.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  callApi,
  createUserWithRole,
  expectAccessible,
  logInAs,
  screenshot,
  startBrowserRig,
} from './support.ts';

let rig: BrowserRig;
let cohortId: string;
let steps: { id: string; title: string }[];
const PASSWORD = 'a long and unusual passphrase';
const MENTOR = 'mentor@example.org';
const LEARNER = 'learner@example.org';
const ROADMAP = 'backend-developer';
const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const;

const tokenOf = async (email: string) =>
  (await callApi(rig, 'POST', '/v1/auth/login', { email, password: PASSWORD })).accessToken as string;

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: MENTOR, displayName: 'Mina Mentor', password: PASSWORD }, 'mentor');
  await createUserWithRole(rig, { email: LEARNER, displayName: 'Lee Learner', password: PASSWORD }, 'learner');
  const mentor = await tokenOf(MENTOR);
  const cohort = await callApi(
    rig,
    'POST',
    '/v1/cohorts',
    { roadmap: ROADMAP, name: 'Autumn projects', startDate: '2026-09-07', hoursPerWeek: 8 },
    mentor,
  );
  cohortId = cohort.id as string;
  const { joinCode } = await callApi(rig, 'POST', `/v1/cohorts/${cohortId}/join-code`, {}, mentor);
  await callApi(rig, 'POST', '/v1/me/cohorts/join', { code: joinCode }, await tokenOf(LEARNER));
  const roadmap = (await rig.app.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<{
    tiers: { steps: { id: string; title: string }[] }[];
  }>();
  steps = roadmap.tiers.flatMap((tier) => tier.steps);
});
afterAll(() => rig.close());

/** axe and a screenshot at both widths, each after a reload (in the page's colour scheme) and once `ready` shows. */
const checkAt = async (page: Page, name: string, ready: (page: Page) => Locator) => {
  for (const [width, size] of SIZES) {
    await page.setViewportSize(size);
    await page.reload();
    await ready(page).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await expectAccessible(page, `${name}-${width}`);
    await screenshot(page, `${name}-${width}`);
  }
};

const pressOn = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.press(key);
};

describe('project submissions', () => {
  for (const [index, colorScheme] of (['light', 'dark'] as const).entries()) {
    it(`when a learner submits a project and the mentor asks for changes by keyboard (${colorScheme}), then the learner reads it and submits again`, async () => {
      const step = steps[index]!;
      const learner = (await rig.newPage({ colorScheme })).page;
      await logInAs(learner, LEARNER, PASSWORD);
      await learner.goto(`/roadmaps/${ROADMAP}/steps/${step.id}`);
      const project = learner.getByRole('region', { name: 'Your project' });
      await project.getByRole('heading', { name: 'Submit your project' }).waitFor();
      expect(await project.getByText('the mentors of Autumn projects review it').count()).toBe(1);

      await project.getByLabel('Where the code is').fill('ftp://git.example.org/lee/api');
      await project.getByRole('button', { name: 'Submit for review' }).click();
      await project.locator('.field-error').first().waitFor();
      await project.getByLabel('Where the code is').fill('https://git.example.org/lee/api');
      await project.getByLabel('Where it runs (optional)').fill('https://lee-api.example.org');
      await project.getByLabel('Notes for your mentor (optional)').fill('I would like **feedback** on the tests.');
      await project.getByRole('button', { name: 'Submit for review' }).click();
      await project.getByText('Waiting for a review').waitFor();
      await checkAt(learner, `step-submission-${colorScheme}`, (page) => page.getByText('Waiting for a review'));

      const mentor = (await rig.newPage({ colorScheme })).page;
      await logInAs(mentor, MENTOR, PASSWORD);
      await mentor.goto(`/mentor/cohorts/${cohortId}`);
      await pressOn(mentor.getByRole('link', { name: 'Projects to review' }));
      await mentor.getByRole('heading', { level: 1, name: 'Projects to review in Autumn projects' }).waitFor();
      const row = mentor.getByRole('row', { name: new RegExp(`Lee Learner.*${step.title}`) });
      await row.waitFor();
      expect(await row.getByRole('cell').nth(1).textContent()).toMatch(/^under an hour \(since /);
      await checkAt(mentor, `review-queue-${colorScheme}`, (page) =>
        page.getByRole('row', { name: /Lee Learner/ }).first(),
      );

      await pressOn(row.getByRole('link'));
      await mentor.getByRole('heading', { level: 1, name: `Review: ${step.title}, by Lee Learner` }).waitFor();
      expect(await mentor.getByRole('link', { name: 'https://lee-api.example.org' }).getAttribute('rel')).toContain(
        'noopener',
      );
      await checkAt(mentor, `review-page-${colorScheme}`, (page) => page.getByRole('button', { name: 'Approve' }));

      // By keyboard: into the comment, typed, then Tab past Approve to "Ask for changes", and Enter.
      await mentor.getByLabel('Comment for the learner').focus();
      await mentor.keyboard.type('Please add a test for the *error* path.');
      await mentor.keyboard.press('Tab');
      await mentor.keyboard.press('Tab');
      expect(await mentor.evaluate('document.activeElement.textContent')).toBe('Ask for changes');
      await mentor.keyboard.press('Enter');
      await mentor.getByText('Changes asked for').first().waitFor();
      await mentor.getByText('This submission is reviewed. The learner can submit again.').waitFor();
      await checkAt(mentor, `reviewed-page-${colorScheme}`, (page) => page.getByText('Mina Mentor').first());

      await learner.reload();
      await project.getByText('Changes asked for').waitFor();
      expect(await project.getByText('Please add a test for the').count()).toBe(1);
      await project.getByLabel('Reply to your mentors').fill('Added, thank you.');
      await project.getByRole('button', { name: 'Add the comment' }).click();
      await project.getByText('Added, thank you.').waitFor();
      await project.getByLabel('Where the code is').fill('https://git.example.org/lee/api-v2');
      await project.getByRole('button', { name: 'Submit for review' }).click();
      await project.getByText('Earlier submissions (1)').waitFor();
      await checkAt(learner, `step-resubmitted-${colorScheme}`, (page) => page.getByText('Earlier submissions (1)'));
    });
  }
});
