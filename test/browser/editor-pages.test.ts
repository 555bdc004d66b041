// The editors' and admins' pages in a real browser, in light and dark themes: the audit log names people and links
// the step a comment was about, the moderation tabs count their comments and follow a change, and the analytics say
// when they were computed and can be recomputed now.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.ts';
import { startFeedbackWorkers } from '../../src/modules/feedback/feedback.jobs.ts';
import {
  callApi,
  createUserWithRole,
  expectAccessible,
  logInAs as logIn,
  screenshot,
  startBrowserRig,
  type BrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const ADMIN = 'admin@example.org';
const EDITOR = 'editor@example.org';
const ROADMAP = 'backend-developer';
let step: { id: string; title: string };
let hubEntry: { id: string; title: string };

beforeAll(async () => {
  rig = await startBrowserRig();
  await rig.app.container.usersService.createAdmin(
    { email: ADMIN, displayName: 'Ada Admin', password: PASSWORD },
    { userId: null, role: null, ip: null, userAgent: 'test' },
  );
  await createUserWithRole(rig, { email: EDITOR, displayName: 'Eddie Editor', password: PASSWORD }, 'editor');
  const roadmap = (await rig.app.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<{
    tiers: { steps: { id: string; title: string }[] }[];
  }>();
  step = roadmap.tiers[0]!.steps[0]!;
  hubEntry = (await rig.app.app.inject(`/v1/hub?roadmap=${ROADMAP}&limit=1`)).json<{
    items: { id: string; title: string }[];
  }>().items[0]!;
  // A reader comments on a step and on a hub entry; the editor hides the one on the step.
  for (const target of [`step:${step.id}`, `hub:${hubEntry.id}`])
    await callApi(rig, 'POST', '/v1/feedback', {
      roadmap: ROADMAP,
      target,
      helpful: false,
      comment: `Something is missing about ${target}.`,
    });
  const { accessToken } = await callApi(rig, 'POST', '/v1/auth/login', { email: EDITOR, password: PASSWORD });
  const comments = (
    await rig.app.app.inject({
      url: '/v1/feedback/comments',
      headers: { authorization: `Bearer ${accessToken as string}` },
    })
  ).json<{ items: { id: string; target: string }[] }>();
  const onStep = comments.items.find((item) => item.target === `step:${step.id}`)!;
  await callApi(rig, 'POST', `/v1/feedback/comments/${onStep.id}/hide`, {}, accessToken as string);
});
afterAll(() => rig.close());

const logInAs = (page: Page, email: string) => logIn(page, email, PASSWORD);
const announced = (page: Page, text: string | RegExp) =>
  page.locator('[aria-live="polite"]').filter({ hasText: text }).waitFor();

describe('the audit log', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when an admin reads it (${colorScheme}), then it names the editor and links the step the hidden comment was about`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      await logInAs(page, ADMIN);
      await page.goto('/admin');
      const log = page.getByRole('table', { name: 'Audit log, newest first' });
      const row = log.getByRole('row').filter({ hasText: 'Hid a comment' });

      await row.waitFor();
      expect(await row.getByRole('cell').nth(1).textContent()).toBe(`Eddie Editor${EDITOR}`);
      expect(await row.getByRole('link', { name: step.title }).getAttribute('href')).toBe(
        `/roadmaps/${ROADMAP}/steps/${step.id}`,
      );
      expect(await row.getByRole('link', { name: 'Backend Developer Roadmap' }).getAttribute('href')).toBe(
        `/roadmaps/${ROADMAP}`,
      );
      // The ids are there for admins who need them, folded away.
      await row.getByText('Details').click();
      await row.getByText('feedback.comment_hidden').waitFor();
      // The browser an entry came from reads in words, the string it sent beneath.
      const login = log.getByRole('row').filter({ hasText: 'Logged in' }).filter({ hasText: 'Ada Admin' }).first();
      await login.getByText('Details').click();
      expect(
        await login
          .locator('dd')
          .filter({ has: page.locator('.audit-agent') })
          .textContent(),
      ).toMatch(/^Chrome \d+ on LinuxMozilla\/5\.0/);
      await expectAccessible(page, `audit-log-${colorScheme}`);
      await screenshot(page, `audit-log-${colorScheme}`);
    });
  }
});

describe('the moderation inbox', () => {
  it('when an editor hides a comment, then the tabs count it under Hidden, and each comment names what it is about', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, EDITOR);
    await page.goto('/editor/feedback');
    await page.getByRole('tab', { name: 'Hidden (1)', exact: true }).waitFor();
    await page.getByRole('tab', { name: /^All \(2\)$/ }).click();
    const card = page.getByRole('article').filter({ hasText: hubEntry.title });

    expect(await card.getByRole('link', { name: hubEntry.title }).getAttribute('href')).toBe(`/hub/${hubEntry.id}`);
    await card.getByRole('button', { name: 'Hide' }).click();
    await announced(page, 'Comment hidden');
    await page.getByRole('tab', { name: 'Hidden (2)', exact: true }).waitFor();
    expect(await card.textContent()).toContain('Hidden by Eddie Editor');
    await expectAccessible(page, 'moderation-counts');
    await screenshot(page, 'moderation-counts');
  });

  it('when an editor prefers a dark theme, then the counted tabs have no violation', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await logInAs(page, EDITOR);
    await page.goto('/editor/feedback');
    await page.getByRole('tab', { name: /^All \(\d+\)$/ }).click();
    await page.getByRole('article').first().waitFor();
    await expectAccessible(page, 'moderation-counts-dark');
  });
});

describe('the analytics', () => {
  it('when an editor asks to recompute, then the page says it is recomputing and then shows the new time', async () => {
    await rig.app.container.analyticsService.rollUp();
    const { page } = await rig.newPage();
    await logInAs(page, EDITOR);
    await page.goto(`/editor/analytics/${ROADMAP}`);
    await page.getByText(/^Computed just now/).waitFor();
    // The hub entry's vote is shown by its title, not its id.
    await page.getByRole('row', { name: new RegExp(`Hub entry: ${hubEntry.title}`) }).waitFor();
    const before = await page.locator('.freshness time').getAttribute('datetime');

    await page.getByRole('button', { name: 'Recompute now' }).click();
    await page.getByRole('button', { name: 'Recomputing…' }).waitFor();
    await expectAccessible(page, 'analytics-recomputing');
    await startFeedbackWorkers(rig.app.jobs, rig.app.container.analyticsService, createLogger({ logLevel: 'silent' }));
    await announced(page, 'The analytics were recomputed');
    await page.getByRole('button', { name: 'Recompute now' }).waitFor();

    await expect.poll(() => page.locator('.freshness time').getAttribute('datetime')).not.toBe(before);
    await expectAccessible(page, 'analytics-recomputed');
    await screenshot(page, 'analytics-recomputed');
  });

  it('when an editor prefers a dark theme, then the freshness line and its button have no violation', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await logInAs(page, EDITOR);
    await page.goto(`/editor/analytics/${ROADMAP}`);
    await page.getByRole('button', { name: 'Recompute now' }).waitFor();
    await expectAccessible(page, 'analytics-freshness-dark');
    await screenshot(page, 'analytics-freshness-dark');
  });
});
