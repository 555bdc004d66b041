// The review side of the studio in a real browser: editor A submits a draft, editor B comments, approves and
// publishes it with change notes from the publish dialog, and the changelog has the new version; the dialog's step
// mapping for a removed step; a returning reader's "what changed" notice. Axe on every state, light and dark, phone
// and desktop, and the dialog driven by keyboard alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/modules/drafts/drafts.schemas.ts';
import type { Progress } from '../../src/modules/progress/progress.schemas.ts';
import { sectionsWithoutStep } from '../support/draft-documents.ts';
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
const AUTHOR = { email: 'ada@example.org', displayName: 'Ada Author', password: PASSWORD };
const REVIEWER = { email: 'ben@example.org', displayName: 'Ben Reviewer', password: PASSWORD };
const LEARNER = { email: 'lea@example.org', displayName: 'Lea Learner', password: PASSWORD };
const SLUG = 'backend-developer';
const tokens: Record<string, string> = {};

beforeAll(async () => {
  rig = await startBrowserRig();
  for (const [user, role] of [
    [AUTHOR, 'editor'],
    [REVIEWER, 'editor'],
    [LEARNER, 'learner'],
  ] as const) {
    await createUserWithRole(rig, user, role);
    const { accessToken } = await callApi(rig, 'POST', '/v1/auth/login', { email: user.email, password: PASSWORD });
    tokens[user.email] = accessToken as string;
  }
});
afterAll(() => rig.close());

const inject = async (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  token: string,
  options: { body?: object; ifMatch?: string } = {},
) => {
  const response = await rig.app.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }),
      ...(method === 'PATCH' ? { 'content-type': 'application/merge-patch+json' } : {}),
    },
    ...(options.body === undefined ? {} : { payload: options.body }),
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<Draft>();
};

/** Author A's draft of the roadmap with `change` made to its sections. */
const draftWith = async (change: (document: Draft['document']) => object) => {
  const started = await inject('POST', `/v1/roadmaps/${SLUG}/drafts`, tokens[AUTHOR.email]!, {
    body: { from: 'published' },
  });
  return inject('PATCH', `/v1/drafts/${started.id}`, tokens[AUTHOR.email]!, {
    body: change(started.document),
    ifMatch: started.etag,
  });
};

/** The first step's text begins with Markdown the diff is to render. */
const clearerFirstStep = (document: Draft['document']) => ({
  steps: document.steps.map((step, index) =>
    index === 0 ? { ...step, body: `**Start here.** Read this step first.\n\n${step.body}` } : step,
  ),
});

const submitAndApprove = async (draft: Draft) => {
  await inject('POST', `/v1/drafts/${draft.id}/submit`, tokens[AUTHOR.email]!, { ifMatch: draft.etag });
  await inject('POST', `/v1/drafts/${draft.id}/reviews`, tokens[REVIEWER.email]!, {
    body: { kind: 'approved', body: '' },
  });
  return inject('GET', `/v1/drafts/${draft.id}`, tokens[AUTHOR.email]!);
};

const status = (page: Page) => page.locator('.review-status .badge');

