// Resource links the link check found dead, in a real browser: readers see a warning beside the link, in words and
// tied to the link for screen readers; editors list dead and moved links on /editor/links and can ask for a check.
// The check's findings are written straight into the database: this is about the pages, not the checker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROADMAPS_CACHE } from '../../src/modules/roadmaps/roadmaps.service.ts';
import {
  type BrowserRig,
  createUserWithRole,
  expectAccessible,
  logInAs,
  openEditingPage,
  startBrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const EDITOR = 'links-editor@example.org';
const LEARNER = 'links-learner@example.org';
const ROADMAP = 'backend-developer';
let step: { id: string; title: string };
let dead: { id: string; title: string };
let moved: { id: string; title: string };
const CHECKED_AT = new Date('2026-11-30T04:17:00Z');

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: EDITOR, displayName: 'Lena Links', password: PASSWORD }, 'editor');
  await createUserWithRole(rig, { email: LEARNER, displayName: 'Lou Learner', password: PASSWORD }, 'learner');
  const roadmap = (await rig.app.app.inject(`/v1/roadmaps/${ROADMAP}`)).json<{
    tiers: { steps: { id: string; title: string; resources: { id: string; title: string }[] }[] }[];
  }>();
  const withTwo = roadmap.tiers.flatMap((tier) => tier.steps).find((candidate) => candidate.resources.length >= 2)!;
  step = withTwo;
  [dead, moved] = withTwo.resources as [typeof dead, typeof moved];
  const state = (resourceId: string, value: 'dead' | 'moved', finalUrl: string | null) => ({
    resourceId,
    state: value,
    since: CHECKED_AT,
    checkedAt: CHECKED_AT,
    lastOutcome: value,
    httpStatus: value === 'dead' ? 404 : 200,
    finalUrl,
    reason: value === 'dead' ? 'Not found (404).' : 'Moved permanently to https://new.example.org/page.',
    consecutiveFailures: value === 'dead' ? 3 : 0,
  });
  await rig.app.database.db
    .insertInto('resourceLinks')
    .values([state(dead.id, 'dead', null), state(moved.id, 'moved', 'https://new.example.org/page')])
    .execute();
  await rig.app.cache.invalidate(ROADMAPS_CACHE);
});
afterAll(() => rig.close());

describe('a dead link on a step page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a reader opens the step (${colorScheme}), then the dead link carries a warning and the moved one none`, async () => {
      const { page } = await rig.newPage({ colorScheme, timezoneId: 'UTC' });
      await page.goto(`/roadmaps/${ROADMAP}/steps/${step.id}`);
      const deadLink = page.getByRole('link', { name: dead.title, exact: true });
      await deadLink.waitFor();

      const warningId = await deadLink.getAttribute('aria-describedby');
      expect(warningId).not.toBeNull();
      expect(await page.locator(`[id="${warningId}"]`).textContent()).toBe(
        'This link seemed broken when we last checked on Nov 30, 2026.',
      );
      expect(
        await page.getByRole('link', { name: moved.title, exact: true }).getAttribute('aria-describedby'),
      ).toBeNull();
      await expectAccessible(page, `the step page with a dead link (${colorScheme})`);
    });
  }

  it('when a reader opens the roadmap, then its list of resources warns of the dead link too', async () => {
    const { page } = await rig.newPage({ timezoneId: 'UTC' });
    await page.goto(`/roadmaps/${ROADMAP}`);
    const warning = page.locator('.link-warning').filter({ hasText: 'seemed broken' });
    await warning.first().waitFor({ state: 'attached' });

    expect(await warning.count()).toBe(1);
  });
});

describe('the editors’ page of links', () => {
  it('when an editor opens it, then the dead link is listed with its step, moved links with their new address, and a check can be asked for', async () => {
    const { page } = await rig.newPage({ timezoneId: 'UTC' });
    await logInAs(page, EDITOR, PASSWORD);
    await openEditingPage(page, 'Links');
    await page.getByRole('heading', { level: 1, name: 'Resource links' }).waitFor();
    const table = page.getByRole('table', { name: 'Dead links, by resource' });
    await table.waitFor();

    const row = table.getByRole('row').filter({ hasText: dead.title });
    expect(await row.getByRole('link', { name: step.title }).getAttribute('href')).toBe(
      `/roadmaps/${ROADMAP}/steps/${step.id}`,
    );
    expect(await row.textContent()).toContain('Not found (404).');
    await expectAccessible(page, 'the dead links');

    await page.getByLabel('Show').selectOption('moved');
    const movedRow = page.getByRole('table', { name: 'Moved links, by resource' }).getByRole('row').filter({
      hasText: moved.title,
    });
    await movedRow.waitFor();
    expect(await movedRow.getByRole('link', { name: 'https://new.example.org/page' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByRole('button', { name: 'Check queued' }).waitFor();
    await expectAccessible(page, 'the moved links, a check queued');
  });

  it('when a learner opens it, then it says the page is for editors', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, LEARNER, PASSWORD);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Links' }).count()).toBe(0);
    await page.goto('/editor/links');

    await page.getByText('This page is for editors and admins.').waitFor();
  });
});
