// Serving the built web app from the API process: the files with the right caching, the HTML shell for page
// requests, problem+json for everything else, and a CSP that allows no inline script.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/harness.ts';

let t: TestApp;
let webRoot: string;
const SHELL =
  '<!doctype html><html lang="en"><head><script type="module" src="/assets/app-1a2b3c.js"></script></head></html>';
const SCRIPT = 'console.log("Waymark");'.repeat(50);
const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
/** The built shell as served: unchanged but for the host's brand, added as a meta tag at the end of <head>. */
const expectShell = (body: string) => {
  expect(body).toMatch(
    /^<!doctype html><html lang="en"><head><script type="module" src="\/assets\/app-1a2b3c.js"><\/script><meta name="waymark-instance" content="[^"]*&quot;name&quot;:&quot;Waymark&quot;[^"]*" \/>\n<\/head><\/html>$/,
  );
};

beforeAll(async () => {
  webRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'waymark-web-'));
  await fs.mkdir(path.join(webRoot, 'assets'));
  await fs.writeFile(path.join(webRoot, 'index.html'), SHELL);
  await fs.writeFile(path.join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await fs.writeFile(path.join(webRoot, 'assets', 'app-1a2b3c.js'), SCRIPT);
  await fs.writeFile(path.join(webRoot, 'assets', 'app-1a2b3c.js.br'), zlib.brotliCompressSync(SCRIPT));
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  await fs.rm(webRoot, { recursive: true, force: true });
});

describe('the web app', () => {
  it('when a browser opens /, then it gets the HTML shell, revalidated on every load, under a strict CSP', async () => {
    const response = await t.app.inject({ url: '/', headers: html });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expectShell(response.body);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('when a browser opens a deep link of the app, then it gets the shell and the app routes it', async () => {
    const response = await t.app.inject({ url: '/roadmaps/backend-developer/plan?hours=8', headers: html });

    expect(response.statusCode).toBe(200);
    expectShell(response.body);
  });

  it('when a browser opens an address the app has no page for, then it gets the shell with a 404', async () => {
    const unknown = await t.app.inject({ url: '/no/such/page', headers: html });
    const emptyPart = await t.app.inject({ url: '/roadmaps//plan', headers: html });
    const known = await t.app.inject({ url: '/hub/some-guide/', headers: html });

    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^text\/html/);
    expectShell(unknown.body);
    expect(emptyPart.statusCode).toBe(404);
    expect(known.statusCode).toBe(200);
  });

  it('when a hashed asset is fetched, then it is cached for a year and sent compressed when accepted', async () => {
    const plain = await t.app.inject({ url: '/assets/app-1a2b3c.js' });
    const compressed = await t.app.inject({ url: '/assets/app-1a2b3c.js', headers: { 'accept-encoding': 'br' } });

    expect(plain.statusCode).toBe(200);
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(compressed.rawPayload).toString()).toBe(SCRIPT);
  });

  it('when a file outside assets is fetched, then it is revalidated rather than kept', async () => {
    const response = await t.app.inject({ url: '/favicon.svg' });

    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('when an unknown API path or a missing asset is asked for, then the answer is a problem, not the shell', async () => {
    const api = await t.app.inject({ url: '/v1/nothing-here', headers: html });
    const asset = await t.app.inject({ url: '/assets/gone-123.js' });
    const json = await t.app.inject({ url: '/some/page', headers: { accept: 'application/json' } });

    for (const response of [api, asset, json]) {
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('when the API is asked for, then it still answers as before', async () => {
    const response = await t.app.inject({ url: '/v1/roadmaps', headers: html });

    expect(response.statusCode).toBe(200);
    expect(response.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
  });
});

describe('the web app and the API rate limit', () => {
  const API_LIMIT = 5;
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ webRoot, jobs: false, config: { http: { rateLimitMax: API_LIMIT } } });
  });
  afterAll(() => limited.close());

  it('when a browser loads many pages, then their files leave the API limit alone, which still applies', async () => {
    // Twenty page loads: the shell (from / and as /index.html), the script and the icon each time.
    for (let load = 0; load < 20; load += 1) {
      for (const url of ['/', '/index.html', '/assets/app-1a2b3c.js', '/favicon.svg']) {
        const file = await limited.app.inject({ url, headers: html });
        expect(file.statusCode, url).toBe(200);
      }
    }

    const api: number[] = [];
    for (let call = 0; call <= API_LIMIT; call += 1) api.push((await limited.app.inject('/v1/roadmaps')).statusCode);

    expect(api).toEqual([...Array<number>(API_LIMIT).fill(200), 429]);
  });
});
