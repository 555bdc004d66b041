// Messages and nudges in a real browser: a mentor writes to a member and turns on a nudge rule from the cohort's page,
// by keyboard; the daily job sends the nudge; the learner sees the unread badge in the header, reads both messages
// (the mentor's Markdown rendered), marks one read, turns the cohort's nudges off, and finds the cohort's due dates
// on the plan page. Each page is checked with axe at phone and desktop width, light and dark.
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
const PASSWORD = 'a long and unusual passphrase';
const MENTOR = 'mentor@example.org';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: MENTOR, displayName: 'Mina Mentor', password: PASSWORD }, 'mentor');
});
afterAll(() => rig.close());

const tokenOf = async (email: string) =>
  (await callApi(rig, 'POST', '/v1/auth/login', { email, password: PASSWORD })).accessToken as string;

/** A cohort that began long ago (so its new member is far behind), with the learner in it. */
const cohortWith = async (name: string, learnerEmail: string) => {
  const mentor = await tokenOf(MENTOR);
  const cohort = await callApi(
    rig,
    'POST',
    '/v1/cohorts',
    { roadmap: 'backend-developer', name, startDate: '2026-01-05', hoursPerWeek: 10 },
    mentor,
  );
  const id = cohort.id as string;
  const { joinCode } = await callApi(rig, 'POST', `/v1/cohorts/${id}/join-code`, {}, mentor);
  await callApi(rig, 'POST', '/v1/me/cohorts/join', { code: joinCode }, await tokenOf(learnerEmail));
  return id;
};

const pressOn = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.press(key);
};

/** axe and a screenshot at both widths, from the top of the page. */
const checkAt = async (page: Page, name: string) => {
  for (const [width, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.evaluate('window.scrollTo(0, 0)');
    await expectAccessible(page, `${name}-${width}`);
    await screenshot(page, `${name}-${width}`);
  }
};

describe('cohort messages and nudges', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a mentor writes and a nudge goes out (${colorScheme}), then the learner reads both and can turn nudges off`, async () => {
      const learnerEmail = `lee-${colorScheme}@example.org`;
      await createUserWithRole(rig, { email: learnerEmail, displayName: 'Lee Learner', password: PASSWORD }, 'learner');
      const name = `Evening group (${colorScheme})`;
      const cohortId = await cohortWith(name, learnerEmail);

      const mentor = (await rig.newPage({ colorScheme })).page;
      await logInAs(mentor, MENTOR, PASSWORD);
      await mentor.goto(`/mentor/cohorts/${cohortId}`);
      const form = mentor.getByRole('form', { name: 'Write to the members' });
      await form.getByRole('option', { name: 'Lee Learner' }).waitFor({ state: 'attached' });
      await checkAt(mentor, `mentor-messages-${colorScheme}`);

      // By keyboard: the recipient, the subject, the message, then the button.
      await form.getByLabel('To').focus();
      await mentor.keyboard.press('ArrowDown');
      await mentor.keyboard.press('Tab');
      await mentor.keyboard.type('Week one');
      await mentor.keyboard.press('Tab');
      await mentor.keyboard.type('Start with **the first step**.\n\n- read the guide\n- try it out');
      await pressOn(form.getByRole('button', { name: 'Send the message' }));
      await form.getByText('Message sent to one member.').waitFor();

      const rules = mentor.getByRole('form', { name: 'Automatic nudges' });
      await pressOn(rules.getByRole('group', { name: 'Members behind the schedule' }).getByLabel('On'), 'Space');
      await pressOn(rules.getByRole('button', { name: 'Save the nudges' }));
      await mentor.getByText('Nudges saved').waitFor({ state: 'attached' });
      expect(
        (
          await rig.app.app.inject({
            method: 'GET',
            url: `/v1/cohorts/${cohortId}/nudges`,
            headers: { authorization: `Bearer ${await tokenOf(MENTOR)}` },
          })
        ).json(),
      ).toMatchObject({ behind: { enabled: true } });

      await rig.app.container.nudgeSender.sendDue(new Date());

      const learner = (await rig.newPage({ colorScheme })).page;
      await logInAs(learner, learnerEmail, PASSWORD);
      const messagesLink = learner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Messages/ });
      await learner.getByRole('link', { name: 'Messages 2 unread' }).waitFor({ state: 'attached' });
      await learner.setViewportSize(DESKTOP);
      await pressOn(messagesLink);
      await learner.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
      const written = learner.getByRole('article', { name: /Week one/ });
      await written.getByRole('strong').getByText('the first step').waitFor();
      expect(await written.getByRole('listitem').count()).toBe(2);
      expect(await written.getByText('Mina Mentor, mentor of').count()).toBe(1);
      const nudge = learner.getByRole('article', { name: /behind the schedule of/ });
      expect(await nudge.getByText(`An automatic nudge from ${name}`).count()).toBe(1);
      await checkAt(learner, `messages-${colorScheme}`);

      await pressOn(written.getByRole('button', { name: /^Mark read/ }));
      await learner.getByText('One unread message.').waitFor();
      await learner.getByRole('link', { name: 'Messages 1 unread' }).waitFor({ state: 'attached' });

      await pressOn(nudge.getByRole('link', { name: 'your cohorts page' }));
      await learner.getByRole('heading', { level: 1, name: 'Your cohorts' }).waitFor();
      const choice = learner.getByRole('region', { name }).getByLabel("Send me this cohort's automatic nudges");
      await choice.waitFor();
      expect(await choice.isChecked()).toBe(true);
      await pressOn(choice, 'Space');
      await learner.getByText('Nudges turned off').waitFor({ state: 'attached' });
      expect(await choice.isChecked()).toBe(false);
      await checkAt(learner, `my-cohorts-nudges-${colorScheme}`);

      await learner.goto('/roadmaps/backend-developer/plan');
      await learner.getByRole('table', { name: `Due dates of “${name}”` }).waitFor();
      await checkAt(learner, `plan-cohort-dates-${colorScheme}`);
    });
  }
});
