// Search on the home page in Chromium: words found by topic and plural, a misspelt word corrected and said so, the
// matched words marked, results that open the exact page (an FAQ entry opened, also from an address loaded afresh),
// and back/forward keeping box, address and results together.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, startBrowserRig, type BrowserRig } from './support.ts';

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startBrowserRig();
});
afterAll(() => rig.close());

const box = (page: Page) => page.getByRole('searchbox', { name: /Search roadmaps/ });
const resultsHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /Results for/ });
const resultTitles = (page: Page) => page.locator('.search-results li > a').allTextContents();

/** Types the words into the box and submits with Enter, then waits for their results. */
const searchFor = async (page: Page, words: string) => {
  await box(page).fill(words);
  await box(page).press('Enter');
  await page.getByRole('heading', { level: 2, name: `Results for “${words}”` }).waitFor();
  await page.locator('.search-results li').first().waitFor();
};

/** What the page shows now: the box's words, the address's q and the results' heading. */
const state = async (page: Page) => ({
  box: await box(page).inputValue(),
  q: new URL(page.url()).searchParams.get('q'),
  heading: (await resultsHeading(page).count()) > 0 ? await resultsHeading(page).textContent() : null,
});

describe('search on the home page', () => {
  it('when a visitor searches "jwt", then the authentication step is listed with JWT marked, and it opens that step', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Learning roadmaps' }).waitFor();

    await searchFor(page, 'jwt');

    const result = page.locator('.search-results li', { hasText: 'Authentication and authorization' }).first();
    expect(await result.locator('mark').allTextContents()).toContain('JWTs');
    expect(await result.locator('.search-snippet').textContent()).not.toMatch(/\*\*|`|\]\(/);
    await result.getByRole('link', { name: 'Authentication and authorization' }).click();
    await page.getByRole('heading', { level: 1, name: 'Authentication and authorization' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/roadmaps/backend-developer/steps/authentication-and-authorization');
  });

  it('when a visitor types "reddis", then the page says it shows results for redis, and lists the caching step', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Learning roadmaps' }).waitFor();

    await searchFor(page, 'reddis');

    expect(await page.locator('.search-correction').textContent()).toBe(
      'Showing results for redis. Search instead for reddis',
    );
    expect(await resultTitles(page)).toContain('Caching with Redis');
    expect(await page.locator('.search-results mark', { hasText: /^redis$/i }).count()).toBeGreaterThan(0);
  });

  it('when one word is misspelt beside one that matches, then it is corrected, and the words as typed are a link away', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Learning roadmaps' }).waitFor();

    await searchFor(page, 'reddis or cache');

    expect(await page.locator('.search-correction strong').textContent()).toBe('redis or cache');
    const corrected = await resultTitles(page);
    expect(corrected).toContain('Caching with Redis');
    await page.locator('.search-correction').getByRole('link', { name: 'reddis or cache' }).click();
    await expect.poll(() => page.locator('.search-correction').count()).toBe(0);
    await page.locator('.search-results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('exact')).toBe('true');
    expect(await resultTitles(page)).not.toEqual(corrected);
  });

  it('when a visitor goes back and forward between searches, then the box, the address and the results agree', async () => {
    const { page } = await rig.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Learning roadmaps' }).waitFor();
    await searchFor(page, 'jwt');
    const jwtTitles = await resultTitles(page);
    await searchFor(page, 'kubernetes');
    const kubernetesTitles = await resultTitles(page);
    expect(kubernetesTitles).not.toEqual(jwtTitles);

    await page.goBack();
    await expect.poll(() => state(page)).toEqual({ box: 'jwt', q: 'jwt', heading: 'Results for “jwt”' });
    await expect.poll(() => resultTitles(page)).toEqual(jwtTitles);

    await page.goBack();
    await expect.poll(() => state(page)).toEqual({ box: '', q: null, heading: null });

    await page.goForward();
    await page.goForward();
    await expect
      .poll(() => state(page))
      .toEqual({
        box: 'kubernetes',
        q: 'kubernetes',
        heading: 'Results for “kubernetes”',
      });
    await expect.poll(() => resultTitles(page)).toEqual(kubernetesTitles);
  });

  it('when a question of the FAQ is found, then its link opens that question on the roadmap page', async () => {
    const { page } = await rig.newPage();
    await page.goto('/?q=degree');
    const question = page.locator('.search-results li', { has: page.locator('.badge', { hasText: 'Question' }) });
    await question.first().waitFor();
    const title = (await question.first().locator('a').textContent()) ?? '';

    await question.first().locator('a').click();

    const details = page.locator('details', { has: page.locator('summary', { hasText: title }) });
    await expect.poll(() => details.getAttribute('open')).toBe('');
    expect(new URL(page.url()).hash).toMatch(/^#faq-/);
    expect(await page.evaluate<string | null>('document.activeElement?.textContent ?? null')).toBe(title);
  });

  it('when the page is loaded with #faq-…, then that entry is open and in view, after a reload too, and a link to another entry opens it', async () => {
    const { page } = await rig.newPage();
    await page.goto('/roadmaps/backend-developer');
    await page.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    // The last two entries, far down the page: in view only if the page went there.
    const [first, second] = (
      await page.evaluate<string[]>(`[...document.querySelectorAll('details[id^="faq-"]')].map((entry) => entry.id)`)
    ).slice(-2);
    expect(second).toBeDefined();
    const { page: opened } = await rig.newPage();
    const openAndInView = (id: string) =>
      opened.evaluate<boolean>(
        `(() => { const entry = document.getElementById('${id}'); const top = entry.getBoundingClientRect().top; ` +
          `return entry.open && top >= 0 && top < window.innerHeight / 2; })()`,
      );

    await opened.goto(`/roadmaps/backend-developer#${first}`);
    await expect.poll(() => openAndInView(first!)).toBe(true);
    expect(await opened.evaluate<number>('window.scrollY')).toBeGreaterThan(2000);
    expect(await opened.locator(`#${first} > summary ~ *`).first().isVisible()).toBe(true);

    await opened.reload();
    await opened.getByRole('heading', { level: 1, name: 'Backend Developer Roadmap' }).waitFor();
    await expect.poll(() => openAndInView(first!)).toBe(true);

    await opened.evaluate(`window.location.hash = '#${second}'`);
    await expect.poll(() => openAndInView(second!)).toBe(true);
  });

  it('when nothing matches, then an empty state says so, with an icon and what to try, on a muted surface', async () => {
    const { page } = await rig.newPage();
    await page.goto('/?q=xylophonist');
    const empty = page.locator('.empty-state');
    await empty.waitFor();

    expect(await empty.locator('.empty-state-title').textContent()).toBe('Nothing matches “xylophonist”.');
    expect(await empty.locator('.empty-state-hint').textContent()).toBe('Try a shorter or a different word.');
    expect(await empty.locator('svg.icon[aria-hidden="true"]').count()).toBe(1);
    const [surface, background] = await page.evaluate<string[]>(
      `[getComputedStyle(document.querySelector('.empty-state')).backgroundColor, getComputedStyle(document.body).backgroundColor]`,
    );
    expect(surface).not.toBe(background);
    expect(await page.locator('.search-results').count()).toBe(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`when results and a correction are shown in the ${colorScheme} theme, then the page has no violation`, async () => {
      const { page } = await rig.newPage({ colorScheme });
      for (const words of ['jwt', 'reddis', 'xylophonist']) {
        await page.goto(`/?q=${words}`);
        await page.locator('.search-results li mark, .empty-state').first().waitFor();
        await expectAccessible(page, `search for ${words} (${colorScheme})`);
        await screenshot(page, `search-${words}-${colorScheme}`);
      }
    });
  }
});
