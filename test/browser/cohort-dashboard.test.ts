// The mentor's dashboard in a real browser: a cohort with members at different places on the roadmap; the mentor
// reads the figures, the charts' numbers, the stalls, the checklist readiness and the recent activity, filters the
// members by keyboard and downloads them as CSV. Checked with axe at phone and desktop width, light and dark.
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
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
const PASSWORD = 'a long and unusual passphrase';
const MENTOR = 'dashboard-mentor@example.org';
const ROADMAP = 'backend-developer';
const COHORT = 'Autumn evening group';
const LEARNERS = ['Ada Quill', 'Bo Marsh', 'Cy Nolan'];

const tokenOf = async (email: string) =>
  (await callApi(rig, 'POST', '/v1/auth/login', { email, password: PASSWORD })).accessToken as string;

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: MENTOR, displayName: 'Mo Mentor', password: PASSWORD }, 'mentor');
  const mentor = await tokenOf(MENTOR);
  const startDate = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  const cohort = await callApi(
    rig,
    'POST',
    '/v1/cohorts',
    { roadmap: ROADMAP, name: COHORT, startDate, hoursPerWeek: 6 },
    mentor,
  );
  cohortId = cohort.id as string;
  const { joinCode } = await callApi(rig, 'POST', `/v1/cohorts/${cohortId}/join-code`, {}, mentor);
  const roadmap = (await rig.app.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<{
    tiers: { steps: { id: string }[] }[];
    checklist: { id: string }[];
  }>();
  const steps = roadmap.tiers.flatMap((tier) => tier.steps);
  for (const [index, name] of LEARNERS.entries()) {
    const email = `dashboard-learner-${index}@example.org`;
    await createUserWithRole(rig, { email, displayName: name, password: PASSWORD }, 'learner');
    const token = await tokenOf(email);
    await callApi(rig, 'POST', '/v1/me/cohorts/join', { code: joinCode }, token);
    // Ada has done three steps, Bo has started one, Cy has not started.
    const marks = index === 0 ? ['done', 'done', 'done'] : index === 1 ? ['in_progress'] : [];
    for (const [position, status] of marks.entries()) {
      await callApi(rig, 'PUT', `/v1/me/roadmaps/${ROADMAP}/steps/${steps[position]!.id}`, { status }, token);
    }
    if (index < 2) {
      const level = index === 0 ? 'confident' : 'partly';
      await callApi(rig, 'PUT', `/v1/me/roadmaps/${ROADMAP}/checklist/${roadmap.checklist[0]!.id}`, { level }, token);
    }
  }
});
afterAll(() => rig.close());

const pressOn = async (control: Locator, key = 'Enter') => {
  await control.focus();
  await control.press(key);
};

describe('the mentor’s dashboard', () => {
  it('when a mentor opens their cohort, then the figures, stalls, readiness and activity are there, accessible at both widths in both schemes', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, MENTOR, PASSWORD);
    await page.goto(`/mentor/cohorts/${cohortId}`);
    await page.getByRole('heading', { level: 2, name: 'At a glance' }).waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [width, height] of [
        [390, 844],
        [1280, 900],
      ] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height });
        // Loaded afresh in each scheme, after the page before it had settled (its session refreshed).
        await page.reload();
        await page.getByRole('heading', { level: 2, name: 'At a glance' }).waitFor();
        await page.getByRole('table', { name: /Members of/ }).waitFor();
        await page.getByRole('heading', { name: 'Recent activity' }).waitFor();
        await page.getByText('Ada Quill', { exact: true }).first().waitFor();
        await expectAccessible(page, `mentor dashboard (${colorScheme}, ${width}px)`);
        await screenshot(page, `mentor-dashboard-${colorScheme}-${width}`);
        // Nothing on the page is wider than the screen: no sideways scrolling on a phone.
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        // Nor inside it: a table that scrolls sideways hides the end of its caption and its last column.
        const sideways = await page.evaluate(
          `[...document.querySelectorAll('main table')].filter((t) => t.scrollWidth > t.parentElement.clientWidth).length`,
        );
        expect(sideways, 'tables wider than their box').toBe(0);
      }
    }

    const figures = page.locator('.cohort-figures');
    expect(await figures.textContent()).toContain('Members3');
    expect(await figures.textContent()).toContain('Not started1');
    expect(
      await page
        .getByRole('img', { name: /Members by status: ahead \d+, on track \d+, behind \d+, not started 1/ })
        .count(),
    ).toBe(1);
    const readiness = page.getByRole('table', { name: 'Answers to each checklist item' });
    expect(await readiness.getByRole('row').nth(1).textContent()).toMatch(/1101$/);
    const slow = page.getByRole('table', { name: /Steps members take longest on/ });
    expect(await slow.getByRole('row').count()).toBeGreaterThan(1);
    const activity = page.locator('.cohort-activity li');
    expect(await activity.first().textContent()).toContain('answered the checklist item');
  });

  it('when the mentor filters the members by keyboard and downloads them, then the table and the CSV hold only those', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, MENTOR, PASSWORD);
    await page.goto(`/mentor/cohorts/${cohortId}`);
    const members = page.getByRole('table', { name: /Members of/ });
    await members.getByRole('row', { name: /Cy Nolan/ }).waitFor();

    await page.getByLabel('Name contains').focus();
    await page.keyboard.type('bo m');
    await page.keyboard.press('Enter');
    await members.getByRole('row', { name: /Ada Quill/ }).waitFor({ state: 'detached' });
    expect(await members.getByRole('row').count()).toBe(2);

    await page.getByLabel('Name contains').fill('');
    await pressOn(page.getByRole('button', { name: 'Find' }));
    await page.getByLabel('Show').focus();
    await page.getByLabel('Show').selectOption('not_started');
    await members.getByRole('row', { name: /Ada Quill/ }).waitFor({ state: 'detached' });
    expect(await members.getByRole('row').count()).toBe(2);
    await members.getByRole('row', { name: /Cy Nolan/ }).waitFor();

    const download = page.waitForEvent('download');
    await pressOn(page.getByRole('button', { name: 'Download CSV of these members' }));
    const csv = await readFile(await (await download).path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^Cy Nolan,/);
  });
});
