// A fork's proposal to follow its upstream, in a real browser (decision 0034): an editor's fork renames a step, the
// upstream publishes a version that renames it too and rewrites another, and the editor, by keyboard alone, opens the
// proposal from the studio's list, reads what upstream changed, where it touches the fork and the result, has a bad
// change note refused beside its field, and accepts: the fork is on the new upstream version. The next proposal it
// declines: the fork stays. Axe on every state, light and dark, phone and desktop.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import { publisher } from '../support/publishing.ts';
import { callApi, createUserWithRole, expectAccessible, logInAs, screenshot, startBrowserRig } from './support.ts';
import type { BrowserRig } from './support.ts';

let rig: BrowserRig;
const EDITOR = { email: 'fay@example.org', displayName: 'Fay Forker', password: 'a long and unusual passphrase' };
const UPSTREAM = 'frontend-developer';
const FORK = 'frontend-at-acme';
let token: string;

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, EDITOR, 'editor');
  token = (await callApi(rig, 'POST', '/v1/auth/login', { email: EDITOR.email, password: EDITOR.password }))
    .accessToken as string;
});
afterAll(() => rig.close());

type Fork = { etag: string; version: number; upstream: { version: number }; openProposal: { id: string } | null };

const readFork = async () =>
  (await rig.app.app.inject({ url: `/v1/forks/${FORK}`, headers: { authorization: `Bearer ${token}` } })).json<Fork>();

/** Upstream's version: the fork's renamed step gets a new title upstream too, and the next step a new text. */
const upstreamChange = (renamed: string) => (document: Draft['document']) => ({
  ...document,
  steps: document.steps.map((step, index) =>
    step.id === renamed
      ? { ...step, title: `${step.title} in practice` }
      : index === 1
        ? { ...step, body: `**Begin with the browser's tools.**\n\n${step.body}` }
        : step,
  ),
});

/** Moves the focus to the link or control and presses Enter, as a keyboard user would after tabbing to it. */
const press = async (page: Page, target: ReturnType<Page['getByRole']>) => {
  await target.focus();
  await page.keyboard.press('Enter');
};