describe('reviewing and publishing a draft', () => {
  it('when A submits, B comments, approves and publishes with notes, then the changelog has the new version', async () => {
    const draft = await draftWith(clearerFirstStep);

    // Editor A finds the draft in the list, reads what it changes and submits it.
    const author = (await rig.newPage()).page;
    await logInAs(author, AUTHOR.email, PASSWORD);
    await openEditingPage(author, 'Drafts');
    await author.getByRole('link', { name: 'Being written' }).click();
    await author.getByRole('heading', { level: 1, name: 'Review of a draft' }).waitFor();
    await author.getByRole('heading', { level: 2, name: 'What publishing it would change' }).waitFor();
    const rendered = author.locator('.diff-texts .diff-side ins strong').first();
    expect(await rendered.textContent()).toBe('Start here.');
    await expectAccessible(author, 'the review page of a draft being written');
    await author.getByRole('button', { name: 'Submit for review' }).click();
    await status(author).filter({ hasText: 'In review' }).waitFor();
    await author.locator('.review-status:focus').waitFor();
    expect(await author.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await author.getByText('You started this draft, so another editor approves it').waitFor();
    await expectAccessible(author, 'the review page, in review, for its author');
    await author.setViewportSize({ width: 390, height: 844 });
    await screenshot(author, 'studio-review-in-review-phone');

    // Editor B comments, then approves.
    const reviewer = (await rig.newPage({ colorScheme: 'dark' })).page;
    await logInAs(reviewer, REVIEWER.email, PASSWORD);
    await reviewer.goto(`/studio/drafts/${draft.id}/review`);
    // By keyboard: type the comment, Tab to Comment, Enter.
    await reviewer.getByLabel('Your review').focus();
    await reviewer.keyboard.type('The first step reads better now.');
    await reviewer.keyboard.press('Tab');
    expect(await reviewer.evaluate<string>('document.activeElement?.textContent')).toBe('Comment');
    await reviewer.keyboard.press('Enter');
    const thread = reviewer.locator('.review-entries');
    await thread.getByText('The first step reads better now.').waitFor();
    expect(await thread.locator('.review-meta').first().textContent()).toContain('Ben Reviewer commented');
    await reviewer.getByRole('button', { name: 'Approve' }).click();
    await status(reviewer).filter({ hasText: 'Approved' }).waitFor();
    expect(await thread.locator('.review-meta').nth(1).textContent()).toContain('Ben Reviewer approved');
    await expectAccessible(reviewer, 'the review page, approved (dark)');
    await screenshot(reviewer, 'studio-review-approved-dark');

    // The publish dialog, by keyboard alone: opened with Enter, Escape closes it and focus is back on its button.
    const open = reviewer.getByRole('button', { name: 'Publish…' });
    await open.focus();
    await reviewer.keyboard.press('Enter');
    const dialog = reviewer.getByRole('dialog', { name: 'Publish this draft' });
    await dialog.waitFor();
    expect(await reviewer.evaluate<string | null>(`document.activeElement?.getAttribute('data-autofocus')`)).toBe(
      'true',
    );
    await expectAccessible(reviewer, 'the publish dialog');
    await reviewer.screenshot({ path: 'test-results/screenshots/studio-publish-dialog-dark.png' });
    await reviewer.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await reviewer.evaluate<string>('document.activeElement?.textContent')).toBe('Publish…');
    await reviewer.keyboard.press('Enter');
    await dialog.waitFor();
    const publish = dialog.getByRole('button', { name: /^Publish as version \d+$/ });
    const version = Number((await publish.textContent())!.replace(/\D/g, ''));
    await publish.focus();
    await reviewer.keyboard.press('Enter');
    await dialog.getByText("Change notes can't be empty").first().waitFor();
    await dialog.getByLabel('Change notes').focus();
    await reviewer.keyboard.type('The first step says where to start.');
    await publish.focus();
    await reviewer.keyboard.press('Enter');
    await reviewer.getByText(`Published as version ${version}.`).first().waitFor();
    await status(reviewer).filter({ hasText: 'Published' }).waitFor();

    await reviewer.getByRole('link', { name: 'Read the changelog' }).click();
    await reviewer.getByRole('heading', { level: 2, name: `Version ${version}` }).waitFor();
    await reviewer.getByText('The first step says where to start.').waitFor();
    // The changelog renders the changed text's Markdown, as the review page did.
    expect(await reviewer.locator('.diff-texts .diff-side ins strong').first().textContent()).toBe('Start here.');
  });
});

