// Feedback in a real browser: a visitor says a section of a roadmap did not help, with a reason and a comment; an
// editor finds the comment in the moderation queue, marks it addressed, and after the rollup sees the vote in the
// roadmap's analytics. The control works with the keyboard alone, and a lost connection keeps what was typed.
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserRig,
  createUserWithRole,
  expectAccessible,
  learnFirstSteps,
  logInAs as logIn,
  openEditingPage,
  screenshot,
  startBrowserRig,
} from './support.ts';

let rig: BrowserRig;
const PASSWORD = 'a long and unusual passphrase';
const EDITOR = 'editor@example.org';
const LEARNER = 'learner@example.org';
const ROADMAP = '/roadmaps/backend-developer';
const COMMENT = 'The history stops years ago; nothing about HTTP/3 or serverless.';

beforeAll(async () => {
  rig = await startBrowserRig();
  await createUserWithRole(rig, { email: EDITOR, displayName: 'Eddie Editor', password: PASSWORD }, 'editor');
  await createUserWithRole(rig, { email: LEARNER, displayName: 'Lee Learner', password: PASSWORD }, 'learner');
});
afterAll(() => rig.close());

const announced = (page: Page, text: string | RegExp) =>
  page.locator('[aria-live="polite"]').filter({ hasText: text }).waitFor();

const logInAs = (page: Page, email: string) => logIn(page, email, PASSWORD);

const sectionFeedback = (page: Page, section: string) =>
  page.getByRole('group', { name: `Was this helpful? (${section})`, exact: true });

/** Each section asks behind its "Rate this section" button: opens it and returns the question. */
const openSectionFeedback = async (page: Page, section: string) => {
  await page.getByRole('button', { name: `Rate this section (${section})`, exact: true }).click();
  return sectionFeedback(page, section);
};

// Read in the page as a string: the tests are type-checked without the DOM's types.
const FOCUSED = `(() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const legend = el.closest('fieldset') && el.closest('fieldset').querySelector('legend');
  return { name: (el.labels && el.labels[0] ? el.labels[0].textContent : el.textContent || '').trim(),
    outline: style.outlineStyle === 'none' || style.outlineWidth === '0px' ? 'none' : style.outlineStyle,
    group: legend ? legend.textContent : '' };
})()`;

