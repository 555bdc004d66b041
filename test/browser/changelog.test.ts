// The changelog of a roadmap: reached from the roadmap page's edition line, it lists the versions with their notes and
// shows what changed, old and new side by side on a desktop and one above the other on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureContent, reworkAlpha, type FixtureCopy } from '../support/content-fixture.ts';
import { expectAccessible, screenshot, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
let content: FixtureCopy;

beforeAll(async () => {
  rig = await startBrowserRig();
  content = await copyFixtureContent();
  await rig.app.container.contentService.importFrom(content.dir);
  await reworkAlpha(content);
  await rig.app.container.contentService.importFrom(content.dir);
});
afterAll(async () => {
  await rig.close();
  await content.cleanup();
});

describe('the changelog page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when a reader follows "version 2" from the roadmap (${colorScheme}), then the changelog shows what changed and passes axe`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      await page.goto('/roadmaps/alpha');
      await page.getByRole('heading', { level: 1, name: 'Alpha roadmap' }).waitFor();
      expect(await page.locator('.edition').textContent()).toBe('Roadmap · 2026 · Updated 2 May 2026 · version 2');

      await page.getByRole('link', { name: 'version 2' }).click();
      await page.getByRole('heading', { level: 1, name: 'Changelog: Alpha roadmap' }).waitFor();
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Version 2', 'Version 1']);
      await page.getByText('Step one has a clearer name, and caches come before queues.').waitFor();
      await page.getByRole('heading', { level: 3, name: 'Steps added' }).waitFor();

      const list = (name: string) =>
        page.getByRole('heading', { level: 3, name }).locator('xpath=following-sibling::ul[1]');
      expect(await list('Steps added').textContent()).toContain('Step three about caches');
      expect(await list('Steps moved').textContent()).toBe(
        'Step two about queues: from step 2, in Basics to step 3, in Later',
      );
      expect(await list('Steps renamed').locator('del').textContent()).toBe('Step one about databases');
      expect(await list('Steps renamed').locator('ins').textContent()).toBe('Step one, renamed');
      const body = page.locator('.diff-texts > li').filter({ hasText: 'Step · “Step two about queues” · text' });
      expect(await body.locator('del').textContent()).toBe('Queues let a worker retry a job later.');
      expect(await body.locator('ins').textContent()).toBe('A queue lets a worker try a job again later.');

      await expectAccessible(page, `the changelog (${colorScheme})`);
      await screenshot(page, `changelog-${colorScheme}`);
    });
  }

  it('when the changelog is read on a phone, then old and new texts are stacked, and side by side on a desktop', async () => {
    const { page } = await rig.newPage();
    const pair = page.locator('.diff-texts .diff-pair').first();
    const sides = async () => {
      const [before, after] = await Promise.all([
        pair.locator('.diff-side').nth(0).boundingBox(),
        pair.locator('.diff-side').nth(1).boundingBox(),
      ]);
      return { before: before!, after: after! };
    };
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto('/roadmaps/alpha/changelog');
    await pair.waitFor();
    const desktop = await sides();
    expect(desktop.after.x).toBeGreaterThan(desktop.before.x);
    expect(desktop.after.y).toBe(desktop.before.y);

    await page.setViewportSize({ width: 375, height: 800 });
    const phone = await sides();
    expect(phone.after.x).toBe(phone.before.x);
    expect(phone.after.y).toBeGreaterThan(phone.before.y);
    await screenshot(page, 'changelog-phone');
  });
});
