// The editors' list of drafts in a real browser, in light and dark themes: an editor finds the draft another editor
// started, by roadmap, with who started it and what it is; a learner is told the page is not for them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  callApi,
  createUserWithRole,
  expectAccessible,
  logInAs,
  openEditingPage,
  screenshot,
  startBrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const EDITOR = 'editor@example.org';
const OTHER_EDITOR = 'second-editor@example.org';
const LEARNER = 'learner@example.org';

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: EDITOR, displayName: 'Eddie Editor', password: PASSWORD }, 'editor');
  await createUserWithRole(rig, { email: OTHER_EDITOR, displayName: 'Edna Writer', password: PASSWORD }, 'editor');
  await createUserWithRole(rig, { email: LEARNER, displayName: 'Lee Learner', password: PASSWORD }, 'learner');
  const { accessToken } = await callApi(rig, 'POST', '/v1/auth/login', { email: OTHER_EDITOR, password: PASSWORD });
  await callApi(rig, 'POST', '/v1/roadmaps/backend-developer/drafts', { from: 'published' }, accessToken as string);
  await callApi(rig, 'POST', '/v1/drafts', { slug: 'data-engineer', from: 'empty' }, accessToken as string);
});
afterAll(() => rig.close());

describe('the drafts page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when an editor opens it from the menu (${colorScheme}), then every editor's drafts are listed with what they are`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      await logInAs(page, EDITOR, PASSWORD);
      await openEditingPage(page, 'Drafts');
      const table = page.getByRole('table', { name: 'Drafts, newest first' });
      await table.waitFor();

      const edit = table.getByRole('row').filter({ hasText: 'A change to the published roadmap' });
      const fresh = table.getByRole('row').filter({ hasText: 'A new roadmap, started empty' });
      expect(await edit.getByRole('cell').nth(0).textContent()).toBe('Backend Developer Roadmapbackend-developer');
      expect(await edit.getByRole('cell').nth(3).textContent()).toBe('Edna Writer');
      expect(await fresh.getByRole('cell').nth(2).textContent()).toBe('Being writtenNot changed yet');
      await expectAccessible(page, `drafts-${colorScheme}`);
      await screenshot(page, `drafts-${colorScheme}`);

      const editLink = edit.getByRole('link', {
        name: 'Edit: Backend Developer Roadmap, a change to the published roadmap',
      });
      expect(await editLink.getAttribute('href')).toMatch(/^\/studio\/drafts\/[0-9a-f-]{36}$/);
      expect(await edit.getByRole('link', { name: /^Review: / }).getAttribute('href')).toMatch(/\/review$/);

      await page.getByLabel('Roadmap', { exact: true }).selectOption('backend-developer');
      await fresh.waitFor({ state: 'detached' });
      await edit.waitFor();
      // The heading row and the one draft of that roadmap.
      expect(await table.getByRole('row').count()).toBe(2);
    });
  }

  it('when a learner opens it, then it says the page is for editors and admins, and the menu has no Drafts', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, LEARNER, PASSWORD);
    await page.goto('/editor/drafts');

    await page.getByText('This page is for editors and admins.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Drafts' }).count()).toBe(0);
    await expectAccessible(page, 'drafts-not-allowed');
  });
});
