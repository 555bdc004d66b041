// A signed-in learner's "what changed since you were last here", in a real browser: the server keeps the version they
// saw (from when they started following), a new version published through the API with a changed and an added step
// brings the notice, and dismissing it is kept by the server, not in the browser. Axe light and dark, phone and
// desktop. The guest's notice (kept in the browser) is in studio-review.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import { signUp } from '../support/accounts.ts';
import { publisher } from '../support/publishing.ts';
import { callApi, expectAccessible, logInAs, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
type Changes = { seenVersion: number | null; currentVersion: number; added: unknown[]; changed: unknown[] };
const SLUG = 'backend-developer';

beforeAll(async () => {
  rig = await startBrowserRig();
});
afterAll(() => rig.close());

/** What the page is told by GET /v1/me/roadmaps/{slug}/changes on its next load. */
const changesAnswer = async (page: Page) =>
  (
    await page.waitForResponse((response) => response.url().endsWith(`/v1/me/roadmaps/${SLUG}/changes`))
  ).json() as Promise<Changes>;

/** The second step gets a clearer title, and a new step comes right after the first, in the same tier. */
const changedAndAdded = (document: Draft['document']): Draft['document'] => {
  const [first, second] = document.steps;
  const added = { ...first!, id: 'reading-error-messages', title: 'Reading error messages' };
  const tier = document.tiers.find((candidate) => candidate.steps.includes(first!.id))!;
  return {
    ...document,
    steps: [first!, added, { ...second!, title: `${second!.title}, step by step` }, ...document.steps.slice(2)],
    tiers: document.tiers.map((candidate) =>
      candidate === tier ? { ...tier, steps: [first!.id, added.id, ...tier.steps.slice(1)] } : candidate,
    ),
  };
};

describe('what changed since a signed-in learner was last here', () => {
  it('when a version with a changed and an added step is published, then the notice lists both, and dismissing it is kept by the server', async () => {
    const learner = await signUp(rig.app, { displayName: 'Lou Learner' });
    await callApi(
      rig,
      'PUT',
      `/v1/me/roadmaps/${SLUG}`,
      { hoursPerWeek: 10, startDate: '2026-01-05' },
      learner.accessToken,
    );
    const { page } = await rig.newPage();
    await logInAs(page, learner.email, learner.password);
    // Up to date since following: the server says so, and there is no notice.
    const first = changesAnswer(page);
    await page.goto(`/roadmaps/${SLUG}`);
    expect(await first).toMatchObject({ seenVersion: expect.any(Number) as number, added: [], changed: [] });
    const notice = page.locator('.what-changed');
    expect(await notice.count()).toBe(0);

    const editors = await publisher(() => rig.app);
    const draft = await editors.approved(SLUG, changedAndAdded);
    const published = await editors.publish(draft);
    expect(published.statusCode, published.body).toBe(201);
    // Coming back later: without what the browser's HTTP cache kept of the roadmap.
    await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
    const second = draft.document.steps.find((step) => step.title.endsWith(', step by step'))!;

    await page.reload();
    await notice.getByRole('heading', { level: 2, name: 'What changed since you were last here' }).waitFor();
    const added = notice
      .getByRole('heading', { level: 3, name: 'New steps' })
      .locator('xpath=following-sibling::ul[1]');
    expect(await added.getByRole('link').allTextContents()).toEqual(['Reading error messages']);
    const changed = notice
      .getByRole('heading', { level: 3, name: 'Changed steps' })
      .locator('xpath=following-sibling::ul[1]');
    const link = changed.getByRole('link', { name: second.title });
    expect(await link.getAttribute('href')).toBe(`/roadmaps/${SLUG}/steps/${second.id}`);
    // Axe on a light desktop and a dark phone (a whole roadmap takes a while to check); a picture of all four.
    for (const [colorScheme, width, check] of [
      ['light', 1280, true],
      ['dark', 1280, false],
      ['light', 390, false],
      ['dark', 390, true],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      if (check) {
        // Loaded afresh before axe reads it: switched in place, Chromium was seen to keep some colours of the other
        // scheme, which no visitor's page load shows. The notice stays until it is dismissed.
        await page.reload();
        await notice.getByRole('heading', { level: 2, name: 'What changed since you were last here' }).waitFor();
        await expectAccessible(page, `the signed-in learner's what-changed notice (${colorScheme}, ${width}px)`);
      }
      // The top of the roadmap only: the whole page is many screens long.
      await page.screenshot({
        path: `test-results/screenshots/roadmap-what-changed-learner-${colorScheme}-${width}.png`,
      });
    }

    await page.getByRole('button', { name: 'Dismiss what changed' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate<string>('document.activeElement?.tagName')).toBe('H1');
    // After a reload the server has the dismissal (seen is now current); nothing of it is kept in the browser.
    const after = changesAnswer(page);
    await page.reload();
    const { seenVersion, currentVersion } = await after;
    expect(seenVersion).toBe(currentVersion);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    expect(await notice.count()).toBe(0);
    expect(await page.evaluate<number>('localStorage.length + sessionStorage.length')).toBe(0);
  });
});
