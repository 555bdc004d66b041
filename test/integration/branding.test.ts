// The hosting organisation's brand (BRAND_NAME, BRAND_LOGO, BRAND_ACCENT) where people meet it outside the pages:
// the instance endpoint, the mail Waymark sends, and the calendar of a plan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../support/accounts.ts';
import { createTestApp, type TestApp } from '../support/harness.ts';
import { startTestMailbox } from '../support/mailbox.ts';

const ORGANISATION = 'Learning Lab';
const logoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-brand-'));
const LOGO_FILE = path.join(logoDir, 'logo.svg');
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

let t: TestApp;
let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;
beforeAll(async () => {
  fs.writeFileSync(LOGO_FILE, LOGO);
  mailbox = await startTestMailbox();
  t = await createTestApp({
    jobs: { smtpUrl: mailbox.url, runWorkers: true },
    config: {
      brand: {
        name: ORGANISATION,
        logo: { kind: 'file', path: LOGO_FILE, type: 'image/svg+xml' },
        accent: { light: '#0f766e', lightText: '#ffffff', dark: '#87bbb7', darkText: '#0b1020' },
      },
      mail: { from: 'no-reply@lab.test' },
    },
  });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
  fs.rmSync(logoDir, { recursive: true });
});

describe('the instance endpoint', () => {
  it('when a client asks who hosts this Waymark, then it gets the name, the logo, the accent, cached publicly', async () => {
    const response = await t.app.inject('/v1/instance');

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      name: ORGANISATION,
      logoUrl: '/v1/instance/logo',
      accent: { light: '#0f766e', lightText: '#ffffff', dark: '#87bbb7', darkText: '#0b1020' },
      contentLicence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    });
    expect(response.headers['cache-control']).toContain('max-age=300');
  });

  it('when the logo file is fetched, then it is the file, as an image that can run nothing', async () => {
    const response = await t.app.inject('/v1/instance/logo');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    expect(response.headers['content-security-policy']).toContain('sandbox');
    expect(response.body).toBe(LOGO);
  });
});

describe('mail', () => {
  it('when someone signs up, then the mail comes from the organisation, names it in the subject and signs with it', async () => {
    const email = `brand-${Date.now()}@example.org`;
    await t.app.inject({
      method: 'POST',
      url: '/v1/auth/register',
      payload: { email, password: 'a long and unusual passphrase', displayName: 'Ada' },
    });

    const mail = await mailbox.waitFor(email, /Confirm your email address/);

    expect(mail.subject).toBe(`Confirm your email address for ${ORGANISATION}`);
    expect(mail.text).toMatch(/^From: "?Learning Lab"? <no-reply@lab\.test>/m);
    // The signature, as the HTML part ends (the test mailbox does not decode UTF-8, so the dash before it is left out).
    expect(mail.text).toMatch(/ Learning Lab<\/p><\/body><\/html>/);
    expect(mail.text).not.toMatch(/Waymark/);
  });
});

describe('the calendar of a plan', () => {
  it('when a learner downloads their plan, then the calendar is named for the organisation', async () => {
    const token = (await signUp(t)).accessToken;
    const headers = { authorization: `Bearer ${token}` };
    const base = '/v1/me/roadmaps/backend-developer';
    await t.app.inject({ method: 'PUT', url: base, headers, payload: { hoursPerWeek: 10, startDate: '2027-01-04' } });

    // Long lines are folded (RFC 5545 §3.1): unfolded, they read as written.
    const calendar = (await t.app.inject({ url: `${base}/plan.ics`, headers })).body.replace(/\r\n /g, '');

    expect(calendar).toContain(`PRODID:-//${ORGANISATION}//Waymark learning plan//EN`);
    expect(calendar).toContain(`X-WR-CALNAME:Backend Developer Roadmap · ${ORGANISATION}`);
    expect(calendar).toContain(`from ${ORGANISATION}.`);
  });
});
