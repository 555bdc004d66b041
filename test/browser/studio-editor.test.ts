// The studio's draft editor in a real browser: an editor starts a draft from the studio's list, writes a step's body
// in the Markdown editor, previews it, saves and sees the live preview change; a save against a stale revision keeps
// the edits and says why; a refused save leads to the field; the keyboard alone gets through; axe finds nothing at
// each state, in light and dark, at phone and desktop widths.
import type { Page } from 'playwright-core';
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
const EDITOR = 'studio-editor@example.org';

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: EDITOR, displayName: 'Sam Studio', password: PASSWORD }, 'editor');
});
afterAll(() => rig.close());

/** Starts a change to the published backend roadmap from the studio's list and waits for the editor. */
const startDraft = async (page: Page) => {
  await logInAs(page, EDITOR, PASSWORD);
  await openEditingPage(page, 'Drafts');
  await page.getByRole('heading', { name: 'Start a draft' }).waitFor();
  await page.getByLabel('Roadmap to change').selectOption('backend-developer');
  await page.getByRole('button', { name: 'Start the draft' }).click();
  await page.getByRole('heading', { level: 1, name: 'Edit a draft' }).waitFor();
  await page.getByRole('form', { name: 'The draft' }).waitFor();
  return page.url().split('/').at(-1)!;
};

/** Whether the element has the focus (run in the page). */
const isFocused = (element: unknown) =>
  element === (element as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement;

/** What the screen shows now (not the whole page, whose sticky bars a full-page picture puts mid-page). */
const screenful = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });

const openFirstStep = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Sections of the draft' }).getByRole('button', { name: 'Steps' }).click();
  const toggle = page.locator('.list-editor-toggle').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('textbox', { name: 'What to learn', exact: true });
};

const saveAndWait = async (page: Page) => {
  await page.getByRole('button', { name: 'Save draft' }).click();
};

/** Another editor's change to the draft, through the API, so the page's revision is stale. */
const changeBehindTheEditorsBack = async (id: string) => {
  const { accessToken } = await callApi(rig, 'POST', '/v1/auth/login', { email: EDITOR, password: PASSWORD });
  const headers = { authorization: `Bearer ${accessToken as string}` };
  const draft = (await rig.app.app.inject({ url: `/v1/drafts/${id}`, headers })).json<{ etag: string }>();
  const response = await rig.app.app.inject({
    method: 'PATCH',
    url: `/v1/drafts/${id}`,
    headers: { ...headers, 'if-match': draft.etag, 'content-type': 'application/json' },
    payload: { summary: 'A summary another editor wrote meanwhile.' },
  });
  expect(response.statusCode).toBe(200);
};