describe('a fork following its upstream', () => {
  it('when upstream publishes, then the editor reads the proposal from the studio list and accepts it by keyboard', async () => {
    await callApi(rig, 'POST', `/v1/roadmaps/${UPSTREAM}/forks`, { slug: FORK, title: 'Frontend at Acme' }, token);
    const upstream = (await rig.app.app.inject(`/v1/roadmaps/${UPSTREAM}`)).json<{
      tiers: { steps: { id: string; title: string }[] }[];
    }>();
    const renamed = upstream.tiers[0]!.steps[0]!;
    const overlay = await rig.app.app.inject({
      method: 'PUT',
      url: `/v1/forks/${FORK}/overlay`,
      headers: { authorization: `Bearer ${token}`, 'if-match': (await readFork()).etag },
      payload: {
        overlay: { title: 'Frontend at Acme', rename: [{ step: renamed.id, title: 'Our first step' }] },
        notes: 'Our own title for the first step',
      },
    });
    expect(overlay.statusCode, overlay.body).toBe(200);
    const editors = await publisher(() => rig.app);
    const published = await editors.publish(await editors.approved(UPSTREAM, upstreamChange(renamed.id)));
    expect(published.statusCode, published.body).toBe(201);
    const before = await readFork();
    expect(before.openProposal).not.toBeNull();

    const { page } = await rig.newPage();
    await logInAs(page, EDITOR.email, EDITOR.password);
    await page.goto('/editor/drafts');
    const list = page.getByRole('region', { name: 'Forks' });
    const link = list.getByRole('link', { name: /^Frontend at Acme: version \d+ of frontend-developer to review$/ });
    // Axe reads the page once it has drawn: before that, the list has no heading yet.
    await link.waitFor();
    await expectAccessible(page, 'the studio list with a fork’s proposal');
    await list.screenshot({ path: 'test-results/screenshots/studio-list-fork-proposals.png' });
    await press(page, link);
    await page.getByRole('heading', { level: 1, name: 'An upstream change to a fork' }).waitFor();
    expect(page.url()).toContain(`/studio/forks/${FORK}/proposals/${before.openProposal!.id}`);

    // What upstream changed: the rename, and the rewritten text rendered as Markdown.
    const changed = page.getByRole('region', { name: 'What upstream changed' });
    await changed.getByText(`${renamed.title} in practice`).first().waitFor();
    expect(await changed.locator('.diff-texts ins strong').first().textContent()).toBe(
      "Begin with the browser's tools.",
    );
    // Where it touches the fork: the step the fork renamed.
    const touches = page.getByRole('region', { name: 'Where it touches the fork’s changes' });
    expect(await touches.getByRole('listitem').first().textContent()).toContain('renamed steps');
    // The result keeps the fork's title for the step.
    const result = page.getByRole('region', { name: 'The fork after accepting' });
    await result.getByText('Our first step', { exact: true }).waitFor();

    for (const [colorScheme, width] of [
      ['light', 1280],
      ['dark', 1280],
      ['light', 390],
      ['dark', 390],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      // Loaded afresh in each scheme: switched in place, Chromium was seen to leave some colours of the other scheme
      // (a light muted text on a dark surface) when axe read them, which no visitor's page load shows.
      await page.reload();
      await result.getByText('Our first step', { exact: true }).waitFor();
      await expectAccessible(page, `the proposal page (${colorScheme}, ${width}px)`);
      await screenshot(page, `studio-fork-proposal-${colorScheme}-${width}`);
      await page
        .getByRole('region', { name: 'Your decision' })
        .screenshot({ path: `test-results/screenshots/studio-fork-decision-${colorScheme}-${width}.png` });
    }

    // A change note too long: refused beside its field, and nothing changed.
    const notes = page.getByLabel('Change notes for the fork’s learners (optional)');
    await notes.fill('x'.repeat(2001));
    await press(page, page.getByRole('button', { name: /^Accept version \d+$/ }));
    await page.locator('.error-summary').waitFor();
    expect(await notes.getAttribute('aria-invalid')).toBe('true');
    expect((await readFork()).upstream.version).toBe(before.upstream.version);
    await expectAccessible(page, 'the proposal page with a field error');

    // Accepts by keyboard: the notes, Tab to Accept, Enter.
    await notes.fill('');
    await notes.focus();
    await page.keyboard.type('Follows the new frontend roadmap.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement?.textContent')).toMatch(/^Accept version \d+$/);
    await page.keyboard.press('Enter');
    const outcome = page.getByRole('status').filter({ hasText: /^Accepted: Frontend at Acme now follows version/ });
    await outcome.waitFor();
    await page.locator('#proposal-status:focus').waitFor();
    const after = await readFork();
    expect(after.upstream.version).toBeGreaterThan(before.upstream.version);
    expect(await outcome.textContent()).toContain(`version ${after.upstream.version} of frontend-developer`);
    expect(after.version).toBe(before.version + 1);
    expect(after.openProposal).toBeNull();
    expect(await page.getByRole('button', { name: /^Accept/ }).count()).toBe(0);
    await expectAccessible(page, 'the proposal page, accepted (dark, phone)');
    await screenshot(page, 'studio-fork-proposal-accepted-dark-390');
    // The top of the page only, where the outcome is: the whole page is many screens long on a phone.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: 'test-results/screenshots/studio-fork-proposal-accepted-top-dark-390.png' });
  });

  it('when the editor declines the next proposal, then the fork stays on its upstream version', async () => {
    const editors = await publisher(() => rig.app);
    const upstream = await editors.approved(UPSTREAM, (document) => ({
      ...document,
      steps: document.steps.map((step, index) => (index === 2 ? { ...step, title: `${step.title}, again` } : step)),
    }));
    expect((await editors.publish(upstream)).statusCode).toBe(201);
    const before = await readFork();
    expect(before.openProposal).not.toBeNull();

    const { page } = await rig.newPage();
    await logInAs(page, EDITOR.email, EDITOR.password);
    await page.goto('/editor/drafts');
    await press(
      page,
      page.getByRole('link', { name: /^Frontend at Acme: version \d+ of frontend-developer to review$/ }),
    );
    await page.getByRole('heading', { level: 1, name: 'An upstream change to a fork' }).waitFor();
    await press(page, page.getByRole('button', { name: 'Decline' }));
    const outcome = page.getByRole('status').filter({ hasText: /^Declined: Frontend at Acme stays on version/ });
    await outcome.waitFor();
    const after = await readFork();
    expect(after.upstream.version).toBe(before.upstream.version);
    expect(after.version).toBe(before.version);
    expect(after.openProposal).toBeNull();
    expect(await outcome.textContent()).toContain(`version ${before.upstream.version} of frontend-developer`);
    await expectAccessible(page, 'the proposal page, declined');
  });
});
