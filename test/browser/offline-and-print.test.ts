// Waymark without a connection and on paper. The browser reaches the server through a relay this test can cut, so
// "offline" is a real failure to connect (Chromium's offline emulation does not cover a service worker's requests).
import net from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createUserWithRole, logInAs, startBrowserRig, type BrowserRig } from './support.ts';

const PASSWORD = 'a long and unusual passphrase';
const EMAIL = 'traveller@example.org';
const ROADMAP = '/roadmaps/backend-developer';
const STEP_ID = 'how-the-web-works';

/** A TCP relay to the rig's server that can be cut (every connection dropped, new ones refused) and restored. */
const startRelay = async (target: URL) => {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    async cut() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    async restore() {
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close: () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };
};

let rig: BrowserRig;
let relay: Awaited<ReturnType<typeof startRelay>>;
let token: string;
beforeAll(async () => {
  rig = await startBrowserRig();
  relay = await startRelay(new URL(rig.url));
  await createUserWithRole(rig, { email: EMAIL, displayName: 'Traveller', password: PASSWORD }, 'learner');
  token = (await callApi(rig, 'POST', '/v1/auth/login', { email: EMAIL, password: PASSWORD })).accessToken as string;
  await callApi(rig, 'PUT', `/v1/me${ROADMAP}`, { hoursPerWeek: 10, startDate: '2026-12-01' }, token);
});
afterAll(async () => {
  await relay.close();
  await rig.close();
});

const stepActivity = async () => {
  const activity = (
    await rig.app.app.inject({ url: '/v1/me/activity?limit=50', headers: { authorization: `Bearer ${token}` } })
  ).json<{ items: { kind: string; subjectId: string | null; detail: string | null }[] }>();
  return activity.items.filter((item) => item.kind === 'step_status' && item.subjectId === STEP_ID);
};

const serviceWorkerInControl = (page: Page) =>
  expect.poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null')).toBe(true);

describe('offline', () => {
  let context: BrowserContext;
  afterAll(() => context.close());

  it('when a learner who opened a roadmap loses the connection, then its pages still open and a status change waits, then reaches their account once', async () => {
    context = await rig.browser.newContext({ baseURL: relay.url });
    const page = await context.newPage();
    await logInAs(page, EMAIL, PASSWORD);
    await page.goto(`${ROADMAP}/steps/${STEP_ID}`);
    await serviceWorkerInControl(page);
    // Opened once more under the worker's control, so the worker keeps the documents this reader opened.
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${ROADMAP}/steps/${STEP_ID}`);
    const done = page.getByRole('radio', { name: 'Done' });
    await expect.poll(() => done.isEnabled()).toBe(true);

    await relay.cut();
    await context.setOffline(true);
    await done.click();
    await expect.poll(() => done.isChecked()).toBe(true);

    await page.getByText('One change made without a connection will be saved to your account').waitFor();
    expect(await stepActivity()).toEqual([]);
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: /Backend Developer Roadmap/ }).waitFor();

    await relay.restore();
    await context.setOffline(false);

    await expect.poll(async () => (await stepActivity()).map((item) => item.detail)).toEqual(['done']);
    await expect.poll(() => page.getByText('made without a connection').count()).toBe(0);
    // Opening the page again sends nothing twice.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Backend Developer Roadmap/ }).waitFor();
    expect((await stepActivity()).length).toBe(1);
  });
});

// What the page looks like to the printer: read in the page, as plain script (these tests are typed for Node).
const PRINTED = `(() => {
  const outsideLink = document.querySelector('main a[href^="http"]');
  return {
    header: getComputedStyle(document.querySelector('.site-header')).display,
    buttons: [...document.querySelectorAll('main button')].filter((b) => getComputedStyle(b).display !== 'none').length,
    linkAfter: getComputedStyle(outsideLink, '::after').content,
    href: outsideLink.getAttribute('href'),
    background: getComputedStyle(document.body).backgroundColor,
    sectionBreak: getComputedStyle(document.querySelectorAll('.roadmap-section')[1]).breakBefore,
  };
})()`;

/** Prints the page to PDF as Chromium does for "Save as PDF" and returns its pages' text. */
const printToText = async (page: Page) => {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
};

// The header, the footer and the feedback question: on screen on every page, never on paper.
const SCREEN_ONLY = ['Skip to content', 'Dark theme', 'Waymark is open source', 'Was this helpful'];
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('print', () => {
  it('when a roadmap is printed, then navigation and controls are left out, outside links show their address, and it spans pages', async () => {
    const { page } = await rig.newPage({ colorScheme: 'dark' });
    await page.goto(ROADMAP);
    await page.getByRole('heading', { level: 1, name: /Backend Developer Roadmap/ }).waitFor();
    await page.emulateMedia({ media: 'print' });

    const printed = await page.evaluate<Record<string, string | number | null>>(PRINTED);
    const pages = await printToText(page);
    const text = pages.join('\n');

    expect(printed.header).toBe('none');
    expect(printed.buttons).toBe(0);
    expect(printed.linkAfter).toContain(String(printed.href));
    expect(printed.background).toBe('rgb(255, 255, 255)');
    expect(printed.sectionBreak).toBe('page');
    expect(pages.length).toBeGreaterThan(5);
    expect(text).toContain('Backend Developer Roadmap');
    expect(text).toContain('How the web works');
    for (const word of SCREEN_ONLY) expect(text, `the printed roadmap shows "${word}"`).not.toContain(word);
  });

  it('when each shipped cheatsheet is printed, then it fits on one or two pages with its title', async () => {
    const { page } = await rig.newPage();
    const cheatsheets = (await rig.app.app.inject('/v1/hub?kind=cheatsheet&limit=50')).json<{
      items: { id: string; title: string }[];
    }>().items;
    expect(cheatsheets.length).toBeGreaterThanOrEqual(6);

    for (const cheatsheet of cheatsheets) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`/hub/${cheatsheet.id}`);
      await page.getByRole('heading', { level: 1, name: cheatsheet.title }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const pages = await printToText(page);

      expect(pages.length, cheatsheet.id).toBeLessThanOrEqual(2);
      // Without spaces: the PDF's text splits ligatures ("Docker fi le").
      expect(pages.join('').replace(/\s+/g, ''), cheatsheet.id).toContain(cheatsheet.title.replace(/\s+/g, ''));
    }
  });

  for (const [what, path, heading] of [
    ['a step', `${ROADMAP}/steps/${STEP_ID}`, /How the web works/],
    ['the plan', `${ROADMAP}/plan`, /Plan your pace: Backend Developer Roadmap/],
  ] as const) {
    it(`when ${what} is printed, then its text is there and the screen's controls are not`, async () => {
      const { page } = await rig.newPage();
      await page.goto(path);
      const title = page.getByRole('heading', { level: 1, name: heading });
      await title.waitFor();
      // The page's parts load after its heading: print what a reader would, once nothing is loading.
      await expect.poll(() => page.getByText('Loading…').count()).toBe(0);
      await page.emulateMedia({ media: 'print' });

      const text = oneLine((await printToText(page)).join(' '));

      expect(text).toContain(oneLine(await title.innerText()));
      for (const word of SCREEN_ONLY) expect(text, `the printed ${what} shows "${word}"`).not.toContain(word);
    });
  }
});