describe('the draft editor', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when an editor writes a step's body and saves (${colorScheme}), then the Markdown preview and the live preview show it`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      await page.setViewportSize({ width: 1280, height: 900 });
      await startDraft(page);
      await expectAccessible(page, `studio-editor-${colorScheme}`);
      await screenshot(page, `studio-editor-1280-${colorScheme}`);

      const body = await openFirstStep(page);
      await body.fill('Learn how **requests travel** across the network.\n\n- one\n- two');
      await page.getByRole('tab', { name: 'Preview' }).first().click();
      const markdownPreview = page.getByRole('tabpanel', { name: 'Preview' }).first();
      expect(await markdownPreview.locator('strong').textContent()).toBe('requests travel');
      expect(await markdownPreview.locator('li').count()).toBe(2);
      await expectAccessible(page, `studio-markdown-preview-${colorScheme}`);
      await page.getByRole('tab', { name: 'Write' }).first().click();

      const livePreview = page.getByRole('complementary', { name: 'Live preview' });
      expect(await livePreview.textContent()).not.toContain('requests travel');
      await saveAndWait(page);
      await page.getByRole('status').filter({ hasText: 'Saved: revision 2.' }).waitFor();
      // The step just edited is open in the preview, its new words in sight.
      await livePreview.locator('strong', { hasText: 'requests travel' }).waitFor();
      await expectAccessible(page, `studio-saved-${colorScheme}`);
      await body.scrollIntoViewIfNeeded();
      await screenful(page, `studio-step-1280-${colorScheme}`);

      // On a phone the preview takes the form's place, like a tab, and gives it back.
      await page.setViewportSize({ width: 390, height: 844 });
      await livePreview.scrollIntoViewIfNeeded();
      await expectAccessible(page, `studio-phone-preview-${colorScheme}`);
      await screenful(page, `studio-preview-390-${colorScheme}`);
      expect(await body.isVisible()).toBe(false);
      await page.getByRole('button', { name: 'Back to the form' }).click();
      await body.scrollIntoViewIfNeeded();
      expect(await livePreview.isVisible()).toBe(false);
      await expectAccessible(page, `studio-phone-${colorScheme}`);
      await screenful(page, `studio-step-390-${colorScheme}`);
      await page.goto('/editor/drafts');
      await page.getByRole('heading', { name: 'Start a draft' }).waitFor();
      await page.getByRole('table', { name: 'Drafts, newest first' }).waitFor();
      await expectAccessible(page, `studio-list-390-${colorScheme}`);
      await screenshot(page, `studio-list-390-${colorScheme}`);
    });
  }

  it('when someone else changed the draft meanwhile, then the save says so, keeps the edits, and saves once reloaded', async () => {
    const { page } = await rig.newPage();
    const id = await startDraft(page);
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await changeBehindTheEditorsBack(id);
    await title.fill('Backend, edited in the studio');
    await saveAndWait(page);

    const alert = page.getByRole('alert').filter({ hasText: 'someone else changed this draft' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('your edits are kept in the form');
    expect(await title.inputValue()).toBe('Backend, edited in the studio');
    await expectAccessible(page, 'studio-stale');
    await screenshot(page, 'studio-stale');

    await page.getByRole('button', { name: 'Reload their changes, keep mine' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await title.inputValue()).toBe('Backend, edited in the studio');
    expect(await page.getByRole('textbox', { name: 'Summary', exact: true }).inputValue()).toBe(
      'A summary another editor wrote meanwhile.',
    );
    await saveAndWait(page);
    await page.getByRole('status').filter({ hasText: 'Saved: revision 3.' }).waitFor();
  });

  it('when an editor follows a link with changes not saved, then they are asked first and can stay', async () => {
    const { page } = await rig.newPage();
    await startDraft(page);
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('A title not saved yet');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Review and publish' }).click();

    await expect
      .poll(() => questions)
      .toEqual(['You have changes to this draft that are not saved. Leave without saving them?']);
    expect(new URL(page.url()).pathname).toMatch(/^\/studio\/drafts\/[0-9a-f-]{36}$/);
    expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe('A title not saved yet');
  });

  it('when a save is refused, then the summary names the field and its link leads to it', async () => {
    const { page } = await rig.newPage();
    await startDraft(page);
    await openFirstStep(page);
    await page.getByRole('spinbutton', { name: 'Estimated hours' }).first().fill('0');
    await page.getByRole('textbox', { name: 'What to learn', exact: true }).fill('');
    await page.getByRole('tab', { name: 'Preview' }).first().click();
    // Go elsewhere first: the summary's link must bring the section back.
    await page
      .getByRole('navigation', { name: 'Sections of the draft' })
      .getByRole('button', { name: 'Overview' })
      .click();
    await saveAndWait(page);

    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const link = summary.getByRole('link', { name: /Estimated hours/ });
    expect(await link.textContent()).toContain('must be at least 1');
    await expectAccessible(page, 'studio-invalid');
    await link.click();
    const hours = page.getByRole('spinbutton', { name: 'Estimated hours' });
    await expect.poll(() => hours.evaluate(isFocused)).toBe(true);
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await hours.getAttribute('id')).toBe('field-steps-0-estimatedHours');
    await expectAccessible(page, 'studio-invalid-field');
    await screenshot(page, 'studio-invalid');

    // The body was left on its Preview tab: its link brings back the Write tab and the text.
    await summary.getByRole('link', { name: /What to learn/ }).click();
    const body = page.getByRole('textbox', { name: 'What to learn', exact: true });
    await expect.poll(() => body.evaluate(isFocused)).toBe(true);
    expect(await page.getByRole('tab', { name: 'Write' }).first().getAttribute('aria-selected')).toBe('true');
  });

  it('when an editor uses only the keyboard, then they reach a step, format its body, reorder it and save', async () => {
    const { page } = await rig.newPage();
    await startDraft(page);
    const sections = page.getByRole('navigation', { name: 'Sections of the draft' });
    await sections.getByRole('button', { name: 'Steps' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'Steps' });
    await expect.poll(() => heading.evaluate(isFocused)).toBe(true);

    await page.keyboard.press('Tab');
    const toggle = page.locator('.list-editor-toggle').first();
    expect(await toggle.evaluate(isFocused)).toBe(true);
    const firstTitle = await toggle.textContent();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    // Up (disabled), Down, Remove, then the step's title and summary, then the Write/Preview tabs.
    const writeTab = page.getByRole('tab', { name: 'Write' }).first();
    for (let presses = 0; presses < 10 && !(await writeTab.evaluate(isFocused)); presses += 1)
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    const previewTab = page.getByRole('tab', { name: 'Preview' }).first();
    expect(await previewTab.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await writeTab.getAttribute('aria-selected')).toBe('true');

    // Tab: the toolbar (one stop), then the text.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const body = page.getByRole('textbox', { name: 'What to learn', exact: true });
    expect(await body.evaluate(isFocused)).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Read about ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('caching');
    expect(await body.inputValue()).toBe('Read about **caching**');

    const down = page.getByRole('button', { name: `Move step “${firstTitle}” down` });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.list-editor-toggle').nth(1).textContent()).toBe(firstTitle);
    expect(await down.evaluate(isFocused)).toBe(true);

    await page.getByRole('button', { name: 'Save draft' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved: revision 2.' }).waitFor();
    await expectAccessible(page, 'studio-keyboard');
  });
});