describe('the step and checklist mappings in the publish dialog', () => {
  it('when a draft removes a step a learner finished, then the dialog asks where its progress goes, and the learner has it on the successors', async () => {
    const published = await inject('GET', `/v1/roadmaps/${SLUG}`, tokens[AUTHOR.email]!);
    const steps = (published as unknown as { tiers: { steps: { id: string; title: string }[] }[] }).tiers.flatMap(
      (tier) => tier.steps,
    );
    const gone = steps.at(-1)!;
    const [first, second] = steps;
    const learner = tokens[LEARNER.email]!;
    await inject('PUT', `/v1/me/roadmaps/${SLUG}`, learner, { body: { hoursPerWeek: 10, startDate: '2026-01-05' } });
    await inject('PUT', `/v1/me/roadmaps/${SLUG}/steps/${gone.id}`, learner, { body: { status: 'done' } });
    const draft = await submitAndApprove(await draftWith((document) => sectionsWithoutStep(document, gone.id)));

    const { page } = await rig.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await logInAs(page, REVIEWER.email, PASSWORD);
    await page.goto(`/studio/drafts/${draft.id}/review`);
    const removed = page
      .getByRole('heading', { level: 3, name: 'Steps removed' })
      .locator('xpath=following-sibling::ul[1]');
    expect(await removed.textContent()).toContain(gone.title);
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this draft' });
    await dialog.getByLabel('Change notes').fill('One step fewer.');
    await dialog.getByRole('button', { name: /^Publish as version/ }).click();
    const row = dialog.getByRole('group', { name: new RegExp(gone.title) });
    await row.getByText(`Where progress on “${gone.title}” goes is not chosen yet`).waitFor();
    await expectAccessible(page, 'the publish dialog with a step to map, on a phone');
    await screenshot(page, 'studio-publish-mapping-phone');

    // A split: the removed step's learners go on in the first two steps.
    await row.getByLabel('Progress on it goes to').selectOption(first!.id);
    await row.getByRole('button', { name: 'Add a step it splits into' }).click();
    await row.getByLabel('and also to').selectOption(second!.id);
    // The app sends a Request whose body the browser does not show Playwright: the page keeps a copy of what it sent.
    await page.evaluate(`{
      const send = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        if (input instanceof Request && input.url.endsWith('/publish')) window.sent = await input.clone().text();
        return send(input, init);
      };
    }`);
    const answer = page.waitForResponse((response) => response.url().endsWith(`/v1/drafts/${draft.id}/publish`));
    await dialog.getByRole('button', { name: /^Publish as version/ }).click();

    expect((await answer).status()).toBe(201);
    expect(JSON.parse(await page.evaluate<string>('window.sent'))).toEqual({
      notes: 'One step fewer.',
      mapping: [{ from: gone.id, to: [first!.id, second!.id] }],
    });
    const shown = await page
      .getByText(/^Published as version \d+\./)
      .first()
      .textContent();
    const version = Number(/version (\d+)/.exec(shown!)![1]);
    const now = (await inject('GET', `/v1/roadmaps/${SLUG}`, learner)) as unknown as { version: { number: number } };
    expect(now.version.number).toBe(version);
    // The learner's finished step lives on in both steps it split into; the removed one is kept, archived.
    const progress = (await inject('GET', `/v1/me/roadmaps/${SLUG}/progress`, learner)) as unknown as Progress;
    const statuses = Object.fromEntries(progress.steps.map((entry) => [entry.stepId, entry.status]));
    expect(statuses).toMatchObject({ [first!.id]: 'done', [second!.id]: 'done' });
    expect(statuses[gone.id]).toBeUndefined();
    expect(progress.archived.map((entry) => entry.stepId)).toEqual([gone.id]);
  });

  it('when a draft removes a checklist item, then the dialog asks where its answers go and sends the checklist mapping', async () => {
    const started = await inject('POST', `/v1/roadmaps/${SLUG}/drafts`, tokens[AUTHOR.email]!, {
      body: { from: 'published' },
    });
    const [gone, ...kept] = started.document.checklist;
    const draft = await submitAndApprove(
      await inject('PATCH', `/v1/drafts/${started.id}`, tokens[AUTHOR.email]!, {
        body: { checklist: kept },
        ifMatch: started.etag,
      }),
    );

    const { page } = await rig.newPage();
    await logInAs(page, REVIEWER.email, PASSWORD);
    await page.goto(`/studio/drafts/${draft.id}/review`);
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this draft' });
    await dialog.getByLabel('Change notes').fill('One checklist item fewer.');
    await dialog.getByRole('button', { name: /^Publish as version/ }).click();
    const row = dialog.getByRole('group', { name: new RegExp(gone!.title) });
    await row.getByText(`Where answers to “${gone!.title}” go is not chosen yet`).waitFor();
    expect(await dialog.getByRole('heading', { name: 'Steps this draft removes' }).count()).toBe(0);
    await expectAccessible(page, 'the publish dialog with a checklist item to map');

    await row.getByLabel('Answers to it go to').selectOption(kept[0]!.id);
    await page.evaluate(`{
      const send = window.fetch.bind(window);
      window.fetch = async (input, init) => {
        if (input instanceof Request && input.url.endsWith('/publish')) window.sent = await input.clone().text();
        return send(input, init);
      };
    }`);
    const answer = page.waitForResponse((response) => response.url().endsWith(`/v1/drafts/${draft.id}/publish`));
    await dialog.getByRole('button', { name: /^Publish as version/ }).click();

    expect((await answer).status()).toBe(201);
    expect(JSON.parse(await page.evaluate<string>('window.sent'))).toEqual({
      notes: 'One checklist item fewer.',
      checklistMapping: [{ from: gone!.id, to: [kept[0]!.id] }],
    });
    await page
      .getByText(/^Published as version \d+\./)
      .first()
      .waitFor();
  });
});

