// Changing a fork and adjusting a proposal, in a real browser (decision 0044): an editor opens the fork from the
// studio's list, by keyboard renames a step, hides another and adds a step of the fork's own (a missing text refused
// beside its field first), and publishes; a save over a change made meanwhile is refused and keeps what was typed.
// Then upstream publishes, and the editor adjusts the fork's changes on the new version before accepting. Axe on
// every state, light and dark, phone and desktop.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publisher } from '../support/publishing.ts';
import { callApi, createUserWithRole, expectAccessible, logInAs, screenshot, startBrowserRig } from './support.ts';
import type { BrowserRig } from './support.ts';

let rig: BrowserRig;
const EDITOR = { email: 'owen@example.org', displayName: 'Owen Overlay', password: 'a long and unusual passphrase' };
const UPSTREAM = 'frontend-developer';
const FORK = 'frontend-at-harbour';
let token: string;

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, EDITOR, 'editor');
  token = (await callApi(rig, 'POST', '/v1/auth/login', { email: EDITOR.email, password: EDITOR.password }))
    .accessToken as string;
});
afterAll(() => rig.close());

type Overlay = {
  title?: string;
  hide?: string[];
  rename?: { step: string; title?: string }[];
  add?: { step: { id: string; title: string }; after?: string }[];
};
type Fork = { etag: string; version: number; overlay: Overlay; openProposal: { id: string } | null };

const readFork = async () =>
  (await rig.app.app.inject({ url: `/v1/forks/${FORK}`, headers: { authorization: `Bearer ${token}` } })).json<Fork>();

const press = async (page: Page, target: ReturnType<Page['getByRole']>, key = 'Enter') => {
  await target.focus();
  await page.keyboard.press(key);
};

/** Types into the field as a keyboard user does: focus, then keys. */
const typeInto = async (page: Page, field: ReturnType<Page['getByLabel']>, text: string) => {
  await field.focus();
  await page.keyboard.type(text);
};

const everyScheme = async (page: Page, ready: () => Promise<unknown>, what: string, name: string) => {
  for (const [colorScheme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['light', 390],
    ['dark', 390],
  ] as const) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    await ready();
    await expectAccessible(page, `${what} (${colorScheme}, ${width}px)`);
    await screenshot(page, `${name}-${colorScheme}-${width}`);
  }
};