describe('feedback from a visitor to the editors', () => {
  it('when a visitor says a section did not help, then an editor addresses the comment and sees the vote in the analytics', async () => {
    // A visitor, without an account, says "A short history" did not help, why, and what is missing.
    const { page } = await rig.newPage();
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    expect(await page.getByRole('button', { name: /^Rate this section \(/ }).count()).toBe(16);
    const history = await openSectionFeedback(page, 'A short history');
    await history.getByRole('button', { name: 'No' }).click();
    await announced(page, 'your answer on “A short history” is saved');
    expect(await history.getByRole('button', { name: 'No' }).getAttribute('aria-pressed')).toBe('true');
    await history.getByText('0 readers found this helpful, 1 did not.').waitFor();
    await history.getByRole('checkbox', { name: 'Out of date' }).check();
    await history.getByLabel('Comment for the editors (optional)').fill(COMMENT);
    await history.getByRole('button', { name: 'Send' }).click();
    await announced(page, 'the editors will read your comment');
    await history.getByText('Thank you for telling us more.').waitFor();
    const visitor = (await page.context().cookies()).find((cookie) => cookie.name === 'waymark_visitor');
    expect(visitor?.httpOnly).toBe(true);

    // The editor finds it in the moderation queue, under "New", from the navigation.
    const { page: editor } = await rig.newPage();
    await logInAs(editor, EDITOR);
    await openEditingPage(editor, 'Feedback');
    await editor.getByRole('heading', { level: 1, name: 'Feedback moderation' }).waitFor();
    expect(await editor.getByRole('tab', { name: 'New' }).getAttribute('aria-selected')).toBe('true');
    const card = editor.getByRole('article').filter({ hasText: COMMENT });
    await card.waitFor();
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe('Not helpful: Section: A short history');
    await card.getByText('Reasons: Out of date').waitFor();
    await expectAccessible(editor, 'moderation');
    await screenshot(editor, 'moderation');

    // …and marks it addressed with a note; it leaves "New" and shows under "Addressed" with the note.
    await card.getByRole('button', { name: 'Address…' }).click();
    await card.getByLabel('What was done about it').fill('Added HTTP/3 and serverless to the history.');
    await card.getByRole('button', { name: 'Mark addressed' }).click();
    await announced(editor, 'Comment marked addressed');
    await expect.poll(() => editor.getByRole('article').filter({ hasText: COMMENT }).count()).toBe(0);
    await editor.getByRole('tab', { name: 'Addressed' }).click();
    await editor
      .getByRole('article')
      .filter({ hasText: COMMENT })
      .getByText('Done about it: Added HTTP/3 and serverless to the history.')
      .waitFor();

    // A learner follows the roadmap and works through its first two steps, so the funnel has someone in it.
    await learnFirstSteps(rig, ROADMAP, LEARNER, PASSWORD);
    // The analytics read rollups: the rollup job runs (as in the integration tests), then the vote shows.
    await rig.app.container.analyticsService.rollUp();
    await openEditingPage(editor, 'Analytics');
    await editor.getByRole('link', { name: 'Backend Developer Roadmap' }).click();
    await editor.getByRole('heading', { level: 2, name: 'Helpfulness per section' }).waitFor();
    const row = editor.getByRole('row', { name: /Section: A short history/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['0', '1', '0%', '0.000']);
    for (const heading of ['Learner funnel', 'Active learners per week', 'Median time per step'])
      await editor.getByRole('heading', { level: 2, name: heading }).waitFor();
    // Step 1: started 1, finished 1, nobody lost before it (1 follower), nobody stuck in it.
    expect(await editor.getByRole('row', { name: /^1\. / }).first().getByRole('cell').allTextContents()).toEqual([
      '1',
      '1',
      '0',
      '0',
    ]);
    await expectAccessible(editor, 'analytics');
    await screenshot(editor, 'analytics');

    const download = editor.waitForEvent('download');
    await editor.getByRole('button', { name: 'Download all figures as CSV' }).click();
    const csv = await fs.readFile(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')).toEqual(
      expect.arrayContaining(['metric,subject,value', 'not_helpful_votes,section:history,1']),
    );
  });

  it('when an editor prefers a dark theme, then the moderation and analytics pages have no violation', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await logInAs(page, EDITOR);
    await page.goto('/editor/feedback');
    await page.getByRole('tab', { name: 'All' }).click();
    await page.getByRole('article').first().waitFor();
    await expectAccessible(page, 'moderation-dark');
    await screenshot(page, 'moderation-dark');
    await page.goto('/editor/analytics/backend-developer');
    await page.getByRole('heading', { level: 2, name: 'Helpfulness per section' }).waitFor();
    await expectAccessible(page, 'analytics-dark');
    await screenshot(page, 'analytics-dark');
  });

  it('when a visitor or a learner opens the editor pages, then they are not allowed and see no link to them', async () => {
    const { page } = await rig.newPage();
    await page.goto('/editor/feedback');
    await page.getByText('Not allowed.').waitFor();
    await page.getByRole('link', { name: 'Log in' }).last().waitFor();

    await logInAs(page, LEARNER);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Feedback' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Analytics' }).count()).toBe(0);
    await page.goto('/editor/analytics/backend-developer');
    await page.getByRole('heading', { level: 1, name: 'Analytics' }).waitFor();
    await page.getByText('Not allowed.').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Helpfulness per section' }).count()).toBe(0);
    await expectAccessible(page, 'analytics-not-allowed');
  });
});