describe('what changed since a reader was last here', () => {
  it('when a guest comes back after a new version, then a polite notice lists the changed step, and dismissing it keeps it gone', async () => {
    const { page } = await rig.newPage();
    await page.goto(`/roadmaps/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    expect(await page.getByRole('heading', { name: 'What changed since you were last here' }).count()).toBe(0);

    const draft = await submitAndApprove(await draftWith(clearerFirstStep));
    await inject('POST', `/v1/drafts/${draft.id}/publish`, tokens[REVIEWER.email]!, {
      ifMatch: draft.etag,
      body: { notes: 'A clearer first step' },
    });
    const firstStep = draft.document.steps[0]!;

    // Coming back later: the same browser's storage, without what its HTTP cache kept of the roadmap.
    const later = await rig.browser.newContext({ baseURL: rig.url, storageState: await page.context().storageState() });
    const back = await later.newPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      await back.emulateMedia({ colorScheme });
      await back.setViewportSize({ width: colorScheme === 'light' ? 1280 : 390, height: 900 });
      await back.goto(`/roadmaps/${SLUG}`);
      const notice = back.locator('.what-changed');
      await notice.getByRole('heading', { level: 2, name: 'What changed since you were last here' }).waitFor();
      expect(await notice.locator('xpath=..').getAttribute('aria-live')).toBe('polite');
      const link = notice.getByRole('link', { name: firstStep.title });
      expect(await link.getAttribute('href')).toBe(`/roadmaps/${SLUG}/steps/${firstStep.id}`);
      await expectAccessible(back, `the what-changed notice (${colorScheme})`);
      // The top of the roadmap only: the whole page is many screens long.
      await back.screenshot({ path: `test-results/screenshots/roadmap-what-changed-${colorScheme}.png` });
    }

    await back.getByRole('button', { name: 'Dismiss what changed' }).click();
    await back.locator('.what-changed').waitFor({ state: 'detached' });
    expect(await back.evaluate<string>('document.activeElement?.tagName')).toBe('H1');
    await back.reload();
    await back.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    expect(await back.locator('.what-changed').count()).toBe(0);
    await later.close();
  });
});