describe('changing a fork in the studio', () => {
  it('when the editor renames, hides and adds steps by keyboard, then the fork’s next version has them', async () => {
    await callApi(rig, 'POST', `/v1/roadmaps/${UPSTREAM}/forks`, { slug: FORK, title: 'Frontend at Harbour' }, token);
    const upstream = (await rig.app.app.inject(`/v1/roadmaps/${UPSTREAM}`)).json<{
      tiers: { steps: { id: string; title: string }[] }[];
    }>();
    const [first, second] = upstream.tiers[0]!.steps;

    const { page } = await rig.newPage();
    await logInAs(page, EDITOR.email, EDITOR.password);
    await page.goto('/editor/drafts');
    const change = page.getByRole('region', { name: 'Forks' }).getByRole('link', {
      name: 'Change the fork Frontend at Harbour',
    });
    await change.waitFor();
    await expectAccessible(page, 'the studio list with a fork');
    await press(page, change);
    await page.getByRole('heading', { level: 1, name: 'Change a fork' }).waitFor();
    const stepsReady = () => page.getByRole('button', { name: first!.title }).waitFor();
    await stepsReady();
    await everyScheme(page, stepsReady, 'the fork page', 'studio-fork-overlay');

    // Renames the first step, hides the second, adds a step of its own without its text: refused beside the field.
    await press(page, page.getByRole('button', { name: first!.title }));
    await typeInto(page, page.getByLabel('Title in the fork'), 'Our way into the browser');
    await press(page, page.getByRole('checkbox', { name: `Shown to learners: ${second!.title}` }), 'Space');
    await press(page, page.getByRole('button', { name: 'Add a step' }));
    await typeInto(page, page.getByLabel('Title', { exact: true }), 'Our house style');
    await typeInto(page, page.getByLabel('Summary', { exact: true }), 'How we write code here.');
    await typeInto(page, page.getByLabel('Change notes for the fork’s learners'), 'Our own step and title');
    await press(page, page.getByRole('button', { name: 'Save and publish' }));
    await page.locator('.error-summary').waitFor();
    const body = page.getByLabel('What to learn');
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect((await readFork()).version).toBe(1);
    await expectAccessible(page, 'the fork page with a field error');
    await screenshot(page, 'studio-fork-overlay-error-dark-390');

    await typeInto(page, body, 'Read the **style guide** and write one small page with it.');
    await press(page, page.getByRole('button', { name: 'Save and publish' }));
    await page.getByRole('status').filter({ hasText: 'Saved and published as the fork’s version 2.' }).waitFor();
    const saved = await readFork();
    expect(saved.version).toBe(2);
    expect(saved.overlay).toMatchObject({
      title: 'Frontend at Harbour',
      hide: [second!.id],
      rename: [{ step: first!.id, title: 'Our way into the browser' }],
      add: [{ step: { id: 'our-step-1', title: 'Our house style' } }],
    });
    await expectAccessible(page, 'the fork page, saved');

    // Someone else changes the fork meanwhile: the save is refused and what was typed stays.
    await rig.app.app.inject({
      method: 'PUT',
      url: `/v1/forks/${FORK}/overlay`,
      headers: { authorization: `Bearer ${token}`, 'if-match': saved.etag },
      payload: { overlay: { ...saved.overlay, title: 'Frontend at the Harbour' }, notes: 'A new title' },
    });
    await typeInto(page, page.getByLabel('Change notes for the fork’s learners'), 'One more change');
    await press(page, page.getByRole('button', { name: 'Save and publish' }));
    await page
      .getByText(/changed since you read it/)
      .first()
      .waitFor();
    expect(await page.getByLabel('Change notes for the fork’s learners').inputValue()).toBe('One more change');
    expect((await readFork()).overlay.title).toBe('Frontend at the Harbour');
  });

  it('when upstream publishes, then the editor adjusts the fork’s changes on the new version and accepts', async () => {
    const editors = await publisher(() => rig.app);
    const published = await editors.publish(
      await editors.approved(UPSTREAM, (document) => ({ ...document, summary: 'Learn to build for the web.' })),
    );
    expect(published.statusCode, published.body).toBe(201);
    const before = await readFork();
    expect(before.openProposal).not.toBeNull();

    const { page } = await rig.newPage();
    await logInAs(page, EDITOR.email, EDITOR.password);
    await page.goto(`/studio/forks/${FORK}/proposals/${before.openProposal!.id}`);
    const adjust = page.getByRole('button', { name: 'Adjust the fork’s changes' });
    await adjust.waitFor();
    await press(page, adjust);
    const title = page.getByLabel('Title of the fork');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Frontend at the Harbour');
    await expectAccessible(page, 'the proposal page, adjusting');
    await page
      .getByRole('region', { name: 'Your decision' })
      .screenshot({ path: 'test-results/screenshots/studio-fork-adjust-light-1280.png' });
    await title.fill('');
    await typeInto(page, title, 'Frontend at Harbour, again');
    await press(page, page.getByRole('button', { name: /^Accept version \d+ with these changes$/ }));
    // The notice, not the announcer's live region (which says it too).
    await page
      .locator('.proposal-outcome')
      .getByText(/^Accepted: /)
      .waitFor();

    const after = await readFork();
    expect(after.overlay.title).toBe('Frontend at Harbour, again');
    expect(after.openProposal).toBeNull();
    expect(after.version).toBe(before.version + 1);
    await page.setViewportSize({ width: 390, height: 900 });
    await expectAccessible(page, 'the proposal page, accepted with adjustments');
  });
});