describe('the feedback control', () => {
  it('when a visitor uses only the keyboard, then they can answer and give a reason with a visible focus', async () => {
    const { page } = await rig.newPage();
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    const closing = sectionFeedback(page, 'In closing');
    // Tab through the page to the section's "Rate this section", as a keyboard user would; every stop on the way
    // shows its focus. Enter opens the question, and the next Tab is its first answer.
    let focused = { name: '', outline: '', group: '' };
    for (let presses = 0; presses < 600 && focused.name !== 'Rate this section (In closing)'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<typeof focused>(FOCUSED);
      if (focused.name !== '') expect(focused.outline, `focus on "${focused.name}" is visible`).not.toBe('none');
    }
    expect(focused.name).toBe('Rate this section (In closing)');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    focused = await page.evaluate<typeof focused>(FOCUSED);
    expect(focused).toMatchObject({ name: 'Yes', group: 'Was this helpful? (In closing)' });
    await page.keyboard.press('Tab');
    expect((await page.evaluate<typeof focused>(FOCUSED)).name).toBe('No');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await announced(page, 'your answer on “In closing” is saved');
    expect(await closing.getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await page.evaluate<typeof focused>(FOCUSED)).name).toBe('Clear');
    await page.keyboard.press('Space');
    expect(await closing.getByRole('checkbox', { name: 'Clear' }).isChecked()).toBe(true);
    for (let presses = 0; presses < 10 && focused.name !== 'Send'; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<typeof focused>(FOCUSED);
    }
    expect(focused.name).toBe('Send');
    await page.keyboard.press('Enter');
    await announced(page, 'your reasons are saved');
  });

  it('when the connection drops as a visitor sends a comment, then the text stays and sending works once back', async () => {
    const { page, context } = await rig.newPage();
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    const faq = await openSectionFeedback(page, 'Questions and answers');
    await faq.getByRole('button', { name: 'No' }).click();
    await announced(page, 'your answer on “Questions and answers” is saved');

    await context.setOffline(true);
    await faq.getByLabel('Comment for the editors (optional)').fill('Which database should I learn first?');
    await faq.getByRole('button', { name: 'Send' }).click();
    await faq.getByRole('alert').filter({ hasText: 'could not be reached' }).waitFor();
    expect(await faq.getByLabel('Comment for the editors (optional)').inputValue()).toBe(
      'Which database should I learn first?',
    );

    await context.setOffline(false);
    await faq.getByRole('button', { name: 'Send' }).click();
    await announced(page, 'the editors will read your comment');
    expect(await faq.getByRole('alert').count()).toBe(0);
  });

  it('when a comment has too many links, then the API’s message shows beside the comment field', async () => {
    const { page } = await rig.newPage();
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    const market = await openSectionFeedback(page, 'The job market');
    await market.getByRole('button', { name: 'No' }).click();
    await announced(page, 'your answer on “The job market” is saved');
    const field = market.getByLabel('Comment for the editors (optional)');
    await field.fill('See https://a.example https://b.example https://c.example https://d.example');
    await market.getByRole('button', { name: 'Send' }).click();
    await market.locator('.field-error').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toContain('https://d.example');
  });

  it('when a signed-in learner votes on a step page, then the vote is counted for that step', async () => {
    const { page } = await rig.newPage();
    await logInAs(page, LEARNER);
    await page.goto(`${ROADMAP}/steps/how-the-web-works`);
    const control = page.getByRole('group', { name: /^Was this helpful\? \(Step 2,/ });
    await control.getByRole('button', { name: 'Yes' }).click();
    await announced(page, /your answer on “Step 2, .*” is saved/);
    await control.getByText('1 reader found this helpful, 0 did not.').waitFor();
    const votes = await rig.app.database.db
      .selectFrom('feedbackVotes')
      .select(['target', 'userId', 'visitorId'])
      .where('target', '=', 'step:how-the-web-works')
      .execute();
    expect(votes).toHaveLength(1);
    expect(votes[0]!.userId).not.toBeNull();
    expect(votes[0]!.visitorId).toBeNull();
  });
});

describe('the moderation queue', () => {
  it('when there are more new comments than fit on a page, then Load more brings the rest once, and approve, hide and delete take them out of New', async () => {
    for (let index = 1; index <= 22; index += 1) {
      const response = await rig.app.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        remoteAddress: `198.51.100.${index}`,
        payload: {
          roadmap: 'backend-developer',
          target: 'section:resources',
          helpful: false,
          reasons: ['missing-topic'],
          comment: `Resource wish number ${index}: a course on message queues`,
        },
      });
      expect(response.statusCode).toBe(200);
    }
    const { count } = await rig.app.database.db
      .selectFrom('feedbackComments')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('state', '=', 'new')
      .executeTakeFirstOrThrow();
    const expected = Number(count);
    expect(expected).toBeGreaterThan(20);

    const { page } = await rig.newPage();
    await logInAs(page, EDITOR);
    await page.goto('/editor/feedback');
    await page.getByRole('heading', { level: 1, name: 'Feedback moderation' }).waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(expected);
    const bodies = await page.locator('.comment-body').allTextContents();
    expect(new Set(bodies).size).toBe(expected);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    // Approve, hide and delete one each: every one leaves "New", and the delete removes the comment.
    const cards = page.getByRole('article');
    await cards.first().getByRole('button', { name: 'Approve' }).click();
    await announced(page, 'Comment approved');
    await expect.poll(() => cards.count()).toBe(expected - 1);
    await cards.first().getByRole('button', { name: 'Hide' }).click();
    await announced(page, 'Comment hidden');
    await expect.poll(() => cards.count()).toBe(expected - 2);
    const doomed = (await cards.first().locator('.comment-body').textContent())!;
    await cards.first().getByRole('button', { name: 'Delete…' }).click();
    await cards.first().getByRole('button', { name: 'Delete for good' }).click();
    await announced(page, 'Comment deleted');
    await expect.poll(() => cards.count()).toBe(expected - 3);
    const left = await rig.app.database.db
      .selectFrom('feedbackComments')
      .select(['state'])
      .where('body', '=', doomed)
      .execute();
    expect(left).toEqual([]);
    await page.getByRole('tab', { name: 'Hidden' }).click();
    await expect.poll(() => cards.count()).toBe(1);

    // The arrow keys move between the state tabs and choose one.
    await page.getByRole('tab', { name: 'Hidden' }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Quarantined' }).getAttribute('aria-selected')).toBe('true');
    await page.getByText('No quarantined comments.').waitFor();
  });
});
